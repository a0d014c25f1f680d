// @vitest-environment happy-dom
// Settings → Language switches the whole app at once, on Save: what is on screen renders again in that language.
import { render } from 'preact';
import { fireEvent, screen } from '@testing-library/preact';
import { applyLanguage, LANGUAGE_KEY, startLanguage } from '../../../i18n/active-language.ts';
import { t } from '../../../i18n/app-text.ts';
import { SettingsDialog } from './settings-dialog.tsx';

/** A screen's heading beside the open Settings, as the app draws them. */
const Screen = ({ onClose = () => {} }: { onClose?: () => void }) => (
  <>
    <h1>{t('signIn.title')}</h1>
    <SettingsDialog open onClose={onClose} />
  </>
);

const root = document.body.appendChild(document.createElement('div'));

afterEach(async () => {
  await applyLanguage('en');
  render(null, root);
  localStorage.removeItem(LANGUAGE_KEY);
});

describe('choosing a language in Settings', () => {
  test('stepping through the list changes nothing; Save renders everything again in that language and remembers it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const onClose = vi.fn();
    await startLanguage(() => render(<Screen onClose={onClose} />, root));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Log in to Mobile CRM');

    // What arrow keys do in a radio group: check each language in turn.
    for (const name of ['Norsk bokmål', 'Svenska', 'Deutsch']) fireEvent.click(screen.getByLabelText(name));
    expect((screen.getByLabelText('Deutsch') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Log in to Mobile CRM');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();

    fireEvent.click(screen.getByText('Save'));

    expect((await screen.findByRole('heading', { level: 1, name: 'Bei Mobile CRM anmelden' })).tagName).toBe(
      'H1',
    );
    expect(screen.getByText('Sprache')).toBeTruthy();
    expect((screen.getByLabelText('Deutsch') as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('de');
    expect(onClose).toHaveBeenCalled();
  });

  test('closing without Save keeps the language', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await startLanguage(() => render(<Screen />, root));
    fireEvent.click(screen.getByLabelText('Dansk'));
    fireEvent.click(screen.getByText('Close'));
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
  });
});
