// Vite plugin: index.html, the app's own page, paints before any module has run: src/boot/app-boot.js puts back the
// start page as last drawn (a relaunch), else the sign-in screen prerendered here (in English) shows at /;
// src/boot/language-gate.js hides it for people whose language is another. The first render reuses these elements.
// The app's stylesheets are linked (inline-stylesheets.ts writes them into the page); its chunks are preloaded by
// app-boot.js, from the list written here, only when the app is wanted at once (on a first visit to / they wait for
// the first paint).
import type { Plugin } from 'vite';
import { t } from '../src/i18n/app-text.ts';
import { appFiles } from './app-files.ts';
import { bundledAsset, escapeHtml, prerenderInto } from './built-pages.ts';
import { bootScript } from './inline-stylesheets.ts';

/** The first elements AppFrame and SignInScreen render; the rest (Log in, the Task menu) come with the script. */
export const prerenderedSignIn = () =>
  '<div class="app-frame prerendered"><header class="app-header">' +
  `<img src="/icons/icon.svg" alt="" width="32" height="32"><span>${escapeHtml(t('app.name'))}</span></header>` +
  `<main class="app-main"><h1>${escapeHtml(t('signIn.title'))}</h1>` +
  `<p>${escapeHtml(t('signIn.lead'))}</p></main></div>`;

/** `lazyEntries`: source files the entry imports lazily that every app path needs at once. */
export function appPage(lazyEntries: string[]): Plugin {
  return {
    name: 'mobile-crm:app-page',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      const shell = bundledAsset(bundle, 'index.html', 'app-page');
      const { scripts, styles } = appFiles(bundle, lazyEntries);
      // A data block, not code: the boot script's hash (in the CSP) stays the same when chunk names change.
      const chunkList = `<script type="application/json" id="app-chunks">${JSON.stringify(scripts.map((file) => `/${file}`))}</script>`;
      const links = styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
      shell.source = prerenderInto(String(shell.source), prerenderedSignIn(), 'app-page')
        .replace(
          '<title>Mobile CRM</title>',
          `<title>Mobile CRM</title>\n    ${bootScript('language-gate')}\n    ${chunkList}\n    ${bootScript('app-boot')}`,
        )
        .replace('</head>', `\n    ${links.join('\n    ')}\n  </head>`);
    },
  };
}
