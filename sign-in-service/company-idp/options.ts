import { fileURLToPath } from 'node:url';
import { OptionsError, parseOrigin } from '../options.ts';

export { OptionsError } from '../options.ts';

/** The client id SuperID (the relying party) uses at the company's identity provider. */
export const defaultClientId = 'superid';
/** Where SuperID takes the company's answer back; the relying party's callback route. */
export const defaultRedirectUris = ['http://localhost:4000/federation/callback'];
/** A development secret only: set COMPANY_IDP_CLIENT_SECRET for anything shared. */
export const defaultClientSecret = 'fjord-local-federation-secret';
export const defaultSeedPath = fileURLToPath(new URL('./seed.json', import.meta.url));

/** Everything the company identity provider can be told; every field has a default (see `companyIdpOptionsFromEnv`). */
export interface CompanyIdpOptions {
  /** TCP port; 0 picks a free one (the issuer then carries the real port). */
  port: number;
  /** Listen address; `localhost` means both loopbacks (127.0.0.1 and ::1). */
  host: string;
  /** Issuer URL (origin only); undefined means `http://localhost:${port}`. */
  issuer: string | undefined;
  /** The relying party's (SuperID's) client id. */
  clientId: string;
  /** The relying party's client secret, at least 16 characters; accepted with client_secret_basic or _post. */
  clientSecret: string;
  /** Exact redirect URIs of the relying party. */
  redirectUris: string[];
  /** Exact post-logout redirect URIs of the relying party; none by default. */
  postLogoutRedirectUris: string[];
  /** Path of the people seed file. */
  seedPath: string;
  /** id_token and access token lifetime, seconds. */
  tokenTtl: number;
  /** Provider session lifetime, seconds: a work day by default. */
  sessionTtl: number;
  lockoutMinutes: number;
  /** Wrong passwords and wrong codes in a row that lock an account. */
  maxFailures: number;
  /** Login form posts allowed per client IP per minute. */
  loginRateLimit: number;
}

const day = 24 * 60 * 60;

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new OptionsError(`${key} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

const text = (env: NodeJS.ProcessEnv, key: string, fallback: string) => env[key]?.trim() || fallback;

/** An absolute http(s) URI without a fragment, compared exactly by the provider. */
export function parseRedirectUri(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionsError(`${key}: "${value}" is not a URL (expected e.g. ${defaultRedirectUris[0]})`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.hash || value.includes('#')) {
    throw new OptionsError(`${key}: "${value}" must be an http(s) URL without a fragment`);
  }
  return url.href;
}

function uriList(env: NodeJS.ProcessEnv, key: string, fallback: string[]): string[] {
  const raw = env[key];
  if (raw === undefined) return fallback;
  const list = raw
    .split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  return [...new Set(list.map((uri) => parseRedirectUri(uri, key)))];
}

/** Reads the options from COMPANY_IDP_* environment variables, with the documented defaults. */
export function companyIdpOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): CompanyIdpOptions {
  const issuer = env.COMPANY_IDP_ISSUER?.trim()
    ? parseOrigin(env.COMPANY_IDP_ISSUER.trim(), 'COMPANY_IDP_ISSUER')
    : undefined;
  return {
    port: integer(env, 'COMPANY_IDP_PORT', 4300, 0, 65535),
    host: text(env, 'COMPANY_IDP_HOST', 'localhost'),
    issuer,
    clientId: text(env, 'COMPANY_IDP_CLIENT_ID', defaultClientId),
    clientSecret: text(env, 'COMPANY_IDP_CLIENT_SECRET', defaultClientSecret),
    redirectUris: uriList(env, 'COMPANY_IDP_REDIRECT_URIS', defaultRedirectUris),
    postLogoutRedirectUris: uriList(env, 'COMPANY_IDP_POST_LOGOUT_REDIRECT_URIS', []),
    seedPath: text(env, 'COMPANY_IDP_SEED', defaultSeedPath),
    tokenTtl: integer(env, 'COMPANY_IDP_TOKEN_TTL', 300, 1, day),
    sessionTtl: integer(env, 'COMPANY_IDP_SESSION_TTL', 8 * 60 * 60, 1, 30 * day),
    lockoutMinutes: integer(env, 'COMPANY_IDP_LOCKOUT_MINUTES', 5, 0, 24 * 60),
    maxFailures: integer(env, 'COMPANY_IDP_MAX_FAILURES', 5, 1, 1000),
    loginRateLimit: integer(env, 'COMPANY_IDP_LOGIN_RATE_LIMIT', 60, 1, 100000),
  };
}

/** Checks options given in code (they skip the env parsing) with the same messages. */
export function validateCompanyIdpOptions(options: CompanyIdpOptions): CompanyIdpOptions {
  companyIdpOptionsFromEnv({
    COMPANY_IDP_PORT: String(options.port),
    COMPANY_IDP_TOKEN_TTL: String(options.tokenTtl),
    COMPANY_IDP_SESSION_TTL: String(options.sessionTtl),
    COMPANY_IDP_LOCKOUT_MINUTES: String(options.lockoutMinutes),
    COMPANY_IDP_MAX_FAILURES: String(options.maxFailures),
    COMPANY_IDP_LOGIN_RATE_LIMIT: String(options.loginRateLimit),
  });
  if (!options.clientId.trim()) throw new OptionsError('COMPANY_IDP_CLIENT_ID must not be empty');
  if (options.clientSecret.length < 16) {
    throw new OptionsError('COMPANY_IDP_CLIENT_SECRET must be at least 16 characters');
  }
  const redirectUris = [
    ...new Set(options.redirectUris.map((uri) => parseRedirectUri(uri, 'COMPANY_IDP_REDIRECT_URIS'))),
  ];
  if (redirectUris.length === 0) {
    throw new OptionsError('COMPANY_IDP_REDIRECT_URIS must name at least one redirect URI');
  }
  return {
    ...options,
    issuer: options.issuer === undefined ? undefined : parseOrigin(options.issuer, 'COMPANY_IDP_ISSUER'),
    redirectUris,
    postLogoutRedirectUris: [
      ...new Set(
        options.postLogoutRedirectUris.map((uri) =>
          parseRedirectUri(uri, 'COMPANY_IDP_POST_LOGOUT_REDIRECT_URIS'),
        ),
      ),
    ],
  };
}

/** The origins the provider's pages may post forms to and redirect to after a form post (for the CSP). */
export const relyingPartyOrigins = (options: CompanyIdpOptions) => [
  ...new Set([...options.redirectUris, ...options.postLogoutRedirectUris].map((uri) => new URL(uri).origin)),
];
