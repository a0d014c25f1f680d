// The languages the app speaks, and which one fits a person's preferences; pure, so the boot stays tiny.
export const languages = ['en', 'nb', 'sv', 'da', 'de', 'nl'] as const;
export type Language = (typeof languages)[number];

export const isLanguage = (value: unknown): value is Language => languages.includes(value as Language);

/** The first supported language in the person's order (nb, nn and no all mean Norwegian), else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    const language = base === 'nn' || base === 'no' ? 'nb' : base;
    if (isLanguage(language)) return language;
  }
  return 'en';
}
