import { describe, expect, it } from 'vitest';
import { locales, pickLocale, t, type Locale } from './strings.ts';

describe('page strings', () => {
  it('fall back to English and fill placeholders', () => {
    expect(pickLocale('fr-CA', 'es;q=0.9, en;q=0.5')).toBe('en');
    expect(pickLocale(undefined, undefined)).toBe('en');
    expect(t('en', 'login.tenant', { company: 'One AS', ctx: 'Cust1' })).toBe('Tenant: One AS (Cust1)');
  });

  it.each<[Locale, string, string, string, string]>([
    ['en', '1 more minute.', '2 more minutes.', 'Wait 1 second ', 'Wait 30 seconds '],
    ['nb', '1 minutt til.', '2 minutter til.', 'Vent 1 sekund ', 'Vent 30 sekunder '],
    ['sv', '1 minut till.', '2 minuter till.', 'Vänta 1 sekund ', 'Vänta 30 sekunder '],
    ['da', '1 minut mere.', '2 minutter mere.', 'Vent 1 sekund,', 'Vent 30 sekunder,'],
    [
      'de',
      'noch 1 Minute gesperrt',
      'noch 2 Minuten gesperrt',
      'Warten Sie 1 Sekunde ',
      'Warten Sie 30 Sekunden ',
    ],
    ['nl', 'nog 1 minuut geblokkeerd', 'nog 2 minuten geblokkeerd', 'Wacht 1 seconde ', 'Wacht 30 seconden '],
  ])(
    'say one minute and two minutes, one second and 30 seconds, in %s',
    (locale, min1, min2, sec1, sec30) => {
      expect(t(locale, 'login.error.locked', { count: 1 })).toContain(min1);
      expect(t(locale, 'login.error.locked', { count: 2 })).toContain(min2);
      expect(t(locale, 'login.error.rateLimited', { count: 1 })).toContain(sec1);
      expect(t(locale, 'login.error.rateLimited', { count: 30 })).toContain(sec30);
      expect(t(locale, 'login.error.locked', { count: 1 })).not.toMatch(/\(|\//);
    },
  );

  it.each(Object.keys(locales) as Locale[])(
    'in %s have every plural form Intl.PluralRules can choose, and the placeholders of the English text',
    (locale) => {
      const strings: Record<string, string> = locales[locale];
      const english: Record<string, string> = locales.en;
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const pluralKeys = Object.keys(english).flatMap((key) => /^(.*)\.other$/.exec(key)?.[1] ?? []);
      expect(pluralKeys.length).toBeGreaterThan(0);
      for (const key of pluralKeys) {
        for (const category of categories)
          expect(strings, `${key}.${category}`).toHaveProperty(`${key}.${category}`);
      }
      const placeholders = (text = '') => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const key of Object.keys(english)) {
        expect(placeholders(strings[key]), `${locale} ${key}`).toEqual(placeholders(english[key]));
      }
    },
  );
});
