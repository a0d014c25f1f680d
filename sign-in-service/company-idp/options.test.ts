import { describe, expect, it } from 'vitest';
import {
  companyIdpOptionsFromEnv,
  defaultSeedPath,
  OptionsError,
  relyingPartyOrigins,
  validateCompanyIdpOptions,
} from './options.ts';

describe('company identity provider options', () => {
  it('default to SuperID at localhost:4000 as the relying party and port 4300', () => {
    expect(companyIdpOptionsFromEnv({})).toEqual({
      port: 4300,
      host: 'localhost',
      issuer: undefined,
      clientId: 'superid',
      clientSecret: 'fjord-local-federation-secret',
      redirectUris: ['http://localhost:4000/federation/callback'],
      postLogoutRedirectUris: [],
      seedPath: defaultSeedPath,
      tokenTtl: 300,
      sessionTtl: 28800,
      lockoutMinutes: 5,
      maxFailures: 5,
      loginRateLimit: 60,
    });
  });

  it('read every COMPANY_IDP_* variable', () => {
    const options = companyIdpOptionsFromEnv({
      COMPANY_IDP_PORT: '0',
      COMPANY_IDP_HOST: '0.0.0.0',
      COMPANY_IDP_ISSUER: 'https://idp.fjord.example/',
      COMPANY_IDP_CLIENT_ID: 'superid-sod',
      COMPANY_IDP_CLIENT_SECRET: 'a much longer secret',
      COMPANY_IDP_REDIRECT_URIS:
        'https://sod.example/login/federation/callback, http://localhost:4000/federation/callback',
      COMPANY_IDP_POST_LOGOUT_REDIRECT_URIS: 'http://localhost:4000/federation/signed-out',
      COMPANY_IDP_SEED: '/tmp/people.json',
      COMPANY_IDP_TOKEN_TTL: '600',
      COMPANY_IDP_SESSION_TTL: '60',
      COMPANY_IDP_LOCKOUT_MINUTES: '0',
      COMPANY_IDP_MAX_FAILURES: '3',
      COMPANY_IDP_LOGIN_RATE_LIMIT: '10',
    });
    expect(options).toEqual({
      port: 0,
      host: '0.0.0.0',
      issuer: 'https://idp.fjord.example',
      clientId: 'superid-sod',
      clientSecret: 'a much longer secret',
      redirectUris: [
        'https://sod.example/login/federation/callback',
        'http://localhost:4000/federation/callback',
      ],
      postLogoutRedirectUris: ['http://localhost:4000/federation/signed-out'],
      seedPath: '/tmp/people.json',
      tokenTtl: 600,
      sessionTtl: 60,
      lockoutMinutes: 0,
      maxFailures: 3,
      loginRateLimit: 10,
    });
    expect(relyingPartyOrigins(options)).toEqual(['https://sod.example', 'http://localhost:4000']);
  });

  it.each([
    [{ COMPANY_IDP_PORT: '70000' }, 'COMPANY_IDP_PORT must be a whole number from 0 to 65535, got "70000"'],
    [
      { COMPANY_IDP_ISSUER: 'http://localhost:4300/idp' },
      'COMPANY_IDP_ISSUER: "http://localhost:4300/idp" must be',
    ],
    [{ COMPANY_IDP_REDIRECT_URIS: 'not a url' }, 'COMPANY_IDP_REDIRECT_URIS: "not a url" is not a URL'],
    [
      { COMPANY_IDP_REDIRECT_URIS: 'http://localhost:4000/cb#x' },
      'must be an http(s) URL without a fragment',
    ],
  ])('stop at a bad value with a line naming the variable: %o', (env, message) => {
    expect(() => companyIdpOptionsFromEnv(env)).toThrow(OptionsError);
    expect(() => companyIdpOptionsFromEnv(env)).toThrow(message);
  });

  it('check options given in code with the same messages', () => {
    const base = companyIdpOptionsFromEnv({});
    expect(() => validateCompanyIdpOptions({ ...base, clientSecret: 'short' })).toThrow(
      'COMPANY_IDP_CLIENT_SECRET must be at least 16 characters',
    );
    expect(() => validateCompanyIdpOptions({ ...base, redirectUris: [] })).toThrow(
      'COMPANY_IDP_REDIRECT_URIS must name at least one redirect URI',
    );
    expect(() => validateCompanyIdpOptions({ ...base, maxFailures: 0 })).toThrow('COMPANY_IDP_MAX_FAILURES');
    expect(validateCompanyIdpOptions({ ...base, port: 0 }).port).toBe(0);
  });
});
