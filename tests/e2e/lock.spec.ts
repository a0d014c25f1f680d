// Log in with fingerprint or face, Auto login, and the company's Auto logout and Disable autologin: what a person
// sees, what the device keeps while the app is locked, and what the sign-in service is asked. Fingerprint and face
// are real WebAuthn, through Chromium's virtual authenticator; a relaunch is the same page opening the app again
// (the authenticator belongs to the page).
import { expect, test, type Page } from '@playwright/test';
import {
  APP,
  PROVIDER,
  anyStartPageHeading,
  enterPassword,
  logIn,
  logOut,
  openTaskMenu,
  signInHeading,
  startPageHeading,
} from '../support/app.ts';
import { addAuthenticator } from '../support/authenticator.ts';
import { forgetAppSession, readableStorage, vaultRecord } from '../support/device-storage.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

// Every request is the page's own: no service worker in between.
test.use({ serviceWorkers: 'block' });

const question = (page: Page) =>
  page.getByRole('heading', { level: 1, name: 'Log in with fingerprint or face next time?' });
const lockHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Mobile CRM is locked' });
const unlockButton = (page: Page) => page.getByRole('button', { name: 'Log in with fingerprint or face' });
const failedFingerprint = (page: Page) => page.getByTestId('problem-fingerprint-failed');

/** Signs in and answers Yes; ends on the start page with fingerprint or face on. */
async function signInWithFingerprint(page: Page, email = 'anna@example.com') {
  await logIn(page, email);
  await expect(question(page)).toBeVisible();
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(startPageHeading(page)).toBeVisible();
}

/** The app is closed and opened again. */
const relaunch = (page: Page) => page.goto(`${APP}/`);

/** Paths asked of the sign-in service from now on (its OpenID Connect side, not the tenant APIs it also plays). */
function signInServiceRequests(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === PROVIDER && !/^\/(api\/state|[^/]+\/api)\//.test(url.pathname))
      asked.push(url.pathname);
  });
  return asked;
}

/** Every h1 the page showed, frame by frame, from its first byte: what a person could have glimpsed. */
async function recordHeadings(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __headings: string[] }).__headings = []);
    new MutationObserver(() => {
      for (const h1 of document.querySelectorAll('h1')) if (h1.textContent) seen.push(h1.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { __headings: string[] }).__headings);
}

/** Headless Chromium keeps every page visible: the page is told it went to the background, as a phone tells it. */
const setVisibility = (page: Page, state: 'hidden' | 'visible') =>
  page.evaluate((state) => {
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
    document.dispatchEvent(new Event('visibilitychange'));
  }, state);

/** The company's policies, as the tenant's preference agent answers them after a sign-in. */
const policyAnswer = (page: Page) =>
  page.waitForResponse(
    (response) => response.url().endsWith('/Agents/Preference/GetPreferences') && response.status() === 200,
  );

const authorizeRequest = (page: Page) =>
  page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));

async function openSettings(page: Page) {
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Settings' }).click();
  return page.getByRole('dialog', { name: 'Settings' });
}

test('Yes to fingerprint or face: a relaunch shows the lock with the company, and the fingerprint opens the start page without the sign-in service', async ({
  page,
}) => {
  await addAuthenticator(page);
  await signInWithFingerprint(page);
  const headings = await recordHeadings(page);
  await relaunch(page);
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByTestId('locked-account')).toHaveText(/Nordic Sales AS · anna@example\.com/);
  // Nothing of Anna's start page showed before the lock: not the relaunch snapshot, not the app.
  expect((await headings()).filter((text) => text.startsWith('Hello'))).toEqual([]);

  const asked = signInServiceRequests(page);
  const principal = page.waitForResponse(
    (response) => response.url().endsWith('/currentPrincipal') && response.status() === 200,
  );
  await unlockButton(page).click();
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  await expect(page).toHaveURL(`${APP}/start`);
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust10001');
  // The session opened with its own tokens: fetched with them, and no password, login page or redirect.
  await principal;
  expect(asked).toEqual([]);
});

test('a check cancelled by leaving the app says so, and Try again opens it', async ({ page }) => {
  const authenticator = await addAuthenticator(page);
  await signInWithFingerprint(page);
  await relaunch(page);
  // No finger on the sensor yet: the check waits, and the person switches to another app meanwhile.
  await authenticator.respond(false);
  await unlockButton(page).click();
  await expect(page.getByRole('status')).toHaveText('Waiting for your fingerprint or face…');
  await setVisibility(page, 'hidden');
  await expect(
    failedFingerprint(page).getByRole('heading', { name: 'Fingerprint or face not recognised' }),
  ).toBeVisible();
  await expect(anyStartPageHeading(page)).toHaveCount(0);
  await setVisibility(page, 'visible');
  await authenticator.respond(true);
  await failedFingerprint(page).getByRole('button', { name: 'Try again' }).click();
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
});

test('a fingerprint that is not recognised says so: Try again asks again, and Log in with password works, also with the passkey gone', async ({
  page,
}) => {
  const authenticator = await addAuthenticator(page);
  await signInWithFingerprint(page);
  await page.addInitScript(() => {
    const get = navigator.credentials.get.bind(navigator.credentials);
    const counted = window as unknown as { __checks: number };
    counted.__checks = 0;
    navigator.credentials.get = (options) => ((counted.__checks += 1), get(options));
  });
  const checks = () => page.evaluate(() => (window as unknown as { __checks: number }).__checks);
  await relaunch(page);
  await authenticator.fail();
  await unlockButton(page).click();
  await expect(failedFingerprint(page)).toBeVisible();
  expect(await checks()).toBe(1);
  await failedFingerprint(page).getByRole('button', { name: 'Try again' }).click();
  await expect.poll(checks).toBe(2);
  await expect(failedFingerprint(page)).toBeVisible();

  const authorize = authorizeRequest(page);
  await failedFingerprint(page).getByRole('button', { name: 'Log in with password' }).click();
  const params = new URL((await authorize).url()).searchParams;
  expect(params.get('prompt')).toBe('login');
  expect(params.get('login_hint')).toBe('anna@example.com');
  expect(params.get('acr_values')).toBe('tenant:Cust10001');
  await enterPassword(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');

  // The passkey is gone (deleted, or a new phone): the password still opens the app, and the setting stays.
  await relaunch(page);
  await authenticator.forgetPasskeys();
  expect(await authenticator.passkeys()).toBe(0);
  await unlockButton(page).click();
  await failedFingerprint(page).getByRole('button', { name: 'Log in with password' }).click();
  await enterPassword(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  // The new session is locked too: the next launch shows the lock, and nothing of Anna's is readable meanwhile.
  await relaunch(page);
  await expect(lockHeading(page)).toBeVisible();
  expect(await readableStorage(page)).not.toContain('Anna Larsen');
});

test('behind the lock, no way round it: every address of the app shows the lock, and Log in asks for the password', async ({
  page,
}) => {
  await addAuthenticator(page);
  await signInWithFingerprint(page);
  // The app's other addresses open behind the lock too.
  for (const path of ['/callback', '/signed-out', '/choose-tenant', '/start']) {
    await page.goto(`${APP}${path}`);
    await expect(lockHeading(page), path).toBeVisible();
    await expect(anyStartPageHeading(page)).toHaveCount(0);
  }
  // Reset login stays reachable, and its Cancel leads back to the lock.
  await page.goto(`${APP}/reset-login`);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(lockHeading(page)).toBeVisible();
  // Without its tokens (gone from the device), the app shows the sign-in screen; the sign-in service still knows
  // Anna, but with the lock on its Log in asks for the password rather than coming back through that session.
  await forgetAppSession(page);
  await relaunch(page);
  await expect(signInHeading(page)).toBeVisible();
  const authorize = authorizeRequest(page);
  await page.getByRole('button', { name: 'Log in' }).click();
  expect(new URL((await authorize).url()).searchParams.get('prompt')).toBe('login');
  await expect(page.getByLabel('Password')).toBeVisible();
});

test('Cancel at the sign-in service, after Log in with password from the lock, leads back to the lock', async ({
  page,
}) => {
  const authenticator = await addAuthenticator(page);
  await signInWithFingerprint(page);
  await relaunch(page);
  await authenticator.fail();
  await unlockButton(page).click();
  await failedFingerprint(page).getByRole('button', { name: 'Log in with password' }).click();
  await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expect(signInHeading(page)).toHaveCount(0);
  await expect(anyStartPageHeading(page)).toHaveCount(0);
});

test('while locked, no token, id_token claim, name or start page can be read anywhere on the device', async ({
  page,
}) => {
  await addAuthenticator(page);
  const tokenAnswer = page.waitForResponse(`${PROVIDER}/token`);
  await logIn(page, 'anna@example.com');
  const tokens = (await (await tokenAnswer).json()) as Record<string, string>;
  const claims = JSON.parse(Buffer.from(tokens.id_token!.split('.')[1]!, 'base64url').toString()) as Record<
    string,
    string
  >;
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(startPageHeading(page)).toBeVisible();
  const secrets = [
    tokens.access_token!,
    tokens.id_token!,
    'access_token',
    'refresh_token',
    'id_token',
    claims.name!,
    claims['http://schemes.superoffice.net/identity/serial']!,
    'Hello, Anna Larsen',
    'principal',
    'fetchedAt',
  ];
  // Without the lock the scan finds every one of them: it looks where they are kept.
  await expect
    .poll(async () => {
      const readable = await readableStorage(page);
      return secrets.filter((secret) => !readable.includes(secret));
    })
    .toEqual([]);

  // Settings turns it on later, as the question said.
  const settings = await openSettings(page);
  await settings.getByRole('switch', { name: 'Log in with fingerprint or face' }).click();
  await expect(settings.getByRole('switch', { name: 'Log in with fingerprint or face' })).toBeChecked();
  await expect(settings.getByRole('switch', { name: 'Auto login' })).not.toBeChecked();
  await expect(settings.getByText('Off while you log in with fingerprint or face.')).toBeVisible();

  await relaunch(page);
  await expect(lockHeading(page)).toBeVisible();
  const locked = await readableStorage(page);
  expect(secrets.filter((secret) => locked.includes(secret))).toEqual([]);
  expect(locked).not.toContain('mobile-crm-start-page');
  // What stays readable is what the password route needs: the email and the company.
  expect(locked).toContain('anna@example.com');
  expect(locked).toContain('Nordic Sales AS');
  await unlockButton(page).click();
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
});

test('a device whose fingerprint or face has no PRF is told so, is not asked again, and opens as before', async ({
  page,
}) => {
  await addAuthenticator(page, { prf: false });
  await logIn(page, 'anna@example.com');
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This device’s fingerprint or face cannot encrypt what the app keeps, so Mobile CRM does not use it here. You log in with your password as before.',
  );
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(startPageHeading(page)).toBeVisible();
  expect(await vaultRecord(page)).toBeUndefined();

  // No screen in front of readable data: the app opens as it did, and offers no fingerprint option.
  await relaunch(page);
  await expect(startPageHeading(page)).toBeVisible();
  await expect(lockHeading(page)).toHaveCount(0);
  const settings = await openSettings(page);
  await expect(settings.getByRole('switch', { name: 'Auto login' })).toBeChecked();
  await expect(settings.getByRole('switch', { name: 'Log in with fingerprint or face' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await logOut(page);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await expect(question(page)).toHaveCount(0);
});

test('Log out keeps fingerprint or face; Reset login removes it and its passkey reference', async ({
  page,
}) => {
  await addAuthenticator(page);
  await signInWithFingerprint(page);
  expect(await vaultRecord(page)).toMatchObject({ credentialId: expect.any(String) });

  await logOut(page);
  await page.getByRole('button', { name: 'Log in' }).click();
  await enterPassword(page, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  await expect(question(page)).toHaveCount(0);
  await relaunch(page);
  await expect(lockHeading(page)).toBeVisible();

  // Reset login from the lock's Task menu: another account is always reachable.
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await page.getByLabel('Email address').fill('anna@example.com');
  await page.getByRole('button', { name: 'Continue' }).click();
  await enterPassword(page, 'anna@example.com');
  // Asked again: the setting went with the reset, and so did the record naming its passkey.
  await expect(question(page)).toBeVisible();
  expect(await vaultRecord(page)).toBeUndefined();
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(startPageHeading(page)).toBeVisible();
  await relaunch(page);
  await expect(startPageHeading(page)).toBeVisible();
  await expect(lockHeading(page)).toHaveCount(0);
});

test.describe('the company’s Autologout time (Bergen Marine: 5 minutes)', () => {
  test('back from the background within it, nothing changes; after it, the app is locked', async ({
    page,
  }) => {
    await page.clock.install();
    await addAuthenticator(page);
    const policy = policyAnswer(page);
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20002"]').click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Bjørn Haugland');
    expect(await (await policy).json()).toContainEqual(expect.objectContaining({ RawValue: '5' }));

    await setVisibility(page, 'hidden');
    await page.clock.fastForward('04:00');
    await setVisibility(page, 'visible');
    await expect(startPageHeading(page)).toBeVisible();

    await setVisibility(page, 'hidden');
    await page.clock.fastForward('05:01');
    await setVisibility(page, 'visible');
    await expect(lockHeading(page)).toBeVisible();
    await expect(page.getByText('Mobile CRM locked itself after 5 minutes in the background.')).toBeVisible();
    await expect(anyStartPageHeading(page)).toHaveCount(0);
    await unlockButton(page).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Bjørn Haugland');
  });

  test('without fingerprint or face, a launch after it logs out: email and company stay, the password is asked', async ({
    page,
  }) => {
    await page.clock.install();
    const headings = await recordHeadings(page);
    const policy = policyAnswer(page);
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20002"]').click();
    await expect(startPageHeading(page)).toBeVisible();
    await policy;
    // Closed (the page is hidden as it goes), and opened again six minutes later.
    await page.goto('about:blank');
    await page.clock.fastForward('06:00');
    await page.goto(`${APP}/`);
    await expect(page.getByTestId('auto-sign-out-notice')).toHaveText(
      'You were logged out after 5 minutes in the background. Log in to continue.',
    );
    await expect(page.getByTestId('remembered-login')).toHaveText(/Bergen Marine · bjorn@example\.com/);
    expect((await headings()).filter((text) => text.startsWith('Hello'))).toEqual([]);
    const authorize = authorizeRequest(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(new URL((await authorize).url()).searchParams.get('prompt')).toBe('login');
  });
});

test('a company that disables auto login: every launch asks for the password, and Settings says who decided', async ({
  page,
}) => {
  const policy = policyAnswer(page);
  await logIn(page, 'bjorn@example.com');
  await page.locator('[data-tenant="Cust20003"]').click();
  await expect(startPageHeading(page)).toBeVisible();
  await policy;
  const settings = await openSettings(page);
  await expect(settings.getByRole('switch', { name: 'Auto login' })).not.toBeChecked();
  await expect(settings.getByRole('switch', { name: 'Auto login' })).toBeDisabled();
  await expect(settings.getByText('Off: set by your company.')).toBeVisible();
  await page.keyboard.press('Escape');

  for (const launch of ['first', 'second']) {
    await relaunch(page);
    await expect(signInHeading(page), `${launch} relaunch`).toBeVisible();
    await expect(page.getByTestId('auto-sign-out-notice')).toHaveText(
      'Your company has turned off auto login, so Mobile CRM asks for your password each time it opens.',
    );
    await expect(page.getByTestId('remembered-login')).toHaveText(/Oslo Retail · bjorn@example\.com/);
    await expect(anyStartPageHeading(page)).toHaveCount(0);
    const authorize = authorizeRequest(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    const params = new URL((await authorize).url()).searchParams;
    expect([params.get('prompt'), params.get('acr_values')]).toEqual(['login', 'tenant:Cust20003']);
    await enterPassword(page, 'bjorn@example.com');
    await expect(startPageHeading(page)).toBeVisible();
  }
  // Nothing was kept for a relaunch to paint before asking.
  expect(await page.evaluate(() => localStorage.getItem('mobile-crm-start-page'))).toBeNull();
});

test('at 320 px nothing of the lock’s screens or Settings’ login part scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await addAuthenticator(page);
  const policy = policyAnswer(page);
  await logIn(page, 'bjorn@example.com');
  await page.locator('[data-tenant="Cust20002"]').click();
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  await expect(question(page)).toBeVisible();
  expect(await sideways()).toBe(0);
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(startPageHeading(page)).toBeVisible();
  await policy;
  // The longest texts: a label that must wrap, and the company's Auto logout as a choice.
  await openSettings(page);
  const part = page.getByTestId('login-settings');
  await expect(part.getByRole('option', { name: /set by your company/ })).toHaveCount(1);
  const beyondTheScreen = await part.evaluate((element) =>
    Math.max(
      ...[element, ...element.querySelectorAll('*')].map((e) => e.getBoundingClientRect().right - innerWidth),
    ),
  );
  expect(beyondTheScreen).toBeLessThanOrEqual(0);
  await page.keyboard.press('Escape');
  await relaunch(page);
  await expect(lockHeading(page)).toBeVisible();
  expect(await sideways()).toBe(0);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('an offline relaunch still shows the lock, and the fingerprint opens the start page as last fetched', async ({
    page,
    context,
  }) => {
    await addAuthenticator(page);
    await signInWithFingerprint(page);
    await waitForServiceWorker(page);
    // Online once more: the lock's code is kept by the service worker as it is used.
    await relaunch(page);
    await unlockButton(page).click();
    await expect(startPageHeading(page)).toBeVisible();

    await context.setOffline(true);
    await relaunch(page);
    await expect(lockHeading(page)).toBeVisible();
    await unlockButton(page).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
  });

  test('offline before the service worker has kept the lock’s code: the lock says so, and Try again loads it once back online', async ({
    page,
    context,
  }) => {
    await addAuthenticator(page);
    await signInWithFingerprint(page);
    await waitForServiceWorker(page);
    // As on the first launch after an update: the lock's code is not among what the service worker keeps yet,
    // nor in the browser's HTTP cache.
    await page.evaluate(() => caches.delete('mobile-crm-on-demand'));
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await context.setOffline(true);
    await relaunch(page);
    const unavailable = page.getByTestId('problem-fingerprint-unavailable');
    await expect(unavailable).toBeVisible();
    await expect(unavailable.getByRole('button', { name: 'Log in with password' })).toBeVisible();
    await context.setOffline(false);
    await unavailable.getByRole('button', { name: 'Try again' }).click();
    await unlockButton(page).click();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });

  test('an offline relaunch still enforces the company’s Disable autologin', async ({ page, context }) => {
    const policy = policyAnswer(page);
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20003"]').click();
    await expect(startPageHeading(page)).toBeVisible();
    await policy;
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await relaunch(page);
    await expect(page.getByTestId('auto-sign-out-notice')).toContainText(
      'Your company has turned off auto login',
    );
    await expect(anyStartPageHeading(page)).toHaveCount(0);
  });
});

test('the lock and the question speak each of the six languages', async ({ page }) => {
  await addAuthenticator(page);
  await signInWithFingerprint(page);
  const titles = {
    en: 'Mobile CRM is locked',
    nb: 'Mobile CRM er låst',
    sv: 'Mobile CRM är låst',
    da: 'Mobile CRM er låst',
    de: 'Mobile CRM ist gesperrt',
    nl: 'Mobile CRM is vergrendeld',
  };
  for (const [lang, title] of Object.entries(titles)) {
    await page.evaluate((lang) => localStorage.setItem('mobile-crm-language', lang), lang);
    await relaunch(page);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
});
