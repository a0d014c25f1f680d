// Real devices' signals for the browser to present: UA string, client hints, touch and screen size.
import type { BrowserContextOptions, Page } from '@playwright/test';

export interface DeviceProfile {
  name: string;
  context: BrowserContextOptions;
  /** navigator.userAgentData as that browser exposes it; null where the browser has none (Safari, Firefox). */
  clientHints: { platform: string; mobile: boolean; brands: { brand: string; version: string }[] } | null;
  maxTouchPoints: number;
  standalone?: boolean;
}

const chromeBrands = [
  { brand: 'Chromium', version: '131' },
  { brand: 'Google Chrome', version: '131' },
  { brand: 'Not_A Brand', version: '24' },
];

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const tablet = {
  viewport: { width: 820, height: 1180 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
};
const desktop = { viewport: { width: 1280, height: 800 } };

export const iPhone: DeviceProfile = {
  name: 'an iPhone',
  context: {
    ...phone,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  },
  clientHints: null,
  maxTouchPoints: 5,
};

export const iPad: DeviceProfile = {
  name: 'an iPad in desktop mode',
  context: {
    ...tablet,
    userAgent:
      'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  },
  clientHints: null,
  maxTouchPoints: 5,
};

export const androidPhone: DeviceProfile = {
  name: 'an Android phone',
  context: {
    ...phone,
    viewport: { width: 412, height: 915 },
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  },
  clientHints: { platform: 'Android', mobile: true, brands: chromeBrands },
  maxTouchPoints: 5,
};

export const androidTablet: DeviceProfile = {
  name: 'an Android tablet',
  context: {
    ...tablet,
    userAgent:
      'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  },
  clientHints: { platform: 'Android', mobile: false, brands: chromeBrands },
  maxTouchPoints: 10,
};

export const desktopChrome: DeviceProfile = {
  name: 'desktop Chrome on Windows',
  context: {
    ...desktop,
    userAgent:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  },
  clientHints: { platform: 'Windows', mobile: false, brands: chromeBrands },
  maxTouchPoints: 0,
};

export const desktopFirefox: DeviceProfile = {
  name: 'desktop Firefox on Windows',
  context: {
    ...desktop,
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  },
  clientHints: null,
  maxTouchPoints: 0,
};

export const instagramIos: DeviceProfile = {
  name: "Instagram's in-app browser on an iPhone",
  context: {
    ...phone,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 339.0.3.12.91 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 620197830)',
  },
  clientHints: null,
  maxTouchPoints: 5,
};

export const instagramAndroid: DeviceProfile = {
  name: "Instagram's in-app browser on Android",
  context: {
    ...phone,
    userAgent:
      'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240805.005; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/127.0.6533.103 Mobile Safari/537.36 Instagram 343.0.0.33.101 Android (34/14; 420dpi; 1080x2400; Google/google; Pixel 8; shiba; shiba; en_US; 627400398)',
  },
  clientHints: { platform: 'Android', mobile: true, brands: chromeBrands },
  maxTouchPoints: 5,
};

export const harmonyOs: DeviceProfile = {
  name: 'a HarmonyOS phone',
  context: {
    ...phone,
    userAgent:
      'Mozilla/5.0 (Phone; OpenHarmony 5.0; HarmonyOS 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
  },
  clientHints: null,
  maxTouchPoints: 5,
};

/** Makes the page see the device's client hints, touch points and standalone flag before any script runs. */
export async function presentDevice(page: Page, device: DeviceProfile): Promise<void> {
  await page.addInitScript(
    ({ clientHints, maxTouchPoints, standalone }) => {
      Object.defineProperty(Navigator.prototype, 'userAgentData', {
        get: () =>
          clientHints ? { ...clientHints, getHighEntropyValues: async () => clientHints } : undefined,
        configurable: true,
      });
      Object.defineProperty(Navigator.prototype, 'maxTouchPoints', {
        get: () => maxTouchPoints,
        configurable: true,
      });
      if (standalone)
        Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true, configurable: true });
    },
    {
      clientHints: device.clientHints,
      maxTouchPoints: device.maxTouchPoints,
      standalone: device.standalone ?? false,
    },
  );
}
