import { useLayoutEffect } from 'preact/hooks';
import { appConfig } from '../shared/app-config.ts';
import { t } from '../i18n/landing-text.ts';
import { routes } from '../shared/routes.ts';

// Storage is read alongside the download: whether it is usable, and what a relaunch can show at once.
const loadApp = () =>
  Promise.all([
    import('../lazy-app/index.tsx'),
    import('../lazy-app/warm-start.ts').then((warm) => warm.readWarmStart(appConfig)),
  ]).then(([app, warmStart]) => ({
    App: app.default,
    warmStart,
  }));

type LoadedApp = Awaited<ReturnType<typeof loadApp>>;
let pending: Promise<void> | null = null;
let loaded: LoadedApp | null = null;
// src/boot/app-boot.js holds the app's code back (class "painting") until the prerendered sign-in screen is on
// screen, so the first paint waits for no download.
const painted = () =>
  new Promise<void>((resolve) =>
    document.documentElement.classList.contains('painting')
      ? addEventListener('painted', () => resolve(), { once: true })
      : resolve(),
  );

/** Settles (never rejects) once the app has arrived or failed to; an app page's first render waits for it. */
export const appArrived = (): Promise<void> =>
  (pending ??= painted()
    .then(loadApp)
    .then(
      (app) => void (loaded = app),
      () => undefined,
    ));

// Everywhere but /mobile the app is needed: start its download now, alongside the language, not after it.
if (location.pathname !== routes.getTheApp) void appArrived();

/** The signed-in app, fetched only when a route needs it, so /mobile never pays for it. */
export function LazyApp() {
  // What index.html painted (src/boot/app-boot.js) and this render did not take over: gone before the paint.
  useLayoutEffect(() => {
    document
      .querySelectorAll('#app > .prerendered, #app > .snapshot')
      .forEach((leftover) => leftover.remove());
  }, []);
  // Rendered only once appArrived() has settled (src/initial-app/main.tsx): not here means it could not be downloaded.
  if (!loaded) {
    // Plain markup on purpose: the shared error screen lives in the chunk that failed to arrive.
    return (
      <main class="app-load-error" data-testid="app-load-error" role="alert">
        <h1>{t('appLoadError.title')}</h1>
        <p>{t('appLoadError.message')}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('appLoadError.retry')}
        </button>
      </main>
    );
  }
  const { App, warmStart } = loaded;
  return <App config={appConfig} warmStart={warmStart} />;
}
