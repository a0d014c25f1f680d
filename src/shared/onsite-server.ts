// An Onsite server's OpenID Connect discovery document, checked before the app trusts it with a sign-in: once when
// the person connects, and again whenever the remembered copy is read back.
import { isRecord } from './is-record.ts';
import { isLoopback } from './loopback.ts';

/** The parts of a discovery document the app uses, as the server published them. */
export interface OnsiteMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  end_session_endpoint?: string;
  revocation_endpoint?: string;
  response_types_supported?: string[];
  code_challenge_methods_supported?: string[];
  grant_types_supported?: string[];
  authorization_response_iss_parameter_supported?: boolean;
  dpop_signing_alg_values_supported?: string[];
}

/** A server a person connected to: where its discovery document was found (the authority), and what it said. */
export interface OnsiteServer {
  authority: string;
  metadata: OnsiteMetadata;
}

/**
 * Why a sign-in cannot be trusted: its issuer is not where it was found, it uses plain http (mixed content), it
 * lacks the code flow with PKCE S256, or the app would have to fetch from servers it may not reach.
 */
export type UntrustedReason = 'issuer' | 'http' | 'pkce' | 'elsewhere';

export type ServerCheck =
  | { ok: true; server: OnsiteServer }
  /** `none`: not a discovery document at all. */
  | { ok: false; reason: UntrustedReason | 'none' };

const ENDPOINTS = [
  'authorization_endpoint',
  'token_endpoint',
  'end_session_endpoint',
  'revocation_endpoint',
] as const;
/** Endpoints the app itself sends requests or forms to: the allow-list (and the CSP) must admit them. */
const REACHED = ['token_endpoint', 'end_session_endpoint', 'revocation_endpoint'] as const;
const LISTS = [
  'response_types_supported',
  'code_challenge_methods_supported',
  'grant_types_supported',
  'dpop_signing_alg_values_supported',
] as const;

const strings = (value: unknown) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? (value as string[]) : undefined;

const parse = (value: string) => {
  try {
    return new URL(value);
  } catch {
    return null;
  }
};

/** Only the fields the app reads, each of the right type; anything else the document says is dropped. */
function pick(document: Record<string, unknown>): OnsiteMetadata | null {
  const picked: Record<string, unknown> = {};
  for (const key of ['issuer', ...ENDPOINTS])
    if (typeof document[key] === 'string') picked[key] = document[key];
  for (const key of LISTS) if (strings(document[key])) picked[key] = strings(document[key]);
  if (document.authorization_response_iss_parameter_supported === true)
    picked.authorization_response_iss_parameter_supported = true;
  const complete = ['issuer', 'authorization_endpoint', 'token_endpoint'].every((key) => key in picked);
  return complete ? (picked as unknown as OnsiteMetadata) : null;
}

/**
 * Checks a discovery document found at `authority`. The issuer must be on the same origin, at or above that place
 * (SuperOffice's own sign-in keeps its document under /login with the issuer at the root); every endpoint on
 * https (plain http only where the server itself is this device); the code flow with PKCE S256; and what the app
 * fetches or posts to, admitted by `allowed` (the build's allow-list).
 */
export function checkOnsiteServer(
  authority: string,
  document: unknown,
  allowed: (url: string) => boolean,
): ServerCheck {
  const metadata = isRecord(document) ? pick(document) : null;
  const where = parse(authority);
  if (!metadata || !where) return { ok: false, reason: 'none' };
  const issuer = parse(metadata.issuer);
  const issuerPath = issuer?.href.replace(/\/$/, '') ?? '';
  // At or above the document's place, on its origin (the path check includes the origin).
  if (!issuer || issuer.search || issuer.hash || !`${authority}/`.startsWith(`${issuerPath}/`))
    return { ok: false, reason: 'issuer' };
  const plainHttpHere = where.protocol === 'http:' && isLoopback(where.hostname);
  for (const key of ENDPOINTS) {
    const value = metadata[key];
    const endpoint = value === undefined ? undefined : parse(value);
    if (endpoint === undefined) continue;
    const secure =
      endpoint?.protocol === 'https:' ||
      (endpoint?.protocol === 'http:' && plainHttpHere && isLoopback(endpoint.hostname));
    if (!secure || endpoint.username || endpoint.password) return { ok: false, reason: 'http' };
  }
  const codeFlow =
    metadata.response_types_supported?.includes('code') &&
    metadata.code_challenge_methods_supported?.includes('S256') &&
    (metadata.grant_types_supported ?? ['authorization_code']).includes('authorization_code');
  if (!codeFlow) return { ok: false, reason: 'pkce' };
  if (REACHED.some((key) => metadata[key] !== undefined && !allowed(metadata[key])))
    return { ok: false, reason: 'elsewhere' };
  return { ok: true, server: { authority, metadata } };
}
