// Measures what /mobile needs before it can render (HTML + CSS + JS it loads up front) and fails over budget.
// `npm run size [-- dist-folder]`: the build in dist/, or another (a build under a sub-path reads its own base).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { CHUNK_REPORT } from '../build/chunk-report.ts';
import { builtBase } from '../build/web-app-manifest.ts';
import { BOOT_FILES_ID, type BootFiles } from '../src/shared/boot-contract.ts';

export const MOBILE_BUDGET_GZIP = 14 * 1024;
export const PRECACHE_BUDGET = 200 * 1024;

type ChunkReport = Record<string, { modules: string[]; imports: string[] }>;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The files a page's boot code loads (src/boot/paint-first.ts), from the data block the build wrote. */
function bootFiles(html: string, base: string): string[] {
  const block = new RegExp(`<script type="application/json" id="${BOOT_FILES_ID}">([^<]*)</script>`).exec(
    html,
  );
  if (!block) return [];
  const files = JSON.parse(block[1]!) as BootFiles;
  return [files.entry, ...files.app].map((file) => file.slice(base.length));
}

/**
 * Files of the build (paths relative to its folder) a page served at `base` loads before its first render: its
 * scripts and stylesheets (linked, or loaded by its boot code), and the chunks they import statically.
 */
export function criticalFiles(html: string, report: ChunkReport, base = '/'): string[] {
  const files = new Set<string>();
  const linked = new RegExp(
    `<(?:script|link)\\b[^>]*(?:src|href)="${escapeRegExp(base)}([^"]+\\.(?:js|css))"`,
    'g',
  );
  const queue = [...[...html.matchAll(linked)].map((m) => m[1]!), ...bootFiles(html, base)];
  while (queue.length) {
    const file = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    // Dynamic import() is not on the critical path; static imports are fetched before the module runs.
    queue.push(...(report[file]?.imports ?? []));
  }
  return [...files];
}

function sizes(read: (file: string) => Buffer, files: string[]) {
  const raw = Buffer.concat(files.map(read));
  return {
    raw: raw.length,
    gzip: files.reduce((sum, file) => sum + gzipSync(read(file), { level: 9 }).length, 0),
    brotli: files.reduce((sum, file) => sum + brotliCompressSync(read(file)).length, 0),
  };
}

function precacheBytes(dist: string): number {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  const urls = [...new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!))];
  return urls.reduce((sum, url) => sum + statSync(join(dist, url)).size, 0);
}

function allJs(dist: string): string[] {
  return readdirSync(join(dist, 'assets'))
    .filter((file) => file.endsWith('.js'))
    .map((file) => `assets/${file}`);
}

const projectDist = new URL('../dist/', import.meta.url).pathname;

/** /mobile's critical path, oidc-client-ts on it or not, the precache and all JS, of the build in `dist`. */
export function measure(dist = projectDist) {
  const read = (file: string) => readFileSync(join(dist, file));
  const html = read('mobile.html').toString();
  const report = JSON.parse(read(CHUNK_REPORT).toString()) as ChunkReport;
  const files = ['mobile.html', ...criticalFiles(html, report, builtBase(dist))];
  const critical = sizes(read, files);
  const oidcInMobile = files.some((file) =>
    report[file]?.modules.some((id) => id.includes('oidc-client-ts')),
  );
  return {
    files,
    critical,
    oidcInMobile,
    precache: precacheBytes(dist),
    totalJs: sizes(read, allJs(dist)).gzip,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.argv[2] ?? projectDist);
  const { files, critical, oidcInMobile, precache, totalJs } = measure(dist);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.info(`/mobile critical path (${files.length} files: ${files.join(', ')})`);
  console.info(
    `  gzip ${kb(critical.gzip)} (budget ${kb(MOBILE_BUDGET_GZIP)}), brotli ${kb(critical.brotli)}, raw ${kb(critical.raw)}`,
  );
  console.info(`  all JS gzip ${kb(totalJs)}; precache ${kb(precache)} (budget ${kb(PRECACHE_BUDGET)})`);
  const problems: string[] = [];
  if (critical.gzip > MOBILE_BUDGET_GZIP)
    problems.push(`/mobile needs ${kb(critical.gzip)} gzip, over its 14 KB budget`);
  if (oidcInMobile) problems.push("oidc-client-ts is on /mobile's critical path");
  if (precache > PRECACHE_BUDGET) problems.push(`precache is ${kb(precache)}, over its 200 KB budget`);
  if (problems.length) {
    console.error(problems.map((p) => `✗ ${p}`).join('\n'));
    process.exit(1);
  }
  console.info('✓ within budget');
}
