// Settings → Language: the whole app switches at once, and the choice is remembered for the next launch and /mobile.
import { keyValueStore } from '../shared/storage.ts';
import { applyLanguage } from './active-language.ts';
import type { Language } from './languages.ts';

const settings = keyValueStore('app');

/** Switches to `language` and remembers it; rejects, changing nothing, when its catalog cannot be downloaded. */
export async function chooseLanguage(language: Language): Promise<void> {
  await applyLanguage(language);
  await settings.set('language', language);
}
