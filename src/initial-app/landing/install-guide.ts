// Which install path fits the device the person chose, on the device they are holding.
import type { Device, DeviceType } from './detect-device.ts';

export type InstallStep =
  | 'ios-safari-share'
  | 'ios-safari-share-or-more'
  | 'ios-browser-share'
  | 'ios-open-in-safari'
  | 'ios-add-to-home'
  | 'ios-confirm-add'
  | 'android-menu'
  | 'android-install-app'
  | 'samsung-menu'
  | 'samsung-add-page'
  | 'firefox-android-menu'
  | 'firefox-android-install'
  | 'harmony-menu'
  | 'harmony-add'
  | 'desktop-address-bar'
  | 'desktop-browser-menu'
  | 'mac-safari-share'
  | 'mac-safari-add-to-dock'
  | 'desktop-no-install'
  | 'scan-with-iphone'
  | 'scan-with-android'
  | 'open-on-computer';

/** Where the browser's Share button is, for the pointer to it; orMore: it may be behind "•••" instead. */
export type ShareArrow = { edge: 'top' | 'bottom'; orMore: boolean } | null;

export interface InstallGuide {
  /** prompt: the browser's own install dialog; steps: do it by hand here; handoff: continue on another device. */
  kind: 'prompt' | 'steps' | 'handoff';
  steps: InstallStep[];
  shareArrow: ShareArrow;
  showQr: boolean;
}

const isIosDevice = (device: Device) => device.platform === 'ios' || device.platform === 'ipados';
const isAndroidDevice = (device: Device) => device.platform === 'android' || device.platform === 'harmonyos';
const isComputer = (device: Device) => device.deviceType === 'computer';

// Safari 26's compact tab bar (its default on iPhone) puts Share behind "•••"; its other layouts and older Safaris
// show Share in the toolbar. The layout cannot be read, so from 26 on (or when the version is unknown) the steps
// say both.
const safariMayHideShare = (device: Device) => (device.safariVersion ?? 26) >= 26;

const steps = (list: InstallStep[], shareArrow: ShareArrow = null): InstallGuide => ({
  kind: 'steps',
  steps: list,
  shareArrow,
  showQr: false,
});

// A computer's /mobile shows the page's QR code already (the hand-off card); a phone's has none of its own.
const handoff = (device: Device, list: InstallStep[]): InstallGuide => ({
  kind: 'handoff',
  steps: list,
  shareArrow: null,
  showQr: !isComputer(device),
});

function iosGuide(device: Device): InstallGuide {
  const finish: InstallStep[] = ['ios-add-to-home', 'ios-confirm-add'];
  // Which Safari the other device has is unknown: the step that fits every layout.
  if (!isIosDevice(device))
    return handoff(device, ['scan-with-iphone', 'ios-safari-share-or-more', ...finish]);
  if (device.browser === 'safari' && device.inApp === '') {
    const orMore = safariMayHideShare(device);
    // Safari keeps Share in the bottom toolbar on iPhone and in the top toolbar on iPad.
    return steps([orMore ? 'ios-safari-share-or-more' : 'ios-safari-share', ...finish], {
      edge: device.platform === 'ipados' ? 'top' : 'bottom',
      orMore,
    });
  }
  if (device.browser === 'chrome' || device.browser === 'edge' || device.browser === 'firefox') {
    return steps(['ios-browser-share', ...finish], { edge: 'top', orMore: false });
  }
  return steps(['ios-open-in-safari', 'ios-safari-share-or-more', ...finish]);
}

function androidGuide(device: Device, canPrompt: boolean): InstallGuide {
  if (!isAndroidDevice(device))
    return handoff(device, ['scan-with-android', 'android-menu', 'android-install-app']);
  if (canPrompt) return { kind: 'prompt', steps: [], shareArrow: null, showQr: false };
  if (device.platform === 'harmonyos') return steps(['harmony-menu', 'harmony-add']);
  if (device.browser === 'firefox') return steps(['firefox-android-menu', 'firefox-android-install']);
  if (device.browser === 'samsung') return steps(['samsung-menu', 'samsung-add-page']);
  return steps(['android-menu', 'android-install-app']);
}

function computerGuide(device: Device, canPrompt: boolean): InstallGuide {
  if (!isComputer(device)) return { ...handoff(device, ['open-on-computer']), showQr: false };
  if (canPrompt) return { kind: 'prompt', steps: [], shareArrow: null, showQr: false };
  if (device.browser === 'safari' && device.platform === 'macos')
    return steps(['mac-safari-share', 'mac-safari-add-to-dock']);
  if (device.browser === 'chrome' || device.browser === 'edge' || device.browser === 'opera') {
    return steps(['desktop-address-bar', 'desktop-browser-menu']);
  }
  return steps(['desktop-no-install']);
}

/** The install path for the chosen device type, given where the page runs and whether a prompt is waiting. */
export function installGuide(device: Device, chosen: DeviceType, canPrompt: boolean): InstallGuide {
  if (chosen === 'ios') return iosGuide(device);
  if (chosen === 'android') return androidGuide(device, canPrompt);
  return computerGuide(device, canPrompt);
}
