// The build's allow-list of Onsite servers, read one way by the app (may it connect?) and by the CSP (may it fetch?).
import type { AppConfig } from './config.ts';
import { isLoopback } from './loopback.ts';

// No [::1]: CSP source lists have no syntax for an IPv6 address (Chrome logs an error and ignores it).
const LOOPBACK_SOURCES = ['http://localhost:*', 'http://127.0.0.1:*'];

/** A build whose own sign-in service is plain http on this device (development): "any" reaches this device too. */
function developmentBuild({ identity }: AppConfig): boolean {
  const { protocol, hostname } = new URL(identity.authority);
  return protocol === 'http:' && isLoopback(hostname);
}

/** Whether people may connect this build to an Onsite server at all. */
export const offersOnsite = (config: AppConfig) => config.onsite.servers !== 'none';

/** Whether the app may talk to `url` as (part of) an Onsite server. */
export function serverAllowed(config: AppConfig, url: string): boolean {
  const { servers } = config.onsite;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.username || parsed.password) return false;
  if (Array.isArray(servers)) return servers.includes(parsed.origin);
  if (servers === 'none') return false;
  if (parsed.protocol === 'https:') return true;
  return parsed.protocol === 'http:' && isLoopback(parsed.hostname) && developmentBuild(config);
}

/** CSP sources for what serverAllowed admits: the listed origins, or `https:` (and this device in development). */
export function onsiteSources(config: AppConfig): string[] {
  const { servers } = config.onsite;
  if (Array.isArray(servers)) return servers;
  if (servers === 'none') return [];
  return ['https:', ...(developmentBuild(config) ? LOOPBACK_SOURCES : [])];
}
