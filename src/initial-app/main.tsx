// First load: the /mobile page and nothing else; the signed-in app, with its router, loads lazily.
import { render } from 'preact';
import { captureInstallPrompt } from './landing/install-prompt.ts';
import { detectDevice } from './landing/detect-device.ts';
import { readDeviceSignals } from './landing/device-signals.ts';
import { GetTheAppPage } from './landing/page/index.tsx';
import { appConfig } from '../shared/app-config.ts';
import { routes } from '../shared/routes.ts';
import { startServiceWorker } from './sw-bridge.ts';
import { whenIdle } from './when-idle.ts';
import { appArrived, LazyApp } from './app-loader.tsx';
import { UpdateBanner } from './update-banner/index.tsx';
import { t } from '../i18n/landing-text.ts';
import { startLanguage } from '../i18n/active-language.ts';
import './theme.css';

captureInstallPrompt();

const device = detectDevice(readDeviceSignals());
const root = document.documentElement;
root.dataset.platform = device.platform;
root.dataset.browser = device.browser;
root.dataset.inapp = device.inApp;

// An installed app has no use for the install page: go straight to the app.
if (device.installedAsApp && location.pathname === routes.getTheApp) {
  history.replaceState(null, '', routes.signIn);
}

function Root() {
  return (
    <>
      {location.pathname === routes.getTheApp ? (
        <GetTheAppPage device={device} stores={appConfig.stores} />
      ) : (
        <LazyApp />
      )}
      <UpdateBanner />
    </>
  );
}

function show() {
  if (location.pathname === routes.getTheApp) document.title = t('landing.title');
  // The first render reuses /mobile's prerendered elements, now in the person's language: show them.
  render(<Root />, document.getElementById('app')!);
  root.classList.remove('translating');
}

// The first render waits for the person's language (its catalog is the only other download); a change re-renders.
// On the app's pages it also waits for the app: index.html already shows the sign-in screen or the start page
// (src/boot/app-boot.js), and an empty placeholder must not replace it.
startLanguage(location.pathname === routes.getTheApp ? show : () => void appArrived().then(show));
// Registering fetches and parses the worker's code: not while the first screen is still being drawn.
addEventListener('load', () => whenIdle(() => void startServiceWorker()), { once: true });
