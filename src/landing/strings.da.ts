// Danish text of the /mobile page, the same shape as strings.ts.
import type { LandingText } from './strings.ts';

export const landingText = {
  title: 'Hent Mobile CRM',
  lead: 'SuperOffice CRM på telefonen: dine kunder, opfølgninger og din kalender, uanset hvor du er.',
  leadFor: {
    ios: 'Til din iPhone og iPad',
    android: 'Til din Android-telefon eller -tablet',
    computer: 'Til dine telefoner og denne computer',
  },
  harmonyLead: 'Din telefon har ikke Google Play, så installer webappen: den virker præcis som appen.',
  storesHeading: 'Fra app-butikken',
  appStore: { alt: 'Hent i App Store' },
  googlePlay: { alt: 'Hent den på Google Play' },
  playAttribution: 'Google Play og Google Play-logoet er varemærker tilhørende Google LLC.',
  openTheApp: 'Åbn appen',
  nativeInstalled: 'Mobile CRM er allerede på denne enhed.',
  webAppHeading: 'Eller installer webappen',
  webAppLead: 'Ingen app-butik nødvendig: den åbner fra hjemmeskærmen og holder dig logget ind.',
  install: 'Installer',
  installNow: 'Installer webappen',
  handoffHeading: 'Fortsæt på telefonen',
  handoffLead: 'Ret telefonens kamera mod koden for at åbne denne side der.',
  qrLabel: 'QR-kode med denne sides adresse',
  inAppHeading: 'Åbn siden i din browser',
  inAppLead: (app: string) =>
    `Siden er åbnet i ${app}. Den indbyggede browser dér kan ikke installere apps. Åbn siden i telefonens egen browser.`,
  inAppHowIos: 'Tryk på ••• eller del-knappen og derefter »Åbn i browser« (eller »Åbn i Safari«).',
  inAppHowAndroid: 'Tryk på ⋮-menuen og derefter »Åbn i browser« – eller brug knappen nedenfor.',
  openInBrowser: 'Åbn i browser',
  copyLink: 'Kopiér link',
  copied: 'Linket er kopieret. Indsæt det i browserens adresselinje.',
  copyFailed: 'Kunne ikke kopiere. Tryk og hold på adressen nedenfor for at kopiere den.',
  alreadyHaveIt: 'Allerede installeret?',
  openWebApp: 'Åbn Mobile CRM',
  updateAvailable: 'Der er en opdatering',
  reload: 'Genindlæs',
  appLoadError: {
    title: 'Mobile CRM kunne ikke starte',
    message: 'En del af appen blev ikke hentet. Kontrollér internetforbindelsen, og prøv igen.',
    retry: 'Prøv igen',
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
