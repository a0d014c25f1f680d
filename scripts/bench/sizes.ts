// Byte figures of a build: what each screen loads before it can render, all JS, and the precache.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { criticalFiles, measure } from '../check-size.ts';
import { CHUNK_REPORT } from '../../build/chunk-report.ts';
import { isCompressible } from '../../build/hosting/rules.ts';

type ChunkReport = Record<string, { modules: string[]; imports: string[] }>;

export interface ScreenBytes {
  files: string[];
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SizeFigures {
  screens: Record<'/mobile' | '/' | '/start', ScreenBytes>;
  totalJsGzip: number;
  precache: {
    entries: number;
    uniqueEntries: number;
    duplicates: string[];
    raw: number;
    /** What the server sends when the browser accepts gzip: text files gzipped, images as they are. */
    gzip: number;
    /** check-size.ts's figure, which counts a URL listed twice twice. */
    checkSizeRaw: number;
  };
}

function bytesOf(dist: string, files: string[]): ScreenBytes {
  const bodies = files.map((file) => readFileSync(join(dist, file)));
  return {
    files,
    raw: bodies.reduce((sum, body) => sum + body.length, 0),
    gzip: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
    brotli: bodies.reduce((sum, body) => sum + brotliCompressSync(body).length, 0),
  };
}

/** A chunk and every chunk it imports statically (those are fetched before it runs). */
function withStaticImports(start: string, report: ChunkReport): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...(report[file]?.imports ?? []));
  }
  return [...seen];
}

/**
 * Files Vite loads together with a lazy chunk. Vite does not link a dynamic chunk's CSS in HTML: the importer calls
 * its preload helper as `import("./chunk.js"), __vite__mapDeps([i, …])` (with `.then(e => e.t)` after the import
 * when the chunk is shared and its default export renamed), indices into that file's `m.f=[…]` list.
 */
function lazyDependencies(dist: string, chunk: string, report: ChunkReport): string[] {
  const deps = new Set<string>();
  for (const importer of Object.keys(report)) {
    const code = readFileSync(join(dist, importer), 'utf8');
    const list = /m\.f=\[([^\]]*)\]/.exec(code)?.[1];
    if (!list) continue;
    const table = [...list.matchAll(/["'`]([^"'`]+)["'`]/g)].map((m) => m[1]!);
    const calls = code.matchAll(
      /import\(\s*["'`]\.\/([^"'`]+)["'`]\s*\)(?:\.then\([^()]*\))?\s*,\s*__vite__mapDeps\(\s*\[([\d,\s]*)\]\s*\)/g,
    );
    for (const [, target, indices] of calls) {
      if (target !== basename(chunk)) continue;
      for (const index of indices!.split(',').filter((i) => i.trim())) {
        const dep = table[Number(index)];
        if (dep) deps.add(dep);
      }
    }
  }
  return [...deps];
}

function precache(dist: string, checkSizeRaw: number): SizeFigures['precache'] {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
  const unique = [...new Set(urls)];
  const duplicates = unique.filter((url) => urls.indexOf(url) !== urls.lastIndexOf(url));
  let raw = 0;
  let gzip = 0;
  for (const url of unique) {
    const body = readFileSync(join(dist, url));
    raw += body.length;
    gzip += isCompressible(url) ? gzipSync(body, { level: 9 }).length : body.length;
  }
  return { entries: urls.length, uniqueEntries: unique.length, duplicates, raw, gzip, checkSizeRaw };
}

/** Measures the build in `dist`. */
export function measureSizes(dist: string): SizeFigures {
  const report = JSON.parse(readFileSync(join(dist, CHUNK_REPORT), 'utf8')) as ChunkReport;
  const mobile = measure(dist);

  // `/` and `/start` are both index.html: its entry and static imports, then the lazy app chunk that renders them.
  const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
  const upFront = ['index.html', ...criticalFiles(indexHtml, report)];
  const appChunk = Object.keys(report).find((file) =>
    report[file]!.modules.includes('src/lazy-app/index.tsx'),
  );
  if (!appChunk) throw new Error(`no chunk in ${CHUNK_REPORT} contains src/lazy-app/index.tsx`);
  const lazy = withStaticImports(appChunk, report).flatMap((file) => [
    file,
    ...lazyDependencies(dist, file, report),
  ]);
  const appFiles = [...new Set([...upFront, ...lazy])].filter((file) => existsSync(join(dist, file)));
  const app = bytesOf(dist, appFiles);

  return {
    screens: {
      '/mobile': { files: mobile.files, ...mobile.critical },
      '/': app,
      '/start': app,
    },
    totalJsGzip: mobile.totalJs,
    precache: precache(dist, mobile.precache),
  };
}
