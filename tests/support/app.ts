// The app as the end-to-end tests and the bench use it: steps done as a person would (buttons, labels, the sign-in
// service's own form) and what is on screen. Never shipped.
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export const APP = 'http://localhost:4173';
export const PROVIDER = 'http://localhost:4000';

/** Online's sign-in service's login steps (`fillLoginSteps`), once the page is there. */
export async function enterPassword(page: Page, email: string, password = 'demo') {
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
  await fillLoginSteps(page, email, password);
}

/**
 * The login steps of whichever sign-in service the page is at (Online's, SuperID's shape, an Onsite server): the
 * email first (skipped when a login_hint filled it; "Use another email" when it shows someone else), then the password.
 */
export async function fillLoginSteps(page: Page, email: string, password: string) {
  const emailField = page.getByLabel('Email', { exact: true });
  const passwordField = page.getByLabel('Password');
  await expect(emailField).toBeVisible();
  const onPasswordStep = (await passwordField.count()) > 0;
  if (!onPasswordStep || (await emailField.inputValue()) !== email) {
    if (onPasswordStep) await page.getByRole('link', { name: 'Use another email' }).click();
    await emailField.fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await passwordField.fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

/** `/` → Log in → the sign-in service's form; ends where the app leads after it (not waited for). */
export async function logIn(page: Page, email: string) {
  await page.goto(`${APP}/`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page, email);
}

/** Task → Log out → "Log out?" → Yes; ends on the sign-in screen. */
export async function logOut(page: Page) {
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  await signInHeading(page).waitFor();
}

/** The sign-in screen's heading. */
export const signInHeading = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Log in to Mobile CRM' });

/**
 * /mobile after its first render. Its heading is in the HTML already (prerendered), so it says nothing about the
 * script having run; the lead's device-specific ending is added by the first render.
 */
export const landingRendered = (page: Page) => page.locator('#app .landing-lead strong');

/** Any start page heading on screen, the app's or the snapshot's: for checking that none shows. */
export const anyStartPageHeading = (page: Page | Locator) =>
  page.getByRole('heading', { level: 1, name: /^Hello, / });

/** The start page's heading as the app drew it; not the snapshot a relaunch paints before any script runs. */
export const startPageHeading = (page: Page) => anyStartPageHeading(page.locator('#app > :not(.snapshot)'));

/**
 * Does `open` (a reload, a visit) and gives the status of the start page's currentPrincipal answer that follows. A
 * relaunch paints the last start page at once, so its heading alone does not show that the session still works;
 * this answer, fetched with the session's token, does.
 */
export async function startPageAnswer(page: Page, open: () => Promise<unknown>): Promise<number> {
  const answer = page.waitForResponse(
    // A DPoP nonce challenge is a step the app answers by asking again, not the answer.
    (response) =>
      response.url().endsWith('/currentPrincipal') &&
      !/use_dpop_nonce/.test(response.headers()['www-authenticate'] ?? ''),
  );
  await open();
  return (await answer).status();
}

/** The start page's heading as the relaunch's snapshot painted it (src/boot/app-boot.ts). */
export const snapshotHeading = (page: Page) => anyStartPageHeading(page.locator('#app > .snapshot'));

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
