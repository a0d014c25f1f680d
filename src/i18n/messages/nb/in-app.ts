// Norwegian Bokmål for /mobile's way out of in-app browsers: in the nb catalog, downloaded only when nb is active.
import type { Translation } from '../../translate.ts';
import type { inApp as english } from '../en/in-app.ts';

export const inApp = {
  'inApp.heading': 'Åpne siden i nettleseren din',
  'inApp.lead':
    'Denne siden er åpnet i {app}. Den innebygde nettleseren der kan ikke installere apper. Åpne siden i telefonens egen nettleser.',
  'inApp.howIos': 'Trykk på ••• eller del-knappen, og deretter «Åpne i nettleser» (eller «Åpne i Safari»).',
  'inApp.howAndroid': 'Trykk på ⋮-menyen, og deretter «Åpne i nettleser» – eller bruk knappen nedenfor.',
  'inApp.openInBrowser': 'Åpne i nettleser',
  'inApp.copyLink': 'Kopier lenke',
  'inApp.copied': 'Lenken er kopiert. Lim den inn i adressefeltet i nettleseren.',
  'inApp.copyFailed': 'Kunne ikke kopiere. Trykk og hold på adressen nedenfor for å kopiere den.',
  'inApp.googleApp': 'Google-appen',
} satisfies Translation<typeof english>;
