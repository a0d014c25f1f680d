// Loads the page's code (the entry, and on index.html the app's chunks) once the prerendered screen has painted,
// so that paint waits for no download; at once where nothing prerendered will show (another language, another
// screen, a relaunch's start page).
import {
  BOOT_FILES_ID,
  NOT_SIGN_IN_CLASS,
  TRANSLATING_CLASS,
  type BootFiles,
} from '../shared/boot-contract.ts';

const importModule = (url: string) => import(/* @vite-ignore */ url);

export function paintFirst(
  w: typeof window = window,
  load: (url: string) => Promise<unknown> = importModule,
) {
  const d = w.document;
  // Written by the build, before this code (the dev server's page has neither: it loads its entry itself).
  const files = JSON.parse(d.getElementById(BOOT_FILES_ID)!.textContent!) as BootFiles;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    files.app.forEach((href) => {
      const link = d.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      d.head.append(link);
    });
    // Should it fail, the prerendered screen stays, as with a <script> that fails; the next launch tries again.
    void load(files.entry);
  };
  const root = d.documentElement;
  const prerenderShows =
    !root.classList.contains(TRANSLATING_CLASS) && !root.classList.contains(NOT_SIGN_IN_CLASS);
  if (!prerenderShows || !w.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return start();
  new w.PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('first-contentful-paint').length) return;
    observer.disconnect();
    start();
  }).observe({ type: 'paint', buffered: true });
  // A page opened in the background paints nothing: its code comes a second later all the same.
  w.setTimeout(start, 1000);
}
