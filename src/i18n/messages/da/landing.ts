// Danish for /mobile's first load, the update banner and the app's load error: in the da catalog, downloaded only when da is active.
import type { Translation } from '../../translate.ts';
import type { landing as english } from '../en/landing.ts';

export const landing = {
  'landing.title': 'Hent Mobile CRM',
  'landing.lead':
    'SuperOffice CRM på telefonen: dine kunder, opfølgninger og din kalender, uanset hvor du er.',
  'landing.leadFor.ios': 'Til din iPhone og iPad',
  'landing.leadFor.android': 'Til din Android-telefon eller -tablet',
  'landing.leadFor.computer': 'Til din telefon og denne computer',
  'landing.harmonyLead':
    'Din telefon har ikke Google Play, så installer webappen: den virker præcis som appen.',
  'landing.storesHeading': 'Fra app-butikken',
  'landing.badge.app-store': 'Hent i App Store',
  'landing.badge.google-play': 'Hent den på Google Play',
  'landing.playAttribution': 'Google Play og Google Play-logoet er varemærker tilhørende Google LLC.',
  'landing.openTheApp': 'Åbn appen',
  'landing.nativeInstalled': 'Mobile CRM er allerede på denne enhed.',
  'landing.webAppHeading': 'Eller installer webappen',
  'landing.webAppLead': 'Ingen app-butik nødvendig: den åbner fra hjemmeskærmen og holder dig logget ind.',
  'landing.install': 'Installer',
  'landing.installNow': 'Installer webappen',
  'landing.handoffHeading': 'Fortsæt på telefonen',
  'landing.handoffLead': 'Ret telefonens kamera mod koden for at åbne denne side der.',
  'landing.qrLabel': 'QR-kode med denne sides adresse',
  'landing.alreadyHaveIt': 'Allerede installeret?',
  'landing.openWebApp': 'Åbn Mobile CRM',
  'update.available': 'Der er en opdatering',
  'update.reload': 'Genindlæs',
  'appLoadError.title': 'Mobile CRM kunne ikke starte',
  'appLoadError.message': 'En del af appen blev ikke hentet. Kontrollér internetforbindelsen, og prøv igen.',
  'appLoadError.retry': 'Prøv igen',
  'landing.webAppLeadComputer':
    'Ingen app-butik nødvendig: den åbner i sit eget vindue og holder dig logget ind.',
} satisfies Translation<typeof english>;
