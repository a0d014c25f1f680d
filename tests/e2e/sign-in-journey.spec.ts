import { expect, test } from '@playwright/test';
import {
  APP,
  PROVIDER,
  anyStartPageHeading,
  enterPassword,
  logIn,
  openTaskMenu,
  startPageAnswer,
  startPageHeading,
  watchCspViolations,
  logOut,
  signInHeading,
} from '../support/app.ts';
import { rememberedRecord } from '../support/device-storage.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

test.describe('first sign-in, relaunch, log out and reset login', () => {
  test('anna signs in, her single tenant is chosen by itself and remembered', async ({ page, context }) => {
    const csp = await watchCspViolations(context);
    // The service worker is in control before the journey, and it is what answers the callback.
    await page.goto(`${APP}/`);
    await waitForServiceWorker(page);
    const callback = page.waitForResponse((response) => response.url().startsWith(`${APP}/callback?`));
    await logIn(page, 'anna@example.com');
    expect((await callback).fromServiceWorker()).toBe(true);
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    const tenant = page.getByTestId('tenant-card');
    await expect(tenant.getByRole('heading', { name: 'Nordic Sales AS' })).toBeVisible();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust10001');
    await expect(page.getByTestId('tenant-status')).toHaveText('Running');
    await expect(tenant.getByRole('link', { name: 'Open SuperOffice in the browser' })).toHaveAttribute(
      'href',
      `${PROVIDER}/Cust10001`,
    );
    await expect(page.getByText(/^Last updated /)).toBeVisible();
    await expect(page).toHaveURL(`${APP}/start`);

    expect(await rememberedRecord(page)).toMatchObject({
      schema: 2,
      email: 'anna@example.com',
      tenant: { id: 'Cust10001', name: 'Nordic Sales AS' },
    });
    expect(csp).toEqual([]);
  });
});

test('bjorn chooses Bergen Marine among his tenants; the choice is remembered and reused after log out', async ({
  page,
}) => {
  await logIn(page, 'bjorn@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
  const choices = page.locator('.tenant-choice');
  await expect(choices).toHaveCount(3);
  const fjord = page.locator('[data-tenant="Cust20001"]');
  await expect(fjord).toContainText('Fjord Consulting');
  await expect(fjord).toContainText('Cust20001');
  await expect(fjord).toContainText('Running');
  // Oslo Retail is in maintenance: it can be chosen, and says so.
  await expect(page.locator('[data-tenant="Cust20003"]')).toContainText('In maintenance (available)');
  await expect(page.locator('[data-tenant="Cust20003"]')).toBeEnabled();

  // Choosing a tenant the tokens are not bound to re-authorizes silently for it (acr_values, prompt=none).
  const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
  await page.locator('[data-tenant="Cust20002"]').click();
  const params = new URL((await authorize).url()).searchParams;
  expect(params.get('acr_values')).toBe('tenant:Cust20002');
  expect(params.get('prompt')).toBe('none');
  expect(params.get('code_challenge_method')).toBe('S256');
  expect(params.get('state')).toBeTruthy();
  expect(params.get('nonce')).toBeTruthy();

  await expect(startPageHeading(page)).toHaveText('Hello, Bjørn Haugland');
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
  expect(await rememberedRecord(page)).toMatchObject({
    email: 'bjorn@example.com',
    tenant: { id: 'Cust20002', name: 'Bergen Marine' },
  });

  // Log out: Task → Log out → "Log out?" → Yes.
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log out?' });
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await expect(signInHeading(page)).toBeVisible();
  await expect(page.getByTestId('remembered-login')).toHaveText(/Bergen Marine · bjorn@example\.com/);
  expect(await rememberedRecord(page)).toMatchObject({ tenant: { id: 'Cust20002' } });

  // Log in again: straight to the remembered tenant, email pre-filled, no tenant question.
  const again = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
  await page.getByRole('button', { name: 'Log in' }).click();
  const againParams = new URL((await again).url()).searchParams;
  expect(againParams.get('acr_values')).toBe('tenant:Cust20002');
  expect(againParams.get('login_hint')).toBe('bjorn@example.com');
  await expect(page.getByLabel('Email')).toHaveValue('bjorn@example.com');
  await enterPassword(page, 'bjorn@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
});

test('closing and reopening the app lands on the start page without any prompt', async ({
  page,
  context,
}) => {
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await page.close();
  const reopened = await context.newPage();
  expect(await startPageAnswer(reopened, () => reopened.goto(`${APP}/`))).toBe(200);
  await expect(startPageHeading(reopened)).toHaveText('Hello, Anna Larsen');
  await expect(reopened).toHaveURL(`${APP}/start`);
});

test('No in the log-out dialog changes nothing; Yes ends the provider session too', async ({ page }) => {
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'No' }).click();
  await expect(page.getByRole('dialog', { name: 'Log out?' })).toBeHidden();
  expect(await startPageAnswer(page, () => page.reload())).toBe(200);
  await expect(startPageHeading(page)).toBeVisible();

  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  const endSession = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/session/end`));
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  // A form POST: the id_token travels in the body, not in an address the browser's history keeps.
  const endParams = new URLSearchParams((await endSession).postData() ?? '');
  expect(endParams.get('id_token_hint')).toBeTruthy();
  expect(endParams.get('post_logout_redirect_uri')).toBe(`${APP}/signed-out`);
  await expect(signInHeading(page)).toBeVisible();
  await expect(page).toHaveURL(`${APP}/`);

  // The provider session is gone: logging in asks for the password again.
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('Reset login forgets the old user and tenant, and a single-tenant email goes straight to its start page', async ({
  page,
}) => {
  await logIn(page, 'bjorn@example.com');
  await page.locator('[data-tenant="Cust20001"]').click();
  await expect(startPageHeading(page)).toBeVisible();
  await logOut(page);
  await expect(page.getByTestId('remembered-login')).toContainText('Fjord Consulting');

  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a full email address, like name@example.com.');

  await page.getByLabel('Email address').fill('anna@example.com');
  const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
  await page.getByRole('button', { name: 'Continue' }).click();
  const params = new URL((await authorize).url()).searchParams;
  expect(params.get('login_hint')).toBe('anna@example.com');
  expect(params.get('prompt')).toBe('login');
  expect(params.get('acr_values')).toBeNull();
  await expect(page.getByLabel('Email')).toHaveValue('anna@example.com');
  // The old record was gone before the new sign-in started (read from a second tab of the app).
  const probe = await page.context().newPage();
  await probe.goto(`${APP}/mobile`);
  expect(await rememberedRecord(probe)).toBeUndefined();
  await probe.close();

  await enterPassword(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  expect(await rememberedRecord(page)).toMatchObject({
    email: 'anna@example.com',
    tenant: { id: 'Cust10001' },
  });
});

test('Reset login to bjorn asks which of his tenants to use', async ({ page }) => {
  await page.goto(`${APP}/`);
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await page.getByLabel('Email address').fill('bjorn@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await enterPassword(page, 'bjorn@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
  await page.locator('[data-tenant="Cust20003"]').click();
  await expect(startPageHeading(page)).toBeVisible();
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust20003');
  await expect(page.getByTestId('maintenance-notice')).toBeVisible();
});

test('reopening the app before choosing a company asks again instead of picking one', async ({
  page,
  context,
}) => {
  await logIn(page, 'bjorn@example.com');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(`${APP}/`);
  await expect(reopened.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
  await expect(anyStartPageHeading(reopened)).toHaveCount(0);
});
