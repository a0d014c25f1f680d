import { appConfig } from '../shared/app-config.ts';
import { landingText } from '../landing/strings.ts';
import { routes } from '../shared/routes.ts';
import { useLazy } from '../shared/use-lazy.ts';

// Storage is read alongside the download: whether it is usable, and what a relaunch can show at once.
const loadApp = () =>
  Promise.all([
    import('../app/index.tsx'),
    import('../app/warm-start.ts').then((warm) => warm.readWarmStart(appConfig)),
  ]).then(([app, warmStart]) => ({
    App: app.default,
    warmStart,
  }));

type LoadedApp = Awaited<ReturnType<typeof loadApp>>;
let pending: Promise<LoadedApp> | null = null;
let loaded: LoadedApp | null = null;
// src/boot/app-boot.js holds the app's code back (class "painting") until the prerendered sign-in screen is on
// screen, so the first paint waits for no download.
const painted = () =>
  new Promise<void>((resolve) =>
    document.documentElement.classList.contains('painting')
      ? addEventListener('painted', () => resolve(), { once: true })
      : resolve(),
  );
const startLoadingApp = () =>
  (pending ??= painted()
    .then(loadApp)
    .then((app) => (loaded = app)));

/** Settles once the app has arrived or failed to; the first render of an app page waits for it. */
export const appArrived = (): Promise<void> =>
  startLoadingApp().then(
    () => undefined,
    () => undefined,
  );

// Everywhere but /mobile the app is needed: start its download now, alongside the first render, not after it.
if (location.pathname !== routes.getTheApp) void startLoadingApp().catch(() => undefined);

/** The signed-in app, fetched only when a route needs it, so /mobile never pays for it. */
export function LazyApp() {
  // Already here (the first render waited for it): drawn at once, over what index.html painted.
  const lazy = useLazy(startLoadingApp, !loaded);
  const module = loaded ?? lazy.module;
  const { error } = lazy;
  if (error) {
    // Plain markup on purpose: the shared error screen lives in the chunk that failed to arrive.
    return (
      <main class="app-load-error" data-testid="app-load-error" role="alert">
        <h1>{landingText.appLoadError.title}</h1>
        <p>{landingText.appLoadError.message}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {landingText.appLoadError.retry}
        </button>
      </main>
    );
  }
  if (!module) return <div class="app-loading" aria-busy="true" />;
  const { App, warmStart } = module;
  return <App config={appConfig} warmStart={warmStart} />;
}
