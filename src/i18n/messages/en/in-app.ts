// English for /mobile's way out of in-app browsers: it loads with the in-app rescue, which only in-app browsers download.
// A new text: one line here, and one in each of ../{nb,sv,da,de,nl}/in-app.ts.
export const inApp = {
  'inApp.heading': 'Open this page in your browser',
  'inApp.lead':
    'You are in {app}’s built-in browser, which cannot install apps. Open this page in your phone’s own browser.',
  'inApp.howIos': 'Tap the ••• or share button, then “Open in browser” (or “Open in Safari”).',
  'inApp.howAndroid': 'Tap the ⋮ menu, then “Open in browser” — or use the button below.',
  'inApp.openInBrowser': 'Open in browser',
  'inApp.copyLink': 'Copy link',
  'inApp.copied': 'Link copied. Paste it into your browser’s address bar.',
  'inApp.copyFailed': 'Could not copy. Press and hold the address below to copy it.',
  'inApp.googleApp': 'the Google app',
} as const;
