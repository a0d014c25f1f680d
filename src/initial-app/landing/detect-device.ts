// Works out which device and browser opened /mobile, from signals the caller reads off `navigator`.
// Hand-written instead of a UA library to keep the landing page's first load small.

export type Platform =
  'ios' | 'ipados' | 'android' | 'harmonyos' | 'windows' | 'macos' | 'linux' | 'chromeos' | 'unknown';
export type Browser =
  'safari' | 'chrome' | 'edge' | 'firefox' | 'samsung' | 'opera' | 'duckduckgo' | 'huawei' | 'other';
export type InAppBrowser =
  | ''
  | 'facebook'
  | 'instagram'
  | 'linkedin'
  | 'tiktok'
  | 'wechat'
  | 'line'
  | 'snapchat'
  | 'twitter'
  | 'google';
/** The three choices of the Install chooser: "iPhone/iPad", "Android", "Computer". */
export type DeviceType = 'ios' | 'android' | 'computer';
export type Store = 'app-store' | 'google-play';

export interface DeviceSignals {
  /** navigator.userAgent: may be missing, empty, huge or garbage. */
  userAgent?: string;
  /** navigator.userAgentData (Chromium only). */
  clientHints?: { platform?: string; mobile?: boolean; brands?: { brand: string; version: string }[] } | null;
  maxTouchPoints?: number;
  /** iOS navigator.standalone. */
  navigatorStandalone?: boolean;
  /** matchMedia('(display-mode: standalone)') || fullscreen || minimal-ui. */
  displayModeStandalone?: boolean;
}

export interface Device {
  platform: Platform;
  browser: Browser;
  inApp: InAppBrowser;
  formFactor: 'phone' | 'tablet' | 'desktop';
  /** Preselected choice in the Install chooser. */
  deviceType: DeviceType;
  /** Running as an installed web app. */
  installedAsApp: boolean;
  /** Store badges to show, in order. */
  stores: Store[];
  /** Safari's major version (its "Version/N"), null elsewhere: Safari 26 on iOS can hide Share behind "•••". */
  safariVersion: number | null;
}

type Rules<T> = [RegExp, T][];

// Real user agents are well under 1 KB; scanning at most 2 KB keeps hostile input cheap.
const SCAN_LIMIT = 2048;

// First match wins, so order matters: iPad/iPhone before "Mac OS X", Android and CrOS before Linux.
const PLATFORM_RULES: Rules<Platform> = [
  // HarmonyOS 2–4 send Android UAs naming HarmonyOS; like NEXT they usually lack Google Play.
  [/OpenHarmony|HarmonyOS/, 'harmonyos'],
  [/iPad/, 'ipados'],
  [/iPhone|iPod/, 'ios'],
  [/Android/, 'android'],
  [/CrOS/, 'chromeos'],
  [/Windows/, 'windows'],
  [/Macintosh|Mac OS X/, 'macos'],
  [/Linux|X11/, 'linux'],
];

// Instagram before Facebook: both are Meta apps, the more specific name wins.
const IN_APP_RULES: Rules<InAppBrowser> = [
  [/Instagram/, 'instagram'],
  [/FBA[NV]|FB_IAB|FBIOS/, 'facebook'],
  [/LinkedInApp/, 'linkedin'],
  [/TikTok|musical_ly|BytedanceWebview|trill_/, 'tiktok'],
  [/MicroMessenger/, 'wechat'],
  [/ Line\//, 'line'],
  [/Snapchat/, 'snapchat'],
  [/Twitter/, 'twitter'],
  [/GSA\//, 'google'],
];

// Chromium-based browsers all say "Chrome/", so their own tokens are checked first.
const BROWSER_RULES: Rules<Browser> = [
  [/Edg(e|A|iOS)?\/|Microsoft Edge/, 'edge'],
  [/OPR\/|OPiOS|OPT\/|Opera/, 'opera'],
  [/SamsungBrowser|Samsung Internet/, 'samsung'],
  [/DuckDuckGo/, 'duckduckgo'],
  // ArkWeb is HarmonyOS NEXT's system web engine; its "Chrome/114" is for compatibility only.
  [/HuaweiBrowser|ArkWeb/, 'huawei'],
  [/FxiOS|Firefox\//, 'firefox'],
  // Other Chromium browsers and Android WebViews ("; wv)") are not Chrome.
  [/YaBrowser|UCBrowser|MiuiBrowser|Vivaldi|QQBrowser|Silk\/|Whale\/|; wv\)/, 'other'],
  [/CriOS|Chrome\/|Google Chrome/, 'chrome'],
];

const HINT_PLATFORMS = ['android', 'windows', 'macos', 'linux', 'chromeos'] as const;

function firstMatch<T, F>(rules: Rules<T>, text: string, fallback: F): T | F {
  for (const [pattern, value] of rules) if (pattern.test(text)) return value;
  return fallback;
}

export function detectDevice(signals: DeviceSignals): Device {
  const { userAgent, clientHints, maxTouchPoints, navigatorStandalone, displayModeStandalone } =
    signals ?? {};
  const ua = typeof userAgent === 'string' ? userAgent.slice(0, SCAN_LIMIT) : '';
  const hints = clientHints ?? {};
  const installedAsApp = displayModeStandalone === true || navigatorStandalone === true;

  // Client hints name the platform even when the UA is reduced or in "desktop site" mode.
  const hintKey =
    typeof hints.platform === 'string'
      ? hints.platform.toLowerCase().replace(/ /g, '').replace('chromium', 'chrome')
      : '';
  const uaPlatform = firstMatch(PLATFORM_RULES, ua, 'unknown');
  let platform: Platform = HINT_PLATFORMS.find((name) => name === hintKey) ?? uaPlatform;
  // Hints say "Android" on HarmonyOS 2–4; the UA's HarmonyOS is the more useful answer.
  if (platform === 'android' && uaPlatform === 'harmonyos') platform = 'harmonyos';
  // iPadOS 13+ asks for desktop sites with a Mac UA; only the touch screen gives it away.
  if (platform === 'macos' && (maxTouchPoints ?? 0) > 1) platform = 'ipados';

  const inApp = firstMatch(IN_APP_RULES, ua, '');
  const brands = Array.isArray(hints.brands)
    ? hints.brands.map((entry) => String(entry?.brand)).join(' ')
    : '';
  const apple = platform === 'ios' || platform === 'ipados' || platform === 'macos';
  // Apple UAs without "Safari/" are unnamed in-app views, except iOS home-screen apps, which drop it too.
  const safari = apple && (/Safari\//.test(ua) || installedAsApp);
  // In-app browsers cannot install anything; naming their engine would suggest steps that do not work.
  const browser = inApp
    ? 'other'
    : firstMatch(BROWSER_RULES, `${ua}\n${brands}`, safari ? 'safari' : 'other');

  const mobileOs = platform === 'android' || platform === 'harmonyos';
  const hintMobile = typeof hints.mobile === 'boolean' ? hints.mobile : undefined;
  const formFactor: Device['formFactor'] =
    platform === 'ios'
      ? 'phone'
      : platform === 'ipados'
        ? 'tablet'
        : !mobileOs || /\(PC;/.test(ua) // HarmonyOS 2-in-1 PCs say "(PC;"
          ? 'desktop'
          : (hintMobile ?? (!/Tablet/.test(ua) && /Mobile|Phone/.test(ua)))
            ? 'phone'
            : 'tablet';

  return {
    platform,
    browser,
    inApp,
    formFactor,
    deviceType: apple && platform !== 'macos' ? 'ios' : mobileOs ? 'android' : 'computer',
    installedAsApp,
    safariVersion: browser === 'safari' ? Number(/Version\/(\d+)/.exec(ua)?.[1]) || null : null,
    // HarmonyOS has no Google Play, so the web app is its only route.
    stores:
      platform === 'ios' || platform === 'ipados'
        ? ['app-store']
        : platform === 'android'
          ? ['google-play']
          : platform === 'harmonyos'
            ? []
            : ['app-store', 'google-play'],
  };
}
