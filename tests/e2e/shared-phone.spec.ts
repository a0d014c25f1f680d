// A shared phone: after Log out or Reset login nothing of the last person opens without their password, whatever
// the next person edits in an address, and their tokens are neither left in the browser's history nor usable.
import { expect, test, type Page } from '@playwright/test';
import {
  APP,
  PROVIDER,
  anyStartPageHeading,
  enterPassword,
  logIn,
  openTaskMenu,
  signInHeading,
  startPageHeading,
} from '../support/app.ts';
import { storedUser } from '../support/device-storage.ts';

async function logOutWithServiceDown(page: Page) {
  await page.route(`${PROVIDER}/**`, (route) => route.abort('connectionrefused'));
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByTestId('logout-pending-notice')).toBeVisible();
  await page.unroute(`${PROVIDER}/**`);
}

/** Whether the app still holds that the sign-in service may keep the last person's session (IndexedDB). */
const logoutPending = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('mobile-crm-app');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('records')
            .objectStore('records')
            .get('provider-logout-pending');
          get.onsuccess = () => resolve(get.result !== undefined);
          get.onerror = () => reject(get.error);
        };
      }),
  );

/** Edits every authorization address the app sends, as a person could in the address bar, keeping its state. */
async function dropPasswordDemand(page: Page) {
  await page.route(`${PROVIDER}/auth?*`, (route) => {
    const url = new URL(route.request().url());
    if (!url.searchParams.has('prompt') && !url.searchParams.has('max_age')) return route.continue();
    for (const name of ['prompt', 'max_age', 'login_hint']) url.searchParams.delete(name);
    return route.fulfill({ status: 302, headers: { location: url.href } });
  });
}

test.describe('the password after a log out that could not reach the sign-in service', () => {
  for (const via of ['Log in', 'Reset login'] as const) {
    test(`${via} without prompt=login in its address opens nobody's start page, and the next Log in asks for the password`, async ({
      page,
    }) => {
      await logIn(page, 'anna@example.com');
      await expect(startPageHeading(page)).toBeVisible();
      await logOutWithServiceDown(page);
      expect(await logoutPending(page)).toBe(true);

      await dropPasswordDemand(page);
      const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
      if (via === 'Log in') {
        await page.getByRole('button', { name: 'Log in' }).click();
      } else {
        await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
        await page.getByLabel('Email address').fill('bjorn@example.com');
        await page.getByRole('button', { name: 'Continue' }).click();
      }
      const asked = new URL((await authorize).url()).searchParams;

      // The sign-in service still holds anna's session and waves the edited request through; the app refuses it.
      const screen = page.getByTestId('problem-password-not-asked');
      await expect(screen.getByRole('heading', { name: 'Log in with your password' })).toBeVisible();
      await expect(anyStartPageHeading(page)).toHaveCount(0);
      expect(await storedUser(page)).toBeNull();
      expect(await logoutPending(page)).toBe(true);
      // What the app had asked for before the edit: the password, and proof of it in the id_token (auth_time).
      expect(asked.get('prompt')).toBe('login');
      expect(asked.get('max_age')).toBe('0');

      // The way forward asks for the password, and only that lifts the flag.
      await page.unroute(`${PROVIDER}/auth?*`);
      const again = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
      await screen.getByRole('button', { name: 'Log in' }).click();
      expect(new URL((await again).url()).searchParams.get('prompt')).toBe('login');
      await enterPassword(page, 'anna@example.com');
      await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
      expect(await logoutPending(page)).toBe(false);
    });
  }
});

test('Log out puts the id_token in no address: it is posted in a form, and the provider session ends', async ({
  page,
  context,
}) => {
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toBeVisible();
  const idToken = (await storedUser(page))!.id_token!;
  const claims = idToken.split('.')[1]!;
  const addresses: string[] = [];
  context.on('request', (request) => addresses.push(request.url()));
  page.on('framenavigated', (frame) => addresses.push(frame.url()));

  const endSession = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/session/end`));
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  const request = await endSession;
  await expect(signInHeading(page)).toBeVisible();

  expect(request.method()).toBe('POST');
  expect(new URLSearchParams(request.postData() ?? '').get('id_token_hint')).toBe(idToken);
  expect(addresses.length).toBeGreaterThan(2);
  expect(addresses.filter((url) => url.includes(claims) || url.includes('id_token_hint'))).toEqual([]);

  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByLabel('Password')).toBeVisible();
});

/** The app's DPoP key pair, copied (as the key objects it is: unexportable) to a database of the test's own. */
async function keepDpopKey(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const oidc = indexedDB.open('oidc');
        oidc.onerror = () => reject(oidc.error);
        oidc.onsuccess = () => {
          const get = oidc.result.transaction('dpop').objectStore('dpop').get('mobile-crm');
          get.onsuccess = () => {
            const kept = indexedDB.open('e2e-kept-dpop-key');
            kept.onupgradeneeded = () => kept.result.createObjectStore('keys');
            kept.onsuccess = () => {
              const tx = kept.result.transaction('keys', 'readwrite');
              tx.objectStore('keys').put((get.result as { keys: CryptoKeyPair }).keys, 'old');
              tx.oncomplete = () => resolve();
            };
          };
        };
      }),
  );
}

/** Spends a refresh token at the token endpoint as its owner would: with a DPoP proof signed by the kept key. */
async function refreshWithKeptKey(page: Page, refreshToken: string) {
  return page.evaluate(
    async ({ token, tokenUrl }) => {
      const keys = await new Promise<CryptoKeyPair>((resolve, reject) => {
        const open = indexedDB.open('e2e-kept-dpop-key');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('keys').objectStore('keys').get('old');
          get.onsuccess = () => resolve(get.result as CryptoKeyPair);
        };
      });
      const base64url = (bytes: Uint8Array) =>
        btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, '-')
          .replace(/\//g, '_')
          .replace(/=+$/, '');
      const part = (value: object) => base64url(new TextEncoder().encode(JSON.stringify(value)));
      const { kty, crv, x, y } = await crypto.subtle.exportKey('jwk', keys.publicKey);
      const input = `${part({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty, crv, x, y } })}.${part({
        jti: crypto.randomUUID(),
        htm: 'POST',
        htu: tokenUrl,
        iat: Math.floor(Date.now() / 1000),
      })}`;
      const signature = await crypto.subtle.sign(
        { name: 'ECDSA', hash: 'SHA-256' },
        keys.privateKey,
        new TextEncoder().encode(input),
      );
      const response = await fetch(tokenUrl, {
        method: 'POST',
        headers: { DPoP: `${input}.${base64url(new Uint8Array(signature))}` },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: token,
          client_id: 'mobile-crm',
        }),
      });
      return { status: response.status, error: ((await response.json()) as { error?: string }).error };
    },
    { token: refreshToken, tokenUrl: `${PROVIDER}/token` },
  );
}

test.describe("the old person's refresh token dies at the sign-in service", () => {
  test("Reset login revokes carla's refresh token before anyone signs in again", async ({ page }) => {
    await logIn(page, 'carla@example.com');
    const problem = page.getByTestId('problem-tenant-not-running');
    await expect(problem).toBeVisible();
    const old = (await storedUser(page))!.refresh_token!;
    await keepDpopKey(page);

    await problem.getByRole('button', { name: 'Reset login' }).click();
    await page.getByLabel('Email address').fill('anna@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByLabel('Password')).toBeVisible();
    // Nobody has signed in at the service yet (that would end carla's session there); the app revoked her token,
    // and even with the very key it is bound to, the service no longer honours it.
    const probe = await page.context().newPage();
    await probe.goto(`${APP}/mobile`);
    expect(await refreshWithKeptKey(probe, old)).toEqual({ status: 400, error: 'invalid_grant' });

    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });

  test("dag's sign-in without a company revokes the refresh token it was given", async ({ page }) => {
    await page.goto(`${APP}/`);
    const tokens = page.waitForResponse(
      (response) => response.url() === `${PROVIDER}/token` && response.status() === 200,
    );
    await page.getByRole('button', { name: 'Log in' }).click();
    // No login_hint: the service's email step comes first.
    await expect(page.getByLabel('Email', { exact: true })).toBeVisible();
    // The key was made before leaving for the sign-in service; a second tab of the app can read it meanwhile.
    const probe = await page.context().newPage();
    await probe.goto(`${APP}/mobile`);
    await keepDpopKey(probe);
    await enterPassword(page, 'dag@example.com');
    const given = ((await (await tokens).json()) as { refresh_token: string }).refresh_token;
    await expect(page.getByTestId('problem-no-tenant')).toBeVisible();

    expect(await refreshWithKeptKey(probe, given)).toEqual({ status: 400, error: 'invalid_grant' });
  });
});
