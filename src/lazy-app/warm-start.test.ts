// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { User } from 'oidc-client-ts';
import { vi } from 'vitest';
import { loadConfig } from '../../build/config.ts';
import type { StartData } from '../session/start-page-cache.ts';
import { signInServiceFor } from '../shared/sign-in-service.ts';

const config = loadConfig({});
/** The local Onsite server, as Connect would have checked and remembered it. */
const onsite = {
  authority: 'http://localhost:4100',
  metadata: {
    issuer: 'http://localhost:4100',
    authorization_endpoint: 'http://localhost:4100/auth',
    token_endpoint: 'http://localhost:4100/token',
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
  },
};
const sc = 'http://schemes.superoffice.net/identity/';
const nordic = { id: 'Cust10001', name: 'Nordic Sales AS' };
const startData: StartData = {
  principal: { fullName: 'Anna Berg', loginName: 'AB' },
  tenant: nordic,
  status: {
    id: 'Cust10001',
    state: 'Running',
    endpoint: 'http://localhost:4000/Cust10001',
    api: 'http://localhost:4000/Cust10001/api',
    // As the status API says: ask again within the hour.
    validUntil: Date.now() + 60 * 60 * 1000,
  },
  fetchedAt: Date.parse('2026-11-29T08:00:00Z'),
};

const now = () => Math.floor(Date.now() / 1000);

/** A fresh set of modules over fresh databases, as a relaunch of the app finds them. */
async function relaunch() {
  vi.resetModules();
  vi.stubGlobal('indexedDB', new IDBFactory());
  const [{ Auth }, remembered, cache, warm] = await Promise.all([
    import('../session/auth.ts'),
    import('../storage/remembered-login-store.ts'),
    import('../session/start-page-cache.ts'),
    import('./warm-start.ts'),
  ]);
  const authAt = (server: unknown) => new Auth(signInServiceFor(config, server), false);
  return { auth: authAt(null), authAt, ...remembered, ...cache, ...warm };
}

type Launch = Awaited<ReturnType<typeof relaunch>>;

/** Stores a session exactly as oidc-client-ts does after a sign-in, bound to `ctx`. */
async function signedIn(
  app: Launch,
  ctx: string,
  tokens: { expiresAt: number; refreshToken?: string },
  auth = app.auth,
) {
  await (
    await auth.userManager()
  ).storeUser(
    new User({
      id_token: 'id',
      access_token: 'access',
      token_type: 'DPoP',
      ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
      expires_at: tokens.expiresAt,
      profile: {
        sub: 'anna',
        iss: auth.identity.issuer,
        aud: auth.identity.clientId,
        exp: tokens.expiresAt,
        iat: now(),
        [`${sc}ctx`]: ctx,
        [`${sc}email`]: 'anna@example.com',
        tenants: [nordic, { ctx: 'Cust10002', company_name: 'Nordic Service AS' }],
      },
    }),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('readWarmStart: what a relaunch can paint before the app has checked the session', () => {
  test('a live session with its company chosen and a cached start page paints that page', async () => {
    const app = await relaunch();
    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    const warm = await app.readWarmStart(config);
    expect(warm.startPage).toEqual({ key: 'start:anna@example.com:Cust10001', data: startData });
    expect(await warm.storageUsable).toBe(true);
  });

  test('an expired session that can be renewed still paints; one that cannot does not', async () => {
    const app = await relaunch();
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    await signedIn(app, 'Cust10001', { expiresAt: now() - 60, refreshToken: 'r' });
    expect((await app.readWarmStart(config)).startPage?.data).toEqual(startData);
    await signedIn(app, 'Cust10001', { expiresAt: now() - 60 });
    expect((await app.readWarmStart(config)).startPage).toBeNull();
  });

  test('a session bound to a company other than the remembered one goes the usual way', async () => {
    const app = await relaunch();
    await signedIn(app, 'Cust10002', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10002'), startData);
    expect((await app.readWarmStart(config)).startPage).toBeNull();
  });

  test('no session, no remembered company, or no usable cache: nothing to paint', async () => {
    const app = await relaunch();
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    expect((await app.readWarmStart(config)).startPage).toBeNull();

    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), { principal: 'Anna' });
    expect((await app.readWarmStart(config)).startPage).toBeNull();

    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    await app.forgetRememberedLogin();
    expect((await app.readWarmStart(config)).startPage).toBeNull();
  });

  test('with fingerprint or face on, the sealed session paints nothing, but counts as kept (the lock asks first)', async () => {
    const app = await relaunch();
    const { turnVaultOn, loadVault } = await import('../storage/vault.ts');
    const { createVaultKeys, unlockKeyFromPrf } = await import('../storage/vault-crypto.ts');
    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(new Uint8Array(32)));
    await turnVaultOn({ credentialId: 'c', keys }, privateKey);

    vi.resetModules();
    const { readWarmStart } = await import('./warm-start.ts');
    const warm = await readWarmStart(config);
    expect(warm).toMatchObject({ startPage: null, sessionKept: true });
    expect(await loadVault()).toMatchObject({ credentialId: 'c' });
  });

  test("another person's cached page, even for the same company, is never painted", async () => {
    const app = await relaunch();
    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.saveRememberedLogin('anna@example.com', nordic);
    await app.startPageCache.set(app.cacheKey('bjorn@example.com', 'Cust10001'), startData);
    expect((await app.readWarmStart(config)).startPage).toBeNull();
  });

  test('the remembered login decides the service: an Onsite server paints its own session, not Online’s', async () => {
    const app = await relaunch();
    const erik = app.authAt(onsite);
    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' });
    await app.saveRememberedLogin('anna@example.com', nordic, onsite);
    await app.startPageCache.set(app.cacheKey('anna@example.com', 'Cust10001'), startData);
    const online = await app.readWarmStart(config);
    expect(online.service.server).toEqual(onsite);
    // Online's session (its key) is not the Onsite server's: nothing to paint.
    expect(online.startPage).toBeNull();

    await signedIn(app, 'Cust10001', { expiresAt: now() + 300, refreshToken: 'r' }, erik);
    const warm = await app.readWarmStart(config);
    expect(warm.service.identity.issuer).toBe('http://localhost:4100');
    expect(warm.startPage?.data).toEqual(startData);
  });

  test('a remembered server this build no longer allows means Online', async () => {
    const app = await relaunch();
    await app.saveRememberedLogin('anna@example.com', nordic, onsite);
    const closed = loadConfig({ VITE_ONSITE_SERVERS: 'https://crm.example.com' });
    expect((await app.readWarmStart(closed)).service).toEqual(signInServiceFor(closed, null));
  });

  test('a first visit does not create the session databases just to find them empty', async () => {
    const app = await relaunch();
    const warm = await app.readWarmStart(config);
    expect(warm.startPage).toBeNull();
    // Nor does its sign-in screen load the sign-in library to ask for a session.
    expect(warm).toMatchObject({ sessionStored: false, sessionKept: false });
    expect(warm.service.server).toBeNull();
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(
      'mobile-crm-auth-user',
    );
  });

  test('a corrupt stored session is ignored, not thrown', async () => {
    const app = await relaunch();
    await app.saveRememberedLogin('anna@example.com', nordic);
    const { keyValueStore } = await import('../storage/key-value-store.ts');
    const { storedSessionKey } = await import('../storage/stored-session.ts');
    await keyValueStore('auth-user').set(storedSessionKey(config.identity), '{"profile":');
    const warm = await app.readWarmStart(config);
    expect(warm.startPage).toBeNull();
    expect(await warm.storageUsable).toBe(true);
  });

  test('where IndexedDB cannot be opened it reports storage unusable and paints nothing', async () => {
    vi.resetModules();
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { readWarmStart } = await import('./warm-start.ts');
    const warm = await readWarmStart(config);
    expect(warm.startPage).toBeNull();
    expect(await warm.storageUsable).toBe(false);
  });
});
