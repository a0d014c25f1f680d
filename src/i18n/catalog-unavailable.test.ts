// @vitest-environment happy-dom
// A language whose catalog cannot be downloaded (offline on a first visit, a broken deploy) leaves the app in
// English at start, and Settings keeps the language it had, rather than a screen without words.
import { activeLanguage, applyLanguage, LANGUAGE_KEY, startLanguage } from './active-language.ts';
import { chooseLanguage } from './choose-language.ts';
import { t } from './landing-text.ts';

vi.mock('./catalogs/de.ts', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(async () => {
  vi.restoreAllMocks();
  localStorage.removeItem(LANGUAGE_KEY);
  await applyLanguage('en');
});

describe('when a catalog cannot be downloaded', () => {
  test('a German device starts in English, and the page renders', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE']);
    const render = vi.fn();
    await startLanguage(render);
    expect(render).toHaveBeenCalledTimes(1);
    expect(activeLanguage()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('landing.title')).toBe('Get Mobile CRM');
  });

  test('choosing it in Settings fails and changes nothing: the language, its words and the remembered choice stay', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en']);
    await chooseLanguage('nb');
    await expect(chooseLanguage('de')).rejects.toThrow();
    expect(activeLanguage()).toBe('nb');
    expect(t('landing.title')).toBe('Få Mobile CRM');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('nb');
  });
});
