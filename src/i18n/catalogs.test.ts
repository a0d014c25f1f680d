// Every language says everything English says: same keys, same placeholders, and each text about a number in
// every plural form its grammar has (Intl.PluralRules), no more.
import { locales, pickLocale, t } from '../../sign-in-service/strings.ts';
import { languages } from './languages.ts';
import type { Messages } from './translate.ts';

/** Every part's texts in every language, by language and part file name (`app`, `landing`, …). */
const parts: Record<string, Record<string, Messages>> = {};
for (const [path, module] of Object.entries(
  import.meta.glob<Record<string, Messages>>('./messages/*/*.ts', { eager: true }),
)) {
  const [, language, part] = /^\.\/messages\/(\w+)\/([\w-]+)\.ts$/.exec(path)!;
  (parts[language!] ??= {})[part!] = Object.values(module)[0]!;
}
const catalogs = import.meta.glob<{ default: Messages }>('./catalogs/*.ts', { eager: true });

const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
/** `files` for `files.one`, `files.other` and the other plural forms; undefined for a plain key. */
const pluralOf = (key: string) => /^(.+)\.(zero|one|two|few|many|other)$/.exec(key)?.[1];

/** How `texts` in `language` differ from `english`: missing or extra keys, placeholders, plural forms. */
function differences(english: Messages, texts: Messages, language: string): string[] {
  const plurals = new Set(Object.keys(english).flatMap((key) => pluralOf(key) ?? []));
  // What the language must say: each plain text, and each plural text in every form its grammar has.
  const expected = new Map(Object.entries(english).filter(([key]) => !plurals.has(pluralOf(key) ?? '')));
  for (const plural of plurals)
    for (const form of new Intl.PluralRules(language).resolvedOptions().pluralCategories)
      expected.set(`${plural}.${form}`, english[`${plural}.other`]!);

  const wrong = [...expected].flatMap(([key, text]): string[] => {
    if (!(key in texts)) return [`${key}: missing`];
    if (texts[key]!.trim() === '') return [`${key}: is empty`];
    const [want, got] = [placeholders(text), placeholders(texts[key])];
    // A form for one thing may say "one" instead of showing the count.
    const countless = want.filter((name) => name !== 'count');
    if (want.join() === got.join() || (!key.endsWith('.other') && countless.join() === got.join())) return [];
    return [`${key}: placeholders {${got}} instead of {${want}}`];
  });
  const extra = Object.keys(texts)
    .filter((key) => !expected.has(key))
    .map(
      (key) =>
        `${key}: ${plurals.has(pluralOf(key) ?? '') ? `no ${language} plural form` : 'not in English'}`,
    );
  return [...wrong, ...extra];
}

describe('the app speaks every language completely', () => {
  const others = languages.filter((language) => language !== 'en');

  test('every language has the parts English has', () => {
    for (const language of others)
      expect(Object.keys(parts[language]!).sort()).toEqual(Object.keys(parts.en!).sort());
  });

  test.each(others.flatMap((language) => Object.keys(parts.en!).map((part) => [language, part])))(
    '%s has every text of the %s part, with the placeholders and plural forms it needs',
    (language, part) => {
      expect(differences(parts.en![part]!, parts[language]![part]!, language)).toEqual([]);
    },
  );

  test.each(others)("%s's download holds every part", (language) => {
    const everything = Object.assign({}, ...Object.values(parts[language]!)) as Messages;
    expect(catalogs[`./catalogs/${language}.ts`]?.default).toEqual(everything);
  });

  test('English has the plural forms of English', () => {
    for (const part of Object.values(parts.en!)) expect(differences(part, part, 'en')).toEqual([]);
  });

  test.each(Object.keys(locales).filter((locale) => locale !== 'en'))(
    "%s has every text of the sign-in service's pages, with the same placeholders and plural forms",
    (locale) => {
      expect(differences(locales.en, locales[locale as keyof typeof locales], locale)).toEqual([]);
    },
  );

  test('the sign-in service speaks the same languages as the app', () => {
    expect(Object.keys(locales).sort()).toEqual([...languages].sort());
  });

  test('the check notices a missing key, a lost placeholder, a missing or foreign plural form, an extra key', () => {
    const english = {
      a: 'A',
      b: 'Tenant: {ctx}',
      'c.one': '{count} minute left',
      'c.other': '{count} minutes left',
      'd.one': 'One file in {folder}',
      'd.other': '{count} files in {folder}',
    };
    const broken = {
      b: 'Firma',
      'c.one': '{count} minutt igjen',
      'c.few': '{count} minutter igjen',
      'd.one': 'Én fil i {folder}',
      'd.other': '{count} filer',
      z: 'extra',
    };
    expect(differences(english, broken, 'nb')).toEqual([
      'a: missing',
      'b: placeholders {} instead of {ctx}',
      'c.other: missing',
      'd.other: placeholders {count} instead of {count,folder}',
      'c.few: no nb plural form',
      'z: not in English',
    ]);
    // Polish counts in four forms: one, few, many and other.
    expect(differences(english, { ...english, a: 'A', b: 'Firma: {ctx}' }, 'pl')).toEqual([
      'c.few: missing',
      'c.many: missing',
      'd.few: missing',
      'd.many: missing',
    ]);
  });
});

describe("the sign-in service's pages speak the app's language", () => {
  test('ui_locales from the app comes first, then Accept-Language by its q values, else English', () => {
    expect(pickLocale('de', 'sv-SE,sv;q=0.9')).toBe('de');
    expect(pickLocale('fr nl', 'sv')).toBe('nl');
    expect(pickLocale(undefined, 'fr-FR, da;q=0.5, nl;q=0.8')).toBe('nl');
    expect(pickLocale(undefined, 'nn-NO,en;q=0.5')).toBe('nb');
    expect(pickLocale(undefined, 'no;q=0.9, de;q=0.1')).toBe('nb');
    expect(pickLocale(undefined, 'en;q=0, de;q=0.2')).toBe('de');
    expect(pickLocale('fr-CA', 'es;q=0.9, constructor')).toBe('en');
    expect(pickLocale(undefined, undefined)).toBe('en');
  });

  test('placeholders are filled in every language', () => {
    expect(t('nb', 'login.tenant', { company: 'Nordic Sales AS', ctx: 'Cust1' })).toBe(
      'Firma: Nordic Sales AS (Cust1)',
    );
    expect(t('de', 'login.error.rateLimited', { count: 30 })).toContain('30 Sekunden');
  });
});
