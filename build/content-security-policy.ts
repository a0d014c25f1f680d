// The app's Content-Security-Policy: scripts only from itself, network only to its sign-in services and tenants.
import type { AppConfig } from '../src/shared/config.ts';
import { onsiteSources } from '../src/shared/onsite-servers.ts';

const originOf = (url: string) => new URL(url).origin;

/** Origins the app talks to: the sign-in service, the status API, and where tenants' APIs live (Online's). */
export function connectOrigins(config: AppConfig): string[] {
  const { identity } = config;
  const origins = new Set([
    originOf(identity.authority),
    originOf(identity.statusUrlTemplate.replace('{ctx}', 'x')),
  ]);
  if (identity.endSessionUrl) origins.add(originOf(identity.endSessionUrl));
  // SuperOffice moves tenants between numbered hosts (online2, sod3, …), so allow the family, not one host.
  if (config.environment !== 'local') origins.add('https://*.superoffice.com');
  return [...origins];
}

/** Where the app may send a form besides itself: only the end-session endpoint, when Log out posts to it. */
function formTargets({ identity }: AppConfig): string[] {
  if (identity.endSessionMethod !== 'post') return [];
  return [originOf(identity.endSessionUrl ?? identity.authority)];
}

/** CSP sources ('sha256-…') of the built pages' inline scripts and styles (build/csp-hashes.ts). */
export interface InlineHashes {
  scripts: string[];
  styles: string[];
}

export function contentSecurityPolicy(
  config: AppConfig,
  inline: InlineHashes = { scripts: [], styles: [] },
): string {
  // Onsite servers the build admits: their sign-in, status and tenant APIs, and Log out's form.
  const onsite = onsiteSources(config);
  const connect = [...connectOrigins(config), ...onsite].join(' ');
  const withHashes = (directive: string, hashes: string[]) => [directive, "'self'", ...hashes].join(' ');
  return [
    "default-src 'self'",
    // Only the pages' own boot scripts and styles inline, each allowed by its hash; no 'unsafe-inline', no eval.
    withHashes('script-src', inline.scripts),
    withHashes('style-src', inline.styles),
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ['form-action', "'self'", ...formTargets(config), ...onsite].join(' '),
    "frame-ancestors 'none'",
  ].join('; ');
}
