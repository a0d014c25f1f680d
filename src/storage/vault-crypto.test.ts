import {
  createVaultKeys,
  fromBase64Url,
  openVaultKeys,
  seal,
  toBase64Url,
  unlockKeyFromPrf,
  unseal,
} from './vault-crypto.ts';

/** A PRF output as an authenticator gives one: 32 bytes, the same each time for the same passkey and salt. */
const prf = (byte: number) => new Uint8Array(32).fill(byte);

const session = JSON.stringify({
  access_token: 'eyJhbGciOi.access.token',
  refresh_token: 'refresh-token-value',
  profile: { name: 'Anna Larsen', email: 'anna@example.com' },
});

describe('the unlock key, from the passkey’s PRF output', () => {
  test('is the same for the same output, so the vault opens again on the next launch', async () => {
    const { keys } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const reopened = await openVaultKeys(keys, await unlockKeyFromPrf(prf(1)));
    expect(reopened.type).toBe('private');
  });

  test('from another passkey’s output does not open the vault', async () => {
    const { keys } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    await expect(openVaultKeys(keys, await unlockKeyFromPrf(prf(2)))).rejects.toThrow();
  });

  test('and the vault’s private key never leave WebCrypto', async () => {
    const unlockKey = await unlockKeyFromPrf(prf(1));
    const { privateKey } = await createVaultKeys(unlockKey);
    expect([unlockKey.extractable, privateKey.extractable]).toEqual([false, false]);
    await expect(crypto.subtle.exportKey('pkcs8', privateKey)).rejects.toThrow();
  });

  test('wraps a private key that is not kept in clear', async () => {
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    expect(keys.wrappedPrivateKey.data).not.toMatch(/^MIG/); // a PKCS#8 EC key in base64 starts so
    expect(keys.publicKey).toMatchObject({ kty: 'EC', crv: 'P-256' });
    expect(keys.publicKey).not.toHaveProperty('d');
    expect(privateKey.usages).toEqual(['deriveBits']);
  });
});

describe('a sealed record', () => {
  test('opens with the vault’s private key and gives back the text', async () => {
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const record = await seal(session, keys.publicKey, 'auth-user/user:x');
    expect(await unseal(record, privateKey, 'auth-user/user:x')).toBe(session);
  });

  test('is sealed with the public key alone (a password sign-in locks a new session without the passkey)', async () => {
    const { keys } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const record = await seal(session, structuredClone(keys.publicKey), 'auth-user/user:x');
    const reopened = await openVaultKeys(keys, await unlockKeyFromPrf(prf(1)));
    expect(await unseal(record, reopened, 'auth-user/user:x')).toBe(session);
  });

  test('shows nothing of the text, and differs every time', async () => {
    const { keys } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const [first, second] = await Promise.all([
      seal(session, keys.publicKey, 'c'),
      seal(session, keys.publicKey, 'c'),
    ]);
    const stored = JSON.stringify(first);
    for (const secret of ['access', 'refresh', 'Anna', 'anna@example.com'])
      expect(stored).not.toContain(secret);
    expect(atob(first.data.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('Anna');
    expect(first.data).not.toBe(second.data);
    expect(first.epk).not.toEqual(second.epk);
  });

  test.each([
    ['another vault’s private key', 'right', 2],
    ['another place (context)', 'elsewhere', 1],
  ])('does not open with %s', async (_, context, vault) => {
    const { keys } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const other = await createVaultKeys(await unlockKeyFromPrf(prf(2)));
    const record = await seal(session, keys.publicKey, 'right');
    const key = vault === 1 ? await openVaultKeys(keys, await unlockKeyFromPrf(prf(1))) : other.privateKey;
    await expect(unseal(record, key, context)).rejects.toThrow();
  });

  test('does not open once changed', async () => {
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const record = await seal(session, keys.publicKey, 'c');
    const bytes = fromBase64Url(record.data);
    bytes[0] = bytes[0]! ^ 1;
    await expect(unseal({ ...record, data: toBase64Url(bytes) }, privateKey, 'c')).rejects.toThrow();
  });

  test('holds a consultant’s large session (a 26 KB id_token)', async () => {
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf(1)));
    const large = JSON.stringify({ id_token: 'x'.repeat(200_000) });
    expect(await unseal(await seal(large, keys.publicKey, 'c'), privateKey, 'c')).toBe(large);
  });
});

test('base64url carries every byte value', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  expect(toBase64Url(all)).not.toMatch(/[+/=]/);
  expect([...fromBase64Url(toBase64Url(all))]).toEqual([...all]);
});
