// Norwegian Bokmål for /mobile's first load, the update banner and the app's load error: in the nb catalog, downloaded only when nb is active.
import type { Translation } from '../../translate.ts';
import type { landing as english } from '../en/landing.ts';

export const landing = {
  'landing.title': 'Få Mobile CRM',
  'landing.lead':
    'SuperOffice CRM på telefonen: kundene dine, oppfølgingene og kalenderen, uansett hvor du er.',
  'landing.leadFor.ios': 'For iPhone og iPad',
  'landing.leadFor.android': 'For Android-telefon eller -nettbrett',
  'landing.leadFor.computer': 'For telefonen din og denne datamaskinen',
  'landing.harmonyLead':
    'Telefonen din har ikke Google Play, så installer nettappen: den fungerer akkurat som appen.',
  'landing.storesHeading': 'Fra appbutikken',
  'landing.badge.app-store': 'Last ned fra App Store',
  'landing.badge.google-play': 'Tilgjengelig på Google Play',
  'landing.playAttribution': 'Google Play og Google Play-logoen er varemerker som tilhører Google LLC.',
  'landing.openTheApp': 'Åpne appen',
  'landing.nativeInstalled': 'Mobile CRM er allerede på denne enheten.',
  'landing.webAppHeading': 'Eller installer nettappen',
  'landing.webAppLead': 'Ingen appbutikk trengs: den åpnes fra startskjermen og holder deg pålogget.',
  'landing.install': 'Installer',
  'landing.installNow': 'Installer nettappen',
  'landing.handoffHeading': 'Fortsett på telefonen',
  'landing.handoffLead': 'Pek kameraet på telefonen mot koden for å åpne denne siden der.',
  'landing.qrLabel': 'QR-kode med adressen til denne siden',
  'landing.alreadyHaveIt': 'Allerede installert?',
  'landing.openWebApp': 'Åpne Mobile CRM',
  'update.available': 'En oppdatering er klar',
  'update.reload': 'Last inn på nytt',
  'appLoadError.title': 'Mobile CRM kunne ikke starte',
  'appLoadError.message': 'En del av appen ble ikke lastet ned. Sjekk internettforbindelsen og prøv igjen.',
  'appLoadError.retry': 'Prøv igjen',
  'landing.webAppLeadComputer': 'Ingen appbutikk trengs: den åpnes i sitt eget vindu og holder deg pålogget.',
} satisfies Translation<typeof english>;
