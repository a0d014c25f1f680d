// Swedish for /mobile's first load, the update banner and the app's load error: in the sv catalog, downloaded only when sv is active.
import type { Translation } from '../../translate.ts';
import type { landing as english } from '../en/landing.ts';

export const landing = {
  'landing.title': 'Skaffa Mobile CRM',
  'landing.lead': 'SuperOffice CRM i mobilen: dina kunder, uppföljningar och din kalender, var du än är.',
  'landing.leadFor.ios': 'För din iPhone och iPad',
  'landing.leadFor.android': 'För din Android-telefon eller -surfplatta',
  'landing.leadFor.computer': 'För din telefon och den här datorn',
  'landing.harmonyLead':
    'Din telefon har inte Google Play, så installera webbappen: den fungerar precis som appen.',
  'landing.storesHeading': 'Från appbutiken',
  'landing.badge.app-store': 'Hämta i App Store',
  'landing.badge.google-play': 'Ladda ned på Google Play',
  'landing.playAttribution': 'Google Play och Google Play-logotypen är varumärken som tillhör Google LLC.',
  'landing.openTheApp': 'Öppna appen',
  'landing.nativeInstalled': 'Mobile CRM finns redan på den här enheten.',
  'landing.webAppHeading': 'Eller installera webbappen',
  'landing.webAppLead': 'Ingen appbutik behövs: den öppnas från hemskärmen och håller dig inloggad.',
  'landing.install': 'Installera',
  'landing.installNow': 'Installera webbappen',
  'landing.handoffHeading': 'Fortsätt i telefonen',
  'landing.handoffLead': 'Rikta telefonens kamera mot koden för att öppna den här sidan där.',
  'landing.qrLabel': 'QR-kod med den här sidans adress',
  'landing.alreadyHaveIt': 'Redan installerad?',
  'landing.openWebApp': 'Öppna Mobile CRM',
  'update.available': 'En uppdatering finns',
  'update.reload': 'Läs in igen',
  'appLoadError.title': 'Mobile CRM kunde inte starta',
  'appLoadError.message':
    'En del av appen laddades inte ned. Kontrollera internetanslutningen och försök igen.',
  'appLoadError.retry': 'Försök igen',
  'landing.webAppLeadComputer':
    'Ingen appbutik behövs: den öppnas i ett eget fönster och håller dig inloggad.',
} satisfies Translation<typeof english>;
