// The locale for dates and numbers: the active language, in the person's regional form where the device names one.
import { activeLanguage } from './active-language.ts';

/** en-GB rather than en, de-AT rather than de, when that is what the device asks for; else the language itself. */
export function activeLocale(): string {
  const language = activeLanguage();
  return navigator.languages.find((tag) => tag.toLowerCase().split(/[-_]/)[0] === language) ?? language;
}
