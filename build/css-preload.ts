// Vite plugin: a small stand-in for Vite's preload helper. With module preloading off, the helper only has to load
// a lazy chunk's stylesheets before the chunk runs; Vite's own does much more and costs /mobile about 0.45 KB gzip.
import type { Plugin } from 'vite';

const HELPER_ID = '\0vite/preload-helper.js';

// `deps` are the chunk's stylesheets, relative to the base (`/`, `/crm/`); one a page has inline (<style data-href>,
// see pages-plugin.ts) is not fetched again. A stylesheet that fails makes the import fail,
// so the app's "could not start" screen shows instead of an unstyled one.
const helper = (base: string) => `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all(
    (deps || []).map((dep) =>
      (seen[dep] ??= document.querySelector('[href="' + ${JSON.stringify(base)} + dep + '"],[data-href="' + ${JSON.stringify(base)} + dep + '"]')
        ? Promise.resolve()
        : new Promise((resolve, reject) => {
            const link = document.createElement('link');
            link.rel = 'stylesheet';
            link.href = ${JSON.stringify(base)} + dep;
            link.onload = resolve;
            link.onerror = () => reject(new Error('Stylesheet failed to load: ' + dep));
            document.head.append(link);
          })),
    ),
  ).then(load);
`;

export function cssPreload(): Plugin {
  let base = '/';
  return {
    name: 'mobile-crm:css-preload',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      if (config.build.modulePreload !== false || !/^\/(.+\/)?$/.test(config.base))
        throw new Error('css-preload: needs build.modulePreload false and an absolute base ("/", "/crm/")');
      base = config.base;
    },
    resolveId: (source) => (source === HELPER_ID ? HELPER_ID : null),
    load: (id) => (id === HELPER_ID ? helper(base) : null),
  };
}
