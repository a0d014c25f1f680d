import { describe, expect, it } from 'vitest';
import { defaultSeedPath, optionsFromEnv, OptionsError } from './options.ts';

describe('configuration from the environment', () => {
  it('has working defaults', () => {
    expect(optionsFromEnv({})).toEqual({
      port: 4000,
      host: 'localhost',
      issuer: undefined,
      clientId: 'mobile-crm',
      appOrigins: ['http://localhost:4173'],
      appBasePaths: ['/'],
      seedPath: defaultSeedPath,
      accessTokenTtl: 3600,
      refreshTokenTtl: 14 * 24 * 3600,
      sessionTtl: 14 * 24 * 3600,
      lockoutMinutes: 5,
      maxFailures: 5,
      loginRateLimit: 60,
      profile: 'local',
      dpop: undefined,
      companyIdp: {
        issuer: 'http://localhost:4300',
        clientId: 'superid',
        clientSecret: 'fjord-local-federation-secret',
        redirectUri: undefined,
      },
    });
  });

  it('reads every SIGNIN_ variable', () => {
    const options = optionsFromEnv({
      SIGNIN_PORT: '4100',
      SIGNIN_HOST: '0.0.0.0',
      SIGNIN_ISSUER: 'http://192.168.1.5:4100/',
      SIGNIN_CLIENT_ID: 'other',
      SIGNIN_APP_ORIGINS: 'http://192.168.1.5:4173, https://crm.example.com',
      SIGNIN_APP_BASE_PATHS: '/, /crm',
      SIGNIN_SEED: '/tmp/seed.json',
      SIGNIN_ACCESS_TOKEN_TTL: '75',
      SIGNIN_REFRESH_TOKEN_TTL: '600',
      SIGNIN_SESSION_TTL: '900',
      SIGNIN_LOCKOUT_MINUTES: '1',
      SIGNIN_MAX_FAILURES: '3',
      SIGNIN_LOGIN_RATE_LIMIT: '10',
      SIGNIN_PROFILE: 'superid',
      SIGNIN_DPOP: 'optional',
      SIGNIN_COMPANY_IDP_ISSUER: 'https://login.fjord.example/',
      SIGNIN_COMPANY_IDP_CLIENT_ID: 'superoffice',
      SIGNIN_COMPANY_IDP_CLIENT_SECRET: 'a-secret-of-the-company',
      SIGNIN_COMPANY_IDP_REDIRECT_URI: 'http://192.168.1.5:4100/federation/callback',
    });
    expect(options).toEqual({
      port: 4100,
      host: '0.0.0.0',
      issuer: 'http://192.168.1.5:4100',
      clientId: 'other',
      appOrigins: ['http://localhost:4173', 'http://192.168.1.5:4173', 'https://crm.example.com'],
      appBasePaths: ['/', '/crm/'],
      seedPath: '/tmp/seed.json',
      accessTokenTtl: 75,
      refreshTokenTtl: 600,
      sessionTtl: 900,
      lockoutMinutes: 1,
      maxFailures: 3,
      loginRateLimit: 10,
      profile: 'superid',
      dpop: 'optional',
      companyIdp: {
        issuer: 'https://login.fjord.example',
        clientId: 'superoffice',
        clientSecret: 'a-secret-of-the-company',
        redirectUri: 'http://192.168.1.5:4100/federation/callback',
      },
    });
  });

  it.each([
    [{ SIGNIN_PORT: 'abc' }, 'SIGNIN_PORT must be a whole number from 0 to 65535, got "abc"'],
    [{ SIGNIN_PORT: '70000' }, 'SIGNIN_PORT'],
    [{ SIGNIN_ACCESS_TOKEN_TTL: '0' }, 'SIGNIN_ACCESS_TOKEN_TTL'],
    [{ SIGNIN_APP_ORIGINS: 'localhost:4173' }, 'SIGNIN_APP_ORIGINS: "localhost:4173"'],
    [{ SIGNIN_APP_ORIGINS: 'http://localhost:4173/app' }, 'without a path'],
    [{ SIGNIN_ISSUER: 'http://localhost:4000/login' }, 'SIGNIN_ISSUER'],
    [{ SIGNIN_APP_BASE_PATHS: 'crm/' }, 'SIGNIN_APP_BASE_PATHS: "crm/" must be a path such as / or /crm/'],
    [{ SIGNIN_APP_BASE_PATHS: 'http://localhost:4173/crm/' }, 'SIGNIN_APP_BASE_PATHS'],
    [{ SIGNIN_APP_BASE_PATHS: '/crm/../x/' }, 'SIGNIN_APP_BASE_PATHS'],
    [{ SIGNIN_APP_BASE_PATHS: '/crm?x' }, 'SIGNIN_APP_BASE_PATHS'],
    [{ SIGNIN_DPOP: 'yes' }, 'SIGNIN_DPOP must be one of required, optional, off, got "yes"'],
    [{ SIGNIN_PROFILE: 'superID' }, 'SIGNIN_PROFILE must be one of local, superid, got "superID"'],
    [{ SIGNIN_COMPANY_IDP_ISSUER: 'http://localhost:4300/auth' }, 'SIGNIN_COMPANY_IDP_ISSUER'],
    [{ SIGNIN_COMPANY_IDP_REDIRECT_URI: 'federation/callback' }, 'SIGNIN_COMPANY_IDP_REDIRECT_URI'],
  ])('names the variable that is wrong: %o', (env, message) => {
    expect(() => optionsFromEnv(env)).toThrow(OptionsError);
    expect(() => optionsFromEnv(env)).toThrow(message);
  });
});
