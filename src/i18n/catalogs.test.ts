// Every language says everything English says: same keys, same placeholders, functions that use every argument.
import { appText } from '../app/strings.ts';
import { installText } from '../landing/install-panel/strings.ts';
import { landingText } from '../landing/strings.ts';
import { locales, pickLocale, t } from '../../sign-in-service/strings.ts';
import da from './catalogs/da.ts';
import de from './catalogs/de.ts';
import nb from './catalogs/nb.ts';
import nl from './catalogs/nl.ts';
import sv from './catalogs/sv.ts';
import type { Catalog } from './active-language.ts';

const english: Catalog = { landing: landingText, install: installText, app: appText };
const catalogs: Record<string, Catalog> = { nb, sv, da, de, nl };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

/** How `other` differs from `reference` in shape: missing or extra keys, placeholders, function arity and use. */
function differences(reference: unknown, other: unknown, path = ''): string[] {
  if (typeof reference === 'function') {
    if (typeof other !== 'function') return [`${path}: should be a function`];
    if (other.length !== reference.length)
      return [`${path}: takes ${other.length} arguments, English takes ${reference.length}`];
    const args = Array.from({ length: reference.length }, (_, index) => `«arg${index}»`);
    const text = String(other(...args));
    return args.filter((arg) => !text.includes(arg)).map((arg) => `${path}: never shows ${arg}`);
  }
  if (typeof reference === 'string') {
    if (typeof other !== 'string') return [`${path}: should be a string`];
    if (other.trim() === '') return [`${path}: is empty`];
    const [want, got] = [placeholders(reference), placeholders(other)];
    return want.join() === got.join() ? [] : [`${path}: placeholders {${got}} instead of {${want}}`];
  }
  if (typeof other !== 'object' || other === null) return [`${path}: missing`];
  const [ours, theirs] = [reference as Record<string, unknown>, other as Record<string, unknown>];
  return [
    ...Object.keys(ours).flatMap((key) =>
      key in theirs ? differences(ours[key], theirs[key], `${path}.${key}`) : [`${path}.${key}: missing`],
    ),
    ...Object.keys(theirs)
      .filter((key) => !(key in ours))
      .map((key) => `${path}.${key}: not in English`),
  ];
}

describe('the app speaks every language completely', () => {
  test.each(Object.keys(catalogs))(
    '%s has every text of the app and /mobile, shaped as English',
    (language) => {
      expect(differences(english, catalogs[language])).toEqual([]);
    },
  );

  test.each(Object.keys(locales).filter((locale) => locale !== 'en'))(
    "%s has every text of the sign-in service's pages, with the same placeholders",
    (locale) => {
      expect(differences(locales.en, locales[locale as keyof typeof locales])).toEqual([]);
    },
  );

  test('the sign-in service speaks the same languages as the app', () => {
    expect(Object.keys(locales).sort()).toEqual(['en', ...Object.keys(catalogs)].sort());
  });

  test('the check notices a missing key, a lost placeholder and a function that drops an argument', () => {
    const reference = { a: 'A', b: 'Tenant: {ctx}', c: (x: string, y: string) => `${x} ${y}`, d: { e: 'E' } };
    const broken = { b: 'Firma', c: (x: string, y: string) => `${x}${y.length}`, d: {}, z: 'extra' };
    expect(differences(reference, broken)).toEqual([
      '.a: missing',
      '.b: placeholders {} instead of {ctx}',
      '.c: never shows «arg1»',
      '.d.e: missing',
      '.z: not in English',
    ]);
    expect(differences({ f: (x: string) => x }, { f: () => 'no' })).toEqual([
      '.f: takes 0 arguments, English takes 1',
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
