// The stored session as oidc-client-ts writes it, read without loading that library: a relaunch can decide
// where to go, and paint, before oidc-client-ts has even been parsed. The full check (and renewal) follows.
import type { AppConfig } from '../shared/config.ts';
import { isRecord } from '../shared/is-record.ts';
import { sealedStore } from './vault.ts';

export interface StoredSession {
  claims: Record<string, unknown>;
  /** Seconds since the epoch; undefined when the token endpoint gave no lifetime. */
  expiresAt: number | undefined;
  renewable: boolean;
}

/** The key oidc-client-ts's UserManager keeps the user under in its user store. */
export const storedSessionKey = (identity: AppConfig['identity']) =>
  `user:${identity.authority}:${identity.clientId}`;

/** The stored user (a JSON string), or null when there is none or it cannot be read. */
export function parseStoredSession(stored: unknown): StoredSession | null {
  if (typeof stored !== 'string') return null;
  let user: unknown;
  try {
    user = JSON.parse(stored);
  } catch {
    return null;
  }
  if (!isRecord(user) || !isRecord(user.profile) || typeof user.access_token !== 'string') return null;
  return {
    claims: user.profile,
    expiresAt: typeof user.expires_at === 'number' ? user.expires_at : undefined,
    renewable: typeof user.refresh_token === 'string' && user.refresh_token !== '',
  };
}

/** Usable now, or renewable: a session worth painting the start page for while the real check runs. */
export const isLiveSession = (session: StoredSession, nowSeconds: number) =>
  session.renewable || session.expiresAt === undefined || session.expiresAt > nowSeconds;

/**
 * Whether a session is stored on this device (live or not) that this page can read; false when storage cannot be
 * read, or behind the lock (the session is sealed until fingerprint or face opens it).
 */
export async function hasStoredSession(identity: AppConfig['identity']): Promise<boolean> {
  const stored = await sealedStore('auth-user')
    .get(storedSessionKey(identity))
    .catch(() => null);
  return parseStoredSession(stored) !== null;
}
