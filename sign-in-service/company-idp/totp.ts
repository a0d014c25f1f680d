// Time-based one-time codes (RFC 6238 over RFC 4226's HOTP, HMAC-SHA-1, 30-second steps): what an authenticator
// app such as Google or Microsoft Authenticator shows for a base32 secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const periodSeconds = 30;
export const codeDigits = 6;
/** Steps either side of now that still count, for a phone clock a little off (RFC 6238 section 5.2). */
export const acceptedDrift = 1;
/** How far back a code is told apart as "expired" rather than "wrong": ten minutes. */
const recognisedAge = 20;

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, the form authenticator apps take secrets in. */
export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return bits > 0 ? out + alphabet[(value << (5 - bits)) & 31] : out;
}

/** Decodes base32, ignoring case, spaces and padding; undefined for anything else. */
export function base32Decode(text: string): Buffer | undefined {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) return undefined;
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The time step a moment falls in. */
export const timeStep = (ms: number) => Math.floor(ms / 1000 / periodSeconds);

/** The code for one time step (HOTP with the step as counter). */
export function codeForStep(secret: Uint8Array, step: number, digits = codeDigits): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', secret).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The code an authenticator app shows at `ms` (now by default). */
export const currentCode = (secret: Uint8Array, ms = Date.now()) => codeForStep(secret, timeStep(ms));

const sameCode = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export type CodeCheck =
  | { ok: true; step: number }
  /** `expired`: it was right a few minutes ago; `reused`: it already signed this person in. */
  | { ok: false; reason: 'wrong' | 'expired' | 'reused' };

/**
 * Checks codes and refuses a code (or an older one) once a code of that step has signed the person in:
 * a code seen over someone's shoulder or in a proxy log cannot be used again (RFC 6238 section 5.2).
 */
export class OneTimeCodes {
  readonly #lastUsedStep = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  check(key: string, secret: Uint8Array, code: string): CodeCheck {
    const now = timeStep(this.now());
    const lastUsed = this.#lastUsedStep.get(key) ?? -1;
    for (let step = now + acceptedDrift; step >= now - acceptedDrift; step -= 1) {
      if (!sameCode(codeForStep(secret, step), code)) continue;
      if (step <= lastUsed) return { ok: false, reason: 'reused' };
      this.#lastUsedStep.set(key, step);
      return { ok: true, step };
    }
    for (let step = now - acceptedDrift - 1; step >= now - recognisedAge; step -= 1) {
      if (sameCode(codeForStep(secret, step), code)) return { ok: false, reason: 'expired' };
    }
    return { ok: false, reason: 'wrong' };
  }
}

/** The link an authenticator app reads from a QR code; typing the secret by hand works as well. */
export function otpauthUri(issuer: string, account: string, secret: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  const params = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(codeDigits),
    period: String(periodSeconds),
  });
  return `otpauth://totp/${label}?${params}`;
}
