import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressBuild, precompressFile } from './precompress.ts';

const TEXT = 'const app = "Mobile CRM";\n'.repeat(40);

function build(): string {
  const dist = mkdtempSync(join(tmpdir(), 'precompress-'));
  for (const folder of ['assets', 'icons', 'hosting', '.vite']) mkdirSync(join(dist, folder));
  writeFileSync(join(dist, 'assets/app-1.js'), TEXT);
  writeFileSync(join(dist, 'icons/icon.png'), TEXT);
  writeFileSync(join(dist, 'robots.txt'), 'x');
  writeFileSync(join(dist, 'hosting/nginx.conf'), TEXT);
  writeFileSync(join(dist, '.vite/chunks.json'), TEXT);
  return dist;
}

describe('precompressed copies of a build', () => {
  test('each served text file gets a .br and a .gz copy of itself; images and hosting notes none', () => {
    const dist = build();
    expect(precompressBuild(dist)).toEqual(['assets/app-1.js', 'robots.txt']);
    expect(brotliDecompressSync(readFileSync(join(dist, 'assets/app-1.js.br'))).toString()).toBe(TEXT);
    expect(gunzipSync(readFileSync(join(dist, 'assets/app-1.js.gz'))).toString()).toBe(TEXT);
    for (const file of ['icons/icon.png.br', 'hosting/nginx.conf.gz', '.vite/chunks.json.gz'])
      expect(existsSync(join(dist, file)), file).toBe(false);
  });

  test('a copy no smaller than its file is left out, and a new version replaces the old copies', () => {
    const dist = build();
    precompressBuild(dist);
    expect(existsSync(join(dist, 'robots.txt.gz'))).toBe(false);
    writeFileSync(join(dist, 'assets/app-1.js'), 'x');
    precompressFile(dist, 'assets/app-1.js');
    expect(existsSync(join(dist, 'assets/app-1.js.br'))).toBe(false);
    expect(existsSync(join(dist, 'assets/app-1.js.gz'))).toBe(false);
  });
});
