// Swedish text of the /mobile page, the same shape as strings.ts.
import type { LandingText } from './strings.ts';

export const landingText = {
  title: 'Skaffa Mobile CRM',
  lead: 'SuperOffice CRM i mobilen: dina kunder, uppföljningar och din kalender, var du än är.',
  leadFor: {
    ios: 'För din iPhone och iPad',
    android: 'För din Android-telefon eller -surfplatta',
    computer: 'För dina telefoner och den här datorn',
  },
  harmonyLead: 'Din telefon har inte Google Play, så installera webbappen: den fungerar precis som appen.',
  storesHeading: 'Från appbutiken',
  appStore: { alt: 'Hämta i App Store' },
  googlePlay: { alt: 'Ladda ned på Google Play' },
  playAttribution: 'Google Play och Google Play-logotypen är varumärken som tillhör Google LLC.',
  openTheApp: 'Öppna appen',
  nativeInstalled: 'Mobile CRM finns redan på den här enheten.',
  webAppHeading: 'Eller installera webbappen',
  webAppLead: 'Ingen appbutik behövs: den öppnas från hemskärmen och håller dig inloggad.',
  install: 'Installera',
  installNow: 'Installera webbappen',
  handoffHeading: 'Fortsätt i telefonen',
  handoffLead: 'Rikta telefonens kamera mot koden för att öppna den här sidan där.',
  qrLabel: 'QR-kod med den här sidans adress',
  inAppHeading: 'Öppna sidan i din webbläsare',
  inAppLead: (app: string) =>
    `Sidan är öppnad i ${app}. Den inbyggda webbläsaren där kan inte installera appar. Öppna sidan i telefonens egen webbläsare.`,
  inAppHowIos: 'Tryck på ••• eller dela-knappen och sedan ”Öppna i webbläsare” (eller ”Öppna i Safari”).',
  inAppHowAndroid: 'Tryck på ⋮-menyn och sedan ”Öppna i webbläsare” – eller använd knappen nedan.',
  openInBrowser: 'Öppna i webbläsare',
  copyLink: 'Kopiera länk',
  copied: 'Länken är kopierad. Klistra in den i webbläsarens adressfält.',
  copyFailed: 'Det gick inte att kopiera. Tryck länge på adressen nedan för att kopiera den.',
  alreadyHaveIt: 'Redan installerad?',
  openWebApp: 'Öppna Mobile CRM',
  updateAvailable: 'En uppdatering finns',
  reload: 'Läs in igen',
  appLoadError: {
    title: 'Mobile CRM kunde inte starta',
    message: 'En del av appen laddades inte ned. Kontrollera internetanslutningen och försök igen.',
    retry: 'Försök igen',
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
