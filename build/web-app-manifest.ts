// The web app manifest, in one place so the build writes it and the tests can read what it promised.
import type { ManifestOptions } from 'vite-plugin-pwa';
import type { StoreLinks } from '../src/shared/config.ts';

export const brand = {
  deepGreen: '#0c5d58',
  seaFoam: '#31b494',
  mist: '#a7d4de',
  lightTeal: '#e6eeee',
  /** The page background (theme.css --bg), so the splash screen matches the first frame. */
  pageBackground: '#f2f7f7',
  darkBackground: '#0b1f1e',
} as const;

export const webAppManifest = (stores: StoreLinks): Partial<ManifestOptions> => ({
  id: '/',
  name: 'Mobile CRM',
  short_name: 'Mobile CRM',
  description: 'SuperOffice CRM on your phone: sign in, choose your company and get to work.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  display_override: ['standalone', 'minimal-ui'],
  orientation: 'any',
  theme_color: brand.deepGreen,
  background_color: brand.pageBackground,
  categories: ['business', 'productivity'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
  screenshots: [
    {
      src: '/screenshots/narrow-sign-in.png',
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Sign in to Mobile CRM',
    },
    {
      src: '/screenshots/narrow-get-the-app.png',
      sizes: '390x844',
      type: 'image/png',
      form_factor: 'narrow',
      label: 'Get the app on any device',
    },
    {
      src: '/screenshots/wide-get-the-app.png',
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
      url: '/',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
    },
    {
      name: 'Get the app',
      short_name: 'Get the app',
      url: '/mobile',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192' }],
    },
  ],
});
