// @vitest-environment happy-dom
// Settings → Language switches the whole app at once: what is on screen renders again in the chosen language.
import { render } from 'preact';
import { fireEvent, screen } from '@testing-library/preact';
import { applyLanguage, LANGUAGE_KEY, startLanguage } from '../../../i18n/active-language.ts';
import { t } from '../../../i18n/app-text.ts';
import { SettingsDialog } from './settings-dialog.tsx';

/** A screen's heading beside the open Settings, as the app draws them. */
const Screen = () => (
  <>
    <h1>{t('signIn.title')}</h1>
    <SettingsDialog open onClose={() => {}} />
  </>
);

const root = document.body.appendChild(document.createElement('div'));

afterEach(async () => {
  await applyLanguage('en');
  render(null, root);
  localStorage.removeItem(LANGUAGE_KEY);
});

describe('choosing a language in Settings', () => {
  test('renders everything on screen again in that language, and remembers it', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    await startLanguage(() => render(<Screen />, root));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Log in to Mobile CRM');
    expect(screen.getByText('Language')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Deutsch'));

    expect((await screen.findByRole('heading', { level: 1, name: 'Bei Mobile CRM anmelden' })).tagName).toBe(
      'H1',
    );
    expect(screen.getByText('Sprache')).toBeTruthy();
    expect(screen.getByText('Schließen').tagName).toBe('BUTTON');
    expect((screen.getByLabelText('Deutsch') as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('de');
  });
});
