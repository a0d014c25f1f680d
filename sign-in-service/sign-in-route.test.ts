import { describe, expect, it } from 'vitest';
import { signInRoute, type SignInRoute } from './sign-in-route.ts';

const federatedDomains = new Map([
  ['fjord.example', 'company-idp'],
  ['north.example', 'other-idp'],
]);

describe('who checks the credentials, after the email step', () => {
  it.each<[string, SignInRoute]>([
    ['frida@fjord.example', { kind: 'federated', provider: 'company-idp' }],
    ['Frida@Fjord.Example', { kind: 'federated', provider: 'company-idp' }],
    ['nobody-yet@fjord.example', { kind: 'federated', provider: 'company-idp' }],
    ['ola@north.example', { kind: 'federated', provider: 'other-idp' }],
    ['frida@fjord.example.', { kind: 'federated', provider: 'company-idp' }],
    ['anna@example.com', { kind: 'password' }],
    ['kari@partner.example', { kind: 'password' }],
    ['x@sales.fjord.example', { kind: 'password' }],
    ['x@notfjord.example', { kind: 'password' }],
    ['x@fjord.example.evil.test', { kind: 'password' }],
    ['fjord.example', { kind: 'password' }],
    ['"a@b"@fjord.example', { kind: 'federated', provider: 'company-idp' }],
  ])('%s → %o', (email, route) => {
    expect(signInRoute(email, federatedDomains)).toEqual(route);
  });
});
