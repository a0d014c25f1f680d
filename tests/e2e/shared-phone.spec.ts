// A shared phone: after Reset login nothing of the last person stays usable, not even at the sign-in service.
import { expect, test, type Page } from '@playwright/test';
import { APP, PROVIDER, enterPassword, logIn, startPageHeading, storedUser } from './support.ts';

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
    await expect(page.getByLabel('Password')).toBeVisible();
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
