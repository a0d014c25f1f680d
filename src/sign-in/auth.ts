// The one auth module over oidc-client-ts: code + PKCE by redirect, tokens in IndexedDB, renewals one tab at a time.
import { ErrorResponse, IndexedDbDPoPStore, UserManager, type StateStore, type User } from 'oidc-client-ts';
import type { AppConfig } from '../shared/config.ts';
import { activeLanguage } from '../i18n/active-language.ts';
import { keyValueStore } from '../shared/storage.ts';
import { RENEWAL_BACKOFF_MS, withBackoff } from './retry.ts';

/** Why a sign-in redirect was started; it comes back with the callback so the app knows what to do next. */
export interface SignInPurpose {
  purpose: 'login' | 'reset' | 'switch-tenant';
  tenantId?: string;
  /** Where to go once signed in; checked to be a path of this app before use. */
  returnTo?: string;
}

export interface SignInOptions extends SignInPurpose {
  loginHint?: string;
  prompt?: 'login' | 'none';
}

/** oidc-client-ts stores its state and the user through this adapter, so they survive closing the app. */
function oidcStore(name: string): StateStore {
  const store = keyValueStore(name);
  return {
    set: (key, value) => store.set(key, value),
    get: async (key) => (await store.get<string>(key)) ?? null,
    remove: async (key) => {
      const value = (await store.get<string>(key)) ?? null;
      await store.delete(key);
      return value;
    },
    getAllKeys: () => store.keys(),
  };
}

const RENEW_LOCK = 'mobile-crm:renew-tokens';
const REACHABLE_TIMEOUT_MS = 8_000;

function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export class Auth {
  readonly manager: UserManager;

  /** useDpop is false when IndexedDB is unusable: the DPoP key cannot be kept, so tokens stay unbound. */
  constructor(
    readonly config: AppConfig,
    private readonly useDpop = config.identity.dpop,
  ) {
    const { identity } = config;
    const origin = location.origin;
    this.manager = new UserManager({
      authority: identity.authority,
      client_id: identity.clientId,
      redirect_uri: origin + identity.redirectPath,
      post_logout_redirect_uri: origin + identity.postLogoutPath,
      scope: identity.scope,
      response_type: 'code',
      metadataSeed: {
        issuer: identity.issuer,
        ...(identity.endSessionUrl ? { end_session_endpoint: identity.endSessionUrl } : {}),
      },
      userStore: oidcStore('auth-user'),
      stateStore: oidcStore('auth-state'),
      loadUserInfo: false,
      // Renewal is ours (renewTokens), serialised across tabs so a rotating refresh token is never spent twice.
      automaticSilentRenew: false,
      requestTimeoutInSeconds: 15,
      ...(useDpop ? { dpop: { bind_authorization_code: true, store: new IndexedDbDPoPStore() } } : {}),
    });
    // In the background a failed renewal is retried a few times with growing pauses; the next screen that
    // needs the session tries again or explains.
    this.manager.events.addAccessTokenExpiring(
      () =>
        void withBackoff(() => this.renewTokens(), {
          delays: RENEWAL_BACKOFF_MS,
          isFinal: (error) => error instanceof ErrorResponse && error.error === 'invalid_grant',
        }).catch(() => undefined),
    );
  }

  /** Leaves for the sign-in service; rejects (and stays here) when it cannot be reached. */
  async signIn({ loginHint, prompt, tenantId, purpose, returnTo }: SignInOptions): Promise<void> {
    const state: SignInPurpose = {
      purpose,
      ...(tenantId ? { tenantId } : {}),
      ...(returnTo ? { returnTo } : {}),
    };
    await this.ensureReachable();
    await this.manager.signinRedirect({
      state,
      // oidc-client-ts sends and checks a nonce only when given one; the id_token must answer this request.
      nonce: randomToken(),
      // The sign-in service's pages speak the app's language.
      ui_locales: activeLanguage(),
      ...(loginHint ? { login_hint: loginHint } : {}),
      ...(prompt ? { prompt } : {}),
      ...(tenantId ? { acr_values: `tenant:${tenantId}` } : {}),
    });
  }

  /**
   * Rejects when the sign-in service cannot be reached now: leaving for it would end on the browser's own error
   * page (in an installed app, one without a Back button). Its discovery document is a harmless, CORS-open GET.
   */
  private async ensureReachable(): Promise<void> {
    if (!navigator.onLine) throw new Error('Offline: the sign-in service cannot be reached.');
    const response = await fetch(this.manager.settings.metadataUrl, {
      cache: 'no-store',
      signal: AbortSignal.timeout(REACHABLE_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`The sign-in service answered ${response.status}.`);
  }

  /** Whether a callback's state is one this app started and has not used yet (replays and forgeries are not). */
  async isPendingSignIn(state: string | null): Promise<boolean> {
    return !!state && (await this.manager.settings.stateStore.get(state)) !== null;
  }

  /** Finishes a sign-in from the callback URL the app was opened with. */
  completeSignIn(callbackUrl: string): Promise<User> {
    return this.manager.signinRedirectCallback(callbackUrl);
  }

  /** The stored session, or null; an expired one is renewed first when it can be. */
  async currentUser(): Promise<User | null> {
    const user = await this.manager.getUser();
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
      const stored = await this.manager.getUser();
      if (!stored?.refresh_token) return null;
      const refused = rejected && stored.access_token === rejected.access_token;
      if (!refused && stored.expires_in !== undefined && stored.expires_in > 60) return stored;
      return this.manager.signinSilent();
    });
  }

  /** Renewals and removals of the session take turns, across tabs, so a renewal never undoes a log out. */
  private withSessionLock<T>(work: () => Promise<T>): Promise<T> {
    return navigator.locks ? (navigator.locks.request(RENEW_LOCK, work) as Promise<T>) : work();
  }

  /**
   * Ends the session here first (so no tab or renewal can bring it back), calls `ended`, then ends the provider
   * session (RP-initiated logout), which returns to /signed-out. Rejects, staying here, when it cannot leave.
   */
  async signOut(ended: () => void): Promise<void> {
    const user = await this.manager.getUser();
    await this.forgetSession();
    ended();
    await this.ensureReachable();
    await this.manager.signoutRedirect({
      extraQueryParams: { ui_locales: activeLanguage() },
      ...(user?.id_token ? { id_token_hint: user.id_token } : {}),
      state: 'signed-out',
    });
  }

  completeSignOut(url: string) {
    return this.manager.signoutRedirectCallback(url);
  }

  /** Forgets the session locally (tokens and DPoP key), without contacting the provider. */
  async forgetSession(): Promise<void> {
    await this.withSessionLock(() => this.manager.removeUser());
    await this.manager.clearStaleState();
  }

  /** Authorization header and DPoP proof for a call to a tenant's API. */
  async authorizationHeaders(
    user: User,
    url: string,
    method = 'GET',
    nonce?: string,
  ): Promise<Record<string, string>> {
    const proof = this.useDpop ? await this.manager.dpopProof(url, user, method, nonce) : undefined;
    return proof
      ? { Authorization: `DPoP ${user.access_token}`, DPoP: proof }
      : { Authorization: `Bearer ${user.access_token}` };
  }
}

export { ErrorResponse };
export type { User };
