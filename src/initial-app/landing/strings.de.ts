// German text of the /mobile page, the same shape as strings.ts.
import type { LandingText } from './strings.ts';

export const landingText = {
  title: 'Mobile CRM holen',
  lead: 'SuperOffice CRM auf dem Telefon: Ihre Kunden, Wiedervorlagen und Ihr Kalender, wo immer Sie sind.',
  leadFor: {
    ios: 'Für Ihr iPhone und iPad',
    android: 'Für Ihr Android-Telefon oder -Tablet',
    computer: 'Für Ihre Telefone und diesen Computer',
  },
  harmonyLead:
    'Ihr Telefon hat kein Google Play. Installieren Sie daher die Web-App: Sie funktioniert genau wie die App.',
  storesHeading: 'Aus dem App-Store',
  appStore: { alt: 'Laden im App Store' },
  googlePlay: { alt: 'Jetzt bei Google Play' },
  playAttribution: 'Google Play und das Google Play-Logo sind Marken von Google LLC.',
  openTheApp: 'App öffnen',
  nativeInstalled: 'Mobile CRM ist bereits auf diesem Gerät.',
  webAppHeading: 'Oder die Web-App installieren',
  webAppLead: 'Ohne App-Store: Sie startet vom Startbildschirm und Sie bleiben angemeldet.',
  install: 'Installieren',
  installNow: 'Web-App installieren',
  handoffHeading: 'Auf dem Telefon weitermachen',
  handoffLead: 'Richten Sie die Kamera Ihres Telefons auf den Code, um diese Seite dort zu öffnen.',
  qrLabel: 'QR-Code mit der Adresse dieser Seite',
  inAppHeading: 'Diese Seite im Browser öffnen',
  inAppLead: (app: string) =>
    `Diese Seite ist in ${app} geöffnet. Der integrierte Browser dort kann keine Apps installieren. Öffnen Sie die Seite im Browser Ihres Telefons.`,
  inAppHowIos: 'Tippen Sie auf ••• oder „Teilen“ und dann auf „Im Browser öffnen“ (oder „In Safari öffnen“).',
  inAppHowAndroid:
    'Tippen Sie auf das ⋮-Menü und dann auf „Im Browser öffnen“ – oder nutzen Sie die Schaltfläche unten.',
  openInBrowser: 'Im Browser öffnen',
  copyLink: 'Link kopieren',
  copied: 'Link kopiert. Fügen Sie ihn in die Adressleiste Ihres Browsers ein.',
  copyFailed: 'Kopieren nicht möglich. Halten Sie die Adresse unten gedrückt, um sie zu kopieren.',
  alreadyHaveIt: 'Schon installiert?',
  openWebApp: 'Mobile CRM öffnen',
  updateAvailable: 'Update verfügbar',
  reload: 'Neu laden',
  googleApp: 'der Google-App',
  appLoadError: {
    title: 'Mobile CRM konnte nicht starten',
    message:
      'Ein Teil der App wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    retry: 'Erneut versuchen',
  },
} satisfies LandingText;
