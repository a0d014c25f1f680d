// Dutch text of the /mobile page, the same shape as strings.ts.
import type { LandingText } from './strings.ts';

export const landingText = {
  title: 'Download Mobile CRM',
  lead: 'SuperOffice CRM op je telefoon: je klanten, opvolgingen en agenda, waar je ook bent.',
  leadFor: {
    ios: 'Voor je iPhone en iPad',
    android: 'Voor je Android-telefoon of -tablet',
    computer: 'Voor je telefoons en deze computer',
  },
  harmonyLead:
    'Je telefoon heeft geen Google Play, dus installeer de web-app: die werkt precies zoals de app.',
  storesHeading: 'Uit de appwinkel',
  appStore: { alt: 'Download in de App Store' },
  googlePlay: { alt: 'Ontdek het op Google Play' },
  playAttribution: 'Google Play en het Google Play-logo zijn handelsmerken van Google LLC.',
  openTheApp: 'Open de app',
  nativeInstalled: 'Mobile CRM staat al op dit apparaat.',
  webAppHeading: 'Of installeer de web-app',
  webAppLead: 'Geen appwinkel nodig: hij opent vanaf je beginscherm en je blijft ingelogd.',
  install: 'Installeren',
  installNow: 'Web-app installeren',
  handoffHeading: 'Ga verder op je telefoon',
  handoffLead: 'Richt de camera van je telefoon op de code om deze pagina daar te openen.',
  qrLabel: 'QR-code met het adres van deze pagina',
  inAppHeading: 'Open deze pagina in je browser',
  inAppLead: (app: string) =>
    `Deze pagina is geopend in ${app}. De ingebouwde browser daarvan kan geen apps installeren. Open deze pagina in de eigen browser van je telefoon.`,
  inAppHowIos: 'Tik op ••• of de deelknop en dan op ‘Open in browser’ (of ‘Open in Safari’).',
  inAppHowAndroid: 'Tik op het ⋮-menu en dan op ‘Open in browser’ – of gebruik de knop hieronder.',
  openInBrowser: 'Open in browser',
  copyLink: 'Link kopiëren',
  copied: 'Link gekopieerd. Plak hem in de adresbalk van je browser.',
  copyFailed: 'Kopiëren lukte niet. Houd het adres hieronder ingedrukt om het te kopiëren.',
  alreadyHaveIt: 'Al geïnstalleerd?',
  openWebApp: 'Open Mobile CRM',
  updateAvailable: 'Update beschikbaar',
  reload: 'Opnieuw laden',
  googleApp: 'de Google-app',
  appLoadError: {
    title: 'Mobile CRM kon niet starten',
    message:
      'Een deel van de app is niet gedownload. Controleer je internetverbinding en probeer het opnieuw.',
    retry: 'Opnieuw proberen',
  },
} satisfies LandingText;
