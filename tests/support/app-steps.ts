// Steps through the running app as a person would (same labels as the e2e tests), for the browser figures.
import type { Locator, Page } from '@playwright/test';

export const APP = 'http://localhost:4173';
export const PROVIDER = 'http://localhost:4000';
export const DEMO = { email: 'anna@example.com', password: 'demo' };

export const startHeading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1, name: /^Hello, / });

/** Fills the sign-in service's own login steps: the email first (unless a login_hint filled it), then the password. */
export async function enterPassword(page: Page) {
  const email = page.getByLabel('Email', { exact: true });
  await email.waitFor({ state: 'visible', timeout: 15_000 });
  const password = page.getByLabel('Password');
  if ((await password.count()) === 0 || (await email.inputValue()) !== DEMO.email) {
    if ((await password.count()) > 0) await page.getByRole('link', { name: 'Use another email' }).click();
    await email.fill(DEMO.email);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await password.fill(DEMO.password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** First sign-in of the run: `/` → Log in → the provider's form → the start page. */
export async function firstSignIn(page: Page) {
  await page.goto(`${APP}/`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page);
  await startHeading(page).waitFor({ state: 'visible', timeout: 20_000 });
}

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
 * Waits until an activated service worker controls the page (the bench and the e2e tests share it). A page whose
 * navigation began while the worker was still activating can miss its claim (a browser race, about 1 first
 * sign-in in 15 here); a reload, as the next launch would, brings it under control.
 */
export async function waitForControllingServiceWorker(page: Page): Promise<void> {
  const registered = () =>
    page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.active);
  if (!(await within(page, 20_000, registered)))
    throw new Error('no service worker became active within 20 s');
  if (await within(page, 5_000, () => controlled(page))) return;
  await page.reload();
  if (!(await within(page, 10_000, () => controlled(page))))
    throw new Error('the service worker does not control the page even after a reload');
}

/** Task menu → Log out → "Log out?" → Yes; ends on `/` with the remembered login shown. */
export async function logOut(page: Page) {
  await page.getByRole('button', { name: 'Task' }).click();
  await page.getByRole('menu', { name: 'Task' }).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Log in to Mobile CRM' })
    .waitFor({ state: 'visible', timeout: 15_000 });
}

/** Drops the app's tokens (as an expired or lost session would) but keeps the provider's session cookie. */
export async function forgetAppSession(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('mobile-crm-auth-user');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve();
          const tx = db.transaction('records', 'readwrite');
          tx.objectStore('records').clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
