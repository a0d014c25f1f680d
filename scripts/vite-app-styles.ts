// Vite plugin: index.html (every path but /mobile) links the signed-in app's stylesheets, which vite-inline.ts then
// writes into the page, so the prerendered sign-in screen and a relaunch's snapshot paint styled from the HTML
// alone. The app's chunks are not preloaded: on a first visit they wait until the sign-in screen is on screen.
// mobile.html is left as it is.
import { relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/** `lazyEntries`: source files the entry imports lazily that every app path needs at once. */
export function appStyles(lazyEntries: string[]): Plugin {
  return {
    name: 'mobile-crm:app-styles',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      const shell = bundle['index.html'];
      if (!shell || shell.type !== 'asset') throw new Error('app-styles: index.html missing from the bundle');
      const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const roots = lazyEntries.map((source) => {
        const chunk = chunks.find(
          (candidate) =>
            candidate.facadeModuleId && relative(process.cwd(), candidate.facadeModuleId) === source,
        );
        if (!chunk) throw new Error(`app-styles: no chunk for ${source}`);
        return chunk;
      });
      // The lazy chunks and what they import statically, minus what the entry already loads.
      const loadedByEntry = new Set(
        chunks.filter((chunk) => chunk.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
      );
      const visited = new Set<string>();
      const styles = new Set<string>();
      const visit = (chunk: OutputChunk) => {
        if (visited.has(chunk.fileName) || loadedByEntry.has(chunk.fileName)) return;
        visited.add(chunk.fileName);
        chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
        chunk.imports.forEach((file) => byFile.get(file) && visit(byFile.get(file)!));
      };
      roots.forEach(visit);
      const links = [...styles].map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`);
      shell.source = String(shell.source).replace('</head>', `\n    ${links.join('\n    ')}\n  </head>`);
    },
  };
}
