import { describe, expect, it } from 'vitest';
import { detectDevice, type Device, type DeviceSignals } from './detect-device';
import { seededRandom } from '../../../tests/support/seeded-random.ts';

// Real user agents, written out in full.
const UA = {
  iphoneSafari17:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  iphoneSafari18:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  // iOS 26 keeps saying "iPhone OS 18_6"; Safari's own Version/26 tells it apart.
  iphoneSafari26:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  iphoneHomeScreenApp:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  ipadSafari:
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  ipadChrome:
    'Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  macSafari:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  macChrome:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  macFirefox: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:127.0) Gecko/20100101 Firefox/127.0',
  iosChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  iosFirefox:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/127.0 Mobile/15E148 Safari/605.1.15',
  iosEdge:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 EdgiOS/126.2592.56 Mobile/15E148 Safari/605.1.15',
  iosOpera:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) OPiOS/16.0.15.124050 Mobile/15E148 Safari/9537.53',
  iosOperaTouch:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1 OPT/5.0.0',
  iosDuckDuckGo:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 DuckDuckGo/7 Safari/605.1.15',
  androidChromePhone:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36',
  androidChromeTablet:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  androidChromeWithModel:
    'Mozilla/5.0 (Linux; Android 13; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Mobile Safari/537.36',
  samsungInternet:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36',
  samsungInternetTablet:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Safari/537.36',
  androidFirefox: 'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  androidFirefoxTablet: 'Mozilla/5.0 (Android 14; Tablet; rv:127.0) Gecko/127.0 Firefox/127.0',
  androidEdge:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0.2592.61',
  androidOpera:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Mobile Safari/537.36 OPR/82.0.4227.80245',
  androidDuckDuckGo:
    'Mozilla/5.0 (Linux; Android 14; K) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/124.0.0.0 Mobile DuckDuckGo/5 Safari/537.36',
  androidHuaweiBrowser:
    'Mozilla/5.0 (Linux; Android 10; ELS-NX9; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.5735.196 HuaweiBrowser/14.0.5.302 Mobile Safari/537.36',
  androidWebView:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36',
  harmonyNextPhone:
    'Mozilla/5.0 (Phone; OpenHarmony 5.0; HarmonyOS 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
  harmonyNextTablet:
    'Mozilla/5.0 (Tablet; OpenHarmony 5.0; HarmonyOS 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
  harmonyNextPc:
    'Mozilla/5.0 (PC; OpenHarmony 5.0; HarmonyOS 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1',
  harmonyOlder:
    'Mozilla/5.0 (Linux; Android 10; HarmonyOS; NOH-AN00; HMSCore 6.13.0.302) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/99.0.4844.88 HuaweiBrowser/14.0.6.300 Mobile Safari/537.36',
  windowsChrome:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0',
  windowsFirefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0',
  windowsOpera:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 OPR/111.0.0.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  ubuntuFirefox: 'Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:127.0) Gecko/20100101 Firefox/127.0',
  linuxChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  facebookIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/468.0.0.35.107;FBBV/610478524;FBDV/iPhone15,2;FBMD/iPhone;FBSN/iOS;FBSV/17.5;FBSS/3;FBID/phone;FBLC/en_US;FBOP/5;FBRV/612128434]',
  facebookAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/470.0.0.43.108;]',
  instagramIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 337.0.3.23.54 (iPhone15,2; iOS 17_5; en_US; en; scale=3.00; 1179x2556; 614328585; IABMV/1)',
  instagramAndroid:
    'Mozilla/5.0 (Linux; Android 14; SM-S918B Build/UP1A.231005.007; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 Instagram 337.0.0.35.102 Android (34/14; 480dpi; 1080x2340; samsung; SM-S918B; dm3q; qcom; en_US; 614330437)',
  linkedInIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.8540',
  tiktokAndroid:
    'Mozilla/5.0 (Linux; Android 13; SM-A536B Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/125.0.6422.165 Mobile Safari/537.36 musical_ly_2023405030 JsSdk/1.0 NetType/WIFI Channel/googleplay AppName/musical_ly app_version/34.5.3 ByteLocale/en ByteFullLocale/en Region/US AppId/1233 Spark/1.5.6.3-bugfix AppVersion/34.5.3 BytedanceWebview/d8a21c6',
  tiktokIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 musical_ly_34.6.0 JsSdk/2.0 NetType/WIFI Channel/App Store ByteLocale/en Region/US isDarkMode/0 WKWebView/1 RevealType/Dialog BytedanceWebview/d8a21c6 FalconTag/',
  wechatAndroid:
    'Mozilla/5.0 (Linux; Android 13; V2203A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5061 MMWEBSDK/20230701 MMWEBID/2833 MicroMessenger/8.0.40.2420(0x28002837) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
  wechatIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.49(0x18003137) NetType/WIFI Language/zh_CN',
  lineIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0',
  lineAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 Line/14.10.1/IAB',
  snapchatIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Snapchat/13.0.0.38 (like Safari/8618.2.12.10.5, panda)',
  twitterIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Twitter for iPhone/10.48',
  twitterAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 TwitterAndroid',
  googleAppIos:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) GSA/322.0.648915268 Mobile/15E148 Safari/604.1',
  googleAppAndroid:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8 Build/AP2A.240605.024; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.6478.71 Mobile Safari/537.36 GSA/15.24.32.29.arm64',
} as const;

type Expected = Partial<Device>;

const IPHONE: Expected = {
  platform: 'ios',
  formFactor: 'phone',
  deviceType: 'ios',
  stores: ['app-store'],
  inApp: '',
};
const IPAD: Expected = {
  platform: 'ipados',
  formFactor: 'tablet',
  deviceType: 'ios',
  stores: ['app-store'],
  inApp: '',
};
const ANDROID_PHONE: Expected = {
  platform: 'android',
  formFactor: 'phone',
  deviceType: 'android',
  stores: ['google-play'],
  inApp: '',
};
const ANDROID_TABLET: Expected = { ...ANDROID_PHONE, formFactor: 'tablet' };
const HARMONY_PHONE: Expected = {
  platform: 'harmonyos',
  formFactor: 'phone',
  deviceType: 'android',
  stores: [],
  inApp: '',
};
const COMPUTER: Expected = {
  formFactor: 'desktop',
  deviceType: 'computer',
  stores: ['app-store', 'google-play'],
  inApp: '',
};

const CASES: [title: string, signals: DeviceSignals, expected: Expected][] = [
  // iPhone and iPad
  [
    'an iPhone on iOS 17 Safari gets the App Store and the Safari steps',
    { userAgent: UA.iphoneSafari17, maxTouchPoints: 5 },
    { ...IPHONE, browser: 'safari' },
  ],
  [
    'an iPhone on iOS 18 Safari gets the App Store and the Safari steps',
    { userAgent: UA.iphoneSafari18, maxTouchPoints: 5 },
    { ...IPHONE, browser: 'safari' },
  ],
  [
    "an iPhone on iOS 26 Safari is told apart by Safari's version, whose toolbar may hide Share behind •••",
    { userAgent: UA.iphoneSafari26, maxTouchPoints: 5 },
    { ...IPHONE, browser: 'safari', safariVersion: 26 },
  ],
  [
    'Safari 18 says its version too',
    { userAgent: UA.iphoneSafari18, maxTouchPoints: 5 },
    { ...IPHONE, browser: 'safari', safariVersion: 18 },
  ],
  [
    'Chrome on an iPhone has no Safari version, though its UA says Safari',
    { userAgent: UA.iosChrome },
    { ...IPHONE, browser: 'chrome', safariVersion: null },
  ],
  [
    'a home-screen app says no version',
    { userAgent: UA.iphoneHomeScreenApp, navigatorStandalone: true },
    { ...IPHONE, browser: 'safari', safariVersion: null },
  ],
  [
    'an iPad that says iPad is an iPad and gets the App Store',
    { userAgent: UA.ipadSafari, maxTouchPoints: 5 },
    { ...IPAD, browser: 'safari' },
  ],
  [
    'an iPad in desktop mode is treated as an iPad and gets the App Store',
    { userAgent: UA.macSafari, maxTouchPoints: 5 },
    { ...IPAD, browser: 'safari' },
  ],
  [
    'a real Mac without a touch screen is a computer and gets both badges',
    { userAgent: UA.macSafari, maxTouchPoints: 0 },
    { ...COMPUTER, platform: 'macos', browser: 'safari' },
  ],
  [
    'a Mac with no touch information is still a Mac',
    { userAgent: UA.macSafari },
    { ...COMPUTER, platform: 'macos', browser: 'safari' },
  ],
  [
    'Chrome on an iPhone gets the Chrome steps',
    { userAgent: UA.iosChrome },
    { ...IPHONE, browser: 'chrome' },
  ],
  [
    'Chrome on an iPad gets the Chrome steps on an iPad',
    { userAgent: UA.ipadChrome },
    { ...IPAD, browser: 'chrome' },
  ],
  [
    'Firefox on an iPhone gets the Firefox steps',
    { userAgent: UA.iosFirefox },
    { ...IPHONE, browser: 'firefox' },
  ],
  ['Edge on an iPhone gets the Edge steps', { userAgent: UA.iosEdge }, { ...IPHONE, browser: 'edge' }],
  ['Opera on an iPhone is Opera', { userAgent: UA.iosOpera }, { ...IPHONE, browser: 'opera' }],
  ['Opera Touch on an iPhone is Opera', { userAgent: UA.iosOperaTouch }, { ...IPHONE, browser: 'opera' }],
  [
    'DuckDuckGo on an iPhone is DuckDuckGo',
    { userAgent: UA.iosDuckDuckGo },
    { ...IPHONE, browser: 'duckduckgo' },
  ],
  [
    'the web app already on an iPhone home screen is Safari running as an installed app',
    { userAgent: UA.iphoneHomeScreenApp, navigatorStandalone: true },
    { ...IPHONE, browser: 'safari', installedAsApp: true },
  ],
  [
    'an unnamed app view on an iPhone (no Safari token) is not called Safari',
    { userAgent: UA.iphoneHomeScreenApp },
    { ...IPHONE, browser: 'other', installedAsApp: false },
  ],

  // Android
  [
    'Chrome on an Android phone with the frozen "Android 10; K" UA gets Google Play',
    { userAgent: UA.androidChromePhone },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],
  [
    'Chrome on an Android tablet (no Mobile token) is a tablet',
    { userAgent: UA.androidChromeTablet },
    { ...ANDROID_TABLET, browser: 'chrome' },
  ],
  [
    'Chrome on an older Android phone that still names its model',
    { userAgent: UA.androidChromeWithModel },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],
  [
    'Samsung Internet on a phone gets the Samsung steps',
    { userAgent: UA.samsungInternet },
    { ...ANDROID_PHONE, browser: 'samsung' },
  ],
  [
    'Samsung Internet on a tablet is a tablet',
    { userAgent: UA.samsungInternetTablet },
    { ...ANDROID_TABLET, browser: 'samsung' },
  ],
  [
    'Firefox on an Android phone gets the Firefox menu steps',
    { userAgent: UA.androidFirefox },
    { ...ANDROID_PHONE, browser: 'firefox' },
  ],
  [
    'Firefox on an Android tablet is a tablet',
    { userAgent: UA.androidFirefoxTablet },
    { ...ANDROID_TABLET, browser: 'firefox' },
  ],
  ['Edge on Android is Edge', { userAgent: UA.androidEdge }, { ...ANDROID_PHONE, browser: 'edge' }],
  ['Opera on Android is Opera', { userAgent: UA.androidOpera }, { ...ANDROID_PHONE, browser: 'opera' }],
  [
    'DuckDuckGo on Android is DuckDuckGo',
    { userAgent: UA.androidDuckDuckGo },
    { ...ANDROID_PHONE, browser: 'duckduckgo' },
  ],
  [
    'the Huawei browser on an Android (EMUI) phone is Huawei on Android',
    { userAgent: UA.androidHuaweiBrowser },
    { ...ANDROID_PHONE, browser: 'huawei' },
  ],
  [
    'an unnamed Android WebView is not called Chrome',
    { userAgent: UA.androidWebView },
    { ...ANDROID_PHONE, browser: 'other' },
  ],

  // HarmonyOS
  [
    'a HarmonyOS NEXT phone gets the web app as its route, no Google Play',
    { userAgent: UA.harmonyNextPhone },
    { ...HARMONY_PHONE, browser: 'huawei' },
  ],
  [
    'a HarmonyOS NEXT tablet is a tablet even though it says Mobile',
    { userAgent: UA.harmonyNextTablet },
    { ...HARMONY_PHONE, formFactor: 'tablet', browser: 'huawei' },
  ],
  [
    'a HarmonyOS NEXT 2-in-1 PC is a desktop form factor but still HarmonyOS',
    { userAgent: UA.harmonyNextPc },
    { ...HARMONY_PHONE, formFactor: 'desktop', browser: 'huawei' },
  ],
  [
    'an older HarmonyOS phone with an Android-style UA is HarmonyOS, no Google Play',
    { userAgent: UA.harmonyOlder },
    { ...HARMONY_PHONE, browser: 'huawei' },
  ],
  [
    'an older HarmonyOS phone stays HarmonyOS even when client hints say Android',
    { userAgent: UA.harmonyOlder, clientHints: { platform: 'Android', mobile: true } },
    { ...HARMONY_PHONE, browser: 'huawei' },
  ],

  // Computers
  [
    'Chrome on Windows is a computer with both badges',
    { userAgent: UA.windowsChrome },
    { ...COMPUTER, platform: 'windows', browser: 'chrome' },
  ],
  [
    'Edge on Windows is Edge',
    { userAgent: UA.windowsEdge },
    { ...COMPUTER, platform: 'windows', browser: 'edge' },
  ],
  [
    'Firefox on Windows is Firefox',
    { userAgent: UA.windowsFirefox },
    { ...COMPUTER, platform: 'windows', browser: 'firefox' },
  ],
  [
    'Opera on Windows is Opera',
    { userAgent: UA.windowsOpera },
    { ...COMPUTER, platform: 'windows', browser: 'opera' },
  ],
  [
    'Chrome on a Mac is a computer',
    { userAgent: UA.macChrome, maxTouchPoints: 0 },
    { ...COMPUTER, platform: 'macos', browser: 'chrome' },
  ],
  [
    'Firefox on a Mac is Firefox',
    { userAgent: UA.macFirefox },
    { ...COMPUTER, platform: 'macos', browser: 'firefox' },
  ],
  [
    'Firefox on Linux is a Linux computer',
    { userAgent: UA.linuxFirefox },
    { ...COMPUTER, platform: 'linux', browser: 'firefox' },
  ],
  [
    'Firefox on Ubuntu is a Linux computer',
    { userAgent: UA.ubuntuFirefox },
    { ...COMPUTER, platform: 'linux', browser: 'firefox' },
  ],
  [
    'Chrome on Linux is a Linux computer',
    { userAgent: UA.linuxChrome },
    { ...COMPUTER, platform: 'linux', browser: 'chrome' },
  ],
  [
    'a Chromebook is ChromeOS, not Linux',
    { userAgent: UA.chromeOs },
    { ...COMPUTER, platform: 'chromeos', browser: 'chrome' },
  ],

  // In-app browsers: the app is named, the platform is still known, the engine is not offered as a browser
  [
    'the Facebook app on an iPhone asks to open in the browser',
    { userAgent: UA.facebookIos },
    { ...IPHONE, inApp: 'facebook', browser: 'other' },
  ],
  [
    'the Facebook app on Android asks to open in the browser',
    { userAgent: UA.facebookAndroid },
    { ...ANDROID_PHONE, inApp: 'facebook', browser: 'other' },
  ],
  [
    'the Instagram app on an iPhone is Instagram',
    { userAgent: UA.instagramIos },
    { ...IPHONE, inApp: 'instagram', browser: 'other' },
  ],
  [
    'the Instagram app on Android is Instagram',
    { userAgent: UA.instagramAndroid },
    { ...ANDROID_PHONE, inApp: 'instagram', browser: 'other' },
  ],
  [
    'the LinkedIn app is LinkedIn',
    { userAgent: UA.linkedInIos },
    { ...IPHONE, inApp: 'linkedin', browser: 'other' },
  ],
  [
    'the TikTok app on Android is TikTok',
    { userAgent: UA.tiktokAndroid },
    { ...ANDROID_PHONE, inApp: 'tiktok', browser: 'other' },
  ],
  [
    'the TikTok app on an iPhone is TikTok',
    { userAgent: UA.tiktokIos },
    { ...IPHONE, inApp: 'tiktok', browser: 'other' },
  ],
  [
    'WeChat on Android is WeChat',
    { userAgent: UA.wechatAndroid },
    { ...ANDROID_PHONE, inApp: 'wechat', browser: 'other' },
  ],
  [
    'WeChat on an iPhone is WeChat',
    { userAgent: UA.wechatIos },
    { ...IPHONE, inApp: 'wechat', browser: 'other' },
  ],
  ['LINE on an iPhone is LINE', { userAgent: UA.lineIos }, { ...IPHONE, inApp: 'line', browser: 'other' }],
  [
    'LINE on Android is LINE',
    { userAgent: UA.lineAndroid },
    { ...ANDROID_PHONE, inApp: 'line', browser: 'other' },
  ],
  [
    'Snapchat on an iPhone is Snapchat',
    { userAgent: UA.snapchatIos },
    { ...IPHONE, inApp: 'snapchat', browser: 'other' },
  ],
  [
    'the X (Twitter) app on an iPhone is Twitter',
    { userAgent: UA.twitterIos },
    { ...IPHONE, inApp: 'twitter', browser: 'other' },
  ],
  [
    'the X (Twitter) app on Android is Twitter',
    { userAgent: UA.twitterAndroid },
    { ...ANDROID_PHONE, inApp: 'twitter', browser: 'other' },
  ],
  [
    'the Google app on an iPhone is an in-app browser, not Safari',
    { userAgent: UA.googleAppIos },
    { ...IPHONE, inApp: 'google', browser: 'other' },
  ],
  [
    'the Google app on Android is an in-app browser, not Chrome',
    { userAgent: UA.googleAppAndroid },
    { ...ANDROID_PHONE, inApp: 'google', browser: 'other' },
  ],

  // Client hints win over a reduced or desktop-mode UA
  [
    'Chrome on Android asking for the desktop site is still an Android phone when client hints say so',
    { userAgent: UA.linuxChrome, clientHints: { platform: 'Android', mobile: true } },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],
  [
    'client hints saying mobile: false make an Android device a tablet',
    { userAgent: UA.androidChromePhone, clientHints: { platform: 'Android', mobile: false } },
    { ...ANDROID_TABLET, browser: 'chrome' },
  ],
  [
    'client hints saying "Chrome OS" make a Linux-looking UA a Chromebook',
    { userAgent: UA.linuxChrome, clientHints: { platform: 'Chrome OS', mobile: false } },
    { ...COMPUTER, platform: 'chromeos', browser: 'chrome' },
  ],
  [
    'client hints saying "Chromium OS" are ChromeOS too',
    { userAgent: UA.linuxChrome, clientHints: { platform: 'Chromium OS' } },
    { ...COMPUTER, platform: 'chromeos' },
  ],
  [
    'client hints saying "ChromeOS" are ChromeOS too',
    { userAgent: UA.linuxChrome, clientHints: { platform: 'ChromeOS' } },
    { ...COMPUTER, platform: 'chromeos' },
  ],
  [
    'client hints saying Windows win over a Linux UA',
    { userAgent: UA.linuxChrome, clientHints: { platform: 'Windows', mobile: false } },
    { ...COMPUTER, platform: 'windows' },
  ],
  [
    'client hints saying macOS win over a Windows UA',
    { userAgent: UA.windowsChrome, clientHints: { platform: 'macOS' } },
    { ...COMPUTER, platform: 'macos' },
  ],
  [
    'client hints saying Linux win over a Windows UA',
    { userAgent: UA.windowsChrome, clientHints: { platform: 'Linux' } },
    { ...COMPUTER, platform: 'linux' },
  ],
  [
    'client hints name Edge when the UA is missing',
    {
      clientHints: {
        platform: 'Windows',
        mobile: false,
        brands: [
          { brand: 'Not/A)Brand', version: '8' },
          { brand: 'Chromium', version: '126' },
          { brand: 'Microsoft Edge', version: '126' },
        ],
      },
    },
    { ...COMPUTER, platform: 'windows', browser: 'edge' },
  ],
  [
    'client hints name Chrome when the UA is missing',
    {
      clientHints: {
        platform: 'Android',
        mobile: true,
        brands: [
          { brand: 'Google Chrome', version: '126' },
          { brand: 'Chromium', version: '126' },
        ],
      },
    },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],
  [
    'unknown or empty client hint platforms fall back to the UA',
    { userAgent: UA.windowsFirefox, clientHints: { platform: 'Unknown' } },
    { ...COMPUTER, platform: 'windows', browser: 'firefox' },
  ],
  [
    'an empty client hint platform falls back to the UA',
    { userAgent: UA.androidChromePhone, clientHints: { platform: '', brands: [] } },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],
  [
    'null client hints are ignored',
    { userAgent: UA.androidChromePhone, clientHints: null },
    { ...ANDROID_PHONE, browser: 'chrome' },
  ],

  // Installed state
  [
    'an installed web app on Android (standalone display) goes straight to the app',
    { userAgent: UA.androidChromePhone, displayModeStandalone: true },
    { ...ANDROID_PHONE, installedAsApp: true },
  ],
  [
    'an installed web app on an iPhone (navigator.standalone) goes straight to the app',
    { userAgent: UA.iphoneSafari18, navigatorStandalone: true },
    { ...IPHONE, installedAsApp: true },
  ],
  [
    'a browser tab is not an installed app',
    { userAgent: UA.windowsChrome, displayModeStandalone: false, navigatorStandalone: false },
    { ...COMPUTER, installedAsApp: false },
  ],
];

const FALLBACK: Device = {
  platform: 'unknown',
  browser: 'other',
  inApp: '',
  formFactor: 'desktop',
  deviceType: 'computer',
  installedAsApp: false,
  stores: ['app-store', 'google-play'],
  safariVersion: null,
};

describe('detectDevice', () => {
  it.each(CASES)('%s', (_title, signals, expected) => {
    expect(detectDevice(signals)).toMatchObject(expected);
  });

  it('an iPhone gets exactly the App Store badge and nothing else', () => {
    expect(detectDevice({ userAgent: UA.iphoneSafari18 })).toEqual({
      platform: 'ios',
      browser: 'safari',
      inApp: '',
      formFactor: 'phone',
      deviceType: 'ios',
      installedAsApp: false,
      stores: ['app-store'],
      safariVersion: 18,
    });
  });

  it('a computer always shows the App Store badge before Google Play', () => {
    for (const userAgent of [UA.windowsChrome, UA.macChrome, UA.linuxFirefox, UA.chromeOs, '']) {
      expect(detectDevice({ userAgent }).stores).toEqual(['app-store', 'google-play']);
    }
  });

  it('each result gets its own stores list, so changing one cannot change another', () => {
    const first = detectDevice({});
    first.stores.pop();
    expect(detectDevice({}).stores).toEqual(['app-store', 'google-play']);
  });

  it.each([
    ['no signals at all', {}],
    ['an empty UA', { userAgent: '' }],
    ['only "Mozilla/5.0"', { userAgent: 'Mozilla/5.0' }],
    ['control characters', { userAgent: '\u0000\u0001\u001b[31m\r\n\t\u007f' }],
    ['unicode and emoji', { userAgent: 'Ｍｏｚｉｌｌａ 🦊 中文 \u202e\ud800' }],
    ['random bytes', { userAgent: 'ÿþ\u0000\u0090\u00a0\u00ad{}[]()<>;;;;' }],
    ['a 10 KB UA with nothing in it', { userAgent: 'x'.repeat(10_240) }],
    ['a regex-bomb-like repetition', { userAgent: 'Mozilla/5.0 ('.repeat(2_000) }],
    ['a non-string UA', { userAgent: 42 as unknown as string }],
    ['garbage client hints', { clientHints: { platform: 7, mobile: 'yes', brands: 'x' } as never }],
    ['null signals', null as unknown as DeviceSignals],
  ])('falls back to an unknown computer with both badges for %s', (_title, signals) => {
    expect(detectDevice(signals as DeviceSignals)).toEqual(FALLBACK);
  });

  it('only looks at the first 2 KB of a UA, so a token buried after 10 KB of junk is ignored', () => {
    expect(detectDevice({ userAgent: `${'x'.repeat(10_240)} iPhone` }).platform).toBe('unknown');
    expect(detectDevice({ userAgent: `${UA.iphoneSafari18} ${'x'.repeat(10_240)}` }).platform).toBe('ios');
  });
});

// Seeded so a failure can be reproduced.
const TOKENS = [
  ...Object.values(UA),
  'Mozilla/5.0 (',
  'iPhone',
  'iPad',
  'Macintosh',
  'Android',
  'HarmonyOS',
  'OpenHarmony',
  'CrOS',
  'Windows',
  'X11',
  'Linux',
  'Mobile',
  'Tablet',
  '(PC;',
  'Safari/',
  'Chrome/',
  'CriOS/',
  'FxiOS/',
  'EdgiOS/',
  'Edg/',
  'OPR/',
  'SamsungBrowser/',
  'HuaweiBrowser/',
  'ArkWeb/',
  'Firefox/',
  '; wv)',
  'FBAN/',
  'Instagram',
  'LinkedInApp',
  'musical_ly',
  'MicroMessenger/',
  ' Line/',
  'Snapchat',
  'Twitter',
  'GSA/',
  ';',
  ' ',
  '(',
  ')',
  '/',
];

function randomUserAgent(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const randomChars = (length: number, maxCode: number) =>
    Array.from({ length }, () => String.fromCharCode(Math.floor(random() * maxCode))).join('');
  switch (Math.floor(random() * 7)) {
    case 0: // a mix of real tokens
      return Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(TOKENS)).join(
        pick(['', ' ', ';']),
      );
    case 1: // random bytes
      return randomChars(Math.floor(random() * 300), 256);
    case 2: // random UTF-16 code units, lone surrogates included
      return randomChars(Math.floor(random() * 300), 65536);
    case 3: // 10 KB+ strings
      return pick(TOKENS).repeat(Math.ceil(10_240 / (1 + pick(TOKENS).length)));
    case 4: // regex-bomb-like repetitions
      return pick(['Mozilla/5.0 (', '(', 'Edg', 'Mac OS X ', ' Line', 'FBA', 'a'])
        .repeat(Math.floor(random() * 5_000))
        .concat(pick(['!', '', ')', '\u0000']));
    case 5: // a real UA cut at a random point
      return pick(Object.values(UA)).slice(0, Math.floor(random() * 400));
    default: // a real UA with random bytes spliced in
      return `${pick(Object.values(UA))}${randomChars(20, 256)}${pick(TOKENS)}`;
  }
}

function randomSignals(random: () => number): DeviceSignals {
  const maybe = <T>(value: T): T | undefined => (random() < 0.5 ? value : undefined);
  return {
    userAgent: maybe(randomUserAgent(random)),
    clientHints: maybe({
      platform: maybe(
        ['Android', 'Windows', 'macOS', 'Linux', 'Chrome OS', 'Unknown', '', 'iOS'][
          Math.floor(random() * 8)
        ] as string,
      ),
      mobile: maybe(random() < 0.5),
      brands: maybe([{ brand: randomUserAgent(random).slice(0, 50), version: '1' }]),
    }),
    maxTouchPoints: maybe(Math.floor(random() * 11)),
    navigatorStandalone: maybe(random() < 0.5),
    displayModeStandalone: maybe(random() < 0.5),
  };
}

const PLATFORMS = [
  'ios',
  'ipados',
  'android',
  'harmonyos',
  'windows',
  'macos',
  'linux',
  'chromeos',
  'unknown',
];
const BROWSERS = ['safari', 'chrome', 'edge', 'firefox', 'samsung', 'opera', 'duckduckgo', 'huawei', 'other'];
const FORM_FACTORS = ['phone', 'tablet', 'desktop'];
const IN_APPS = [
  '',
  'facebook',
  'instagram',
  'linkedin',
  'tiktok',
  'wechat',
  'line',
  'snapchat',
  'twitter',
  'google',
];

function expectedStores(platform: string): string[] {
  if (platform === 'ios' || platform === 'ipados') return ['app-store'];
  if (platform === 'android') return ['google-play'];
  if (platform === 'harmonyos') return [];
  return ['app-store', 'google-play'];
}

function expectedDeviceType(platform: string): string {
  if (platform === 'ios' || platform === 'ipados') return 'ios';
  if (platform === 'android' || platform === 'harmonyos') return 'android';
  return 'computer';
}

describe('detectDevice on 10,000 random and hostile inputs', () => {
  it('never throws, stays within its allowed values, keeps badges consistent and stays fast', () => {
    const random = seededRandom(20_240_601);
    const inputs = Array.from({ length: 10_000 }, () => randomSignals(random));
    const started = performance.now();
    const results = inputs.map((signals) => detectDevice(signals));
    const elapsed = performance.now() - started;

    const problems = results.flatMap((device, index) => {
      const signals = inputs[index] as DeviceSignals;
      const computer = expectedDeviceType(device.platform) === 'computer';
      const checks: [boolean, string][] = [
        [PLATFORMS.includes(device.platform), 'platform'],
        [BROWSERS.includes(device.browser), 'browser'],
        [IN_APPS.includes(device.inApp), 'inApp'],
        [FORM_FACTORS.includes(device.formFactor), 'formFactor'],
        [device.deviceType === expectedDeviceType(device.platform), 'deviceType'],
        [device.stores.join() === expectedStores(device.platform).join(), 'stores'],
        [
          device.installedAsApp ===
            (signals.displayModeStandalone === true || signals.navigatorStandalone === true),
          'installedAsApp',
        ],
        [!device.inApp || device.browser === 'other', 'in-app browser'],
        [device.platform !== 'ios' || device.formFactor === 'phone', 'iPhone form factor'],
        [device.platform !== 'ipados' || device.formFactor === 'tablet', 'iPad form factor'],
        [!computer || device.formFactor === 'desktop', 'computer form factor'],
      ];
      return checks
        .filter(([ok]) => !ok)
        .map(
          ([, field]) => `${field}: ${JSON.stringify(device)} for ${JSON.stringify(signals).slice(0, 300)}`,
        );
    });
    expect(problems.slice(0, 5)).toEqual([]);
    // Generous: linear regexes finish 10,000 inputs in well under a second.
    expect(elapsed).toBeLessThan(5_000);
  });
});
