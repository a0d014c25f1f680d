// Warm start of the installed app: `/` reopened while the service worker controls the page, against a bare page.
import type { BrowserContext, Page } from '@playwright/test';
import { APP, anyStartPageHeading } from '../../tests/support/app.ts';
import { median, round } from './util.ts';

interface Marks {
  __benchReady?: number;
  __benchControlled?: boolean;
  /** When the app itself had drawn the start page (its first render took over what index.html painted). */
  __benchLive?: number;
}

export interface WarmRun {
  ms: number;
  /** Until the app's own render holds the page (null for the bare page, which has no app). */
  liveMs: number | null;
  /** The navigation's answer came from the service worker (Playwright's response.fromServiceWorker()). */
  fromServiceWorker: boolean;
  /** A service worker controlled the page when the heading appeared. */
  controlled: boolean;
}

/** When each file arrived in one extra warm start after the measured ones (ms since navigation start). */
export interface TimelineEntry {
  name: string;
  start: number;
  end: number;
}

export interface WarmStartFigures {
  n: number;
  app: {
    url: string;
    runs: WarmRun[];
    medianMs: number | null;
    /** Median time until the app's own first render held the start page (a snapshot paints before it). */
    medianLiveMs: number | null;
    sampleTimeline: TimelineEntry[];
  };
  bare: { url: string; runs: WarmRun[]; medianMs: number | null };
  ratio: number | null;
}

/**
 * Records, in every document, performance.now() (ms since that navigation started) at the moment an h1 whose text
 * starts with "Hello, " enters the DOM (a MutationObserver callback, before paint), and when the app's own render
 * holds it (at once, or once the app has taken over the snapshot src/boot/app-boot.ts painted).
 */
export async function installHeadingClock(context: BrowserContext) {
  await context.addInitScript(() => {
    const marks = window as unknown as Marks;
    const observer = new MutationObserver(() => {
      const h1 = document.querySelector('h1');
      if (!h1 || !/^Hello, /.test(h1.textContent ?? '')) return;
      if (marks.__benchReady === undefined) {
        marks.__benchReady = performance.now();
        marks.__benchControlled = !!navigator.serviceWorker?.controller;
      }
      // src/boot/app-boot.ts marks the snapshot it paints; the app's first render takes the element over.
      if (!document.querySelector('#app > .snapshot')) {
        marks.__benchLive = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

async function timeToHeading(page: Page, url: string, hasApp: boolean): Promise<WarmRun> {
  const response = await page.goto(url, { waitUntil: 'commit', timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as Marks).__benchReady !== undefined, undefined, {
    timeout: 15_000,
  });
  await page.waitForFunction(() => (window as unknown as Marks).__benchLive !== undefined, undefined, {
    timeout: 15_000,
  });
  const marks = await page.evaluate(() => {
    const { __benchReady, __benchControlled, __benchLive } = window as unknown as Marks;
    return { ready: __benchReady!, controlled: !!__benchControlled, live: __benchLive! };
  });
  // Let the start page's background refresh finish, so it does not overlap the next measurement.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  return {
    ms: marks.ready,
    liveMs: hasApp ? marks.live : null,
    fromServiceWorker: response?.fromServiceWorker() ?? false,
    controlled: marks.controlled,
  };
}

async function timeline(page: Page): Promise<TimelineEntry[]> {
  return page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    const entries = [
      ...(navigation
        ? [
            { name: 'document', start: navigation.startTime, end: navigation.responseEnd },
            {
              name: 'DOMContentLoaded',
              start: navigation.domContentLoadedEventStart,
              end: navigation.domContentLoadedEventEnd,
            },
          ]
        : []),
      ...performance.getEntriesByType('resource').map((entry) => ({
        name: new URL(entry.name).pathname,
        start: entry.startTime,
        end: (entry as PerformanceResourceTiming).responseEnd,
      })),
    ];
    return entries.map(({ name, start, end }) => ({ name, start: Math.round(start), end: Math.round(end) }));
  });
}

/** Expects a signed-in page with an active, controlling service worker; one unmeasured warm-up of each page first. */
export async function measureWarmStart(
  page: Page,
  n: number,
  barePath: string,
  log: (message: string) => void,
): Promise<WarmStartFigures> {
  const appUrl = `${APP}/`;
  const bareUrl = `${APP}${barePath}`;
  await timeToHeading(page, appUrl, true);
  await timeToHeading(page, bareUrl, false);
  const app: WarmRun[] = [];
  const bare: WarmRun[] = [];
  for (let run = 1; run <= n; run += 1) {
    log(`  warm start run ${run}/${n}`);
    app.push(await timeToHeading(page, appUrl, true));
    bare.push(await timeToHeading(page, bareUrl, false));
  }
  const sampleTimeline = await page.goto(appUrl).then(async () => {
    await anyStartPageHeading(page).waitFor({ state: 'visible', timeout: 15_000 });
    return timeline(page);
  });
  const appMedian = median(app.map((r) => r.ms));
  const bareMedian = median(bare.map((r) => r.ms));
  return {
    n,
    app: {
      url: appUrl,
      runs: app,
      medianMs: round(appMedian, 1),
      medianLiveMs: round(median(app.map((r) => r.liveMs ?? NaN)), 1),
      sampleTimeline,
    },
    bare: { url: bareUrl, runs: bare, medianMs: round(bareMedian, 1) },
    ratio: round(appMedian / bareMedian, 2),
  };
}
