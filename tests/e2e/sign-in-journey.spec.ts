// The journeys of first sign-in, relaunch, log out and reset login, in both shapes of the sign-in service
// (tests/support/shape.ts): where the shapes differ (who asks for the company), the steps say so.
import { expect, test } from '../support/shape.ts';
import {
  chooseCompany,
  enterPassword,
  expectCompanyQuestion,
  logIn,
  nextAuthorization,
} from '../support/shape-steps.ts';
import {
  anyStartPageHeading,
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
  test('anna signs in, her single tenant is chosen by itself and remembered', async ({
    page,
    context,
    shape,
  }) => {
    const csp = await watchCspViolations(context);
    // The service worker is in control before the journey, and it is what answers the callback.
    await page.goto(`${shape.app}/`);
    await waitForServiceWorker(page);
    const callback = page.waitForResponse((response) => response.url().startsWith(`${shape.app}/callback?`));
    await logIn(page, shape, 'anna@example.com');
    expect((await callback).fromServiceWorker()).toBe(true);
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    const tenant = page.getByTestId('tenant-card');
    await expect(tenant.getByRole('heading', { name: 'Nordic Sales AS' })).toBeVisible();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust10001');
    await expect(page.getByTestId('tenant-status')).toHaveText('Running');
    // currentPrincipal's Associate: her login name in this company (not the AssociateId number).
    await expect(page.getByTestId('login-name')).toHaveText('AL');
    await expect(tenant.getByRole('link', { name: 'Open SuperOffice in the browser' })).toHaveAttribute(
      'href',
      `${shape.provider}/Cust10001`,
    );
    await expect(page.getByText(/^Last updated /)).toBeVisible();
    await expect(page).toHaveURL(`${shape.app}/start`);

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
  shape,
}) => {
  await logIn(page, shape, 'bjorn@example.com');
  await expectCompanyQuestion(page, shape);
  if (shape.tenantChoice === 'app') {
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
    const params = await nextAuthorization(page, shape, () => chooseCompany(page, shape, 'Cust20002'));
    expect(params.get('acr_values')).toBe('tenant:Cust20002');
    expect(params.get('prompt')).toBe('none');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
  } else {
    // SuperID asks on its own page, after the password: the token then names that company alone.
    await expect(page.getByRole('button', { name: /^Oslo Retail/ })).toContainText('maintenance');
    await chooseCompany(page, shape, 'Cust20002');
  }

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
  const againParams = await nextAuthorization(page, shape, () =>
    page.getByRole('button', { name: 'Log in' }).click(),
  );
  expect(againParams.get('acr_values')).toBe('tenant:Cust20002');
  expect(againParams.get('login_hint')).toBe('bjorn@example.com');
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('bjorn@example.com');
  await enterPassword(page, shape, 'bjorn@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
});

test('closing and reopening the app lands on the start page without any prompt', async ({
  page,
  context,
  shape,
}) => {
  await logIn(page, shape, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await page.close();
  const reopened = await context.newPage();
  expect(await startPageAnswer(reopened, () => reopened.goto(`${shape.app}/`))).toBe(200);
  await expect(startPageHeading(reopened)).toHaveText('Hello, Anna Larsen');
  await expect(reopened).toHaveURL(`${shape.app}/start`);
});

test('No in the log-out dialog changes nothing; Yes ends the provider session too', async ({
  page,
  shape,
}) => {
  await logIn(page, shape, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'No' }).click();
  await expect(page.getByRole('dialog', { name: 'Log out?' })).toBeHidden();
  expect(await startPageAnswer(page, () => page.reload())).toBe(200);
  await expect(startPageHeading(page)).toBeVisible();

  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  const endSession = page.waitForRequest((request) => request.url().startsWith(shape.endSessionUrl));
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  // A form POST: the id_token travels in the body, not in an address the browser's history keeps.
  const endParams = new URLSearchParams((await endSession).postData() ?? '');
  expect(endParams.get('id_token_hint')).toBeTruthy();
  expect(endParams.get('post_logout_redirect_uri')).toBe(`${shape.app}/signed-out`);
  await expect(signInHeading(page)).toBeVisible();
  await expect(page).toHaveURL(`${shape.app}/`);

  // The provider session is gone: logging in asks for the password again.
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('Reset login forgets the old user and tenant, and a single-tenant email goes straight to its start page', async ({
  page,
  shape,
}) => {
  await logIn(page, shape, 'bjorn@example.com');
  await chooseCompany(page, shape, 'Cust20001');
  await expect(startPageHeading(page)).toBeVisible();
  await logOut(page);
  await expect(page.getByTestId('remembered-login')).toContainText('Fjord Consulting');

  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
  await page.getByLabel('Email address').fill('not-an-email');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toHaveText('Enter a full email address, like name@example.com.');

  await page.getByLabel('Email address').fill('anna@example.com');
  const params = await nextAuthorization(page, shape, () =>
    page.getByRole('button', { name: 'Continue' }).click(),
  );
  expect(params.get('login_hint')).toBe('anna@example.com');
  expect(params.get('prompt')).toBe('login');
  expect(params.get('acr_values')).toBeNull();
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('anna@example.com');
  // The old record was gone before the new sign-in started (read from a second tab of the app).
  const probe = await page.context().newPage();
  await probe.goto(`${shape.app}/mobile`);
  expect(await rememberedRecord(probe)).toBeUndefined();
  await probe.close();

  await enterPassword(page, shape, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  expect(await rememberedRecord(page)).toMatchObject({
    email: 'anna@example.com',
    tenant: { id: 'Cust10001' },
  });
});

test('Reset login to bjorn asks which of his tenants to use', async ({ page, shape }) => {
  await page.goto(`${shape.app}/`);
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await page.getByLabel('Email address').fill('bjorn@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await enterPassword(page, shape, 'bjorn@example.com');
  await chooseCompany(page, shape, 'Cust20003');
  await expect(startPageHeading(page)).toBeVisible();
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust20003');
  await expect(page.getByTestId('maintenance-notice')).toBeVisible();
});

test('reopening the app before choosing a company asks again instead of picking one', async ({
  page,
  context,
  shape,
}) => {
  await logIn(page, shape, 'bjorn@example.com');
  await expectCompanyQuestion(page, shape);
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(`${shape.app}/`);
  if (shape.tenantChoice === 'service') {
    // The question was the service's: the app has no session yet, and Log in asks it again, without the password.
    await reopened.getByRole('button', { name: 'Log in' }).click();
  }
  await expectCompanyQuestion(reopened, shape);
  await expect(reopened.getByLabel('Password')).toHaveCount(0);
  await expect(anyStartPageHeading(reopened)).toHaveCount(0);
});
