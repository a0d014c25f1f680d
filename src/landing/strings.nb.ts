// Norwegian Bokmål text of the /mobile page, the same shape as strings.ts.
import type { LandingText } from './strings.ts';

export const landingText = {
  title: 'Få Mobile CRM',
  lead: 'SuperOffice CRM på telefonen: kundene dine, oppfølgingene og kalenderen, uansett hvor du er.',
  leadFor: {
    ios: 'For iPhone og iPad',
    android: 'For Android-telefon eller -nettbrett',
    computer: 'For telefonene dine og denne datamaskinen',
  },
  harmonyLead: 'Telefonen din har ikke Google Play, så installer nettappen: den fungerer akkurat som appen.',
  storesHeading: 'Fra appbutikken',
  appStore: { alt: 'Last ned fra App Store' },
  googlePlay: { alt: 'Tilgjengelig på Google Play' },
  playAttribution: 'Google Play og Google Play-logoen er varemerker som tilhører Google LLC.',
  openTheApp: 'Åpne appen',
  nativeInstalled: 'Mobile CRM er allerede på denne enheten.',
  webAppHeading: 'Eller installer nettappen',
  webAppLead: 'Ingen appbutikk trengs: den åpnes fra startskjermen og holder deg pålogget.',
  install: 'Installer',
  installNow: 'Installer nettappen',
  handoffHeading: 'Fortsett på telefonen',
  handoffLead: 'Pek kameraet på telefonen mot koden for å åpne denne siden der.',
  qrLabel: 'QR-kode med adressen til denne siden',
  inAppHeading: 'Åpne siden i nettleseren din',
  inAppLead: (app: string) =>
    `Denne siden er åpnet i ${app}. Den innebygde nettleseren der kan ikke installere apper. Åpne siden i telefonens egen nettleser.`,
  inAppHowIos: 'Trykk på ••• eller del-knappen, og deretter «Åpne i nettleser» (eller «Åpne i Safari»).',
  inAppHowAndroid: 'Trykk på ⋮-menyen, og deretter «Åpne i nettleser» – eller bruk knappen nedenfor.',
  openInBrowser: 'Åpne i nettleser',
  copyLink: 'Kopier lenke',
  copied: 'Lenken er kopiert. Lim den inn i adressefeltet i nettleseren.',
  copyFailed: 'Kunne ikke kopiere. Trykk og hold på adressen nedenfor for å kopiere den.',
  alreadyHaveIt: 'Allerede installert?',
  openWebApp: 'Åpne Mobile CRM',
  updateAvailable: 'En oppdatering er klar',
  reload: 'Last inn på nytt',
  appLoadError: {
    title: 'Mobile CRM kunne ikke starte',
    message: 'En del av appen ble ikke lastet ned. Sjekk internettforbindelsen og prøv igjen.',
    retry: 'Prøv igjen',
  },
} satisfies LandingText;

export const inAppNames = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  wechat: 'WeChat',
  line: 'LINE',
  snapchat: 'Snapchat',
  twitter: 'X (Twitter)',
  google: 'Google-appen',
} satisfies Record<string, string>;
