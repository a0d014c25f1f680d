// The app's Content-Security-Policy: scripts only from itself, network only to its sign-in service and tenants.
import type { AppConfig } from './config.ts';

const originOf = (url: string) => new URL(url).origin;

/** Origins the app talks to: the sign-in service, the status API, and where tenants' APIs live. */
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

export function contentSecurityPolicy(config: AppConfig): string {
  const connect = connectOrigins(config).join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connect}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self' ${originOf(config.identity.authority)}`,
    "frame-ancestors 'none'",
  ].join('; ');
}
