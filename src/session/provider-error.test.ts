// @vitest-environment happy-dom
import { ErrorResponse } from 'oidc-client-ts';
import { isProviderError } from './auth.ts';

describe('isProviderError: the provider’s OAuth errors, recognised without loading oidc-client-ts', () => {
  test('recognises the error oidc-client-ts throws for an OAuth error answer, by its code', () => {
    const refused = new ErrorResponse({
      error: 'invalid_grant',
      error_description: 'grant request is invalid',
    });
    expect(isProviderError(refused)).toBe(true);
    expect(isProviderError(refused, 'invalid_grant')).toBe(true);
    expect(isProviderError(refused, 'access_denied')).toBe(false);
    if (isProviderError(refused)) expect(refused.error_description).toBe('grant request is invalid');
  });

  test.each([
    new Error('invalid_grant'),
    new TypeError('Failed to fetch'),
    'invalid_grant',
    null,
    undefined,
    {},
  ])('anything else (%s) is not one', (error) => expect(isProviderError(error)).toBe(false));
});
