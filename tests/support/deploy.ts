// A new deployment over a served copy of the build, as hosting would copy it: the file and its precompressed copies.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { precompressFile } from '../../build/hosting/precompress.ts';

/** A changed service worker script (what makes the browser find an update), compressed as the build would. */
export function deployNewServiceWorker(dist: string): void {
  appendFileSync(join(dist, 'sw.js'), `\n// next version ${Date.now()}\n`);
  precompressFile(dist, 'sw.js');
}
