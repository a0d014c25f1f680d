// English text of the /mobile page; strings.{nb,sv,da,de,nl}.ts mirror it and load only when active.
import { translatable } from '../../i18n/active-language.ts';

export const landingText = translatable('landing', {
  title: 'Get Mobile CRM',
  lead: 'SuperOffice CRM on your phone: your customers, follow-ups and calendar, wherever you are.',
  leadFor: {
    ios: 'For your iPhone and iPad',
    android: 'For your Android phone or tablet',
    computer: 'For your phones and this computer',
  },
  harmonyLead: 'Your phone has no Google Play, so install the web app: it works just like the app.',
  storesHeading: 'From the app store',
  appStore: { alt: 'Download on the App Store' },
  googlePlay: { alt: 'Get it on Google Play' },
  playAttribution: 'Google Play and the Google Play logo are trademarks of Google LLC.',
  openTheApp: 'Open the app',
  nativeInstalled: 'Mobile CRM is already on this device.',
  webAppHeading: 'Or install the web app',
  webAppLead: 'No store needed: it opens from your home screen and stays signed in.',
  install: 'Install',
  installNow: 'Install web app',
  handoffHeading: 'Continue on your phone',
  handoffLead: 'Point your phone’s camera at the code to open this page there.',
  qrLabel: 'QR code for this page’s address',
  inAppHeading: 'Open this page in your browser',
  inAppLead: (app: string) =>
    `You are in ${app}’s built-in browser, which cannot install apps. Open this page in your phone’s own browser.`,
  inAppHowIos: 'Tap the ••• or share button, then “Open in browser” (or “Open in Safari”).',
  inAppHowAndroid: 'Tap the ⋮ menu, then “Open in browser” — or use the button below.',
  openInBrowser: 'Open in browser',
  copyLink: 'Copy link',
  copied: 'Link copied. Paste it into your browser’s address bar.',
  copyFailed: 'Could not copy. Press and hold the address below to copy it.',
  alreadyHaveIt: 'Already installed?',
  openWebApp: 'Open Mobile CRM',
  updateAvailable: 'Update available',
  reload: 'Reload',
  googleApp: 'the Google app',
  appLoadError: {
    title: 'Mobile CRM could not start',
    message: 'Part of the app did not download. Check your internet connection and try again.',
    retry: 'Try again',
  },
});
export type LandingText = typeof landingText;

/** In-app browsers by name: brand names stay the same in every language (the Google app is in landingText). */
export const inAppNames: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  wechat: 'WeChat',
  line: 'LINE',
  snapchat: 'Snapchat',
  twitter: 'X (Twitter)',
};
