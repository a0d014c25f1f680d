// A server address as people type it (no scheme, spaces, upper case, a pasted page): what they mean, or why not.
import { isLoopback } from './loopback.ts';

export type AddressProblem = 'empty' | 'invalid' | 'unsafe' | 'not-https';

export type ServerAddress =
  /** `url`: the server's base address, origin and path, without a trailing slash. */
  | { ok: true; url: string }
  /** `url`: the address as understood, when there is one to name. */
  | { ok: false; problem: AddressProblem; url?: string };

export const DISCOVERY_PATH = '/.well-known/openid-configuration';

// Hidden and control characters, and backslashes (browsers read them as '/', which can hide the real host).
const UNSAFE_CHARACTERS = /[\\\p{Cc}\p{Cf}]/u;
// "https://", and its near misses "https:/", "https:", "https//".
const WEB_SCHEME = /^(https?)(?::\/*|\/\/+)/i;
// Any other scheme (javascript:, file:, ftp://…); "host:port" is not one, as a port starts with a digit.
const OTHER_SCHEME = /^[a-z][a-z\d+.-]*:(?!\d)/i;
const HOST = /^([a-z\d_-]+\.)*[a-z\d_-]+$|^\[[\da-f:.]+\]$/;

/** Reads what a person typed as the address of their server. */
export function readServerAddress(typed: string): ServerAddress {
  // Phone keyboards add spaces (after a dot, at the end); an address never holds one.
  const text = typed.replace(/\s+/g, '');
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > 2048 || UNSAFE_CHARACTERS.test(text)) return { ok: false, problem: 'unsafe' };
  const scheme = WEB_SCHEME.exec(text);
  if (!scheme && OTHER_SCHEME.test(text)) return { ok: false, problem: 'unsafe' };
  const rest = scheme ? text.slice(scheme[0].length) : text;
  // Without a scheme: https, except on this device, where servers speak plain http.
  const host = /^[^/?#]*/.exec(rest)![0].replace(/^.*@/, '').replace(/:\d*$/, '');
  const protocol = scheme ? scheme[1]!.toLowerCase() : isLoopback(host.toLowerCase()) ? 'http' : 'https';
  let url: URL;
  try {
    url = new URL(`${protocol}://${rest}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.username || url.password) return { ok: false, problem: 'unsafe' };
  const hostname = url.hostname.replace(/\.$/, '');
  if (!HOST.test(hostname)) return { ok: false, problem: 'invalid' };
  // A pasted page (default.aspx) or discovery address means the place it sits in; query and fragment go.
  const path = url.pathname
    .replace(/\/{2,}/g, '/')
    .replace(/\/\.well-known\/openid-configuration\/?$/i, '')
    .replace(/\/[^/]*\.[^/]*$/, '')
    .replace(/\/+$/, '');
  const base = `${url.protocol}//${hostname}${url.port ? `:${url.port}` : ''}${path}`;
  if (url.protocol === 'http:' && !isLoopback(hostname))
    return { ok: false, problem: 'not-https', url: base };
  return { ok: true, url: base };
}

/**
 * Where to look for the server's OpenID Connect discovery document, in order: the address as given, `/login`
 * under it (where SuperOffice's own sign-in keeps it), and for an address with a path the same at the server's root.
 */
export function discoveryPlaces(url: string): string[] {
  const { origin } = new URL(url);
  const bases = [url, `${url}/login`, origin, `${origin}/login`];
  return [...new Set(bases)].map((base) => base + DISCOVERY_PATH);
}
