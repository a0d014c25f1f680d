// Settings → Language: the whole app switches at once, and the choice is remembered for the next launch and /mobile.
import { applyLanguage, LANGUAGE_KEY } from './active-language.ts';
import type { Language } from './languages.ts';

/** Switches to `language` and remembers it; rejects, changing nothing, when its catalog cannot be downloaded. */
export async function chooseLanguage(language: Language): Promise<void> {
  await applyLanguage(language);
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage blocked or full: the app speaks the language now, and the device's choice returns next launch.
  }
}
