// Dutch for /mobile's first load, the update banner and the app's load error: in the nl catalog, downloaded only when nl is active.
import type { Translation } from '../../translate.ts';
import type { landing as english } from '../en/landing.ts';

export const landing = {
  'landing.title': 'Download Mobile CRM',
  'landing.lead': 'SuperOffice CRM op je telefoon: je klanten, opvolgingen en agenda, waar je ook bent.',
  'landing.leadFor.ios': 'Voor je iPhone en iPad',
  'landing.leadFor.android': 'Voor je Android-telefoon of -tablet',
  'landing.leadFor.computer': 'Voor je telefoon en deze computer',
  'landing.harmonyLead':
    'Je telefoon heeft geen Google Play, dus installeer de web-app: die werkt precies zoals de app.',
  'landing.storesHeading': 'Uit de appwinkel',
  'landing.badge.app-store': 'Download in de App Store',
  'landing.badge.google-play': 'Ontdek het op Google Play',
  'landing.playAttribution': 'Google Play en het Google Play-logo zijn handelsmerken van Google LLC.',
  'landing.openTheApp': 'Open de app',
  'landing.nativeInstalled': 'Mobile CRM staat al op dit apparaat.',
  'landing.webAppHeading': 'Of installeer de web-app',
  'landing.webAppLead': 'Geen appwinkel nodig: hij opent vanaf je beginscherm en je blijft ingelogd.',
  'landing.install': 'Installeren',
  'landing.installNow': 'Web-app installeren',
  'landing.handoffHeading': 'Ga verder op je telefoon',
  'landing.handoffLead': 'Richt de camera van je telefoon op de code om deze pagina daar te openen.',
  'landing.qrLabel': 'QR-code met het adres van deze pagina',
  'landing.alreadyHaveIt': 'Al geïnstalleerd?',
  'landing.openWebApp': 'Open Mobile CRM',
  'update.available': 'Update beschikbaar',
  'update.reload': 'Opnieuw laden',
  'appLoadError.title': 'Mobile CRM kon niet starten',
  'appLoadError.message':
    'Een deel van de app is niet gedownload. Controleer je internetverbinding en probeer het opnieuw.',
  'appLoadError.retry': 'Opnieuw proberen',
  'landing.webAppLeadComputer': 'Geen appwinkel nodig: hij opent in een eigen venster en je blijft ingelogd.',
} satisfies Translation<typeof english>;
