// The signed-in app, fetched only on the app's pages (its own chunk: /mobile never downloads it).
import { appConfig } from '../shared/app-config.ts';
import { AppLoadError } from './app-load-error.tsx';

// Storage is read alongside the download: whether it is usable, and what a relaunch can show at once.
const loadApp = () =>
  Promise.all([
    import('../lazy-app/index.tsx').then((app) => (app.startApp(), app)),
    import('../lazy-app/warm-start.ts').then((warm) => warm.readWarmStart(appConfig)),
  ]).then(([app, warmStart]) => ({
    App: app.default,
    warmStart,
  }));

type LoadedApp = Awaited<ReturnType<typeof loadApp>>;
let pending: Promise<void> | null = null;
let loaded: LoadedApp | null = null;

/** Starts the app's download (once) and settles (never rejects) when it has arrived or failed to. */
export const appArrived = (): Promise<void> =>
  (pending ??= loadApp().then(
    (app) => void (loaded = app),
    () => undefined,
  ));

/** The app, once appArrived() has settled; not there means it could not be downloaded. */
export function LazyApp() {
  if (!loaded) return <AppLoadError />;
  const { App, warmStart } = loaded;
  return <App config={appConfig} warmStart={warmStart} />;
}
