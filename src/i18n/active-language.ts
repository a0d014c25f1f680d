// Which language the app speaks. English is built into the text objects components read; another language is
// downloaded only when it is active, and written into those same objects before anything renders.
import { isLanguage, pickLanguage, type Language } from './languages.ts';
import { LANGUAGE_KEY } from '../shared/boot-contract.ts';

type Text = { [key: string]: unknown };
/** One language's text for every part of the app, by part name, shaped as the English objects are. */
export type Catalog = { [part: string]: Text };

const catalogs: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalog }>> = {
  nb: () => import('./catalogs/nb.ts'),
  sv: () => import('./catalogs/sv.ts'),
  da: () => import('./catalogs/da.ts'),
  de: () => import('./catalogs/de.ts'),
  nl: () => import('./catalogs/nl.ts'),
};

let active: Language = 'en';
let current: Catalog | undefined;
const texts: Catalog = {};
const english: Catalog = {};
let rerender = () => {};

const copy = (value: unknown): unknown =>
  typeof value === 'object' && value
    ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, copy(inner)]))
    : value;

/** Writes a catalog part into the live text object, keeping its shape (functions included). */
function write(target: Text, source: Text) {
  for (const key in source) {
    const value = source[key];
    if (typeof value === 'object' && value) write(target[key] as Text, value as Text);
    else target[key] = value;
  }
}

/** Registers a part's English text; it speaks the active language from then on. */
export function translatable<T extends object>(part: string, text: T): T {
  texts[part] = text as Text;
  english[part] = copy(text) as Text;
  if (current?.[part]) write(text as Text, current[part]);
  return text;
}

export const activeLanguage = (): Language => active;

/** Makes `language` the active one: downloads its catalog (rejects when it cannot), then rewrites every text. */
export async function applyLanguage(language: Language): Promise<void> {
  const catalog = language === 'en' ? english : (await catalogs[language]()).default;
  active = language;
  current = catalog;
  for (const part in texts) if (catalog[part]) write(texts[part]!, catalog[part]);
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
