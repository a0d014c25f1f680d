// German for /mobile's first load, the update banner and the app's load error: in the de catalog, downloaded only when de is active.
import type { Translation } from '../../translate.ts';
import type { landing as english } from '../en/landing.ts';

export const landing = {
  'landing.title': 'Mobile CRM holen',
  'landing.lead':
    'SuperOffice CRM auf dem Telefon: Ihre Kunden, Wiedervorlagen und Ihr Kalender, wo immer Sie sind.',
  'landing.leadFor.ios': 'Für Ihr iPhone und iPad',
  'landing.leadFor.android': 'Für Ihr Android-Telefon oder -Tablet',
  'landing.leadFor.computer': 'Für Ihr Telefon und diesen Computer',
  'landing.harmonyLead':
    'Ihr Telefon hat kein Google Play. Installieren Sie daher die Web-App: Sie funktioniert genau wie die App.',
  'landing.storesHeading': 'Aus dem App-Store',
  'landing.badge.app-store': 'Laden im App Store',
  'landing.badge.google-play': 'Jetzt bei Google Play',
  'landing.playAttribution': 'Google Play und das Google Play-Logo sind Marken von Google LLC.',
  'landing.openTheApp': 'App öffnen',
  'landing.nativeInstalled': 'Mobile CRM ist bereits auf diesem Gerät.',
  'landing.webAppHeading': 'Oder die Web-App installieren',
  'landing.webAppLead': 'Ohne App-Store: Sie startet vom Startbildschirm und Sie bleiben angemeldet.',
  'landing.install': 'Installieren',
  'landing.installNow': 'Web-App installieren',
  'landing.handoffHeading': 'Auf dem Telefon weitermachen',
  'landing.handoffLead': 'Richten Sie die Kamera Ihres Telefons auf den Code, um diese Seite dort zu öffnen.',
  'landing.qrLabel': 'QR-Code mit der Adresse dieser Seite',
  'landing.alreadyHaveIt': 'Schon installiert?',
  'landing.openWebApp': 'Mobile CRM öffnen',
  'update.available': 'Update verfügbar',
  'update.reload': 'Neu laden',
  'appLoadError.title': 'Mobile CRM konnte nicht starten',
  'appLoadError.message':
    'Ein Teil der App wurde nicht geladen. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'appLoadError.retry': 'Erneut versuchen',
  'landing.webAppLeadComputer':
    'Ohne App-Store: Sie startet in einem eigenen Fenster und Sie bleiben angemeldet.',
} satisfies Translation<typeof english>;
