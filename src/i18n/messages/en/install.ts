// English for /mobile's install panel: it loads with the install panel (landing/install-panel).
// A new text: one line here, and one in each of ../{nb,sv,da,de,nl}/install.ts.
export const install = {
  'install.chooseDevice': 'Choose your device type',
  'install.deviceTypes.ios': 'iPhone or iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Computer',
  'install.detected': 'detected',
  'install.installOnComputer': 'Install on this computer',
  'install.installed': 'Installed. You can open Mobile CRM from your home screen or app list.',
  'install.installDismissed': 'Not installed. You can install whenever you like from here.',
  'install.shareHere': 'Share is here',
  'install.steps.ios-safari-share':
    'Tap the Share button (a square with an arrow pointing up) in Safari’s toolbar.',
  'install.steps.ios-browser-share':
    'Tap the Share button (a square with an arrow pointing up) next to the address bar.',
  'install.steps.ios-open-in-safari':
    'Open this page in Safari: this browser cannot add apps to the Home Screen.',
  'install.steps.ios-add-to-home': 'Scroll down and tap “Add to Home Screen”.',
  'install.steps.ios-confirm-add': 'Tap “Add”. Mobile CRM now opens from your Home Screen.',
  'install.steps.android-menu': 'Tap the menu button (three dots) at the top right.',
  'install.steps.android-install-app': 'Tap “Install app” or “Add to Home screen”, then “Install”.',
  'install.steps.samsung-menu': 'Tap the menu button (three lines) at the bottom right.',
  'install.steps.samsung-add-page': 'Tap “Add page to”, then “Home screen”.',
  'install.steps.firefox-android-menu': 'Tap the menu button (three dots).',
  'install.steps.firefox-android-install': 'Tap “Add app to Home screen”, then “Add”.',
  'install.steps.harmony-menu': 'Tap the menu button in the browser toolbar.',
  'install.steps.harmony-add': 'Tap “Add to home screen” (or “Add to desktop”), then confirm.',
  'install.steps.desktop-address-bar': 'Click the install icon at the right end of the address bar.',
  'install.steps.desktop-browser-menu':
    'Or open the browser menu and choose “Install Mobile CRM” (under “Cast, save and share” or “Apps”).',
  'install.steps.mac-safari-share': 'Click Share in Safari’s toolbar (or the File menu).',
  'install.steps.mac-safari-add-to-dock': 'Choose “Add to Dock”, then “Add”.',
  'install.steps.desktop-no-install':
    'This browser cannot install web apps. Open this page in Chrome, Edge or Safari, or continue on your phone.',
  'install.steps.scan-with-iphone': 'Scan the code below with your iPhone’s camera to open this page there.',
  'install.steps.scan-with-android':
    'Scan the code below with your Android phone’s camera to open this page there.',
  'install.steps.open-on-computer': 'Open this page on your computer: the same address works there.',
  'install.installedComputer':
    'Installed. Mobile CRM opens in a window of its own, from your apps like any other program.',
  'install.shareOrMore': 'Share is here, or under •••',
  'install.steps.ios-safari-share-or-more':
    'Tap the Share button (a square with an arrow pointing up) in Safari’s toolbar. If you see ••• instead, tap ••• first, then Share.',
} as const;
