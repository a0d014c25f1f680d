// SuperID as a relying party of a company's identity provider: discovery, the authorization request (PKCE S256,
// state, nonce), the back-channel code exchange with the client secret, and the id_token's checks (signature
// against the provider's JWKS, issuer, audience, expiry, nonce) before anything in it is believed.
import { createHash, randomBytes } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { CompanyIdpClient } from './options.ts';

const timeoutMs = 5_000;
/** How long discovery is believed; the keys themselves are refetched whenever an unknown key id shows up. */
const metadataTtlMs = 10 * 60_000;

/** Why a federated sign-in could not be used: the provider cannot be reached, or its answer fails a check. */
export class FederationError extends Error {
  override name = 'FederationError';
  constructor(
    message: string,
    readonly kind: 'unreachable' | 'invalid',
  ) {
    super(message);
  }
}

/** What SuperID asks the company's provider for, and must see again in the answer. */
export interface FederatedRequest {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
}

/** Who the company's provider says signed in, after every check. */
export interface FederatedIdentity {
  sub: string;
  email: string;
  /** How the provider checked the person (RFC 8176: `pwd`, `otp`, `mfa`, …). */
  amr: string[];
}

interface Metadata {
  authorizationEndpoint: string;
  tokenEndpoint: string;
  keys: JWTVerifyGetKey;
  fetchedAt: number;
}

const random = () => randomBytes(32).toString('base64url');
const isUrl = (value: unknown): value is string => typeof value === 'string' && /^https?:\/\//.test(value);

async function fetchWithTimeout(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
  } catch (error) {
    throw new FederationError(`${url} cannot be reached (${(error as Error).message})`, 'unreachable');
  }
}

export interface FederationClient {
  readonly issuer: string;
  authorizationRequest(options: {
    loginHint: string;
    locale: string;
    forceLogin: boolean;
  }): Promise<FederatedRequest>;
  /** Exchanges the code and checks the id_token; throws FederationError when anything does not hold. */
  redeem(code: string, request: Pick<FederatedRequest, 'nonce' | 'verifier'>): Promise<FederatedIdentity>;
}

export function createFederationClient(client: CompanyIdpClient & { redirectUri: string }): FederationClient {
  const { issuer, clientId, clientSecret, redirectUri } = client;
  let metadata: Promise<Metadata> | undefined;

  async function discover(): Promise<Metadata> {
    const response = await fetchWithTimeout(`${issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new FederationError(`discovery answered ${response.status}`, 'unreachable');
    const document = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    // OpenID Connect Discovery 1.0 §4.3: the document must name the issuer it was fetched for.
    if (document.issuer !== issuer) {
      throw new FederationError(
        `discovery names issuer ${String(document.issuer)}, not ${issuer}`,
        'invalid',
      );
    }
    const { authorization_endpoint, token_endpoint, jwks_uri } = document;
    if (!isUrl(authorization_endpoint) || !isUrl(token_endpoint) || !isUrl(jwks_uri)) {
      throw new FederationError('discovery lacks an endpoint', 'invalid');
    }
    return {
      authorizationEndpoint: authorization_endpoint,
      tokenEndpoint: token_endpoint,
      keys: createRemoteJWKSet(new URL(jwks_uri), { timeoutDuration: timeoutMs }),
      fetchedAt: Date.now(),
    };
  }

  /** Discovery once per ten minutes; a failed one is not kept. */
  async function load(): Promise<Metadata> {
    const current = metadata && (await metadata.catch(() => undefined));
    if (current && Date.now() - current.fetchedAt < metadataTtlMs) return current;
    const loading = discover();
    metadata = loading;
    loading.catch(() => metadata === loading && (metadata = undefined));
    return loading;
  }

  return {
    issuer,

    async authorizationRequest({ loginHint, locale, forceLogin }) {
      const { authorizationEndpoint } = await load();
      const request = { state: random(), nonce: random(), verifier: random() };
      const url = new URL(authorizationEndpoint);
      const params: Record<string, string> = {
        client_id: clientId,
        redirect_uri: redirectUri,
        response_type: 'code',
        scope: 'openid email profile',
        state: request.state,
        nonce: request.nonce,
        code_challenge: createHash('sha256').update(request.verifier).digest('base64url'),
        code_challenge_method: 'S256',
        login_hint: loginHint,
        ui_locales: locale,
        // SuperID was asked to authenticate afresh: the company's session must not stand in for that.
        ...(forceLogin ? { prompt: 'login', max_age: '0' } : {}),
      };
      for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
      return { url, ...request };
    },

    async redeem(code, { nonce, verifier }) {
      const { tokenEndpoint, keys } = await load();
      const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`);
      const response = await fetchWithTimeout(tokenEndpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
          Authorization: `Basic ${basic.toString('base64')}`,
        },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: redirectUri,
          code_verifier: verifier,
        }).toString(),
      });
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      if (!response.ok || typeof body.id_token !== 'string') {
        throw new FederationError(
          `the token endpoint answered ${response.status} ${String(body.error)}`,
          'invalid',
        );
      }
      let claims: Record<string, unknown>;
      try {
        ({ payload: claims } = await jwtVerify(body.id_token, keys, {
          issuer,
          audience: clientId,
          algorithms: ['RS256'],
          requiredClaims: ['sub', 'exp', 'iat', 'nonce'],
          clockTolerance: 30,
        }));
      } catch (error) {
        const unreachable = (error as { code?: string }).code === 'ERR_JWKS_TIMEOUT';
        throw new FederationError(
          `the id_token failed its checks (${(error as Error).message})`,
          unreachable ? 'unreachable' : 'invalid',
        );
      }
      if (claims.nonce !== nonce)
        throw new FederationError('the id_token answers another request (nonce)', 'invalid');
      if (typeof claims.email !== 'string' || claims.email_verified === false) {
        throw new FederationError('the id_token names no verified email', 'invalid');
      }
      const amr = Array.isArray(claims.amr)
        ? claims.amr.filter((m): m is string => typeof m === 'string')
        : [];
      return { sub: String(claims.sub), email: claims.email.trim().toLowerCase(), amr };
    },
  };
}
