// Vite plugin: writes mobile.html, the /mobile page's own HTML: the App Store's Smart App Banner, and the top of the
// page prerendered (in English) so it paints before any script has run. src/boot/language-gate.js keeps that English
// hidden for people whose language is another; the first render then reuses these very elements.
import type { Plugin } from 'vite';
import { t } from '../src/i18n/landing-text.ts';
import { bundledAsset, escapeHtml, prerenderInto } from './built-pages.ts';
import { bootScript } from './inline-stylesheets.ts';

/** The same elements GetTheAppPage renders first; its device-specific ending is added by the script. */
export const prerenderedTop = () =>
  '<div class="landing"><header class="landing-header">' +
  '<img src="/icons/icon.svg" alt="" width="40" height="40"><span>Mobile CRM</span></header>' +
  `<main class="landing-main"><h1>${escapeHtml(t('landing.title'))}</h1>` +
  `<p class="landing-lead">${escapeHtml(t('landing.lead'))} </p></main></div>`;

export function mobilePage(options: { appStoreId: string }): Plugin {
  return {
    name: 'mobile-crm:mobile-page',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      const banner = `<meta name="apple-itunes-app" content="app-id=${options.appStoreId}" />`;
      const source = String(bundledAsset(bundle, 'index.html', 'mobile-page').source);
      const html = prerenderInto(source, prerenderedTop(), 'mobile-page')
        .replace(
          '<title>Mobile CRM</title>',
          `<title>Get Mobile CRM</title>\n    ${banner}\n    ${bootScript('language-gate')}`,
        )
        .replace(/<link rel="canonical"[^>]*>/, '');
      this.emitFile({ type: 'asset', fileName: 'mobile.html', source: html });
    },
  };
}
