// English text of the install panel; loaded with the panel, not on first paint. Other languages mirror it.
import { translatable } from '../../../i18n/active-language.ts';
import type { InstallStep } from '../../../initial-app/landing/install-guide.ts';

export const installText = translatable('install', {
  chooseDevice: 'Choose your device type',
  deviceTypes: { ios: 'iPhone or iPad', android: 'Android', computer: 'Computer' },
  detected: 'detected',
  installOnComputer: 'Install on this computer',
  installed: 'Installed. You can open Mobile CRM from your home screen or app list.',
  installDismissed: 'Not installed. You can install whenever you like from here.',
  shareHere: 'Share is here',
  steps: {
    'ios-safari-share': 'Tap the Share button (a square with an arrow pointing up) in Safari’s toolbar.',
    'ios-browser-share': 'Tap the Share button (a square with an arrow pointing up) next to the address bar.',
    'ios-open-in-safari': 'Open this page in Safari: this browser cannot add apps to the Home Screen.',
    'ios-add-to-home': 'Scroll down and tap “Add to Home Screen”.',
    'ios-confirm-add': 'Tap “Add”. Mobile CRM now opens from your Home Screen.',
    'android-menu': 'Tap the menu button (three dots) at the top right.',
    'android-install-app': 'Tap “Install app” or “Add to Home screen”, then “Install”.',
    'samsung-menu': 'Tap the menu button (three lines) at the bottom right.',
    'samsung-add-page': 'Tap “Add page to”, then “Home screen”.',
    'firefox-android-menu': 'Tap the menu button (three dots).',
    'firefox-android-install': 'Tap “Add app to Home screen”, then “Add”.',
    'harmony-menu': 'Tap the menu button in the browser toolbar.',
    'harmony-add': 'Tap “Add to home screen” (or “Add to desktop”), then confirm.',
    'desktop-address-bar': 'Click the install icon at the right end of the address bar.',
    'desktop-browser-menu':
      'Or open the browser menu and choose “Install Mobile CRM” (under “Cast, save and share” or “Apps”).',
    'mac-safari-share': 'Click Share in Safari’s toolbar (or the File menu).',
    'mac-safari-add-to-dock': 'Choose “Add to Dock”, then “Add”.',
    'desktop-no-install':
      'This browser cannot install web apps. Open this page in Chrome, Edge or Safari, or continue on your phone.',
    'scan-with-iphone': 'Scan the code below with your iPhone’s camera to open this page there.',
    'scan-with-android': 'Scan the code below with your Android phone’s camera to open this page there.',
    'open-on-computer': 'Open this page on your computer: the same address works there.',
  } satisfies Record<InstallStep, string>,
});
export type InstallText = typeof installText;
