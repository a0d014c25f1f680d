import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { createVaultKeys, openVaultKeys, unlockKeyFromPrf, type VaultKeys } from './vault-crypto.ts';

const session = '{"access_token":"tok-123","profile":{"name":"Anna Larsen"}}';
const startPage = { principal: { fullName: 'Anna Larsen' }, tenant: { id: 'Cust10001' } };
const prf = new Uint8Array(32).fill(9);

/** The modules as a new page (a relaunch, another tab) finds them, over the same databases. */
async function newPage() {
  vi.resetModules();
  const [vault, store] = await Promise.all([import('./vault.ts'), import('./key-value-store.ts')]);
  await vault.loadVault();
  return { ...vault, raw: store.keyValueStore };
}

/** Everything the device keeps in the sealed stores, as text: what someone reading the disk would see. */
async function onDisk(page: Awaited<ReturnType<typeof newPage>>): Promise<string> {
  const all = await Promise.all(['auth-user', 'cache'].map((name) => page.raw(name).entries()));
  return JSON.stringify(all);
}

async function turnedOn(page: Awaited<ReturnType<typeof newPage>>): Promise<VaultKeys> {
  const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf));
  await page.turnVaultOn({ credentialId: 'cred-1', keys }, privateKey);
  return keys;
}

const unlock = async (page: Awaited<ReturnType<typeof newPage>>, keys: VaultKeys) =>
  page.openVault(await openVaultKeys(keys, await unlockKeyFromPrf(prf)));

beforeEach(async () => {
  vi.stubGlobal('indexedDB', new IDBFactory());
});

test('without the lock, values are kept as they are', async () => {
  const page = await newPage();
  await page.sealedStore('auth-user').set('user:x', session);
  expect(page.vaultState()).toBe('off');
  expect(await page.raw('auth-user').get('user:x')).toBe(session);
  expect(await page.sealedStore('auth-user').get('user:x')).toBe(session);
});

test('turning the lock on seals what is kept, and a relaunch reads nothing until it unlocks', async () => {
  const page = await newPage();
  await page.sealedStore('auth-user').set('user:x', session);
  await page.sealedStore('cache').set('start:anna@example.com:Cust10001', startPage);
  const keys = await turnedOn(page);
  expect(page.vaultState()).toBe('open');
  expect(await page.sealedStore('cache').get('start:anna@example.com:Cust10001')).toEqual(startPage);
  const disk = await onDisk(page);
  for (const secret of ['tok-123', 'Anna Larsen', 'principal']) expect(disk).not.toContain(secret);

  const relaunch = await newPage();
  expect(relaunch.vaultState()).toBe('locked');
  expect(await relaunch.sealedStore('auth-user').get('user:x')).toBeUndefined();
  expect(await relaunch.sealedStore('cache').entries()).toEqual([]);
  await unlock(relaunch, keys);
  expect(relaunch.vaultState()).toBe('open');
  expect(await relaunch.sealedStore('auth-user').get('user:x')).toBe(session);
});

test('locking forgets the key and what it opened', async () => {
  const page = await newPage();
  await turnedOn(page);
  await page.sealedStore('auth-user').set('user:x', session);
  page.lockVault();
  expect(page.vaultState()).toBe('locked');
  expect(await page.sealedStore('auth-user').get('user:x')).toBeUndefined();
});

test('while locked, a new session is sealed and this page alone reads it back', async () => {
  const keys = await turnedOn(await newPage());
  const page = await newPage();
  await page.sealedStore('auth-user').set('user:x', session);
  expect(await page.sealedStore('auth-user').get('user:x')).toBe(session);
  expect(await onDisk(page)).not.toContain('tok-123');
  const other = await newPage();
  expect(await other.sealedStore('auth-user').get('user:x')).toBeUndefined();
  await unlock(other, keys);
  expect(await other.sealedStore('auth-user').get('user:x')).toBe(session);
});

test('a value another page has replaced since is not read from memory', async () => {
  await turnedOn(await newPage());
  const page = await newPage();
  await page.sealedStore('auth-user').set('user:x', session);
  const other = await newPage();
  await other.sealedStore('auth-user').set('user:x', '{"access_token":"newer"}');
  expect(await page.sealedStore('auth-user').get('user:x')).toBeUndefined();
});

test('turning the lock off keeps readable values plain and drops the ones it cannot open', async () => {
  await turnedOn(await newPage());
  const page = await newPage();
  await page.raw('cache').set('start:old', { stale: true });
  await (await newPage()).sealedStore('cache').set('start:other-page', startPage);
  await page.sealedStore('auth-user').set('user:x', session);
  const removed = await page.turnVaultOff();
  expect(removed?.credentialId).toBe('cred-1');
  expect(page.vaultState()).toBe('off');
  expect(await page.raw('auth-user').get('user:x')).toBe(session);
  expect(await page.raw('cache').keys()).toEqual(['start:old']);
  expect((await newPage()).vaultState()).toBe('off');
});

test.each([
  [{ sealed: 1, epk: { kty: 'EC' }, iv: 'a', data: 'b' }, true],
  [{ sealed: 1, epk: { kty: 'EC' }, iv: 'a' }, false],
  [{ sealed: true, epk: {}, iv: 'a', data: 'b' }, false],
  ['{"access_token":"a"}', false],
  [null, false],
])('a sealed value is told from a plain one: %j → %s', async (value, sealed) => {
  expect((await newPage()).isSealedRecord(value)).toBe(sealed);
});
