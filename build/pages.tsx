// The pages the build writes, rendered from the app's own components (in English, the default language): what each
// prerenders, what its head holds and which boot code runs inline. Loaded through Vite's module runner at build time
// (build/pages-plugin.ts), so the components run in Node exactly as the app bundles them.
import type { ComponentChildren, VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { AppConfig } from '../src/shared/config.ts';
import {
  BOOT_FILES_ID,
  START_PAGE_TEMPLATE_ID,
  bootStyles,
  type BootFiles,
} from '../src/shared/boot-contract.ts';
import { routes } from '../src/shared/routes.ts';
import { GetTheAppPage } from '../src/initial-app/landing/page/index.tsx';
import { t as landingT } from '../src/i18n/landing-text.ts';
import { PrerenderedSignIn } from '../src/lazy-app/sign-in/sign-in-screen/index.tsx';
import { StartPageTemplate } from '../src/lazy-app/start-page/index.tsx';
import { t as appT } from '../src/i18n/app-text.ts';

/** Boot code, by module under src/boot/; a page's steps run in its order, in one inline script. */
export type BootStep = 'language-gate' | 'app-boot' | 'paint-first';

export interface Page {
  /** The file written into dist/. */
  file: 'index.html' | 'mobile.html';
  title: string;
  /** `<meta>` elements besides index.html's own. */
  meta: { name: string; content: string }[];
  /** What paints before any script: rendered into #app. */
  prerender: () => VNode;
  /** `<template>`s the boot code fills, by id. */
  templates: Partial<Record<typeof START_PAGE_TEMPLATE_ID, () => VNode>>;
  boot: BootStep[];
  /** Lazy modules every visit wants at once: their chunks are listed for the boot code, their styles inlined. */
  appEntries: string[];
}

export const pages = (config: AppConfig): Page[] => [
  {
    file: 'index.html',
    title: appT('app.name'),
    meta: [],
    prerender: () => <PrerenderedSignIn />,
    templates: { [START_PAGE_TEMPLATE_ID]: () => <StartPageTemplate /> },
    boot: ['language-gate', 'app-boot', 'paint-first'],
    appEntries: ['src/initial-app/app-loader.tsx', 'src/lazy-app/index.tsx', 'src/lazy-app/warm-start.ts'],
  },
  {
    file: 'mobile.html',
    title: landingT('landing.title'),
    // The App Store's Smart App Banner.
    meta: [{ name: 'apple-itunes-app', content: `app-id=${config.stores.appStoreId}` }],
    prerender: () => <GetTheAppPage device={null} stores={config.stores} pageUrl={routes.getTheApp} />,
    templates: {},
    boot: ['language-gate', 'paint-first'],
    appEntries: [],
  },
];

/** What the build found for a page: its files, its boot code, its stylesheets' text (`href`: its path on the host). */
export interface BuiltParts {
  files: BootFiles;
  bootCode: string;
  styles: { href: string; css: string }[];
}

/** JSON that cannot end the <script> holding it. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The page's head, in place of index.html's title: the title and meta, every style the first paint needs (inline,
 * `data-href` naming the file so css-preload.ts never fetches it again), the boot code's files and the boot code.
 */
export function renderHead(page: Page, built: BuiltParts): string {
  const templates = Object.entries(page.templates).map(([id, render]) => (
    <template id={id} key={id}>
      {render()}
    </template>
  ));
  const children: ComponentChildren = [
    <title>{page.title}</title>,
    ...page.meta.map((meta) => <meta name={meta.name} content={meta.content} />),
    <style dangerouslySetInnerHTML={{ __html: bootStyles() }} />,
    ...built.styles.map((style) => (
      <style data-href={style.href} dangerouslySetInnerHTML={{ __html: style.css.trim() }} />
    )),
    // A data block, not code: the boot code's hash (in the CSP) stays the same when chunk names change.
    <script
      type="application/json"
      id={BOOT_FILES_ID}
      dangerouslySetInnerHTML={{ __html: scriptJson(built.files) }}
    />,
    <script dangerouslySetInnerHTML={{ __html: built.bootCode }} />,
    ...templates,
  ];
  return renderToString(<>{children}</>);
}

export const renderApp = (page: Page): string => renderToString(page.prerender());
