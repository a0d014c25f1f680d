// Vite plugin: records which modules went into which chunk, so size checks can prove what /mobile loads.
import type { Plugin } from 'vite';

export const CHUNK_REPORT = '.vite/chunk-modules.json';

export function chunkReport(): Plugin {
  return {
    name: 'mobile-crm:chunk-report',
    apply: 'build',
    generateBundle(_, bundle) {
      const report: Record<string, { modules: string[]; imports: string[] }> = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const root = process.cwd() + '/';
        report[chunk.fileName] = {
          modules: chunk.moduleIds.map((id) => id.replace(root, '')),
          imports: chunk.imports,
        };
      }
      this.emitFile({ type: 'asset', fileName: CHUNK_REPORT, source: JSON.stringify(report, null, 1) });
    },
  };
}
