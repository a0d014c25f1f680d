// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { t as appT } from './app-text.ts';
import { t as landingT } from './landing-text.ts';
import { activeLanguage, applyLanguage, LANGUAGE_KEY, startLanguage } from './active-language.ts';
import { activeLocale } from './locale.ts';
import { chooseLanguage } from './choose-language.ts';
import { pickLanguage } from './languages.ts';

const deviceLanguages = (tags: string[]) => vi.spyOn(navigator, 'languages', 'get').mockReturnValue(tags);

afterEach(async () => {
  vi.restoreAllMocks();
  await applyLanguage('en');
});

describe('which language the app speaks', () => {
  test('the choice is read without IndexedDB, so the first render never waits for a database', async () => {
    deviceLanguages(['nl']);
    await startLanguage(() => {});
    expect(activeLanguage()).toBe('nl');
    expect(await indexedDB.databases()).toEqual([]);
    await chooseLanguage('de');
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('de');
    expect(await indexedDB.databases()).toEqual([]);
    localStorage.removeItem(LANGUAGE_KEY);
  });

  test('with storage blocked it follows the device, and choosing still switches the app', async () => {
    deviceLanguages(['sv']);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await startLanguage(() => {});
    expect(activeLanguage()).toBe('sv');
    await chooseLanguage('da');
    expect(activeLanguage()).toBe('da');
  });

  test('a remembered value that is not a language is ignored', async () => {
    deviceLanguages(['de']);
    localStorage.setItem(LANGUAGE_KEY, 'klingon');
    await startLanguage(() => {});
    expect(activeLanguage()).toBe('de');
    localStorage.removeItem(LANGUAGE_KEY);
  });

  test("the device's first supported language wins, Norwegian in any of its tags, else English", () => {
    expect(pickLanguage(['fr-FR', 'sv-SE', 'de'])).toBe('sv');
    expect(pickLanguage(['nn-NO'])).toBe('nb');
    expect(pickLanguage(['no'])).toBe('nb');
    expect(pickLanguage(['nb_NO'])).toBe('nb');
    expect(pickLanguage(['DE-at'])).toBe('de');
    expect(pickLanguage(['nl-BE', 'en'])).toBe('nl');
    expect(pickLanguage(['fr', 'es'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });

  test('without a remembered choice it follows the device, and <html lang> says so', async () => {
    deviceLanguages(['da-DK', 'en']);
    await startLanguage(() => {});
    expect(activeLanguage()).toBe('da');
    expect(document.documentElement.lang).toBe('da');
    expect(landingT('landing.title')).toBe('Hent Mobile CRM');
  });

  test('a language chosen in Settings is remembered and wins over the device at the next start', async () => {
    deviceLanguages(['de-DE']);
    await chooseLanguage('sv');
    await applyLanguage('en');
    await startLanguage(() => {});
    expect(activeLanguage()).toBe('sv');
    expect(appT('task.settings')).toBe('Inställningar');
    localStorage.removeItem(LANGUAGE_KEY);
  });

  test('switching changes what every part says, placeholders filled, and English comes back', async () => {
    await applyLanguage('de');
    expect(appT('start.hello', { name: 'Ada' })).toBe('Hallo, Ada');
    expect(appT('states.Suspended')).toBe('Gesperrt');
    await applyLanguage('nl');
    expect(appT('chooseTenant.lead', { email: 'ada@example.com' })).toBe(
      'ada@example.com heeft toegang tot deze bedrijven. Welk bedrijf wil je gebruiken?',
    );
    expect(landingT('landing.badge.google-play')).toBe('Ontdek het op Google Play');
    await applyLanguage('en');
    expect(appT('start.hello', { name: 'Ada' })).toBe('Hello, Ada');
    expect(landingT('landing.badge.google-play')).toBe('Get it on Google Play');
  });

  test('text that loads after the switch (a lazy part) arrives in the active language', async () => {
    await applyLanguage('nb');
    const { t } = await import('./install-text.ts');
    expect(t('install.chooseDevice')).toBe('Velg enhetstype');
    expect(t('install.steps.ios-add-to-home')).toContain('Legg til på Hjem-skjerm');
  });

  test('dates use the regional form the device names for the active language', async () => {
    deviceLanguages(['en-GB', 'de-AT']);
    await applyLanguage('de');
    expect(activeLocale()).toBe('de-AT');
    await applyLanguage('nb');
    expect(activeLocale()).toBe('nb');
  });
});
