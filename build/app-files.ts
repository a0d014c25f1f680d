// Which built files the signed-in app needs at once: its lazy chunks (with what they import statically, minus what
// the entry already loads) and their stylesheets. Read from Vite's bundle, for the app page plugin.
import { relative } from 'node:path';
import type { Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/** `lazyEntries`: source files the entry imports lazily that every app path needs at once. */
export function appFiles(
  bundle: Rolldown.OutputBundle,
  lazyEntries: string[],
): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const roots = lazyEntries.map((source) => {
    const chunk = chunks.find(
      (candidate) => candidate.facadeModuleId && relative(process.cwd(), candidate.facadeModuleId) === source,
    );
    if (!chunk) throw new Error(`app-files: no chunk for ${source}`);
    return chunk;
  });
  const loadedByEntry = new Set(
    chunks.filter((chunk) => chunk.isEntry).flatMap((c) => [c.fileName, ...c.imports]),
  );
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const visit = (chunk: OutputChunk) => {
    if (scripts.has(chunk.fileName) || loadedByEntry.has(chunk.fileName)) return;
    scripts.add(chunk.fileName);
    chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
    chunk.imports.forEach((file) => byFile.get(file) && visit(byFile.get(file)!));
  };
  roots.forEach(visit);
  return { scripts: [...scripts], styles: [...styles] };
}
