import { describe, expect, it } from 'vitest';
import { checkIssuer, IssuerMismatchError } from './issuer-check.ts';

const superId = 'https://online.superoffice.com';

describe('the issuer the sign-in service answers as', () => {
  it('is accepted when it is the configured one, character for character', () => {
    expect(() => checkIssuer(superId, superId, 'callback')).not.toThrow();
  });

  it.each([
    ['the authority instead of the issuer', `${superId}/login`],
    ['a trailing slash', `${superId}/`],
    ['another environment', 'https://sod.superoffice.com'],
    ['another case', 'https://Online.superoffice.com'],
    ['none at all', undefined],
    ['not text', 42],
  ])('is a configuration problem with %s, naming both values', (_, received) => {
    let error: unknown;
    try {
      checkIssuer(superId, received, 'id_token');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(IssuerMismatchError);
    const mismatch = error as IssuerMismatchError;
    expect(mismatch.expected).toBe(superId);
    expect(mismatch.message).toContain(`"${superId}"`);
    expect(mismatch.message).toContain(typeof received === 'string' ? `"${received}"` : '"(none)"');
    expect(mismatch.message).toContain('VITE_SIGNIN_ISSUER');
    expect(mismatch.source).toBe('id_token');
  });
});
