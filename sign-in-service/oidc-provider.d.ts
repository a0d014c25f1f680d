// oidc-provider 9 ships no types: the part of its API this service uses, typed by hand.

declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export interface CookieOptions {
    httpOnly?: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
    secure?: boolean;
    path?: string;
    signed?: boolean;
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    /** The tenant chosen on the service's page (superid profile). */
    select_tenant?: { ctx: string };
    error?: string;
    error_description?: string;
  }

  export interface Session {
    accountId?: string;
    acr?: string;
    authorizations?: Record<string, { grantId?: string; sid?: string }>;
    grantIdFor(clientId: string): string | undefined;
    destroy(): Promise<void>;
  }

  export interface Client {
    clientId: string;
    grantTypeAllowed(type: string): boolean;
  }

  interface BaseToken {
    readonly jti: string;
    readonly kind: string;
    accountId?: string;
    clientId?: string;
    grantId?: string;
    exp?: number;
    iat?: number;
    scope?: string;
    readonly scopes: Set<string>;
    readonly isExpired: boolean;
    readonly isValid: boolean;
    readonly remainingTTL: number;
  }

  export interface AuthorizationCode extends BaseToken {
    acr?: string;
  }

  export interface RefreshToken extends BaseToken {
    acr?: string;
  }

  export interface AccessToken extends BaseToken {
    jkt?: string;
    extra?: Record<string, unknown>;
    readonly tokenType: string;
  }

  interface TokenModel<T> {
    find(value: string, options?: { ignoreExpiration?: boolean }): Promise<T | undefined>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export interface Grant {
    readonly jti: string;
    accountId?: string;
    clientId?: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  interface GrantModel {
    new (properties: { accountId: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  export interface Interaction {
    readonly uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId: string };
    grantId?: string;
    returnTo: string;
  }

  export interface OIDCContext {
    readonly route: string;
    readonly provider: Provider;
    readonly params: Record<string, unknown>;
    /** Only on routes that load the session (authorization, resume, end_session). */
    readonly session: Session;
    readonly client?: Client;
    readonly acr?: string;
    /** The login page's result while resuming after it. */
    readonly result?: InteractionResults;
    readonly entities: {
      AuthorizationCode?: AuthorizationCode;
      RefreshToken?: RefreshToken;
      RotatedRefreshToken?: RefreshToken;
      IdTokenHint?: { payload: Record<string, unknown> };
      [name: string]: unknown;
    };
  }

  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    status: number;
    body: unknown;
    type: string;
    readonly host: string;
    set(field: string, value: string): void;
    get(field: string): string;
    redirect(url: string): void;
    accepts(...types: string[]): string | false;
    cookies: { set(name: string, value: string | null, options?: CookieOptions): unknown };
  }

  export interface ErrorOut {
    error: string;
    error_description?: string;
    state?: string;
    [key: string]: unknown;
  }

  export interface Account {
    accountId: string;
    claims(use: string, scope: string, claims: unknown, rejected: string[]): Promise<Record<string, unknown>>;
  }

  export interface ClientMetadata {
    client_id: string;
    client_name?: string;
    application_type?: 'web' | 'native';
    token_endpoint_auth_method?: string;
    grant_types?: string[];
    response_types?: string[];
    redirect_uris?: string[];
    post_logout_redirect_uris?: string[];
    id_token_signed_response_alg?: string;
    dpop_bound_access_tokens?: boolean;
  }

  type TTL = number | ((ctx: KoaContextWithOIDC | undefined, token: BaseToken, client: Client) => number);

  export interface Configuration {
    acrValues?: string[];
    adapter?: (name: string) => unknown;
    claims?: Record<string, null | string[]>;
    clientAuthMethods?: string[];
    clientBasedCORS?: (ctx: KoaContextWithOIDC, origin: string, client: Client) => boolean;
    clients?: ClientMetadata[];
    conformIdTokenClaims?: boolean;
    cookies?: {
      keys?: string[];
      long?: CookieOptions;
      short?: CookieOptions;
      names?: { session?: string; interaction?: string; resume?: string };
    };
    expiresWithSession?: (ctx: KoaContextWithOIDC, code: AuthorizationCode) => boolean | Promise<boolean>;
    extraTokenClaims?: (
      ctx: KoaContextWithOIDC,
      token: AccessToken,
    ) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
    features?: Record<string, Record<string, unknown>>;
    findAccount?: (
      ctx: KoaContextWithOIDC,
      sub: string,
      token?: AuthorizationCode | RefreshToken | AccessToken,
    ) => Promise<Account | undefined>;
    interactions?: {
      policy?: interactionPolicy.Prompt[];
      url?: (ctx: KoaContextWithOIDC, interaction: Interaction) => string | Promise<string>;
    };
    issueRefreshToken?: (
      ctx: KoaContextWithOIDC,
      client: Client,
      code: AuthorizationCode,
    ) => boolean | Promise<boolean>;
    jwks?: { keys: Record<string, unknown>[] };
    loadExistingGrant?: (ctx: KoaContextWithOIDC) => Promise<Grant | undefined>;
    pkce?: { required?: (ctx: KoaContextWithOIDC, client: Client) => boolean };
    renderError?: (ctx: KoaContextWithOIDC, out: ErrorOut, error: Error) => void | Promise<void>;
    responseTypes?: string[];
    rotateRefreshToken?: boolean | ((ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
    /** Endpoint paths below the mount path (authorization, token, jwks, end_session, …). */
    routes?: Record<string, string>;
    scopes?: string[];
    ttl?: Record<string, TTL>;
  }

  export class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    readonly Grant: GrantModel;
    readonly AccessToken: TokenModel<AccessToken>;
    readonly RefreshToken: TokenModel<RefreshToken>;
    readonly AuthorizationCode: TokenModel<AuthorizationCode>;
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
    interactionFinished(
      req: IncomingMessage,
      res: ServerResponse,
      result: InteractionResults,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<void>;
    cookieName(type: 'session' | 'interaction' | 'resume'): string;
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): this;
    on(event: string, listener: (ctx: KoaContextWithOIDC, ...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
  }
  export default Provider;

  export namespace errors {
    class OIDCProviderError extends Error {
      error: string;
      error_description?: string;
      status: number;
      expose: boolean;
    }
    class AccessDenied extends OIDCProviderError {
      constructor(description?: string);
    }
    class SessionNotFound extends OIDCProviderError {}
  }

  export namespace interactionPolicy {
    type CheckFunction = (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>;
    class Check {
      constructor(reason: string, description: string, error: string, check: CheckFunction);
      static readonly REQUEST_PROMPT: true;
      static readonly NO_NEED_TO_PROMPT: false;
    }
    class Prompt {
      constructor(options: { name: string; requestable?: boolean }, ...checks: Check[]);
      name: string;
      checks: Check[] & { add(check: Check, index?: number): void };
    }
    function base(): Prompt[] & {
      get(name: string): Prompt | undefined;
      add(prompt: Prompt, index?: number): void;
    };
  }
}

declare module 'oidc-provider/lib/adapters/memory_adapter.js' {
  /** The library's in-memory adapter, bound to a store of its own (so several providers can share a process). */
  export function createMemoryAdapter(clockTolerance?: number): (name: string) => unknown;
}
