/// <reference types="vitest/config" />
import { defineConfig, loadEnv } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { loadConfig } from './build/config.ts';
import { appPaths } from './src/shared/routes.ts';
import { webAppManifest } from './build/web-app-manifest.ts';
import { mobilePage } from './build/mobile-page.ts';
import { chunkReport } from './build/chunk-report.ts';
import { appPage } from './build/app-page.ts';
import { cssPreload } from './build/css-preload.ts';
import { inlineStylesheets } from './build/inline-stylesheets.ts';
import { cspHeaderFile } from './build/csp-hashes.ts';
import { hostingFiles } from './build/hosting/plugin.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig(({ mode }) => {
  // Fails the build early, naming the key, when the configuration is wrong.
  const appConfig = loadConfig(loadEnv(mode, process.cwd(), 'VITE_'));
  return {
    define: {
      __APP_CONFIG__: JSON.stringify(appConfig),
      __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.0.0'),
    },
    plugins: [
      preact(),
      cssPreload(),
      chunkReport(),
      mobilePage({ appStoreId: appConfig.stores.appStoreId }),
      // After mobilePage, which copies index.html as it was written.
      appPage(['src/lazy-app/index.tsx', 'src/lazy-app/warm-start.ts']),
      // Last of the page plugins: the stylesheets they link go into the pages themselves.
      inlineStylesheets(),
      // The header for hosting, from the finished pages.
      cspHeaderFile(appConfig),
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: webAppManifest(appConfig.stores),
        includeAssets: ['robots.txt'],
        includeManifestIcons: false,
        workbox: {
          // The header's icon shows offline; the install icons are the browser's to keep (it fetches them on install).
          globPatterns: ['**/*.{js,css,html}', 'badges/*.svg', 'icons/icon.svg'],
          // English is precached; another language's catalog and badges are kept once that language is used.
          // So is the Onsite screen, which only people who connect to their own server need (and never offline).
          globIgnores: [
            'assets/{nb,sv,da,de,nl}-*.js',
            'badges/*-{nb,sv,da,de,nl}.svg',
            'assets/onsite-screen-*.js',
          ],
          runtimeCaching: [
            {
              urlPattern: /\/(assets\/(nb|sv|da|de|nl)-[\w-]+\.js|badges\/[\w-]+-(nb|sv|da|de|nl)\.svg)$/,
              handler: 'CacheFirst',
              options: { cacheName: 'mobile-crm-languages', expiration: { maxEntries: 12 } },
            },
            {
              urlPattern: /\/assets\/onsite-screen-[\w-]+\.js$/,
              handler: 'CacheFirst',
              options: { cacheName: 'mobile-crm-onsite', expiration: { maxEntries: 2 } },
            },
          ],
          navigateFallback: 'index.html',
          // Only the app's own routes get the cached shell; anything else goes to the network.
          navigateFallbackAllowlist: appPaths.map((path) => new RegExp(`^${escapeRegExp(path)}(?:[?#]|$)`)),
          navigateFallbackDenylist: [/^\/api\//, /^\/\.well-known\//, /\/[^/?]+\.[a-z0-9]+(?:\?|$)/i],
          cleanupOutdatedCaches: true,
          // The first install takes control at once; updates still wait for the person's Reload.
          clientsClaim: true,
        },
      }),
      // Precompressed files and the nginx configuration, from the finished build.
      hostingFiles(),
    ],
    build: { target: 'es2022', modulePreload: false },
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: { name: 'unit', environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] },
        },
        {
          extends: true,
          test: {
            name: 'service',
            environment: 'node',
            include: ['sign-in-service/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
          },
        },
      ],
    },
  };
});
