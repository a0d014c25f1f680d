// Swedish for /mobile's way out of in-app browsers: in the sv catalog, downloaded only when sv is active.
import type { Translation } from '../../translate.ts';
import type { inApp as english } from '../en/in-app.ts';

export const inApp = {
  'inApp.heading': 'Öppna sidan i din webbläsare',
  'inApp.lead':
    'Sidan är öppnad i {app}. Den inbyggda webbläsaren där kan inte installera appar. Öppna sidan i telefonens egen webbläsare.',
  'inApp.howIos': 'Tryck på ••• eller dela-knappen och sedan ”Öppna i webbläsare” (eller ”Öppna i Safari”).',
  'inApp.howAndroid': 'Tryck på ⋮-menyn och sedan ”Öppna i webbläsare” – eller använd knappen nedan.',
  'inApp.openInBrowser': 'Öppna i webbläsare',
  'inApp.copyLink': 'Kopiera länk',
  'inApp.copied': 'Länken är kopierad. Klistra in den i webbläsarens adressfält.',
  'inApp.copyFailed': 'Det gick inte att kopiera. Tryck länge på adressen nedan för att kopiera den.',
  'inApp.googleApp': 'Google-appen',
} satisfies Translation<typeof english>;
