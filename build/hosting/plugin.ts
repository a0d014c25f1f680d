// Vite plugin: once the build is written (service worker included), adds what hosting needs to it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { builtPolicy } from '../csp-hashes.ts';
import { NGINX_BROTLI_FILE, NGINX_FILE, nginxBrotliConfig, nginxConfig } from './nginx.ts';
import { precompressBuild } from './precompress.ts';

const write = (path: string, text: string) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
};

/** Precompressed copies of the text files, and `hosting/nginx.conf` with this build's policy and base. */
export function hostingFiles(): Plugin {
  let outDir = 'dist';
  let base = '/';
  return {
    name: 'mobile-crm:hosting-files',
    apply: 'build',
    configResolved(config) {
      // resolve, not join: an outDir may be absolute (a build elsewhere, as one end-to-end test makes).
      outDir = resolve(config.root, config.build.outDir);
      base = config.base;
    },
    // After vite-plugin-pwa has written sw.js, which is compressed too.
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        precompressBuild(outDir);
        write(join(outDir, NGINX_FILE), nginxConfig({ csp: builtPolicy(outDir), base }));
        write(join(outDir, NGINX_BROTLI_FILE), nginxBrotliConfig());
      },
    },
  };
}
