import { expect, test } from '@playwright/test';
import { mergedInlineHashes } from '../../build/csp-hashes.ts';
import { serveAppCopy, type AppCopy } from '../support/app-copy.ts';
import { deployNewServiceWorker } from '../support/deploy.ts';
import {
  APP,
  PROVIDER,
  enterPassword,
  logIn,
  startPageAnswer,
  startPageHeading,
  watchCspViolations,
  logOut,
  signInHeading,
} from '../support/app.ts';
import { rememberedRecord, storedUser, storeRememberedRecord } from '../support/device-storage.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

test.describe('tokens bound with DPoP', () => {
  test('a token copied out of storage is refused by the API and the token endpoint without the key', async ({
    page,
    request,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    const user = (await storedUser(page))!;
    expect(user.token_type).toBe('DPoP');
    const api = `${PROVIDER}/Cust10001/api/v1/User/currentPrincipal`;

    const asBearer = await request.get(api, { headers: { Authorization: `Bearer ${user.access_token}` } });
    expect(asBearer.status()).toBe(401);
    expect(asBearer.headers()['www-authenticate']).toBeTruthy();
    const withoutProof = await request.get(api, { headers: { Authorization: `DPoP ${user.access_token}` } });
    expect(withoutProof.status()).toBe(401);

    const refresh = await request.post(`${PROVIDER}/token`, {
      form: { grant_type: 'refresh_token', refresh_token: user.refresh_token!, client_id: 'mobile-crm' },
    });
    expect(refresh.status()).toBe(400);

    // The app itself, holding the key, still gets in.
    expect(await startPageAnswer(page, () => page.reload())).toBe(200);
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });
});

test.describe('several tabs', () => {
  test('two tabs renewing at once both stay signed in and the grant survives', async ({ context }) => {
    const first = await context.newPage();
    await logIn(first, 'anna@example.com');
    await expect(startPageHeading(first)).toBeVisible();
    const second = await context.newPage();
    await second.goto(`${APP}/start`);
    await expect(startPageHeading(second)).toBeVisible();
    const before = (await storedUser(first))!;

    const spent: string[] = [];
    context.on('request', (request) => {
      if (!request.url().startsWith(`${PROVIDER}/token`) || request.method() !== 'POST') return;
      const token = new URLSearchParams(request.postData() ?? '').get('refresh_token');
      if (token) spent.push(token);
    });

    // Both tabs reopen with an expired access token at the same moment, so both must renew at once.
    await storedUser(first, { expires_at: Math.floor(Date.now() / 1000) - 5 });
    // A tab is done once it has fetched its start page with a token, renewed or handed over.
    const answers = [first, second].map((page) => startPageAnswer(page, () => page.reload()));
    expect(await Promise.all(answers)).toEqual([200, 200]);
    for (const page of [first, second]) await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    expect((await storedUser(first))!.refresh_token).not.toBe(before.refresh_token);
    // One tab renewed; the other waited for it and used the result: no refresh token was sent twice.
    expect(spent).toEqual([before.refresh_token]);

    // A refresh token spent twice would have revoked the grant: then this renewal would fail.
    await storedUser(first, { expires_at: Math.floor(Date.now() / 1000) - 5 });
    expect(await startPageAnswer(first, () => first.reload())).toBe(200);
    await expect(startPageHeading(first)).toHaveText('Hello, Anna Larsen');
  });

  test('logging out in one tab moves the others to the sign-in screen', async ({ context }) => {
    const first = await context.newPage();
    await logIn(first, 'anna@example.com');
    await expect(startPageHeading(first)).toBeVisible();
    const second = await context.newPage();
    await second.goto(`${APP}/start`);
    await expect(startPageHeading(second)).toBeVisible();

    await logOut(first);
    await expect(signInHeading(second)).toBeVisible();
    await expect(signInHeading(first)).toBeVisible();
    // The log out reached the provider: neither tab claims otherwise.
    await expect(second.getByTestId('remembered-login')).toBeVisible();
    await expect(second.getByTestId('logout-pending-notice')).toHaveCount(0);
    await expect(first.getByTestId('logout-pending-notice')).toHaveCount(0);
  });
});

test.describe('redirect safety and the Content-Security-Policy', () => {
  for (const target of [
    '//evil.example',
    'https://evil.example/',
    '/%2F%2Fevil.example',
    '/\\evil.example',
  ]) {
    test(`a return-to of ${target} after sign-in stays in the app`, async ({ page }) => {
      await page.goto(`${APP}/?returnTo=${encodeURIComponent(target)}`);
      await page.getByRole('button', { name: 'Log in' }).click();
      await enterPassword(page, 'anna@example.com');
      await expect(startPageHeading(page)).toBeVisible();
      await expect(page).toHaveURL(`${APP}/start`);
    });
  }

  test('the app and the sign-in service send a strict CSP, and a whole journey records no violation', async ({
    page,
    context,
    request,
  }) => {
    const app = (await request.get(`${APP}/`)).headers()['content-security-policy']!;
    // Inline code only by hash: the pages' boot scripts and styles (build/csp-hashes.ts).
    expect(app).toMatch(/script-src 'self'( 'sha256-[\w+/]+=*')+;/);
    expect(app).toMatch(/style-src 'self'( 'sha256-[\w+/]+=*')+;/);
    expect(app).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(app).toContain("frame-ancestors 'none'");
    // The local sign-in service, and Onsite servers as the local build admits them (any https server, and this
    // device's, as the local Onsite server and its failing fixtures are): docs/configuration.md#onsite-servers.
    expect(app).toContain(
      "connect-src 'self' http://localhost:4000 https: http://localhost:* http://127.0.0.1:*;",
    );
    const mobile = (await request.get(`${APP}/mobile`)).headers()['content-security-policy'];
    expect(mobile).toBe(app);
    // Written by the build from its finished pages: it allows exactly the inline code they hold.
    const pages = await Promise.all(
      ['/', '/mobile'].map(async (path) => (await request.get(APP + path)).text()),
    );
    const { scripts, styles } = mergedInlineHashes(pages);
    expect(app).toContain(`script-src 'self' ${scripts.join(' ')};`);
    expect(app).toContain(`style-src 'self' ${styles.join(' ')};`);

    const violations = await watchCspViolations(context);
    await page.goto(`${APP}/`);
    // Listen before clicking: on a fast machine the login page can arrive before a later listener exists.
    const loginPageResponse = page.waitForResponse((response) =>
      response.url().startsWith(`${PROVIDER}/interaction/`),
    );
    await page.getByRole('button', { name: 'Log in' }).click();
    const loginPage = await loginPageResponse;
    const serviceCsp = loginPage.headers()['content-security-policy']!;
    expect(serviceCsp).toContain("default-src 'none'");
    expect(serviceCsp).toContain("frame-ancestors 'none'");
    expect(serviceCsp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await logOut(page);
    expect(violations).toEqual([]);
  });
});

test.describe('storage faults', () => {
  test('without IndexedDB (private mode) the app says so and sign-in still works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', {
        value: () => {
          throw new DOMException('IndexedDB is disabled', 'InvalidStateError');
        },
      });
    });
    await page.goto(`${APP}/`);
    await expect(page.getByTestId('storage-notice')).toBeVisible();
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });

  test('a damaged remembered record keeps its valid tenant', async ({ page }) => {
    await page.goto(`${APP}/`);
    // An older version's format, with a broken email.
    await storeRememberedRecord(page, {
      email: 42,
      tenantId: 'Cust10001',
      tenantName: 'Nordic Sales AS',
      chosenAt: 'yesterday',
    });
    await page.reload();
    await expect(page.getByTestId('remembered-login')).toHaveText(/Nordic Sales AS/);
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(new URL((await authorize).url()).searchParams.get('acr_values')).toBe('tenant:Cust10001');
  });
});

test.describe('network faults and time', () => {
  test('offline with a live session: the start page from cache with an offline banner, refreshed when back', async ({
    page,
    context,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await context.setOffline(false);
    await expect(page.getByTestId('offline-banner')).toBeHidden();
  });

  test('offline without a session: a clear message, not a blank page', async ({ page, context }) => {
    await page.goto(`${APP}/`);
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('problem-offline')).toContainText('Connect to the internet to log in');
    await context.setOffline(false);
  });

  for (const fault of ['offline', 'the sign-in service down'] as const) {
    test(`log out with ${fault}: the session ends here, the screen says so, and the next Log in asks for the password`, async ({
      page,
      context,
    }) => {
      await logIn(page, 'anna@example.com');
      await expect(startPageHeading(page)).toBeVisible();
      await expect
        .poll(() => page.evaluate(() => localStorage.getItem('mobile-crm-start-page')))
        .not.toBeNull();
      if (fault === 'offline') await context.setOffline(true);
      else await page.route(`${PROVIDER}/**`, (route) => route.abort('connectionrefused'));

      await logOut(page);
      await expect(page).toHaveURL(`${APP}/`);
      await expect(page.getByTestId('logout-pending-notice')).toContainText(
        'Log in will ask for your password',
      );
      await expect(page.getByTestId('remembered-login')).toContainText('anna@example.com');
      expect(await storedUser(page)).toBeNull();
      // Still the same page: nothing of anna's start page is kept for the next launch to paint.
      expect(await page.evaluate(() => localStorage.getItem('mobile-crm-start-page'))).toBeNull();

      // Back online, the provider's session is still alive; without prompt=login it would wave anyone through.
      if (fault === 'offline') await context.setOffline(false);
      else await page.unroute(`${PROVIDER}/**`);
      // Opening /signed-out by hand is not the provider confirming anything.
      await page.goto(`${APP}/signed-out`);
      await expect(signInHeading(page)).toBeVisible();
      const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
      await page.getByRole('button', { name: 'Log in' }).click();
      expect(new URL((await authorize).url()).searchParams.get('prompt')).toBe('login');
      await expect(page.getByLabel('Email')).toHaveValue('anna@example.com');
      await enterPassword(page, 'anna@example.com');
      await expect(startPageHeading(page)).toBeVisible();

      // Signed in afresh: the next log out reaches the provider, and nothing is pending any more.
      await logOut(page);
      await expect(page.getByTestId('remembered-login')).toBeVisible();
      await expect(page.getByTestId('logout-pending-notice')).toHaveCount(0);
      const next = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
      await page.getByRole('button', { name: 'Log in' }).click();
      expect(new URL((await next).url()).searchParams.get('prompt')).toBeNull();
    });
  }

  test('a token endpoint failing with 5xx during renewal gives a retry, not a loop, and keeps the session', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    const tokenCalls: string[] = [];
    await page.route(`${PROVIDER}/token`, (route) => {
      tokenCalls.push(route.request().method());
      return route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: '{"error":"temporarily_unavailable"}',
      });
    });
    await storedUser(page, { expires_at: Math.floor(Date.now() / 1000) - 5 });
    await page.reload();
    // Cached data is shown with the offline-style banner; no flood of token requests.
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await page.waitForTimeout(3000);
    expect(tokenCalls.length).toBeLessThanOrEqual(2);
    await page.unroute(`${PROVIDER}/token`);
    expect(await startPageAnswer(page, () => page.reload())).toBe(200);
    await expect(startPageHeading(page)).toBeVisible();
    await expect(page.getByTestId('offline-banner')).toBeHidden();
  });

  test('the tenant status service down on first sign-in: a screen naming the company, and Try again works', async ({
    page,
  }) => {
    await page.route(`${PROVIDER}/api/state/**`, (route) => route.abort('connectionrefused'));
    await logIn(page, 'anna@example.com');
    const screen = page.getByTestId('problem-status-unavailable');
    await expect(screen).toContainText('Nordic Sales AS');
    await page.unroute(`${PROVIDER}/api/state/**`);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });

  test('a status answer that is not JSON (a captive portal) ends on a screen, not on "Loading…"', async ({
    page,
  }) => {
    await page.route(`${PROVIDER}/api/state/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<html>Sign in to the hotel Wi-Fi</html>',
      }),
    );
    await logIn(page, 'anna@example.com');
    await expect(page.getByTestId('problem-status-unavailable')).toContainText('Nordic Sales AS');
  });

  test('on a slow network, pressing Log in twice starts one sign-in', async ({ page }) => {
    await page.goto(`${APP}/`);
    const authorizeRequests: string[] = [];
    page.on(
      'request',
      (request) => request.url().startsWith(`${PROVIDER}/auth?`) && authorizeRequests.push(request.url()),
    );
    await page.route(`${PROVIDER}/.well-known/openid-configuration`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    const logInButton = page.getByRole('button', { name: 'Log in' });
    await logInButton.click();
    await logInButton.click({ force: true }).catch(() => undefined);
    await expect(page.getByLabel('Email')).toBeVisible();
    expect(authorizeRequests).toHaveLength(1);
  });

  test('a session that ended while the app was in the background leads to Log in with the tenant remembered', async ({
    page,
    request,
  }) => {
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20002"]').click();
    await expect(startPageHeading(page)).toBeVisible();
    const user = (await storedUser(page))!;
    // The grant ends (as after an admin's revocation or the refresh token's lifetime), and the access token expires.
    const revoke = await request.post(`${PROVIDER}/token/revocation`, {
      form: { token: user.refresh_token!, token_type_hint: 'refresh_token', client_id: 'mobile-crm' },
    });
    expect(revoke.ok()).toBe(true);
    await storedUser(page, { expires_at: Math.floor(Date.now() / 1000) - 5 });
    await page.reload();
    const screen = page.getByTestId('problem-session-expired');
    await expect(screen).toBeVisible();
    expect(await rememberedRecord(page)).toMatchObject({ tenant: { id: 'Cust20002' } });
    const authorize = page.waitForRequest((r) => r.url().startsWith(`${PROVIDER}/auth?`));
    await screen.getByRole('button', { name: 'Log in' }).click();
    expect(new URL((await authorize).url()).searchParams.get('acr_values')).toBe('tenant:Cust20002');
    await expect(startPageHeading(page)).toBeVisible();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
  });

  for (const minutes of [10, -10]) {
    test(`a device clock ${minutes > 0 ? 'ahead' : 'behind'} by 10 minutes still signs in, with no loop`, async ({
      page,
    }) => {
      await page.clock.install({ time: Date.now() + minutes * 60_000 });
      await logIn(page, 'anna@example.com');
      await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
      expect(await startPageAnswer(page, () => page.reload())).toBe(200);
      await expect(startPageHeading(page)).toBeVisible();
      await expect(page).toHaveURL(`${APP}/start`);
    });
  }
});

test.describe('an update while signed in', () => {
  let copy: AppCopy;
  // The sign-in service takes redirects to this origin too (SIGNIN_APP_ORIGINS in playwright.config.ts).
  test.beforeAll(async () => (copy = await serveAppCopy(4174)));
  test.afterAll(() => copy.close());

  test('the prompt appears, nothing reloads by itself, and the session survives Reload', async ({ page }) => {
    await page.goto(`${copy.origin}/`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await waitForServiceWorker(page);
    await page.evaluate(() => ((window as unknown as Record<string, boolean>).sameDocument = true));

    deployNewServiceWorker(copy.dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.getByRole('status').filter({ hasText: 'Update available' });
    await expect(banner).toBeVisible();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as Record<string, boolean>).sameDocument)).toBe(true);
    await expect(startPageHeading(page)).toBeVisible();

    const reload = banner.getByRole('button', { name: 'Reload' });
    expect(await startPageAnswer(page, () => reload.click())).toBe(200);
    await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    expect(
      await page.evaluate(() => (window as unknown as Record<string, boolean>).sameDocument),
    ).toBeUndefined();
  });
});
