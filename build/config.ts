// Build time: the configuration from VITE_* variables, validated, with a ConfigError naming the first bad key.
import {
  urlProblem,
  type AppConfig,
  type EndSessionMethod,
  type Environment,
  type OnsiteServers,
  type TenantSource,
} from '../src/shared/config.ts';
import { routesUnder } from '../src/shared/routes.ts';

/** The identity settings that differ per environment; null means "no default". */
export interface EnvironmentPreset {
  authority: string;
  /** null = the same as the authority. */
  issuer: string | null;
  clientId: string | null;
  statusUrlTemplate: string;
  endSessionUrl: string | null;
  endSessionMethod: EndSessionMethod;
  tenantSource: TenantSource;
  dpop: boolean;
  /** Which Onsite servers people may connect to, unless VITE_ONSITE_SERVERS says otherwise. */
  onsiteServers: 'none' | 'any';
}

/** A configuration value that cannot be used; `key` names the setting to fix. */
export class ConfigError extends Error {
  readonly key: string;

  constructor(key: string, problem: string) {
    super(`${key} ${problem}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

const superOffice = (env: string): EnvironmentPreset => {
  const host = `https://${env}.superoffice.com`;
  return {
    authority: host + '/login',
    issuer: host,
    // SuperOffice registers each application: there is no client id to share.
    clientId: null,
    statusUrlTemplate: host + '/api/state/{ctx}',
    endSessionUrl: host + '/login/logout',
    // Unconfirmed whether SuperID takes the logout as a form POST, and whether its cookies come along cross-site.
    endSessionMethod: 'get',
    // SuperID asks for the tenant itself and names only that one, in the ctx claim.
    tenantSource: 'ctx-claim',
    // Unconfirmed whether SuperID accepts DPoP proofs.
    dpop: false,
    // A deployment chooses: its company's server, or every Onsite customer's (VITE_ONSITE_SERVERS).
    onsiteServers: 'none',
  };
};

export const presets: Readonly<Record<Environment, Readonly<EnvironmentPreset>>> = {
  local: {
    authority: 'http://localhost:4000',
    issuer: null,
    clientId: 'mobile-crm',
    statusUrlTemplate: 'http://localhost:4000/api/state/{ctx}',
    endSessionUrl: null,
    endSessionMethod: 'post',
    tenantSource: 'tenants-claim',
    dpop: true,
    // The local Onsite server (npm start) and the test fixtures, all on this device.
    onsiteServers: 'any',
  },
  sod: superOffice('sod'),
  qaonline: superOffice('qaonline'),
  online: superOffice('online'),
};

const superOfficeClaim = 'http://schemes.superoffice.net/identity/';

type Env = Record<string, string | boolean | undefined>;

const BASE_KEY = 'VITE_BASE_PATH';
// Letters, digits and `-._~` (a URL's unreserved characters), never starting with a dot: no `..`, no hidden folder.
const BASE_SEGMENT = /^[a-z0-9][\w.~-]*$/i;

/**
 * Where the app lives on its host, `/` unless VITE_BASE_PATH says otherwise: a path such as `/crm/` (the final
 * slash is added when missing). Throws ConfigError naming the key.
 */
export function loadBasePath(env: Env): string {
  const value = String(env[BASE_KEY] ?? '').trim();
  if (!value || value === '/') return '/';
  const segments = value.replace(/\/$/, '').split('/');
  if (segments[0] !== '' || !segments.slice(1).every((segment) => BASE_SEGMENT.test(segment)))
    throw new ConfigError(
      BASE_KEY,
      `must be a path such as /crm/ (letters, digits and -._~ between the slashes); got "${value}"`,
    );
  return `${segments.join('/')}/`;
}

/** Builds and validates the config from env-like keys; throws ConfigError naming the first bad key. */
export function loadConfig(env: Env): AppConfig {
  // Unset and empty keys (`VITE_X=` in a .env file) both mean "use the default".
  const read = (key: string): string | undefined => String(env[key] ?? '').trim() || undefined;
  const fail = (key: string, problem: string, value?: string): never => {
    throw new ConfigError(key, value === undefined ? problem : `${problem}; got "${value}"`);
  };
  const check = (key: string, value: string, valid: boolean, expected: string): string =>
    valid ? value : fail(key, expected, value);
  const url = (key: string, fallback: string, value = read(key) ?? fallback): string => {
    const problem = urlProblem(value.replace('{ctx}', 'ctx'));
    // Never echo a URL that carries a password.
    if (problem) fail(key, problem, /@/.test(value) ? undefined : value);
    return value.replace(/\/+$/, '');
  };

  const envKey = 'VITE_SIGNIN_ENV';
  const environment = (read(envKey) ?? 'local') as Environment;
  const preset = Object.hasOwn(presets, environment)
    ? presets[environment]
    : fail(envKey, `must be one of ${Object.keys(presets).join(', ')}`, environment);

  const clientKey = 'VITE_SIGNIN_CLIENT_ID';
  const clientId =
    read(clientKey) ??
    preset.clientId ??
    fail(clientKey, `is required for ${environment}: the client id SuperOffice registered for this app`);

  const scopeKey = 'VITE_SIGNIN_SCOPE';
  const scope = read(scopeKey)?.split(/\s+/).join(' ') ?? 'openid';

  const dpopKey = 'VITE_SIGNIN_DPOP';
  const dpop = read(dpopKey) ?? String(preset.dpop);

  const sourceKey = 'VITE_TENANT_SOURCE';
  const tenantSource = read(sourceKey) ?? preset.tenantSource;

  const statusKey = 'VITE_TENANT_STATUS_URL';
  const statusUrlTemplate = url(statusKey, preset.statusUrlTemplate);

  const endSessionKey = 'VITE_SIGNIN_END_SESSION_URL';
  const endSession = read(endSessionKey) ?? preset.endSessionUrl;
  const methodKey = 'VITE_SIGNIN_END_SESSION_METHOD';
  const endSessionMethod = read(methodKey) ?? preset.endSessionMethod;

  const authority = url('VITE_SIGNIN_AUTHORITY', preset.authority);
  const issuerKey = 'VITE_SIGNIN_ISSUER';
  const issuer = read(issuerKey) ?? preset.issuer ?? authority;
  url(issuerKey, '', issuer);

  const onsiteServers = readOnsiteServers(read('VITE_ONSITE_SERVERS') ?? preset.onsiteServers, fail);
  const onsiteClientKey = 'VITE_ONSITE_CLIENT_ID';
  const onsiteClientId = read(onsiteClientKey) ?? 'mobile-crm';

  const appStoreId = read('VITE_APP_STORE_ID') ?? '1516435957';
  const googlePlayId = read('VITE_GOOGLE_PLAY_ID') ?? 'no.superoffice.mobile';
  const routes = routesUnder(loadBasePath(env));

  return {
    environment,
    identity: {
      authority,
      // Compared with `iss` character for character, so kept exactly as given.
      issuer,
      clientId: check(clientKey, clientId, /^\S+$/.test(clientId), 'must not contain spaces'),
      scope: check(scopeKey, scope, /(^| )openid( |$)/.test(scope), 'must include "openid"'),
      // The app's routes under its base, written into the configuration the app carries.
      redirectPath: routes.callback,
      postLogoutPath: routes.signedOut,
      claims: {
        ctx: superOfficeClaim + 'ctx',
        companyName: superOfficeClaim + 'company_name',
        email: superOfficeClaim + 'email',
        tenants: 'tenants',
        name: 'name',
      },
      tenantSource: check(
        sourceKey,
        tenantSource,
        /^(tenants|ctx)-claim$/.test(tenantSource),
        'must be tenants-claim or ctx-claim',
      ) as TenantSource,
      statusUrlTemplate: check(
        statusKey,
        statusUrlTemplate,
        statusUrlTemplate.split('{ctx}').length === 2,
        'must contain {ctx} exactly once',
      ),
      endSessionUrl: endSession && url(endSessionKey, '', endSession),
      endSessionMethod: check(
        methodKey,
        endSessionMethod,
        /^(post|get)$/.test(endSessionMethod),
        'must be post or get',
      ) as EndSessionMethod,
      dpop: check(dpopKey, dpop, /^(true|false)$/.test(dpop), 'must be true or false') === 'true',
    },
    onsite: {
      servers: onsiteServers,
      clientId: check(
        onsiteClientKey,
        onsiteClientId,
        /^\S+$/.test(onsiteClientId),
        'must not contain spaces',
      ),
    },
    stores: {
      appStoreUrl: url(
        'VITE_APP_STORE_URL',
        'https://apps.apple.com/app/superoffice-mobile-crm/id1516435957',
      ),
      appStoreId: check('VITE_APP_STORE_ID', appStoreId, /^\d+$/.test(appStoreId), 'must be digits only'),
      googlePlayUrl: url(
        'VITE_GOOGLE_PLAY_URL',
        'https://play.google.com/store/apps/details?id=no.superoffice.mobile',
      ),
      googlePlayId: check(
        'VITE_GOOGLE_PLAY_ID',
        googlePlayId,
        /^[a-z]\w*(\.[a-z]\w*)+$/i.test(googlePlayId),
        'must be a package name like no.superoffice.mobile',
      ),
    },
  };
}

/** `none`, `any`, or a comma-separated list of the servers' origins (https; http only for this device). */
function readOnsiteServers(
  value: string,
  fail: (key: string, problem: string, value?: string) => never,
): OnsiteServers {
  const key = 'VITE_ONSITE_SERVERS';
  if (value === 'none' || value === 'any') return value;
  const origins = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (origins.length === 0) fail(key, 'must be none, any, or a list of origins', value);
  return [
    ...new Set(
      origins.map((origin) => {
        const problem = urlProblem(origin);
        // Never echo a URL that carries a password.
        const shown = /@/.test(origin) ? undefined : origin;
        if (problem) fail(key, `${problem} (each entry is a server's origin; or none, or any)`, shown);
        const { origin: normal, href } = new URL(origin);
        if (href.replace(/\/$/, '') !== normal)
          fail(key, 'must list origins only (scheme, host and port, no path)', origin);
        return normal;
      }),
    ),
  ];
}
