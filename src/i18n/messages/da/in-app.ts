// Danish for /mobile's way out of in-app browsers: in the da catalog, downloaded only when da is active.
import type { Translation } from '../../translate.ts';
import type { inApp as english } from '../en/in-app.ts';

export const inApp = {
  'inApp.heading': 'Åbn siden i din browser',
  'inApp.lead':
    'Siden er åbnet i {app}. Den indbyggede browser dér kan ikke installere apps. Åbn siden i telefonens egen browser.',
  'inApp.howIos': 'Tryk på ••• eller del-knappen og derefter »Åbn i browser« (eller »Åbn i Safari«).',
  'inApp.howAndroid': 'Tryk på ⋮-menuen og derefter »Åbn i browser« – eller brug knappen nedenfor.',
  'inApp.openInBrowser': 'Åbn i browser',
  'inApp.copyLink': 'Kopiér link',
  'inApp.copied': 'Linket er kopieret. Indsæt det i browserens adresselinje.',
  'inApp.copyFailed': 'Kunne ikke kopiere. Tryk og hold på adressen nedenfor for at kopiere den.',
  'inApp.googleApp': 'Google-appen',
} satisfies Translation<typeof english>;
