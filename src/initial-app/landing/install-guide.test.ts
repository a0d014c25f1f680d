import type { Device } from './detect-device.ts';
import { androidIntentUrl, openNativeAppUrl } from './app-links.ts';
import { installGuide } from './install-guide.ts';

const device = (overrides: Partial<Device>): Device => ({
  platform: 'unknown',
  browser: 'other',
  inApp: '',
  formFactor: 'desktop',
  deviceType: 'computer',
  installedAsApp: false,
  stores: ['app-store', 'google-play'],
  safariVersion: null,
  ...overrides,
});

const iphoneSafari = device({
  platform: 'ios',
  browser: 'safari',
  formFactor: 'phone',
  deviceType: 'ios',
  safariVersion: 18,
});
const ipadSafari = device({
  platform: 'ipados',
  browser: 'safari',
  formFactor: 'tablet',
  deviceType: 'ios',
  safariVersion: 18,
});
const androidChrome = device({
  platform: 'android',
  browser: 'chrome',
  formFactor: 'phone',
  deviceType: 'android',
});
const windowsChrome = device({ platform: 'windows', browser: 'chrome', deviceType: 'computer' });

describe('installing on an iPhone or iPad', () => {
  test('iPhone Safari 18: Share, Add to Home Screen, Add — with the pointer at the bottom toolbar', () => {
    expect(installGuide(iphoneSafari, 'ios', false)).toEqual({
      kind: 'steps',
      steps: ['ios-safari-share', 'ios-add-to-home', 'ios-confirm-add'],
      shareArrow: { edge: 'bottom', orMore: false },
      showQr: false,
    });
  });

  test('iPhone Safari 26, whose compact tab bar may hide Share behind •••: the step and pointer say both', () => {
    expect(installGuide({ ...iphoneSafari, safariVersion: 26 }, 'ios', false)).toEqual({
      kind: 'steps',
      steps: ['ios-safari-share-or-more', 'ios-add-to-home', 'ios-confirm-add'],
      shareArrow: { edge: 'bottom', orMore: true },
      showQr: false,
    });
  });

  test('a Safari whose version cannot be read is worded for both layouts too', () => {
    expect(installGuide({ ...iphoneSafari, safariVersion: null }, 'ios', false).shareArrow).toEqual({
      edge: 'bottom',
      orMore: true,
    });
  });

  test('iPad Safari points at the top toolbar', () => {
    expect(installGuide(ipadSafari, 'ios', false).shareArrow).toEqual({ edge: 'top', orMore: false });
    expect(installGuide({ ...ipadSafari, safariVersion: 26 }, 'ios', false).shareArrow).toEqual({
      edge: 'top',
      orMore: true,
    });
  });

  test.each(['chrome', 'edge', 'firefox'] as const)(
    '%s on iOS uses its own Share button at the top',
    (browser) => {
      const guide = installGuide({ ...iphoneSafari, browser, safariVersion: null }, 'ios', false);
      expect(guide.steps[0]).toBe('ios-browser-share');
      expect(guide.shareArrow).toEqual({ edge: 'top', orMore: false });
    },
  );

  test('browsers that cannot add to the Home Screen send the person to Safari first', () => {
    const guide = installGuide({ ...iphoneSafari, browser: 'duckduckgo' }, 'ios', false);
    expect(guide.steps).toEqual([
      'ios-open-in-safari',
      'ios-safari-share-or-more',
      'ios-add-to-home',
      'ios-confirm-add',
    ]);
    expect(guide.shareArrow).toBeNull();
  });

  test('an install prompt never applies to iOS', () => {
    expect(installGuide(iphoneSafari, 'ios', true).kind).toBe('steps');
  });

  test("choosing iPhone on a computer hands off to the page's one QR code, with every step to the end", () => {
    expect(installGuide(windowsChrome, 'ios', true)).toEqual({
      kind: 'handoff',
      steps: ['scan-with-iphone', 'ios-safari-share-or-more', 'ios-add-to-home', 'ios-confirm-add'],
      shareArrow: null,
      // The computer's page shows the code already: a second one would be the same code twice.
      showQr: false,
    });
  });

  test('choosing iPhone on an Android phone shows the code in the panel (that page has none)', () => {
    expect(installGuide(androidChrome, 'ios', false)).toMatchObject({ kind: 'handoff', showQr: true });
  });
});

describe('installing on Android', () => {
  test('a waiting browser prompt is used', () => {
    expect(installGuide(androidChrome, 'android', true)).toEqual({
      kind: 'prompt',
      steps: [],
      shareArrow: null,
      showQr: false,
    });
  });

  test('without a prompt, Chrome gets menu steps', () => {
    expect(installGuide(androidChrome, 'android', false).steps).toEqual([
      'android-menu',
      'android-install-app',
    ]);
  });

  test('Firefox and Samsung Internet get their own menus', () => {
    expect(installGuide({ ...androidChrome, browser: 'firefox' }, 'android', false).steps[1]).toBe(
      'firefox-android-install',
    );
    expect(installGuide({ ...androidChrome, browser: 'samsung' }, 'android', false).steps[1]).toBe(
      'samsung-add-page',
    );
  });

  test('HarmonyOS gets its browser menu steps', () => {
    const harmony = device({ platform: 'harmonyos', browser: 'huawei', deviceType: 'android', stores: [] });
    expect(installGuide(harmony, 'android', false).steps).toEqual(['harmony-menu', 'harmony-add']);
  });

  test('choosing Android on an iPhone hands off by QR code', () => {
    expect(installGuide(iphoneSafari, 'android', false)).toMatchObject({ kind: 'handoff', showQr: true });
  });

  test("choosing Android on a computer uses the page's own QR code", () => {
    expect(installGuide(windowsChrome, 'android', false)).toMatchObject({ kind: 'handoff', showQr: false });
  });
});

describe('installing on a computer', () => {
  test('Chromium browsers with a prompt install directly', () => {
    expect(installGuide(windowsChrome, 'computer', true).kind).toBe('prompt');
  });

  test('Chromium browsers without a prompt point at the address bar', () => {
    expect(installGuide(windowsChrome, 'computer', false).steps).toEqual([
      'desktop-address-bar',
      'desktop-browser-menu',
    ]);
  });

  test('Safari on a Mac adds to the Dock', () => {
    const mac = device({ platform: 'macos', browser: 'safari' });
    expect(installGuide(mac, 'computer', false).steps).toEqual([
      'mac-safari-share',
      'mac-safari-add-to-dock',
    ]);
  });

  test('Firefox is told it cannot install web apps', () => {
    expect(installGuide({ ...windowsChrome, browser: 'firefox' }, 'computer', false).steps).toEqual([
      'desktop-no-install',
    ]);
  });

  test('choosing Computer on a phone says to open the page on the computer', () => {
    expect(installGuide(iphoneSafari, 'computer', false)).toEqual({
      kind: 'handoff',
      steps: ['open-on-computer'],
      shareArrow: null,
      showQr: false,
    });
  });
});

describe('leaving in-app browsers and opening the native app', () => {
  test('the intent reopens the same page over the same scheme, with the page as fallback', () => {
    expect(androidIntentUrl('https://crm.example.com/mobile?x=1')).toBe(
      `intent://crm.example.com/mobile?x=1#Intent;scheme=https;S.browser_fallback_url=${encodeURIComponent('https://crm.example.com/mobile?x=1')};end`,
    );
  });

  test('the native-app intent names the package and falls back to the store', () => {
    const url = openNativeAppUrl(
      'https://crm.example.com/mobile',
      'no.superoffice.mobile',
      'https://play.example/app',
    );
    expect(url).toContain('package=no.superoffice.mobile;');
    expect(url).toContain(`S.browser_fallback_url=${encodeURIComponent('https://play.example/app')};`);
    expect(url.startsWith('intent://crm.example.com/#Intent;scheme=https;')).toBe(true);
  });
});
