import { fileURLToPath } from 'node:url';

/** Everything the sign-in service can be told; every field has a default (see `optionsFromEnv`). */
export interface SignInServiceOptions {
  /** TCP port; 0 picks a free one (the issuer then carries the real port). */
  port: number;
  /** Listen address; `localhost` means both loopbacks (127.0.0.1 and ::1). */
  host: string;
  /** Issuer URL (origin only); undefined means `http://localhost:${port}`. */
  issuer: string | undefined;
  /** The app's public client id. */
  clientId: string;
  /** Origins the app is served from: redirect and post-logout URIs and CORS are derived from them. */
  appOrigins: string[];
  /** Paths the app lives at on those origins (its VITE_BASE_PATH, `/` or `/crm/`): the URIs are registered under each. */
  appBasePaths: string[];
  /** Path of the accounts and tenants seed file. */
  seedPath: string;
  accessTokenTtl: number;
  refreshTokenTtl: number;
  sessionTtl: number;
  lockoutMinutes: number;
  maxFailures: number;
  /** Password posts allowed per client IP per minute. */
  loginRateLimit: number;
  /** The local shape the app was built against, or SuperID's own (profile.ts). */
  profile: ProfileName;
  /** Whether the app's tokens must be, may be, or cannot be bound to a key with DPoP; undefined: the profile's. */
  dpop: DpopMode | undefined;
  /** The company identity provider that people of a federated domain sign in with (seed provider `company-idp`). */
  companyIdp: CompanyIdpClient;
}

/** SuperID as a confidential client of the company identity provider (company-idp/README.md, "For the relying party"). */
export interface CompanyIdpClient {
  /** Its issuer: discovery is at `{issuer}/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where it sends the person back; undefined means `{the service's issuer}/federation/callback`. */
  redirectUri: string | undefined;
}

/** The defaults of company-idp/options.ts, so the two find each other out of the box (a test holds them equal). */
export const defaultCompanyIdp: CompanyIdpClient = {
  issuer: 'http://localhost:4300',
  clientId: 'superid',
  clientSecret: 'fjord-local-federation-secret',
  redirectUri: undefined,
};

/** The path the company identity provider sends people back to, below the service's issuer. */
export const federationCallbackPath = '/federation/callback';

export const profileNames = ['local', 'superid'] as const;
export type ProfileName = (typeof profileNames)[number];
export const dpopModes = ['required', 'optional', 'off'] as const;
export type DpopMode = (typeof dpopModes)[number];

/** The production app (`npm start`); `npm run dev` adds the Vite dev server's origin itself. */
export const defaultAppOrigins = ['http://localhost:4173'];

export const defaultSeedPath = fileURLToPath(new URL('./seed.json', import.meta.url));

/** A configuration value that cannot be used; the message names the variable. */
export class OptionsError extends Error {
  override name = 'OptionsError';
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

/** One of `values`, or undefined when the variable is not set. */
function oneOf<T extends string>(env: NodeJS.ProcessEnv, key: string, values: readonly T[]): T | undefined {
  const raw = env[key]?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!values.includes(raw as T)) {
    throw new OptionsError(`${key} must be one of ${values.join(', ')}, got "${raw}"`);
  }
  return raw as T;
}

function text(env: NodeJS.ProcessEnv, key: string, fallback: string): string {
  const raw = env[key]?.trim();
  return raw ? raw : fallback;
}

/** Normalises an origin and rejects anything with a path, query or fragment. */
export function parseOrigin(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionsError(`${key}: "${value}" is not a URL (expected e.g. http://localhost:4173)`);
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash) {
    throw new OptionsError(
      `${key}: "${value}" must be an http(s) origin without a path (e.g. http://localhost:4173)`,
    );
  }
  return url.origin;
}

/** Normalises an app's base path (`/crm` → `/crm/`) and rejects anything else than a plain path. */
export function parseBasePath(value: string, key: string): string {
  const path = value.endsWith('/') ? value : `${value}/`;
  // A path the URL parser leaves as it is: no `..`, query, fragment or character it would encode.
  const normal =
    path.startsWith('/') && !path.startsWith('//') && new URL(path, 'http://x').pathname === path;
  if (!normal) throw new OptionsError(`${key}: "${value}" must be a path such as / or /crm/`);
  return path;
}

/** Where the app opens: each origin with each base path (`http://localhost:4173/`, `…/crm/`). */
export const appUrls = ({ appOrigins, appBasePaths }: SignInServiceOptions) =>
  appOrigins.flatMap((origin) => appBasePaths.map((path) => origin + path));

/** Reads the options from SIGNIN_* environment variables, with the documented defaults. */
export function optionsFromEnv(env: NodeJS.ProcessEnv = process.env): SignInServiceOptions {
  const extraOrigins = (env.SIGNIN_APP_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
    .map((origin) => parseOrigin(origin, 'SIGNIN_APP_ORIGINS'));
  const basePaths = (env.SIGNIN_APP_BASE_PATHS ?? '')
    .split(',')
    .map((path) => path.trim())
    .filter(Boolean)
    .map((path) => parseBasePath(path, 'SIGNIN_APP_BASE_PATHS'));
  const issuer = env.SIGNIN_ISSUER?.trim()
    ? parseOrigin(env.SIGNIN_ISSUER.trim(), 'SIGNIN_ISSUER')
    : undefined;
  return {
    port: integer(env, 'SIGNIN_PORT', 4000, 0, 65535),
    host: text(env, 'SIGNIN_HOST', 'localhost'),
    issuer,
    clientId: text(env, 'SIGNIN_CLIENT_ID', 'mobile-crm'),
    appOrigins: [...new Set([...defaultAppOrigins, ...extraOrigins])],
    appBasePaths: basePaths.length ? [...new Set(basePaths)] : ['/'],
    seedPath: text(env, 'SIGNIN_SEED', defaultSeedPath),
    accessTokenTtl: integer(env, 'SIGNIN_ACCESS_TOKEN_TTL', 3600, 1, 30 * day),
    refreshTokenTtl: integer(env, 'SIGNIN_REFRESH_TOKEN_TTL', 14 * day, 1, 365 * day),
    sessionTtl: integer(env, 'SIGNIN_SESSION_TTL', 14 * day, 1, 365 * day),
    lockoutMinutes: integer(env, 'SIGNIN_LOCKOUT_MINUTES', 5, 0, 24 * 60),
    maxFailures: integer(env, 'SIGNIN_MAX_FAILURES', 5, 1, 1000),
    loginRateLimit: integer(env, 'SIGNIN_LOGIN_RATE_LIMIT', 60, 1, 100000),
    profile: oneOf(env, 'SIGNIN_PROFILE', profileNames) ?? 'local',
    dpop: oneOf(env, 'SIGNIN_DPOP', dpopModes),
    companyIdp: {
      issuer: env.SIGNIN_COMPANY_IDP_ISSUER?.trim()
        ? parseOrigin(env.SIGNIN_COMPANY_IDP_ISSUER.trim(), 'SIGNIN_COMPANY_IDP_ISSUER')
        : defaultCompanyIdp.issuer,
      clientId: text(env, 'SIGNIN_COMPANY_IDP_CLIENT_ID', defaultCompanyIdp.clientId),
      clientSecret: text(env, 'SIGNIN_COMPANY_IDP_CLIENT_SECRET', defaultCompanyIdp.clientSecret),
      redirectUri: env.SIGNIN_COMPANY_IDP_REDIRECT_URI?.trim()
        ? parseUrl(env.SIGNIN_COMPANY_IDP_REDIRECT_URI.trim(), 'SIGNIN_COMPANY_IDP_REDIRECT_URI')
        : undefined,
    },
  };
}

/** An absolute http(s) URL without a fragment, normalised. */
function parseUrl(value: string, key: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OptionsError(
      `${key}: "${value}" is not a URL (expected e.g. http://localhost:4000/federation/callback)`,
    );
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.hash) {
    throw new OptionsError(`${key}: "${value}" must be an http(s) URL without a fragment`);
  }
  return url.href;
}

/** Checks options given in code (they skip the env parsing) with the same messages. */
export function validateOptions(options: SignInServiceOptions): SignInServiceOptions {
  const asEnv: NodeJS.ProcessEnv = {
    SIGNIN_PORT: String(options.port),
    SIGNIN_ACCESS_TOKEN_TTL: String(options.accessTokenTtl),
    SIGNIN_REFRESH_TOKEN_TTL: String(options.refreshTokenTtl),
    SIGNIN_SESSION_TTL: String(options.sessionTtl),
    SIGNIN_LOCKOUT_MINUTES: String(options.lockoutMinutes),
    SIGNIN_MAX_FAILURES: String(options.maxFailures),
    SIGNIN_LOGIN_RATE_LIMIT: String(options.loginRateLimit),
    SIGNIN_PROFILE: options.profile,
    SIGNIN_DPOP: options.dpop,
  };
  optionsFromEnv(asEnv);
  if (!options.clientId.trim()) throw new OptionsError('SIGNIN_CLIENT_ID must not be empty');
  if (options.appOrigins.length === 0)
    throw new OptionsError('SIGNIN_APP_ORIGINS must name at least one origin');
  if (options.appBasePaths.length === 0)
    throw new OptionsError('SIGNIN_APP_BASE_PATHS must name at least one path');
  const { companyIdp } = options;
  if (!companyIdp.clientId.trim()) throw new OptionsError('SIGNIN_COMPANY_IDP_CLIENT_ID must not be empty');
  if (!companyIdp.clientSecret) throw new OptionsError('SIGNIN_COMPANY_IDP_CLIENT_SECRET must not be empty');
  return {
    ...options,
    issuer: options.issuer === undefined ? undefined : parseOrigin(options.issuer, 'SIGNIN_ISSUER'),
    companyIdp: {
      ...companyIdp,
      issuer: parseOrigin(companyIdp.issuer, 'SIGNIN_COMPANY_IDP_ISSUER'),
      redirectUri:
        companyIdp.redirectUri === undefined
          ? undefined
          : parseUrl(companyIdp.redirectUri, 'SIGNIN_COMPANY_IDP_REDIRECT_URI'),
    },
    appOrigins: [...new Set(options.appOrigins.map((origin) => parseOrigin(origin, 'SIGNIN_APP_ORIGINS')))],
    appBasePaths: [
      ...new Set(options.appBasePaths.map((path) => parseBasePath(path, 'SIGNIN_APP_BASE_PATHS'))),
    ],
  };
}
