// Which install path fits the device the person chose, on the device they are holding.
import type { Device, DeviceType } from './detect-device.ts';

export type InstallStep =
  | 'ios-safari-share'
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

export type ShareArrow = 'top' | 'bottom' | null;

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

const steps = (list: InstallStep[], shareArrow: ShareArrow = null): InstallGuide => ({
  kind: 'steps',
  steps: list,
  shareArrow,
  showQr: false,
});

function iosGuide(device: Device): InstallGuide {
  if (!isIosDevice(device)) {
    return {
      kind: 'handoff',
      steps: ['scan-with-iphone', 'ios-safari-share', 'ios-add-to-home'],
      shareArrow: null,
      showQr: true,
    };
  }
  const finish: InstallStep[] = ['ios-add-to-home', 'ios-confirm-add'];
  if (device.browser === 'safari' && device.inApp === '') {
    // Safari keeps Share in the bottom toolbar on iPhone and in the top toolbar on iPad.
    return steps(['ios-safari-share', ...finish], device.platform === 'ipados' ? 'top' : 'bottom');
  }
  if (device.browser === 'chrome' || device.browser === 'edge' || device.browser === 'firefox') {
    return steps(['ios-browser-share', ...finish], 'top');
  }
  return steps(['ios-open-in-safari', 'ios-safari-share', ...finish]);
}

function androidGuide(device: Device, canPrompt: boolean): InstallGuide {
  if (!isAndroidDevice(device)) {
    return {
      kind: 'handoff',
      steps: ['scan-with-android', 'android-menu', 'android-install-app'],
      shareArrow: null,
      showQr: true,
    };
  }
  if (canPrompt) return { kind: 'prompt', steps: [], shareArrow: null, showQr: false };
  if (device.platform === 'harmonyos') return steps(['harmony-menu', 'harmony-add']);
  if (device.browser === 'firefox') return steps(['firefox-android-menu', 'firefox-android-install']);
  if (device.browser === 'samsung') return steps(['samsung-menu', 'samsung-add-page']);
  return steps(['android-menu', 'android-install-app']);
}

function computerGuide(device: Device, canPrompt: boolean): InstallGuide {
  if (!isComputer(device))
    return { kind: 'handoff', steps: ['open-on-computer'], shareArrow: null, showQr: false };
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
