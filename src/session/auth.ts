// The one auth module over oidc-client-ts: code + PKCE by redirect, tokens in IndexedDB, renewals one tab at a time.
// The library itself is downloaded on first use, so screens that only read what is stored paint without it.
import type {
  IndexedDbDPoPStore,
  OidcClient,
  StateStore,
  User,
  UserManager,
  UserManagerSettings,
} from 'oidc-client-ts';
import type { IdentityConfig } from '../shared/config.ts';
import type { OnsiteServer } from '../shared/onsite-server.ts';
import type { SignInService } from '../shared/sign-in-service.ts';
import { activeLanguage } from '../i18n/active-language.ts';
import { APP_BASE } from '../shared/app-base.ts';
import { channelName, storageName } from '../shared/storage-names.ts';
import { keyValueStore, type KeyValueStore } from '../storage/key-value-store.ts';
import { sealedStore } from '../storage/vault.ts';
import { clearStartPageSnapshot } from '../storage/start-page-snapshot.ts';
import { RENEWAL_BACKOFF_MS, withBackoff } from './retry.ts';
import { idTokenTimes, passwordAskedSinceRequest } from './password-proof.ts';
import { navigateByPost } from './post-navigation.ts';
import { checkIssuer } from './issuer-check.ts';

/** Why a sign-in redirect was started; it comes back with the callback so the app knows what to do next. */
export interface SignInPurpose {
  /** `choose-at-service`: to the sign-in service's own choice of company (company-switch.ts). */
  purpose: 'login' | 'reset' | 'switch-tenant' | 'choose-at-service';
  tenantId?: string;
  /** The company the person asked to leave for the service's choice. */
  fromTenantId?: string;
  /** Where to go once signed in; checked to be a path of this app before use. */
  returnTo?: string;
  /**
   * When the provider was told to authenticate afresh (prompt=login, max_age=0), on this device's clock (ms). Kept
   * in the stored state, not the address; the callback then needs the id_token's auth_time to prove it.
   */
  passwordRequestedAt?: number;
  /** The Onsite server signed in to, as checked at Connect; absent for Online. */
  server?: OnsiteServer;
}

export interface SignInOptions extends SignInPurpose {
  loginHint?: string;
  prompt?: 'login' | 'none';
}

const STATE_STORE = 'auth-state';

/**
 * What a sign-in this app started and has not finished was for (which server, too), read from the stored sign-in
 * state without the sign-in library; null for a state that is not pending (a replay, a reload, a forgery).
 */
export async function pendingSignIn(state: string | null): Promise<SignInPurpose | null> {
  const stored = state ? await keyValueStore(STATE_STORE).get(state) : undefined;
  try {
    const data: unknown = typeof stored === 'string' ? JSON.parse(stored).data : undefined;
    return typeof data === 'object' && data !== null ? (data as SignInPurpose) : null;
  } catch {
    return null;
  }
}

/** One DPoP key per Onsite server, apart from Online's (oidc-client-ts keys them by client id alone). */
function scopedDpopStore(store: IndexedDbDPoPStore, scope: string) {
  const prefix = `${scope} `;
  return {
    set: (key: string, value: Parameters<IndexedDbDPoPStore['set']>[1]) => store.set(prefix + key, value),
    get: (key: string) => store.get(prefix + key),
    remove: (key: string) => store.remove(prefix + key),
    getAllKeys: async () =>
      (await store.getAllKeys())
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length)),
  };
}

/** oidc-client-ts stores its state and the user through this adapter, so they survive closing the app. */
function oidcStore(store: KeyValueStore, onRemove = () => {}): StateStore {
  return {
    set: (key, value) => store.set(key, value),
    get: async (key) => (await store.get<string>(key)) ?? null,
    remove: async (key) => {
      onRemove();
      const value = (await store.get<string>(key)) ?? null;
      await store.delete(key);
      return value;
    },
    getAllKeys: () => store.keys(),
  };
}

const RENEW_LOCK = channelName('renew-tokens');
/** The state a logout request carries; the provider's answer must bring it back. */
export const SIGNED_OUT_STATE = 'signed-out';
const REACHABLE_TIMEOUT_MS = 8_000;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** An OAuth error from the provider (oidc-client-ts's ErrorResponse, which marks itself by name). */
export interface ProviderError extends Error {
  error: string;
  error_description: string | null;
  state?: unknown;
}

export const isProviderError = (error: unknown, code?: string): error is ProviderError =>
  error instanceof Error &&
  error.name === 'ErrorResponse' &&
  (!code || (error as ProviderError).error === code);

/** An id_token issued for another client than this app. */
export class WrongAudienceError extends Error {
  constructor() {
    super('The id_token was not issued for this app.');
    this.name = 'WrongAudienceError';
  }
}

/** A sign-in that had to ask for the password came back without the provider's proof that it did. */
export class PasswordNotAskedError extends Error {
  constructor() {
    super('The sign-in service did not authenticate afresh after prompt=login.');
    this.name = 'PasswordNotAskedError';
  }
}

type DpopStore = NonNullable<UserManagerSettings['dpop']>['store'];

/** Where the DPoP key lives when IndexedDB cannot keep it: this page's memory, never anything readable. */
function memoryDpopStore(): DpopStore {
  const states = new Map<string, Awaited<ReturnType<DpopStore['get']>>>();
  return {
    set: async (key, value) => void states.set(key, value),
    get: async (key) => states.get(key)!,
    remove: async (key) => {
      const value = states.get(key)!;
      states.delete(key);
      return value;
    },
    getAllKeys: async () => [...states.keys()],
  };
}

export class Auth {
  private loading: Promise<UserManager> | null = null;

  private readonly useDpop: boolean;

  private readonly keyKept: Promise<boolean>;

  /**
   * `storageUsable` false (IndexedDB unusable): the DPoP key lives in this page's memory only, so the tokens die
   * with the page (the app then says it will ask to log in again next time).
   */
  constructor(
    readonly service: SignInService,
    storageUsable: Promise<boolean> | boolean = true,
  ) {
    this.useDpop = service.identity.dpop;
    this.keyKept = Promise.resolve(storageUsable);
  }

  get identity(): IdentityConfig {
    return this.service.identity;
  }

  /** oidc-client-ts's UserManager, set up on first use (its download starts then). */
  userManager(): Promise<UserManager> {
    if (!this.loading) {
      const loading = Promise.all([import('oidc-client-ts'), this.keyKept]).then(([oidc, keyKept]) =>
        this.createManager(oidc, keyKept),
      );
      // A failed download may succeed later (back online): do not keep the failure.
      loading.catch(() => this.loading === loading && (this.loading = null));
      this.loading = loading;
    }
    return this.loading;
  }

  private createManager(
    { UserManager, IndexedDbDPoPStore }: typeof import('oidc-client-ts'),
    keyKept: boolean,
  ): UserManager {
    /** The library keeps the key in its own database, `oidc`, by client id: under a sub-path, in one of ours. */
    class DpopKeyStore extends IndexedDbDPoPStore {
      override readonly _dbName = APP_BASE === '/' ? 'oidc' : storageName('dpop');
    }
    const { identity, server } = this.service;
    const origin = location.origin;
    const manager = new UserManager({
      authority: identity.authority,
      client_id: identity.clientId,
      redirect_uri: origin + identity.redirectPath,
      post_logout_redirect_uri: origin + identity.postLogoutPath,
      scope: identity.scope,
      response_type: 'code',
      // An Onsite server's discovery document as checked at Connect, never fetched again unchecked.
      ...(server
        ? { metadata: server.metadata }
        : {
            metadataSeed: {
              issuer: identity.issuer,
              ...(identity.endSessionUrl ? { end_session_endpoint: identity.endSessionUrl } : {}),
            },
          }),
      // However the session ends (log out, expiry, a refused renewal), its start page is not shown again. With
      // fingerprint or face on, the vault seals the user (tokens, id_token, profile).
      userStore: oidcStore(sealedStore('auth-user'), clearStartPageSnapshot),
      stateStore: oidcStore(keyValueStore(STATE_STORE)),
      loadUserInfo: false,
      // Renewal is ours (renewTokens), serialised across tabs so a rotating refresh token is never spent twice.
      automaticSilentRenew: false,
      requestTimeoutInSeconds: 15,
      ...(this.useDpop
        ? {
            dpop: keyKept
              ? {
                  bind_authorization_code: true,
                  store: server ? scopedDpopStore(new DpopKeyStore(), server.authority) : new DpopKeyStore(),
                }
              : // A key made before the redirect would be gone after it: the code is redeemed with a new one.
                { bind_authorization_code: false, store: memoryDpopStore() },
          }
        : {}),
    });
    // In the background a failed renewal is retried a few times with growing pauses; the next screen that
    // needs the session tries again or explains.
    manager.events.addAccessTokenExpiring(
      () =>
        void withBackoff(() => this.renewTokens(), {
          delays: RENEWAL_BACKOFF_MS,
          isFinal: (error) => isProviderError(error, 'invalid_grant'),
        }).catch(() => undefined),
    );
    return manager;
  }

  /** The stored session as oidc-client-ts reads it, or null. */
  async getUser(): Promise<User | null> {
    return (await this.userManager()).getUser();
  }

  /** Leaves for the sign-in service; rejects (and stays here) when it cannot be reached. */
  async signIn({
    loginHint,
    prompt,
    tenantId,
    purpose,
    returnTo,
    fromTenantId,
  }: SignInOptions): Promise<void> {
    const { server } = this.service;
    const state: SignInPurpose = {
      purpose,
      ...(prompt === 'login' ? { passwordRequestedAt: Date.now() } : {}),
      ...(tenantId ? { tenantId } : {}),
      ...(fromTenantId ? { fromTenantId } : {}),
      ...(returnTo ? { returnTo } : {}),
      // The callback signs in at the server this request went to.
      ...(server ? { server } : {}),
    };
    const manager = await this.userManager();
    const discovery = await this.ensureReachable(manager);
    // A service that names another issuer would be refused on the way back: say so before the person signs in.
    checkIssuer(this.identity.issuer, discovery.issuer, 'discovery');
    await manager.signinRedirect({
      state,
      // oidc-client-ts sends and checks a nonce only when given one; the id_token must answer this request.
      nonce: randomToken(),
      // The sign-in service's pages speak the app's language.
      ui_locales: activeLanguage(),
      ...(loginHint ? { login_hint: loginHint } : {}),
      ...(prompt ? { prompt } : {}),
      // max_age=0 obliges the provider to put the moment it authenticated the person (auth_time) in the id_token.
      ...(prompt === 'login' ? { max_age: 0 } : {}),
      ...(tenantId ? { acr_values: `tenant:${tenantId}` } : {}),
    });
  }

  /**
   * Rejects when the sign-in service cannot be reached now: leaving for it would end on the browser's own error
   * page (in an installed app, one without a Back button). Its discovery document is a harmless, CORS-open GET.
   */
  private async ensureReachable(manager: UserManager): Promise<Record<string, unknown>> {
    if (!navigator.onLine) throw new Error('Offline: the sign-in service cannot be reached.');
    // AbortSignal.timeout() is missing before Safari 16.
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REACHABLE_TIMEOUT_MS);
    try {
      const response = await fetch(manager.settings.metadataUrl, {
        cache: 'no-store',
        signal: abort.signal,
      });
      if (!response.ok) throw new Error(`The sign-in service answered ${response.status}.`);
      const document: unknown = await response.json();
      return typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : {};
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Finishes a sign-in from the callback URL the app was opened with (oidc-client-ts's signinRedirectCallback, with
   * two checks before the tokens are kept): the id_token must come from the service's issuer, for this app
   * (IssuerMismatchError, WrongAudienceError), and a sign-in that had to ask for the password keeps its tokens only when the id_token
   * proves the provider did (PasswordNotAskedError). Tokens that fail either are revoked and never stored.
   */
  async completeSignIn(callbackUrl: string): Promise<User> {
    const manager = await this.userManager();
    const { User } = await import('oidc-client-ts');
    const response = await (await this.client(manager)).processSigninResponse(callbackUrl);
    try {
      // oidc-client-ts compares neither the id_token's iss nor its aud with anything: a token not issued by this
      // service for this app is not kept.
      checkIssuer(this.identity.issuer, response.profile?.iss, 'id_token');
      if (![response.profile?.aud].flat().includes(this.identity.clientId)) throw new WrongAudienceError();
    } catch (error) {
      await this.revoke(manager, response.refresh_token);
      await manager.removeUser();
      throw error;
    }
    const requestedAt = (response.userState as SignInPurpose | undefined)?.passwordRequestedAt;
    const times = { receivedAt: Date.now(), ...idTokenTimes(response.id_token) };
    if (requestedAt !== undefined && !passwordAskedSinceRequest({ requestedAt, ...times })) {
      await this.revoke(manager, response.refresh_token);
      // Also drops the DPoP key made for this sign-in.
      await manager.removeUser();
      throw new PasswordNotAskedError();
    }
    const user = new User(response);
    await manager.storeUser(user);
    await manager.events.load(user);
    return user;
  }

  /** The stored session, or null; an expired one is renewed first when it can be. */
  async currentUser(): Promise<User | null> {
    const user = await this.getUser();
    if (!user) return null;
    if (!user.expired) return user;
    return user.refresh_token ? this.renewTokens() : null;
  }

  /**
   * Renews with the refresh token inside a cross-tab lock, re-reading the stored user so another tab's renewal
   * counts. `rejected`: tokens an API just refused, which must be replaced even if they look fresh.
   */
  async renewTokens(rejected?: User): Promise<User | null> {
    return this.withSessionLock(async () => {
      const manager = await this.userManager();
      const stored = await manager.getUser();
      if (!stored?.refresh_token) return null;
      const refused = rejected && stored.access_token === rejected.access_token;
      if (!refused && stored.expires_in !== undefined && stored.expires_in > 60) return stored;
      return manager.signinSilent();
    });
  }

  /** Renewals and removals of the session take turns, across tabs, so a renewal never undoes a log out. */
  private withSessionLock<T>(work: () => Promise<T>): Promise<T> {
    return navigator.locks ? (navigator.locks.request(RENEW_LOCK, work) as Promise<T>) : work();
  }

  /**
   * Ends the session here first (so no tab or renewal can bring it back), calls `ended`, revokes its refresh
   * token, then ends the provider session (RP-initiated logout), which returns to /signed-out. Rejects, staying
   * here, when it cannot leave.
   */
  async signOut(ended: () => void): Promise<void> {
    const manager = await this.userManager();
    const user = await this.removeSession(manager);
    ended();
    await this.ensureReachable(manager);
    await this.revoke(manager, user?.refresh_token);
    const request = await (
      await this.client(manager)
    ).createSignoutRequest({
      request_type: 'so:r',
      extraQueryParams: { ui_locales: activeLanguage() },
      ...(user?.id_token ? { id_token_hint: user.id_token } : {}),
      state: SIGNED_OUT_STATE,
    });
    // A GET would leave the id_token (name, email, companies) in the browser's history; a form POST does not.
    if (this.identity.endSessionMethod === 'post') navigateByPost(request.url);
    else location.assign(request.url);
  }

  async completeSignOut(url: string) {
    return (await this.userManager()).signoutRedirectCallback(url);
  }

  /**
   * Forgets the session here (tokens and DPoP key), then revokes its refresh token at the provider, so the old
   * person's grant ends there too. When that call cannot be made the token lives on only until it expires.
   */
  async forgetSession(): Promise<void> {
    const manager = await this.userManager();
    const user = await this.removeSession(manager);
    await this.revoke(manager, user?.refresh_token);
  }

  /** Removes the stored session inside the session lock; returns what was stored. */
  private async removeSession(manager: UserManager): Promise<User | null> {
    const user = await this.withSessionLock(async () => {
      const stored = await manager.getUser();
      await manager.removeUser();
      return stored;
    });
    await manager.clearStaleState();
    return user;
  }

  /** Revokes a refresh token (its whole grant, at oidc-provider); quietly, as the app forgets it either way. */
  private async revoke(manager: UserManager, refreshToken: string | undefined): Promise<void> {
    if (!refreshToken || !navigator.onLine) return;
    await (await this.client(manager)).revokeToken(refreshToken, 'refresh_token').catch(() => undefined);
  }

  /** The protocol client under the UserManager, same settings and stores, for the steps it does not expose. */
  private async client(manager: UserManager): Promise<OidcClient> {
    const { OidcClient } = await import('oidc-client-ts');
    return new OidcClient(manager.settings, manager.metadataService);
  }

  /** Authorization header and DPoP proof for a call to a tenant's API. */
  async authorizationHeaders(
    user: User,
    url: string,
    method = 'GET',
    nonce?: string,
  ): Promise<Record<string, string>> {
    const proof = this.useDpop
      ? await (await this.userManager()).dpopProof(url, user, method, nonce)
      : undefined;
    return proof
      ? { Authorization: `DPoP ${user.access_token}`, DPoP: proof }
      : { Authorization: `Bearer ${user.access_token}` };
  }
}

export type { User };
