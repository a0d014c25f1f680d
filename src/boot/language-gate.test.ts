// @vitest-environment happy-dom
// src/boot/language-gate.ts decides, before /mobile's prerendered English paints, whether the app will speak another
// language; it must agree with pickLanguage and the remembered choice, which the app itself goes by.
import { gateLanguage } from './language-gate.ts';
import { LANGUAGE_KEY } from '../shared/boot-contract.ts';
import { languages, pickLanguage } from '../i18n/languages.ts';
import { pick, seededRandom } from '../../tests/support/seeded-random.ts';

/** Runs the gate as the page would, and says whether it hid the English. */
function hides(deviceLanguages: string[], remembered?: string): boolean {
  document.documentElement.className = '';
  document.documentElement.removeAttribute('data-lang');
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(deviceLanguages);
  if (remembered === undefined) localStorage.removeItem(LANGUAGE_KEY);
  else localStorage.setItem(LANGUAGE_KEY, remembered);
  gateLanguage();
  return document.documentElement.classList.contains('translating');
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  document.documentElement.className = '';
});

describe('the language gate of /mobile', () => {
  test.each([
    [['en-US'], false],
    [['nb-NO'], true],
    [['nn'], true],
    [['no'], true],
    [['fr-FR', 'sv-SE'], true],
    [['fr', 'es'], false],
    [['en-GB', 'de'], false],
    [['DE-at'], true],
    [['nl_BE'], true],
    [[], false],
  ])('device languages %j hide the English: %s', (tags, hidden) => {
    expect(hides(tags)).toBe(hidden);
  });

  test('the language chosen in Settings wins over the device, both ways; an unknown value is ignored', () => {
    expect(hides(['en-US'], 'da')).toBe(true);
    expect(document.documentElement.dataset.lang).toBe('da');
    expect(hides(['de-DE'], 'en')).toBe(false);
    expect(hides(['de-DE'], 'klingon')).toBe(true);
    expect(hides(['en'], 'klingon')).toBe(false);
  });

  test('with storage blocked, the device decides', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(hides(['sv'])).toBe(true);
    expect(hides(['en'])).toBe(false);
  });

  test('agrees with pickLanguage on 2,000 generated preference lists', () => {
    const random = seededRandom(7);
    const tags = [
      ...languages,
      'nn',
      'no',
      'fr',
      'es',
      'pt-BR',
      'zh-Hans',
      'en-GB',
      'nb_NO',
      'SV-fi',
      '',
      'x',
    ];
    for (let run = 0; run < 2000; run += 1) {
      const list = Array.from({ length: Math.floor(random() * 4) }, () => pick(random, tags));
      expect(hides(list), JSON.stringify(list)).toBe(pickLanguage(list) !== 'en');
      // The language it tells app-boot.ts is the one the app will speak.
      expect(document.documentElement.dataset.lang, JSON.stringify(list)).toBe(pickLanguage(list));
    }
  });
});
