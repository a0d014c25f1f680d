// Writes .br and .gz copies beside each text file of a build, for servers that send files as they are.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { answerFor, isCompressible } from './rules.ts';

const compressors = {
  '.br': (body: Buffer) =>
    brotliCompressSync(body, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
  '.gz': (body: Buffer) => gzipSync(body, { level: 9 }),
};

/** Files of the build that are served and worth compressing. */
export function compressibleFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => isCompressible(file) && answerFor(`/${file}`).status === 200)
    .sort();
}

/**
 * Writes one file's copies, replacing any older ones; a copy no smaller than the file is left out (the server
 * then sends the file itself).
 */
export function precompressFile(dist: string, file: string): void {
  const body = readFileSync(join(dist, file));
  for (const [suffix, compress] of Object.entries(compressors)) {
    const compressed = compress(body);
    const copy = join(dist, file + suffix);
    if (compressed.length < body.length) writeFileSync(copy, compressed);
    else rmSync(copy, { force: true });
  }
}

/** Precompresses every served text file of a build; gives the files it looked at. */
export function precompressBuild(dist: string): string[] {
  const files = compressibleFiles(dist);
  for (const file of files) precompressFile(dist, file);
  return files;
}
