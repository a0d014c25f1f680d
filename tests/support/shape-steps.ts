// The sign-in journey's steps, done as a person would, in either shape: the service's email and password steps,
// the company's own sign-in for a federated email, and the choice of company wherever the shape asks it.
import { expect, type Page } from '@playwright/test';
import { loadPeople } from '../../sign-in-service/company-idp/people.ts';
import { companyIdpOptionsFromEnv } from '../../sign-in-service/company-idp/server.ts';
import { currentCode } from '../../sign-in-service/company-idp/totp.ts';
import { fillLoginSteps } from './app.ts';
import type { Shape } from './shape.ts';

/** The shape's sign-in service's login steps (`fillLoginSteps`), once the page is there. */
export async function enterPassword(page: Page, shape: Shape, email: string, password = 'demo') {
  await expect(page).toHaveURL(new RegExp(`^${shape.provider}/`));
  await fillLoginSteps(page, email, password);
}

/** `/` → Log in → the service's login steps. */
export async function logIn(page: Page, shape: Shape, email: string) {
  await page.goto(`${shape.app}/`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page, shape, email);
}

/** The app's next authorization request (to the shape's authorization endpoint), and its parameters. */
export async function nextAuthorization(page: Page, shape: Shape, act: () => Promise<unknown>) {
  const request = page.waitForRequest((sent) => sent.url().startsWith(`${shape.authorizeUrl}?`));
  await act();
  return new URL((await request).url()).searchParams;
}

/** The Choose company question, wherever the shape asks it: the app's screen or the service's own page. */
export async function expectCompanyQuestion(page: Page, shape: Shape) {
  await expect(page).toHaveURL(new RegExp(`^${shape.tenantChoice === 'app' ? shape.app : shape.provider}/`));
  await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
}

/** Picks a company (by id) on the shape's Choose company: the app's button or the service's. */
export async function chooseCompany(page: Page, shape: Shape, ctx: string) {
  await expectCompanyQuestion(page, shape);
  if (shape.tenantChoice === 'app') await page.locator(`[data-tenant="${ctx}"]`).click();
  else await page.locator(`button[name="ctx"][value="${ctx}"]`).click();
}

const idpPeople = loadPeople(companyIdpOptionsFromEnv({}).seedPath);
/** The last 30-second step each person's code was used at, per provider: a code signs in only once. */
const usedSteps = new Map<string, number>();

/** The code the person's authenticator app shows, never one already used at this provider (then the next one). */
async function freshCode(shape: Shape, email: string): Promise<string> {
  const person = (await idpPeople).byEmail(email);
  if (!person) throw new Error(`${email} is not one of the company's people`);
  const key = `${shape.companyIdp} ${email}`;
  const now = Math.floor(Date.now() / 30_000);
  const step = Math.max(now, (usedSteps.get(key) ?? -1) + 1);
  usedSteps.set(key, step);
  return currentCode(person.secret, step * 30_000);
}

/** At the company's own sign-in: work email (pre-filled), password, then the one-time code from her secret. */
export async function signInAtCompany(page: Page, shape: Shape, email: string, password = 'demo') {
  await expect(page).toHaveURL(new RegExp(`^${shape.companyIdp}/`));
  await expect(page.getByLabel('Work email')).toHaveValue(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByLabel('One-time code').fill(await freshCode(shape, email));
  await page.getByRole('button', { name: 'Verify' }).click();
}
