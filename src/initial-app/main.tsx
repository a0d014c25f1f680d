// First load: the /mobile page and nothing else; the signed-in app, with its router, loads lazily.
import { render, type ComponentType } from 'preact';
import { captureInstallPrompt } from './landing/install-prompt.ts';
import { detectDevice } from './landing/detect-device.ts';
import { readDeviceSignals } from './landing/device-signals.ts';
import { GetTheAppPage } from './landing/page/index.tsx';
import { appConfig } from '../shared/app-config.ts';
import { routes } from '../shared/routes.ts';
import { startServiceWorker } from './sw-bridge.ts';
import { whenIdle } from './when-idle.ts';
import { AppLoadError } from './app-load-error.tsx';
import { UpdateBanner } from './update-banner/index.tsx';
import { t } from '../i18n/landing-text.ts';
import { startLanguage } from '../i18n/active-language.ts';
import { PRERENDERED_CLASS, SNAPSHOT_CLASS, TRANSLATING_CLASS } from '../shared/boot-contract.ts';
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

/** On the app's pages, the app once it has arrived (its loader is a chunk of its own, which /mobile never fetches). */
let LazyApp: ComponentType = AppLoadError;

function Root() {
  return (
    <>
      {location.pathname === routes.getTheApp ? (
        <GetTheAppPage
          device={device}
          stores={appConfig.stores}
          pageUrl={`${location.origin}${routes.getTheApp}`}
        />
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
  const app = document.getElementById('app')!;
  render(<Root />, app);
  // What the page painted before (src/boot/app-boot.ts) and this render did not take over: gone before the paint.
  app
    .querySelectorAll(`:scope > .${PRERENDERED_CLASS}, :scope > .${SNAPSHOT_CLASS}`)
    .forEach((leftover) => leftover.remove());
  root.classList.remove(TRANSLATING_CLASS);
}

// The boot code may load this module before the page is parsed (a relaunch wants it at once): #app must be there.
const parsed = new Promise((resolve) =>
  document.readyState === 'loading'
    ? addEventListener('DOMContentLoaded', resolve, { once: true })
    : resolve(0),
);
/** Downloads the app (loader, app and warm start together) and settles, never rejecting, once it is here or not. */
const appArrived = () =>
  import('./app-loader.tsx').then(
    (loader) => loader.appArrived().then(() => void (LazyApp = loader.LazyApp)),
    () => undefined,
  );
// The first render waits for the person's language (its catalog is the only other download); a change re-renders.
// On the app's pages it also waits for the app: index.html already shows the sign-in screen or the start page
// (src/boot/app-boot.ts), and an empty placeholder must not replace it.
const ready = location.pathname === routes.getTheApp ? parsed : Promise.all([parsed, appArrived()]);
// Rendering in a task of its own, not in the one that ran the last module: no long task blocks a tap.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
startLanguage(() => void ready.then(nextTask).then(show));
// Registering fetches and parses the worker's code: not while the first screen is still being drawn.
// The boot code may load this module after the page's load event (it waits for the first paint): then at once.
// Offline before its code was ever kept, registration waits for the next launch: the worker already there still serves.
const registerWhenIdle = () => whenIdle(() => void startServiceWorker().catch(() => {}));
if (document.readyState === 'complete') registerWhenIdle();
else addEventListener('load', registerWhenIdle, { once: true });
