import { describe, expect, it } from 'vitest';
import {
  base32Decode,
  base32Encode,
  codeForStep,
  currentCode,
  OneTimeCodes,
  otpauthUri,
  periodSeconds,
  timeStep,
} from './totp.ts';

const rfcSecret = Buffer.from('12345678901234567890', 'ascii');

describe('one-time codes', () => {
  it.each([
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ])('match RFC 6238 at %i seconds: %s', (seconds, code) => {
    expect(codeForStep(rfcSecret, timeStep(seconds * 1000), 8)).toBe(code);
  });

  it('match RFC 4226 HOTP for the first ten counters (6 digits)', () => {
    const codes = Array.from({ length: 10 }, (_, counter) => codeForStep(rfcSecret, counter));
    expect(codes).toEqual([
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ]);
  });

  it('encode and decode base32 as RFC 4648 (without padding), ignoring case, spaces and padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [text, encoded] of vectors) {
      expect(base32Encode(Buffer.from(text))).toBe(encoded);
      expect(base32Decode(encoded)?.toString()).toBe(text);
    }
    expect(base32Decode('mzxw 6ytb oi======')?.toString()).toBe('foobar');
    expect(base32Decode('MZXW1')).toBeUndefined();
  });

  it('name the link an authenticator app reads', () => {
    expect(otpauthUri('Fjord Consulting', 'frida@fjord.example', 'MZXW6YTB')).toBe(
      'otpauth://totp/Fjord%20Consulting%3Afrida%40fjord.example?secret=MZXW6YTB&issuer=Fjord+Consulting&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('checking a code', () => {
  const secret = Buffer.from('a secret of twenty b', 'ascii');
  const start = Date.UTC(2026, 10, 2, 9, 0, 5);
  const step = periodSeconds * 1000;

  function checker() {
    let now = start;
    return { codes: new OneTimeCodes(() => now), advance: (ms: number) => (now += ms) };
  }

  it('accepts the code of now, and of one step before or after for a phone clock a little off', () => {
    for (const offset of [-step, 0, step]) {
      const { codes } = checker();
      expect(codes.check('frida', secret, currentCode(secret, start + offset))).toMatchObject({ ok: true });
    }
  });

  it('calls a code from a few minutes ago expired, and anything else wrong', () => {
    const { codes } = checker();
    expect(codes.check('frida', secret, currentCode(secret, start - 3 * step))).toEqual({
      ok: false,
      reason: 'expired',
    });
    expect(codes.check('frida', secret, currentCode(secret, start + 3 * step))).toEqual({
      ok: false,
      reason: 'wrong',
    });
    const near = new Set([-1, 0, 1].map((n) => currentCode(secret, start + n * step)));
    const wrong = ['000000', '111111', '222222'].find((code) => !near.has(code)) ?? '';
    expect(codes.check('frida', secret, wrong)).toEqual({ ok: false, reason: 'wrong' });
    expect(codes.check('frida', secret, '12345')).toEqual({ ok: false, reason: 'wrong' });
  });

  it('refuses a code that already signed the person in, and older ones, but takes the next step', () => {
    const { codes, advance } = checker();
    const code = currentCode(secret, start);
    expect(codes.check('frida', secret, code)).toMatchObject({ ok: true });
    expect(codes.check('frida', secret, code)).toEqual({ ok: false, reason: 'reused' });
    expect(codes.check('frida', secret, currentCode(secret, start - step))).toEqual({
      ok: false,
      reason: 'reused',
    });
    // The same code for someone else is that person's business.
    expect(codes.check('geir', secret, code)).toMatchObject({ ok: true });
    advance(step);
    expect(codes.check('frida', secret, currentCode(secret, start + step))).toMatchObject({ ok: true });
  });
});
