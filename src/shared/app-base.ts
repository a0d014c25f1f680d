// Where the app lives on its host (VITE_BASE_PATH, Vite's `base`): `/`, or a path such as `/crm/`, with both slashes.

/**
 * Written into the code by Vite (a literal, so a default build carries no trace of it). Plain Node, where build
 * scripts import shared modules, has no built base: code there passes its own.
 */
export const APP_BASE: string = import.meta.env?.BASE_URL ?? '/';
