// German for /mobile's way out of in-app browsers: in the de catalog, downloaded only when de is active.
import type { Translation } from '../../translate.ts';
import type { inApp as english } from '../en/in-app.ts';

export const inApp = {
  'inApp.heading': 'Diese Seite im Browser öffnen',
  'inApp.lead':
    'Diese Seite ist in {app} geöffnet. Der integrierte Browser dort kann keine Apps installieren. Öffnen Sie die Seite im Browser Ihres Telefons.',
  'inApp.howIos':
    'Tippen Sie auf ••• oder „Teilen“ und dann auf „Im Browser öffnen“ (oder „In Safari öffnen“).',
  'inApp.howAndroid':
    'Tippen Sie auf das ⋮-Menü und dann auf „Im Browser öffnen“ – oder nutzen Sie die Schaltfläche unten.',
  'inApp.openInBrowser': 'Im Browser öffnen',
  'inApp.copyLink': 'Link kopieren',
  'inApp.copied': 'Link kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.',
  'inApp.copyFailed': 'Kopieren nicht möglich. Halten Sie die Adresse unten gedrückt, um sie zu kopieren.',
  'inApp.googleApp': 'der Google-App',
} satisfies Translation<typeof english>;
