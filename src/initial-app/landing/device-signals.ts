// Reads what the browser says about the device; the only DOM-touching part of detection.
import type { DeviceSignals } from './detect-device.ts';

interface NavigatorWithExtras extends Navigator {
  userAgentData?: DeviceSignals['clientHints'];
  standalone?: boolean;
}

export function readDeviceSignals(): DeviceSignals {
  const nav = navigator as NavigatorWithExtras;
  const standaloneModes = ['standalone', 'fullscreen', 'minimal-ui', 'window-controls-overlay'];
  return {
    userAgent: nav.userAgent,
    clientHints: nav.userAgentData ?? null,
    maxTouchPoints: nav.maxTouchPoints,
    navigatorStandalone: nav.standalone === true,
    displayModeStandalone: standaloneModes.some((mode) => matchMedia(`(display-mode: ${mode})`).matches),
  };
}
