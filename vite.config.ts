/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadBasePath, loadConfig } from './build/config.ts';
import { appPathsUnder } from './src/shared/routes.ts';
import { storagePrefix } from './src/shared/storage-names.ts';
import { webAppManifest } from './build/web-app-manifest.ts';
import { chunkReport } from './build/chunk-report.ts';
import { cssPreload } from './build/css-preload.ts';
import { hostingFiles } from './build/hosting/plugin.ts';
import { pagesPlugin } from './build/pages-plugin.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chunks the service worker keeps once used instead of precaching them: the lock's screens and its WebAuthn and
 * vault code (only people who use fingerprint or face fetch them, then at every launch), and /mobile's parts fetched
 * on demand, each of which leads somewhere that needs the network anyway: the QR code (a computer hands off to a
 * phone), the install panel (a store, or the browser's install, which fetches the icons) and the in-app rescue (an
 * in-app browser opened a link). ON_DEMAND_CHUNKS are names of chunks, each a prefix of its files' names.
 */
const ON_DEMAND_CHUNKS = [
  'lock',
  'fingerprint',
  'passkey',
  'vault-crypto',
  'qr-code',
  'install-panel',
  'in-app-rescue',
  // The Onsite screen: only people who connect to their company's own server need it (and never offline).
  'onsite-screen',
  // The service worker's registration and update check: offline there is nothing to register or check.
  'virtual_pwa-register',
  'workbox-window.prod.es5',
];

export default defineConfig(({ mode }) => {
  // Fails the build early, naming the key, when the configuration is wrong.
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const appConfig = loadConfig(env);
  // Where the app lives on its host: routes, files, the service worker's scope and storage names follow it.
  const base = loadBasePath(env);
  return {
    base,
    define: {
      __APP_CONFIG__: JSON.stringify(appConfig),
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    },
    plugins: [
      preact(),
      cssPreload(),
      chunkReport(),
      // Every page (build/pages.tsx), prerendered, with its boot code and styles inline, and the CSP file.
      pagesPlugin(appConfig),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: webAppManifest(appConfig.stores, base),
        includeAssets: ['robots.txt'],
        includeManifestIcons: false,
        workbox: {
          // The header's icon shows offline; the install icons are the browser's to keep (it fetches them on install).
          globPatterns: ['**/*.{js,css,html}', 'badges/*.svg', 'icons/icon.svg'],
          // English is precached; another language's catalog and badges are kept once that language is used, and
          // so are the chunks fetched on demand (ON_DEMAND_CHUNKS).
          globIgnores: [
            'assets/{nb,sv,da,de,nl}-*.js',
            'badges/*-{nb,sv,da,de,nl}.svg',
            `assets/{${ON_DEMAND_CHUNKS.join(',')}}-*.{js,css}`,
          ],
          runtimeCaching: [
            {
              urlPattern: new RegExp(
                `${escapeRegExp(base)}(assets/(nb|sv|da|de|nl)-[\\w-]+\\.js|badges/[\\w-]+-(nb|sv|da|de|nl)\\.svg)$`,
              ),
              handler: 'CacheFirst',
              options: { cacheName: `${storagePrefix(base)}languages`, expiration: { maxEntries: 12 } },
            },
            {
              urlPattern: new RegExp(
                `${escapeRegExp(base)}assets/(${ON_DEMAND_CHUNKS.map(escapeRegExp).join('|')})-[\\w-]+\\.(js|css)$`,
              ),
              handler: 'CacheFirst',
              options: { cacheName: `${storagePrefix(base)}on-demand`, expiration: { maxEntries: 16 } },
            },
          ],
          navigateFallback: 'index.html',
          // Only the app's own routes get the cached shell; anything else goes to the network.
          navigateFallbackAllowlist: appPathsUnder(base).map(
            (path) => new RegExp(`^${escapeRegExp(path)}(?:[?#]|$)`),
          ),
          navigateFallbackDenylist: [/^\/api\//, /^\/\.well-known\//, /\/[^/?]+\.[a-z0-9]+(?:\?|$)/i],
          // Workbox's cleanup deletes every precache whose name contains this scope, and `/crm/`'s name contains
          // `/`'s: the root app would delete the offline copy of an app under it. This app has only ever had
          // Workbox's current precache name, so there is nothing outdated to delete.
          cleanupOutdatedCaches: false,
          // The first install takes control at once; updates still wait for the person's Reload.
          clientsClaim: true,
        },
      }),
      // Precompressed files and the nginx configuration, from the finished build.
      hostingFiles(),
    ],
    build: {
      target: 'es2022',
      modulePreload: false,
      // Constants (the boot contract's names and keys) are written where they are used, not kept as variables.
      rolldownOptions: {
        optimization: { inlineConst: { mode: 'all', pass: 2 } },
        output: { codeSplitting: { groups: [{ name: 'first-load', tags: ['$initial'] }] } },
      },
    },
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          // A DOM costs about a second a file: only files that need one ask (`// @vitest-environment happy-dom`).
          test: { name: 'unit', environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
        },
        {
          extends: true,
          test: {
            name: 'service',
            environment: 'node',
            // Real servers and child processes (a cold `npx tsx` takes seconds on a busy 2-core machine).
            testTimeout: 20_000,
            include: ['sign-in-service/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          },
        },
      ],
    },
  };
});
