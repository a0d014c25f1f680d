// The problem screens of the way in, in both shapes of the sign-in service (tests/support/shape.ts).
import type { Page } from '@playwright/test';
import { expect, test, type Shape } from '../support/shape.ts';
import { chooseCompany, enterPassword, logIn, nextAuthorization } from '../support/shape-steps.ts';
import {
  anyStartPageHeading,
  startPageAnswer,
  startPageHeading,
  logOut,
  signInHeading,
} from '../support/app.ts';
import { rememberedRecord, storedUser, storeRememberedRecord } from '../support/device-storage.ts';

/** Starts a real sign-in and returns the state the app stored for it, as the provider would echo it back. */
async function startSignInAndGetState(page: Page, shape: Shape): Promise<string> {
  await page.goto(`${shape.app}/`);
  const params = await nextAuthorization(page, shape, () =>
    page.getByRole('button', { name: 'Log in' }).click(),
  );
  await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
  return params.get('state')!;
}

test.describe('screens for what goes wrong on the way in', () => {
  test('dag, who has no tenant, is told so and offered Reset login', async ({ page, shape }) => {
    await logIn(page, shape, 'dag@example.com');
    const screen = page.getByTestId('problem-no-tenant');
    await expect(screen.getByRole('heading', { name: 'No company linked to this account' })).toBeVisible();
    await expect(screen).toContainText('dag@example.com');
    await screen.getByRole('button', { name: 'Reset login' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
  });

  test("carla's suspended tenant gets a clear message and no broken start page", async ({ page, shape }) => {
    await logIn(page, shape, 'carla@example.com');
    const screen = page.getByTestId('problem-tenant-not-running');
    await expect(screen.getByRole('heading', { name: 'This company is not available' })).toBeVisible();
    await expect(screen).toContainText('Arctic Supplies (Cust30001)');
    await expect(screen).toContainText('Suspended');
    await expect(screen.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(anyStartPageHeading(page)).toHaveCount(0);
  });

  test('a suspended company is shown on the choice screen with its reason and cannot be chosen', async ({
    page,
    shape,
  }) => {
    // erik@example.com (test seed) belongs to Fjord Consulting (Running) and Arctic Supplies (Suspended).
    await logIn(page, shape, 'erik@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
    if (shape.tenantChoice === 'app') {
      const suspended = page.locator('[data-tenant="Cust30001"]');
      await expect(suspended).toContainText('Arctic Supplies');
      await expect(suspended).toContainText('Not available: Suspended');
      await expect(suspended).toBeDisabled();
      await expect(page.locator('[data-tenant="Cust20001"]')).toBeEnabled();
    } else {
      // The service's page: no button for it, and why.
      const suspended = page.getByRole('listitem').filter({ hasText: 'Arctic Supplies' });
      await expect(suspended).toContainText('Cannot be chosen. Ask your administrator to reactivate it.');
      await expect(suspended.getByRole('button')).toHaveCount(0);
    }
    await chooseCompany(page, shape, 'Cust20001');
    await expect(startPageHeading(page)).toHaveText('Hello, Erik Berg');
  });

  test('a remembered company that is not running offers another company, chosen where the shape asks', async ({
    page,
    shape,
  }) => {
    // Erik's remembered company is Arctic Supplies, suspended since; he also has Fjord Consulting.
    await page.goto(`${shape.app}/mobile`);
    await storeRememberedRecord(page, {
      schema: 2,
      email: 'erik@example.com',
      tenant: { id: 'Cust30001', name: 'Arctic Supplies' },
    });
    await page.goto(`${shape.app}/`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, shape, 'erik@example.com');
    const screen = page.getByTestId('problem-tenant-not-running');
    await expect(screen).toContainText('Arctic Supplies (Cust30001)');
    const choose = screen.getByRole('button', { name: 'Choose another company' });
    if (shape.tenantChoice === 'app') {
      await choose.click();
      await expect(page.locator('[data-tenant="Cust30001"]')).toBeDisabled();
    } else {
      // SuperID's own choice: a new authorization without acr_values, and no password while its session lives.
      const params = await nextAuthorization(page, shape, () => choose.click());
      expect(params.get('acr_values')).toBeNull();
      expect(params.get('prompt')).toBeNull();
      expect(params.get('login_hint')).toBe('erik@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
      await expect(page.getByLabel('Password')).toHaveCount(0);
    }
    await chooseCompany(page, shape, 'Cust20001');
    await expect(startPageHeading(page)).toHaveText('Hello, Erik Berg');
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20001');
  });

  test('a remembered tenant that is no longer accessible is explained, with the tenant choice offered', async ({
    page,
    shape,
  }) => {
    await logIn(page, shape, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await logOut(page);
    await expect(page.getByTestId('remembered-login')).toBeVisible();
    // Anna's remembered tenant becomes one she has no access to (as when an administrator removes her).
    await storeRememberedRecord(page, {
      schema: 2,
      email: 'anna@example.com',
      tenant: { id: 'Cust20001', name: 'Fjord Consulting' },
    });
    await page.reload();
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, shape, 'anna@example.com');
    const screen = page.getByTestId('problem-tenant-access-removed');
    await expect(screen).toContainText('You no longer have access to Fjord Consulting');
    // Nothing remembered is lost by the error.
    expect(await rememberedRecord(page)).toMatchObject({ tenant: { id: 'Cust20001' } });
    await screen.getByRole('button', { name: 'Choose another company' }).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust10001');
  });

  test('offline, Log in says to connect first and sends nothing', async ({ page, context, shape }) => {
    await page.goto(`${shape.app}/`);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    const providerRequests: string[] = [];
    page.on(
      'request',
      (request) => request.url().startsWith(shape.provider) && providerRequests.push(request.url()),
    );
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log in' }).click();
    const screen = page.getByTestId('problem-offline');
    await expect(screen).toContainText('Connect to the internet to log in');
    expect(providerRequests).toEqual([]);
    await context.setOffline(false);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
  });

  test('an unreachable sign-in service is reported with Retry, and Retry works once it is back', async ({
    page,
    shape,
  }) => {
    await page.goto(`${shape.app}/`);
    await page.route(`${shape.provider}/**`, (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Log in' }).click();
    const screen = page.getByTestId('problem-service-unreachable');
    await expect(screen.getByRole('heading', { name: 'Can’t reach the sign-in service' })).toBeVisible();
    await page.unroute(`${shape.provider}/**`);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
  });

  test('an expiring access token is renewed without the person doing anything', async ({ page, shape }) => {
    // The device's clock, so the minute before expiry comes at once instead of being waited for.
    await page.clock.install();
    await logIn(page, shape, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    const first = (await storedUser(page))?.access_token;
    expect(first).toBeTruthy();
    // The test service issues 75-second tokens; renewal starts 60 s before expiry, so 15 s after the sign-in.
    await page.clock.fastForward('00:16');
    await expect
      .poll(async () => (await storedUser(page))?.access_token, { intervals: [250] })
      .not.toBe(first);
    expect(await startPageAnswer(page, () => page.reload())).toBe(200);
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });
});

test.describe('callback safety', () => {
  test('code and state leave the address bar; Back and a replayed callback land on the right screen', async ({
    page,
    shape,
  }) => {
    const callbacks: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(`${shape.app}/callback?`))
        callbacks.push(frame.url());
    });
    await logIn(page, shape, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    expect(callbacks).toHaveLength(1);
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(1);

    // Back leaves the app for the provider's spent sign-in page, which leads straight back in.
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'This sign-in has expired' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to Mobile CRM' }).click();
    await expect(startPageHeading(page)).toBeVisible();
    await expect(page).toHaveURL(`${shape.app}/start`);

    // The same callback URL again (a reload of an old tab): its state is spent, so no "No matching state" dead end.
    await page.goto(callbacks[0]!);
    await expect(startPageHeading(page)).toBeVisible();
  });

  test('a forged callback without a signed-in session goes back to the sign-in screen', async ({
    page,
    shape,
  }) => {
    await page.goto(`${shape.app}/callback?code=forged&state=forged`);
    await expect(signInHeading(page)).toBeVisible();
    await expect(page).toHaveURL(`${shape.app}/`);
  });

  test('a tampered code is refused by the token endpoint and explained', async ({ page, shape }) => {
    const state = await startSignInAndGetState(page, shape);
    await page.goto(
      `${shape.app}/callback?code=tampered&state=${state}&iss=${encodeURIComponent(shape.provider)}`,
    );
    const screen = page.getByTestId('problem-provider-error');
    await expect(screen).toContainText('invalid_grant');
    await expect(screen.getByRole('button', { name: 'Log in' })).toBeVisible();
  });

  test('a callback naming another issuer (RFC 9207 iss) is refused as a configuration problem', async ({
    page,
    shape,
  }) => {
    const logged: string[] = [];
    page.on('console', (message) => message.type() === 'error' && logged.push(message.text()));
    const state = await startSignInAndGetState(page, shape);
    await page.goto(
      `${shape.app}/callback?code=abc&state=${state}&iss=${encodeURIComponent('https://evil.example')}`,
    );
    const screen = page.getByTestId('problem-issuer-mismatch');
    await expect(
      screen.getByRole('heading', { name: 'The app is set up for another sign-in service' }),
    ).toBeVisible();
    await expect(screen).toContainText('This is a configuration problem: please report it');
    await expect(screen.getByRole('button', { name: 'Back to log in' })).toBeVisible();
    // For the administrator: the console names both issuers and the setting.
    expect(logged.join('\n')).toContain(
      `"https://evil.example", but the app is configured for "${shape.provider}"`,
    );
    expect(logged.join('\n')).toContain('VITE_SIGNIN_ISSUER');
  });

  for (const [error, testId, text] of [
    ['login_required', 'problem-login-required', 'Please log in again'],
    ['server_error', 'problem-provider-error', 'server_error'],
  ] as const) {
    test(`the provider answering ${error} ends on its own screen with a way forward`, async ({
      page,
      shape,
    }) => {
      const state = await startSignInAndGetState(page, shape);
      await page.goto(
        `${shape.app}/callback?error=${error}&state=${state}&iss=${encodeURIComponent(shape.provider)}`,
      );
      const screen = page.getByTestId(testId);
      await expect(screen).toContainText(text);
      await expect(screen.getByRole('button').first()).toBeVisible();
    });
  }
});

test.describe('when the sign-in library cannot be downloaded', () => {
  test.use({ serviceWorkers: 'block' });

  test('the callback and Reset login end on a screen with a way forward, never on "Signing you in…"', async ({
    page,
    shape,
  }) => {
    const state = await startSignInAndGetState(page, shape);
    await page.route('**/assets/oidc-client-ts-*.js', (route) => route.abort('connectionrefused'));
    const problem = page.locator('[data-testid^="problem-"]');

    await page.goto(`${shape.app}/callback?code=anything&state=${state}`);
    await expect(problem).toBeVisible();
    await expect(problem.getByRole('button').first()).toBeVisible();
    await expect(page.getByText('Signing you in…')).toHaveCount(0);

    await page.goto(`${shape.app}/reset-login`);
    await page.getByLabel('Email').fill('bjorn@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(problem).toBeVisible();
    await expect(problem.getByRole('button').first()).toBeVisible();
  });
});
