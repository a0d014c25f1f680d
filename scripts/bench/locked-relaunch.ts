// Relaunch with the lock on: `/` opened again with fingerprint or face on, the lock screen, the fingerprint (Chromium's
// virtual authenticator, which answers at once: the time a person's touch takes is left out), then the start page.
import type { Browser, Page } from '@playwright/test';
import { APP, logIn, startPageHeading } from '../../tests/support/app.ts';
import { addAuthenticator } from '../../tests/support/authenticator.ts';
import { waitForServiceWorker } from '../../tests/support/service-worker.ts';
import { installHeadingClock } from './warm-start.ts';
import { median, round } from './util.ts';

interface Marks {
  __benchLive?: number;
  __lockShown?: number;
  __unlockClicked?: number;
}

export interface LockedRun {
  /** From the navigation's start until the lock screen's button is in the page. */
  lockMs: number;
  /** From the press on that button until the app's own render holds the start page. */
  unlockMs: number;
  /** Both: relaunch to start page, the person's touch left out. */
  totalMs: number;
}

export interface LockedRelaunchFigures {
  n: number;
  runs: LockedRun[];
  medianLockMs: number | null;
  medianUnlockMs: number | null;
  medianTotalMs: number | null;
}

const UNLOCK = 'Log in with fingerprint or face';

/** Marks, in every document, when the lock's button appears and when it is pressed (performance.now()). */
async function installLockClock(page: Page) {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  await page.addInitScript((label) => {
    const marks = window as unknown as Marks;
    new MutationObserver((_, observer) => {
      if (![...document.querySelectorAll('button')].some((button) => button.textContent === label)) return;
      marks.__lockShown = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('click', (event) => {
      if ((event.target as Element).textContent === label) marks.__unlockClicked ??= performance.now();
    });
  }, UNLOCK);
}

async function lockedRelaunch(page: Page): Promise<LockedRun> {
  await page.goto(`${APP}/`, { waitUntil: 'commit', timeout: 15_000 });
  await page.getByRole('button', { name: UNLOCK }).click({ timeout: 15_000 });
  await page.waitForFunction(() => (window as unknown as Marks).__benchLive !== undefined, undefined, {
    timeout: 15_000,
  });
  const { lockMs, clicked, live } = await page.evaluate(() => {
    const marks = window as unknown as Marks;
    return { lockMs: marks.__lockShown!, clicked: marks.__unlockClicked!, live: marks.__benchLive! };
  });
  // Let the start page's background refresh finish, so it does not overlap the next measurement.
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  return { lockMs, unlockMs: live - clicked, totalMs: lockMs + live - clicked };
}

/** Signs anna in on a page of its own with fingerprint or face on, then relaunches `n` times (after a warm-up). */
export async function measureLockedRelaunch(
  browser: Browser,
  email: string,
  n: number,
  log: (message: string) => void,
): Promise<LockedRelaunchFigures> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    await installHeadingClock(context);
    const page = await context.newPage();
    await installLockClock(page);
    await addAuthenticator(page);
    await logIn(page, email);
    await page.getByRole('button', { name: 'Yes' }).click({ timeout: 20_000 });
    await startPageHeading(page).waitFor({ state: 'visible', timeout: 20_000 });
    await waitForServiceWorker(page);
    await lockedRelaunch(page);
    const runs: LockedRun[] = [];
    for (let run = 1; run <= n; run += 1) {
      log(`  locked relaunch run ${run}/${n}`);
      runs.push(await lockedRelaunch(page));
    }
    const middle = (pick: (run: LockedRun) => number) => round(median(runs.map(pick)), 1);
    return {
      n,
      runs,
      medianLockMs: middle((run) => run.lockMs),
      medianUnlockMs: middle((run) => run.unlockMs),
      medianTotalMs: middle((run) => run.totalMs),
    };
  } finally {
    await context.close();
  }
}
