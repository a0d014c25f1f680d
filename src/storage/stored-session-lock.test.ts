// Whether a session is stored, as the problem screen's Task menu asks it (Log out with one, Reset login without),
// with fingerprint or face on: the session is sealed, readable only once the lock is open.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { loadConfig } from '../../build/config.ts';
import { createVaultKeys, openVaultKeys, unlockKeyFromPrf } from './vault-crypto.ts';

const { identity } = loadConfig({});
const prf = new Uint8Array(32).fill(7);
const session = JSON.stringify({ access_token: 'a', refresh_token: 'r', profile: { sub: 'anna' } });

/** The modules as a page finds them at launch, over the same databases. */
async function launch() {
  vi.resetModules();
  const [vault, stored] = await Promise.all([import('./vault.ts'), import('./stored-session.ts')]);
  await vault.loadVault();
  return { ...vault, ...stored };
}

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

test.each([
  ['without the lock', 'off', true],
  ['behind the lock', 'locked', false],
  ['with the lock open', 'open', true],
] as const)('a kept session %s (vault %s) counts as stored: %s', async (_, state, stored) => {
  const page = await launch();
  await page.sealedStore('auth-user').set(page.storedSessionKey(identity), session);
  if (state !== 'off') {
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf));
    await page.turnVaultOn({ credentialId: 'cred-1', keys }, privateKey);
  }
  const relaunch = await launch();
  if (state === 'open') {
    const { keys } = relaunch.currentVault()!;
    relaunch.openVault(await openVaultKeys(keys, await unlockKeyFromPrf(prf)));
  }
  expect(relaunch.vaultState()).toBe(state);
  expect(await relaunch.hasStoredSession(identity)).toBe(stored);
});
