// The web app manifest, in one place so the build writes it and the tests can read what it promised.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestOptions } from 'vite-plugin-pwa';
import type { StoreLinks } from '../src/shared/config.ts';
import { routesUnder } from '../src/shared/routes.ts';

export const brand = {
  deepGreen: '#0c5d58',
  seaFoam: '#31b494',
  mist: '#a7d4de',
  lightTeal: '#e6eeee',
  /** The page background (theme.css --bg), so the splash screen matches the first frame. */
  pageBackground: '#f2f7f7',
  darkBackground: '#0b1f1e',
} as const;

/** The manifest of an app that lives at `base` (`/`, `/crm/`): its identity, scope and every URL in it follow. */
export const webAppManifest = (stores: StoreLinks, base: string): Partial<ManifestOptions> => ({
  // Two builds under two paths of one origin are two apps, each installed on its own.
  id: base,
  name: 'Mobile CRM',
  short_name: 'Mobile CRM',
  description: 'SuperOffice CRM on your phone: sign in, choose your company and get to work.',
  lang: 'en',
  dir: 'ltr',
  start_url: base,
  scope: base,
  display: 'standalone',
  display_override: ['standalone', 'minimal-ui'],
  orientation: 'any',
  theme_color: brand.deepGreen,
  background_color: brand.pageBackground,
  categories: ['business', 'productivity'],
  icons: [
    { src: `${base}icons/icon-192.png`, sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: `${base}icons/icon-512.png`, sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: `${base}icons/maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: `${base}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  screenshots: [
    {
      src: `${base}screenshots/narrow-sign-in.png`,
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Sign in to Mobile CRM',
    },
    {
      src: `${base}screenshots/narrow-get-the-app.png`,
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Get the app on any device',
    },
    {
      src: `${base}screenshots/wide-get-the-app.png`,
      sizes: '1280x800',
      type: 'image/png',
      form_factor: 'wide',
      label: 'Get the app on any device',
    },
  ],
  related_applications: [
    { platform: 'play', id: stores.googlePlayId, url: stores.googlePlayUrl },
    { platform: 'itunes', id: stores.appStoreId, url: stores.appStoreUrl },
  ],
  prefer_related_applications: false,
  shortcuts: [
    {
      name: 'Log in',
      short_name: 'Log in',
      url: routesUnder(base).signIn,
      icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192' }],
    },
    {
      name: 'Get the app',
      short_name: 'Get the app',
      url: routesUnder(base).getTheApp,
      icons: [{ src: `${base}icons/icon-192.png`, sizes: '192x192' }],
    },
  ],
});

/** Where a finished build lives on its host: its manifest's scope. */
export function builtBase(dist: string): string {
  const { scope } = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as {
    scope?: unknown;
  };
  if (typeof scope !== 'string' || !scope.startsWith('/') || !scope.endsWith('/'))
    throw new Error(`${dist}/manifest.webmanifest has no scope to serve the build under`);
  return scope;
}
