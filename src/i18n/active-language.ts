// Which language the app speaks. English comes with the code that shows it; another language is downloaded, as
// one catalog, only when it becomes active, and the whole app renders again in it.
import { isLanguage, pickLanguage, type Language } from './languages.ts';
import { speak, type Messages } from './translate.ts';
import { LANGUAGE_KEY } from '../shared/boot-contract.ts';

export { activeLanguage } from './translate.ts';

const catalogs: Record<Exclude<Language, 'en'>, () => Promise<{ default: Messages }>> = {
  nb: () => import('./catalogs/nb.ts'),
  sv: () => import('./catalogs/sv.ts'),
  da: () => import('./catalogs/da.ts'),
  de: () => import('./catalogs/de.ts'),
  nl: () => import('./catalogs/nl.ts'),
};

let rerender = () => {};

/** Makes `language` the active one: downloads its catalog (rejects, changing nothing, if it cannot), renders. */
export async function applyLanguage(language: Language): Promise<void> {
  const catalog = language === 'en' ? undefined : (await catalogs[language]()).default;
  speak(language, catalog);
  document.documentElement.lang = language;
  rerender();
}

/** Where Settings keeps the choice: a plain preference, read synchronously so the first render never waits. */
export { LANGUAGE_KEY };

function rememberedLanguage(): unknown {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    // Storage blocked (some private modes): the device's languages decide.
    return null;
  }
}

/**
 * Before the first render: the remembered choice, else the device's languages; English when a catalog cannot
 * load. `render` shows the page then, and again whenever the language changes.
 */
export async function startLanguage(render: () => void): Promise<void> {
  const remembered = rememberedLanguage();
  const language = isLanguage(remembered) ? remembered : pickLanguage(navigator.languages);
  await applyLanguage(language).catch(() => applyLanguage('en'));
  rerender = render;
  render();
}
