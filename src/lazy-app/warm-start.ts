// A relaunch reads what it needs from IndexedDB once, while the app's code downloads, so the start page paints
// from its cache at once instead of after each screen has read storage in turn.
import type { AppConfig } from '../shared/config.ts';
import { loadRememberedLogin } from '../storage/remembered-login-store.ts';
import {
  indexedDbUsable,
  isStorageDegraded,
  keyValueStore,
  mayHoldRecords,
} from '../storage/key-value-store.ts';
import { isLiveSession, parseStoredSession, storedSessionKey } from '../storage/stored-session.ts';
import { userFacts } from '../session/user-facts.ts';
import { allCachedStartData, cacheKey, type StartData } from '../session/start-page-cache.ts';
import { sameTenantId } from '../shared/tenant-ref.ts';
import { signInServiceFor, type SignInService } from '../shared/sign-in-service.ts';
import { loadVault } from '../storage/vault.ts';
import { readLoginRules } from '../session/login-rules.ts';

/** A start page as last shown, with the cache key (user and tenant) it belongs to. */
export interface WarmStartPage {
  key: string;
  data: StartData;
}

export interface WarmStart {
  /** False in private modes: the DPoP key lives in memory only, so the session ends with the page. Known later than the rest. */
  storageUsable: Promise<boolean>;
  /** The start page as last shown, when a live session with its company chosen can show it; else null. */
  startPage: WarmStartPage | null;
  /** False when no session can be stored (a first visit): the sign-in screen need not load the sign-in library. */
  sessionStored: boolean;
  /** The sign-in service of the remembered login: Online, or the Onsite server it is at. */
  service: SignInService;
  /** A session is kept, sealed or not: the launch may have to ask who it is before showing anything of theirs. */
  sessionKept: boolean;
}

type LaunchState = Pick<WarmStart, 'startPage' | 'service' | 'sessionKept'>;

async function launchState(config: AppConfig): Promise<LaunchState> {
  // All at once: each is a database of its own, and every round trip delays the first paint. Every stored session,
  // as which one is wanted depends on the remembered login's server. The lock's vault and the login rules decide
  // whether anything of the person's may show at all (lazy-app/index.tsx).
  const [sessions, remembered, cached] = await Promise.all([
    keyValueStore('auth-user').entries(),
    loadRememberedLogin(),
    allCachedStartData(),
    loadVault(),
    readLoginRules(),
  ]);
  const service = signInServiceFor(config, remembered?.server);
  const stored = new Map(sessions).get(storedSessionKey(service.identity));
  const sessionKept = stored !== undefined;
  const nothing = { startPage: null, service, sessionKept };
  // A sealed session (fingerprint or face) does not parse: nothing paints before the lock opens.
  const session = parseStoredSession(stored);
  if (!session || !isLiveSession(session, Date.now() / 1000)) return nothing;
  const { email, boundTenantId } = userFacts(session.claims, service.identity);
  // Only the company this person chose; a session bound elsewhere goes the usual way (and asks).
  if (!boundTenantId || !sameTenantId(remembered?.tenant?.id, boundTenantId)) return nothing;
  const key = cacheKey(email, boundTenantId);
  const data = cached.get(key);
  return { startPage: data ? { key, data } : null, service, sessionKept };
}

/** Never rejects: anything odd means "start the usual way". */
export async function readWarmStart(config: AppConfig): Promise<WarmStart> {
  const online = () => ({ startPage: null, service: signInServiceFor(config, null) });
  // A first visit has no session to find: one question, instead of creating three databases before the paint.
  const sessionStored = await mayHoldRecords('auth-user');
  const { startPage, service, sessionKept } = sessionStored
    ? await launchState(config).catch(() => ({ ...online(), sessionKept: true }))
    : { ...online(), sessionKept: false };
  // Storage just gave back a live session: it works. Otherwise the write probe answers, but without delaying
  // the first paint; only the sign-in library waits for it.
  const worked = !!startPage && typeof indexedDB !== 'undefined' && !isStorageDegraded();
  return {
    storageUsable: worked ? Promise.resolve(true) : indexedDbUsable(),
    startPage,
    sessionStored,
    service,
    sessionKept,
  };
}
