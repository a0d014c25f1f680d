// The configuration's shape as the app reads it at run time; build/config.ts builds and validates it at build time.
import { isLoopback } from './loopback.ts';

export type Environment = 'local' | 'sod' | 'qaonline' | 'online';
export type TenantSource = 'tenants-claim' | 'ctx-claim';
export type EndSessionMethod = 'post' | 'get';

/** Names of the id_token claims the app reads. */
export interface ClaimNames {
  ctx: string;
  companyName: string;
  email: string;
  tenants: string;
  name: string;
}

export interface IdentityConfig {
  /** OIDC authority: the base URL of the discovery document. */
  authority: string;
  /** The `iss` in tokens; SuperOffice's differs from its authority (no `/login`). */
  issuer: string;
  clientId: string;
  scope: string;
  redirectPath: string;
  postLogoutPath: string;
  claims: ClaimNames;
  tenantSource: TenantSource;
  /** Tenant status API; `{ctx}` is replaced by the tenant id. */
  statusUrlTemplate: string;
  /** End-session endpoint for providers whose discovery lacks one; null = from discovery. */
  endSessionUrl: string | null;
  /** How Log out reaches the end-session endpoint: `post` keeps the id_token out of the browser's history. */
  endSessionMethod: EndSessionMethod;
  /** Bind tokens to a browser key with DPoP. */
  dpop: boolean;
}

export interface StoreLinks {
  appStoreUrl: string;
  appStoreId: string;
  googlePlayUrl: string;
  googlePlayId: string;
}

/** Which Onsite servers people may connect to: none (the choice is hidden), any https server, or these origins. */
export type OnsiteServers = 'none' | 'any' | string[];

export interface OnsiteConfig {
  servers: OnsiteServers;
  /** The client id the app presents to every Onsite server. */
  clientId: string;
}

export interface AppConfig {
  environment: Environment;
  /** SuperOffice Online's sign-in: the service the app uses unless the person connects to an Onsite server. */
  identity: IdentityConfig;
  onsite: OnsiteConfig;
  stores: StoreLinks;
}

/** Returns what is wrong with an http(s) URL, or null when it is fine. */
export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute http(s) URL';
  }
  if (url.username || url.password) return 'must not contain credentials';
  if (url.protocol === 'https:') return null;
  // Plain http cannot be trusted off this machine.
  return url.protocol === 'http:' && isLoopback(url.hostname)
    ? null
    : 'must use https (http is allowed only for localhost, 127.0.0.1 and [::1])';
}
