// Shared steps of the sign-in journeys, done as a person would: buttons, labels, the provider's own form.
import { expect, type BrowserContext, type Page } from '@playwright/test';

export const APP = 'http://localhost:4173';
export const PROVIDER = 'http://localhost:4000';

/** Fills the sign-in service's own login page. */
export async function enterPassword(page: Page, email: string, password = 'demo') {
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
  const emailField = page.getByLabel('Email');
  if ((await emailField.inputValue()) !== email) await emailField.fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export async function logIn(page: Page, email: string) {
  await page.goto(`${APP}/`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page, email);
}

export const startPageHeading = (page: Page) => page.getByRole('heading', { level: 1, name: /^Hello, / });

/** The remembered-login record as IndexedDB holds it. */
export async function rememberedRecord(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('mobile-crm-app');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('records')) return resolve(undefined);
          const get = db.transaction('records').objectStore('records').get('remembered-login');
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

export async function openTaskMenu(page: Page) {
  await page.getByRole('button', { name: 'Task' }).click();
  return page.getByRole('menu', { name: 'Task' });
}

/** Records CSP violations the page reports, to assert there were none. */
export async function watchCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeBinding('__reportCsp', (_, text: string) => void violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  return violations;
}
