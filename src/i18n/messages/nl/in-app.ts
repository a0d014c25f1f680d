// Dutch for /mobile's way out of in-app browsers: in the nl catalog, downloaded only when nl is active.
import type { Translation } from '../../translate.ts';
import type { inApp as english } from '../en/in-app.ts';

export const inApp = {
  'inApp.heading': 'Open deze pagina in je browser',
  'inApp.lead':
    'Deze pagina is geopend in {app}. De ingebouwde browser daarvan kan geen apps installeren. Open deze pagina in de eigen browser van je telefoon.',
  'inApp.howIos': 'Tik op ••• of de deelknop en dan op ‘Open in browser’ (of ‘Open in Safari’).',
  'inApp.howAndroid': 'Tik op het ⋮-menu en dan op ‘Open in browser’ – of gebruik de knop hieronder.',
  'inApp.openInBrowser': 'Open in browser',
  'inApp.copyLink': 'Link kopiëren',
  'inApp.copied': 'Link gekopieerd. Plak hem in de adresbalk van je browser.',
  'inApp.copyFailed': 'Kopiëren lukte niet. Houd het adres hieronder ingedrukt om het te kopiëren.',
  'inApp.googleApp': 'de Google-app',
} satisfies Translation<typeof english>;
