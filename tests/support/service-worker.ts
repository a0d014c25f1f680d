// Waiting for the service worker, shared by the end-to-end tests and the bench. Never shipped.
import type { Page } from '@playwright/test';

/** Whether an activated service worker controls the page now. */
const controlled = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.state === 'activated');

/** Asks `check` every 100 ms until it says yes or `ms` have passed; its last answer. */
async function within(page: Page, ms: number, check: () => Promise<boolean>): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await page.waitForTimeout(100))
    if (await check()) return true;
  return check();
}

/**
 * Waits until an activated service worker controls the page. A page whose navigation began while the worker was
 * still activating can miss its claim (a browser race, about 1 first sign-in in 15 here); a reload, as the next
 * launch would, brings it under control.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  const registered = () =>
    page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
  if (!(await within(page, 20_000, registered)))
    throw new Error('no service worker became active within 20 s');
  if (await within(page, 5_000, () => controlled(page))) return;
  await page.reload();
  if (!(await within(page, 10_000, () => controlled(page))))
    throw new Error('the service worker does not control the page even after a reload');
}
