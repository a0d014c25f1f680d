import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { calculateJwkThumbprint, EmbeddedJWK, jwtVerify, type JWK } from 'jose';

/** Algorithms accepted for DPoP proofs at the tenant API (the token endpoint's list plus RSA/PSS). */
export const dpopAlgorithms = ['ES256', 'ES384', 'EdDSA', 'Ed25519', 'PS256', 'RS256'];

/** How far a proof's iat may be from the server clock. */
const maxSkewSeconds = 5 * 60;

/** Remembers proof ids for as long as a proof could be accepted, so a captured proof cannot be replayed. */
export class ProofReplayCache {
  readonly #seen = new Map<string, number>();

  /** True the first time a jti is offered within its lifetime. */
  firstUse(jti: string, nowMs = Date.now()): boolean {
    for (const [key, expiresAt] of this.#seen) {
      if (expiresAt > nowMs) break;
      this.#seen.delete(key);
    }
    if (this.#seen.has(jti)) return false;
    this.#seen.set(jti, nowMs + 2 * maxSkewSeconds * 1000);
    return true;
  }
}

/** Server-issued DPoP nonces (RFC 9449 §9): they prove freshness when the client's clock cannot. */
export class DpopNonces {
  readonly #secret = randomBytes(32);
  static readonly windowSeconds = 60;

  #sign(window: number): string {
    return `${window}.${createHmac('sha256', this.#secret).update(String(window)).digest('base64url')}`;
  }

  issue(nowSeconds = Math.floor(Date.now() / 1000)): string {
    return this.#sign(Math.floor(nowSeconds / DpopNonces.windowSeconds));
  }

  /** Valid for the current and the previous five windows (about five minutes). */
  valid(nonce: unknown, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
    if (typeof nonce !== 'string') return false;
    const window = Number(nonce.split('.')[0]);
    const current = Math.floor(nowSeconds / DpopNonces.windowSeconds);
    if (!Number.isInteger(window) || window > current || window < current - 5) return false;
    const expected = Buffer.from(this.#sign(window));
    const actual = Buffer.from(nonce);
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

export interface ProofCheck {
  proof: string;
  method: string;
  /** The request URL as the client addressed it. */
  url: string;
  accessToken: string;
  /** The key thumbprint the access token is bound to. */
  expectedJkt: string;
  replay: ProofReplayCache;
  nonces?: DpopNonces;
  nowSeconds?: number;
}

/** useNonce: the proof was fine but for its age; the client should retry with a server nonce. */
export type ProofResult = { ok: true } | { ok: false; reason: string; useNonce?: boolean };

/** Same origin and path; query and fragment are ignored (RFC 9449 §4.3). */
function sameTarget(htu: unknown, url: string): boolean {
  if (typeof htu !== 'string' || !URL.canParse(htu)) return false;
  const [a, b] = [new URL(htu), new URL(url)];
  return a.origin === b.origin && a.pathname === b.pathname;
}

/** Verifies a DPoP proof for a resource request (RFC 9449 §4.3 and §7.1). */
export async function verifyDpopProof(check: ProofCheck): Promise<ProofResult> {
  let payload: Record<string, unknown>;
  let jwk: JWK | undefined;
  try {
    const verified = await jwtVerify(check.proof, EmbeddedJWK, {
      typ: 'dpop+jwt',
      algorithms: dpopAlgorithms,
    });
    payload = verified.payload;
    jwk = verified.protectedHeader.jwk;
  } catch {
    return { ok: false, reason: 'DPoP proof signature or header is invalid' };
  }
  if (!jwk) return { ok: false, reason: 'DPoP proof has no jwk' };
  if (payload.htm !== check.method)
    return { ok: false, reason: 'DPoP proof htm does not match the request method' };
  if (!sameTarget(payload.htu, check.url))
    return { ok: false, reason: 'DPoP proof htu does not match the request URL' };
  const now = check.nowSeconds ?? Math.floor(Date.now() / 1000);
  const freshByNonce = check.nonces?.valid(payload.nonce, now) ?? false;
  if (typeof payload.iat !== 'number') return { ok: false, reason: 'DPoP proof iat is missing' };
  if (!freshByNonce && Math.abs(now - payload.iat) > maxSkewSeconds) {
    return {
      ok: false,
      reason: 'DPoP proof iat is too far from the server time: use the DPoP nonce',
      useNonce: !!check.nonces,
    };
  }
  const ath = createHash('sha256').update(check.accessToken).digest('base64url');
  if (payload.ath !== ath) return { ok: false, reason: 'DPoP proof ath does not match the access token' };
  if ((await calculateJwkThumbprint(jwk, 'sha256')) !== check.expectedJkt) {
    return { ok: false, reason: 'DPoP proof key is not the key the access token is bound to' };
  }
  if (typeof payload.jti !== 'string' || !payload.jti || !check.replay.firstUse(payload.jti)) {
    return { ok: false, reason: 'DPoP proof jti is missing or was already used' };
  }
  return { ok: true };
}
