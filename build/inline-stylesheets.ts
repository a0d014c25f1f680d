// Vite plugin and helper: what must run or apply before the first paint is written into the HTML itself, so the
// page paints after one round trip instead of two. The Content-Security-Policy allows exactly these by hash
// (build/csp-hashes.ts).
import { readFileSync } from 'node:fs';
import type { Plugin, Rolldown } from 'vite';
import { bundledAsset, PAGES } from './built-pages.ts';

/** src/boot/<name>.js as an inline script, its whole-line comments left out (they are for us, not the browser). */
export function bootScript(name: 'language-gate' | 'app-boot'): string {
  const source = readFileSync(new URL(`../src/boot/${name}.js`, import.meta.url), 'utf8');
  const code = source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .map((line) => line.trim())
    .join('\n')
    .trim();
  return `<script>${code}</script>`;
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\/(assets\/[\w.-]+\.css)">/g;

/**
 * Each page's stylesheets become <style data-href> (the lazy-chunk loader in css-preload.ts sees them as
 * loaded); a stylesheet no lazy chunk needs then leaves the build. Must run after every plugin that adds links.
 */
export function inlineStylesheets(): Plugin {
  return {
    name: 'mobile-crm:inline-stylesheets',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      const inlined = new Set<string>();
      for (const page of PAGES) {
        const html = bundledAsset(bundle, page, 'inline-stylesheets');
        html.source = String(html.source).replace(STYLESHEET, (_, file: string) => {
          const css = bundledAsset(bundle, file, 'inline-stylesheets');
          inlined.add(file);
          return `<style data-href="/${file}">${String(css.source).trim()}</style>`;
        });
      }
      const neededByChunks = new Set(
        Object.values(bundle)
          .filter((item): item is Rolldown.OutputChunk => item.type === 'chunk' && !item.isEntry)
          .flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]),
      );
      for (const file of inlined) if (!neededByChunks.has(file)) delete bundle[file];
    },
  };
}
