import { User, UserManager, type StateStore } from 'oidc-client-ts';
import { loadConfig } from '../../build/config.ts';
import { isLiveSession, parseStoredSession, storedSessionKey } from './stored-session.ts';

const config = loadConfig({});

/** Where a real UserManager, set up as the app sets it up, writes its user. */
async function writtenByOidcClient(user: User): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  const store: StateStore = {
    set: async (key, value) => void written.set(key, value),
    get: async (key) => written.get(key) ?? null,
    remove: async (key) => written.get(key) ?? null,
    getAllKeys: async () => [...written.keys()],
  };
  const manager = new UserManager({
    authority: config.identity.authority,
    client_id: config.identity.clientId,
    redirect_uri: 'http://localhost:4173/callback',
    userStore: store,
  });
  await manager.storeUser(user);
  return written;
}

describe('the stored session, read without oidc-client-ts', () => {
  test('is found under the key oidc-client-ts uses and reads as that library wrote it', async () => {
    const user = new User({
      access_token: 'a',
      refresh_token: 'r',
      token_type: 'DPoP',
      expires_at: 1_900_000_000,
      profile: { sub: 'anna', iss: 'x', aud: 'y', exp: 1, iat: 1, name: 'Anna' },
    });
    const written = await writtenByOidcClient(user);
    expect([...written.keys()]).toEqual([storedSessionKey(config.identity)]);
    expect(parseStoredSession(written.get(storedSessionKey(config.identity)))).toEqual({
      claims: user.profile,
      expiresAt: 1_900_000_000,
      renewable: true,
    });
  });

  test.each([
    undefined,
    null,
    42,
    '',
    'not json',
    '[]',
    '{"profile":{}}',
    '{"access_token":"a"}',
    '{"access_token":"a","profile":[]}',
  ])('anything else (%j) is no session', (stored) => expect(parseStoredSession(stored)).toBeNull());

  test('without a refresh token or a lifetime', () => {
    expect(parseStoredSession('{"access_token":"a","profile":{"sub":"x"},"refresh_token":""}')).toEqual({
      claims: { sub: 'x' },
      expiresAt: undefined,
      renewable: false,
    });
  });

  test('is live while its access token lasts, or for as long as it can be renewed', () => {
    const session = { claims: {}, expiresAt: 1000, renewable: false };
    expect(isLiveSession(session, 999)).toBe(true);
    expect(isLiveSession(session, 1000)).toBe(false);
    expect(isLiveSession({ ...session, renewable: true }, 5000)).toBe(true);
    expect(isLiveSession({ ...session, expiresAt: undefined }, 5000)).toBe(true);
  });
});
