// Vite plugin: writes every page of build/pages.tsx from the index.html Vite built, in one fixed sequence:
// prerender (the app's components, through Vite's module runner) → boot code (src/boot/, bundled and minified, then
// inline) → stylesheets (inline) → the Content-Security-Policy file (hashes of the finished pages' inline code).
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, runnerImport, type Plugin, type Rolldown } from 'vite';
import type { AppConfig } from '../src/shared/config.ts';
import type { BootFiles } from '../src/shared/boot-contract.ts';
import { appFiles } from './app-files.ts';
import { cspFile } from './csp-hashes.ts';
import type { BootStep, BuiltParts, Page } from './pages.tsx';

type PagesModule = typeof import('./pages.tsx');
const PLUGIN = 'mobile-crm:pages';

/** A file the build wrote that is not a chunk (a page, a stylesheet); fails the build, naming it, without it. */
function bundledAsset(bundle: Rolldown.OutputBundle, fileName: string): Rolldown.OutputAsset {
  const asset = bundle[fileName];
  if (!asset || asset.type !== 'asset') throw new Error(`${PLUGIN}: ${fileName} missing from the bundle`);
  return asset;
}

const BOOT_ENTRY = '\0boot-entry';
const exportName = (step: BootStep) =>
  ({ 'language-gate': 'gateLanguage', 'app-boot': 'bootApp', 'paint-first': 'paintFirst' })[step];

/** One page's boot steps as one minified script, bundled with what they import (the contract, languages.ts). */
async function bootCode(root: string, base: string, steps: BootStep[]): Promise<string> {
  const source =
    steps
      .map(
        (step) =>
          `import { ${exportName(step)} } from ${JSON.stringify(resolve(root, `src/boot/${step}.ts`))};`,
      )
      .join('\n') + `\n${steps.map((step) => `${exportName(step)}();`).join('\n')}\n`;
  const output = await build({
    configFile: false,
    root,
    // The routes and storage names it reads follow the app's base.
    base,
    logLevel: 'warn',
    plugins: [
      {
        name: `${PLUGIN}:boot-entry`,
        resolveId: (id) => (id === BOOT_ENTRY ? id : null),
        load: (id) => (id === BOOT_ENTRY ? source : null),
      },
    ],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: BOOT_ENTRY,
        output: { format: 'iife' },
        // The contract's constants are written where they are used: no table of them travels with the code.
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
      },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = (result as Rolldown.RolldownOutput).output.find((item) => item.type === 'chunk');
  if (!chunk) throw new Error(`${PLUGIN}: no boot code for ${steps.join(', ')}`);
  return chunk.code.trim();
}

const NO_STYLES = '\0no-styles';
/** Components import their stylesheets; rendering to a string needs none (the build inlines them itself). */
const stylesLeftOut: Plugin = {
  name: `${PLUGIN}:styles-left-out`,
  enforce: 'pre',
  resolveId: (source) => (source.endsWith('.css') ? NO_STYLES : null),
  load: (id) => (id === NO_STYLES ? 'export {}' : null),
};

const TITLE = /<title>[^<]*<\/title>/;
const EMPTY_APP = '<div id="app"></div>';
// What Vite wrote into index.html that the boot code and the inline styles replace.
const VITE_TAGS =
  /\s*<(?:script type="module" crossorigin src|link rel="stylesheet" crossorigin href)="[^"]+"[^>]*>(?:<\/script>)?/g;

export function pagesPlugin(config: AppConfig): Plugin {
  let root = process.cwd();
  let base = '/';
  let define: Record<string, string> = {};
  return {
    name: PLUGIN,
    enforce: 'post',
    apply: 'build',
    configResolved(resolved) {
      root = resolved.root;
      base = resolved.base;
      define = resolved.define as Record<string, string>;
    },
    async generateBundle(_, bundle) {
      const shell = String(bundledAsset(bundle, 'index.html').source);
      if (!TITLE.test(shell) || !shell.includes(EMPTY_APP))
        throw new Error(`${PLUGIN}: index.html needs a <title> and an empty <div id="app">`);
      const chunks = Object.values(bundle).filter(
        (item): item is Rolldown.OutputChunk => item.type === 'chunk',
      );
      const entry = chunks.find((chunk) => chunk.isEntry);
      if (!entry) throw new Error(`${PLUGIN}: no entry chunk`);

      // 1. Prerender: the pages' components, run as the app bundles them.
      const { module: pageModule } = await runnerImport<PagesModule>(resolve(root, 'build/pages.tsx'), {
        configFile: false,
        root,
        base,
        logLevel: 'warn',
        define,
        plugins: [preact(), stylesLeftOut],
      });
      const pages: Page[] = pageModule.pages(config);
      const inlined = new Set<string>();
      const finished: string[] = [];
      for (const page of pages) {
        // 2. Boot code and the files it loads.
        const app = appFiles(bundle, page.appEntries);
        const files: BootFiles = {
          entry: base + entry.fileName,
          app: app.scripts.map((file) => base + file),
        };
        // 3. Stylesheets: the entry's and the app's, inline.
        const styles = [...(entry.viteMetadata?.importedCss ?? []), ...app.styles].map((href) => {
          inlined.add(href);
          return { href: base + href, css: String(bundledAsset(bundle, href).source) };
        });
        const built: BuiltParts = { files, bootCode: await bootCode(root, base, page.boot), styles };
        const html = shell
          .replace(VITE_TAGS, '')
          .replace(TITLE, () => pageModule.renderHead(page, built))
          .replace(EMPTY_APP, () => `<div id="app">${pageModule.renderApp(page)}</div>`);
        finished.push(html);
        if (page.file === 'index.html') bundledAsset(bundle, 'index.html').source = html;
        else this.emitFile({ type: 'asset', fileName: page.file, source: html });
      }
      // A stylesheet no lazy chunk loads lives only inside the pages now.
      const neededByChunks = new Set(
        chunks
          .filter((chunk) => !chunk.isEntry)
          .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]),
      );
      for (const file of inlined) if (!neededByChunks.has(file)) delete bundle[file];

      // 4. The header hosting sends, from the finished pages.
      this.emitFile({ type: 'asset', ...cspFile(config, finished) });
    },
  };
}
