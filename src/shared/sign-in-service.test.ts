import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../build/config.ts';
import { isServiceApi, signInServiceFor } from './sign-in-service.ts';

const production = (servers: string) =>
  loadConfig({ VITE_SIGNIN_ENV: 'online', VITE_SIGNIN_CLIENT_ID: 'online-id', VITE_ONSITE_SERVERS: servers });

const metadata = {
  issuer: 'https://crm.example.com',
  authorization_endpoint: 'https://crm.example.com/auth',
  token_endpoint: 'https://crm.example.com/token',
  end_session_endpoint: 'https://crm.example.com/session/end',
  response_types_supported: ['code'],
  code_challenge_methods_supported: ['S256'],
  dpop_signing_alg_values_supported: ['ES256'],
};
const crm = { authority: 'https://crm.example.com', metadata };

describe('signInServiceFor: which sign-in service the app speaks to', () => {
  it.each<[string, ReturnType<typeof loadConfig>, unknown, 'online' | 'onsite']>([
    ['nothing remembered: Online', production('any'), null, 'online'],
    ['a remembered server, any allowed: that server', production('any'), crm, 'onsite'],
    ['a remembered server that is listed', production('https://crm.example.com'), crm, 'onsite'],
    ['a remembered server no longer listed: Online', production('https://crm.example.org'), crm, 'online'],
    ['a remembered server, Onsite since turned off: Online', production('none'), crm, 'online'],
    [
      'a server not listed itself, though its endpoints are: Online',
      production('https://id.example.com'),
      {
        ...crm,
        metadata: {
          ...metadata,
          token_endpoint: 'https://id.example.com/token',
          end_session_endpoint: undefined,
        },
      },
      'online',
    ],
    [
      'a record turned to plain http: Online',
      production('any'),
      { ...crm, authority: 'http://crm.example.com' },
      'online',
    ],
    [
      'a record whose issuer was changed: Online',
      production('any'),
      { ...crm, metadata: { ...metadata, issuer: 'https://online.superoffice.com' } },
      'online',
    ],
    [
      'a record whose token endpoint went elsewhere (listed build): Online',
      production('https://crm.example.com'),
      { ...crm, metadata: { ...metadata, token_endpoint: 'https://evil.example/token' } },
      'online',
    ],
    [
      'a record without PKCE: Online',
      production('any'),
      { ...crm, metadata: { ...metadata, code_challenge_methods_supported: [] } },
      'online',
    ],
    ['a record without metadata: Online', production('any'), { authority: crm.authority }, 'online'],
    ['a string: Online', production('any'), 'https://crm.example.com', 'online'],
    ['an array: Online', production('any'), [crm], 'online'],
  ])('%s', (_case, config, server, expected) => {
    const service = signInServiceFor(config, server);
    expect(service.server ? 'onsite' : 'online').toBe(expected);
    if (expected === 'online') expect(service.identity).toBe(config.identity);
  });

  it('gives an Onsite server its own identity: issuer, client id, status API, DPoP as advertised', () => {
    const config = production('any');
    const { identity, server } = signInServiceFor(config, crm);
    expect(server).toEqual(crm);
    expect(identity).toEqual({
      ...config.identity,
      authority: 'https://crm.example.com',
      issuer: 'https://crm.example.com',
      clientId: 'mobile-crm',
      scope: 'openid',
      tenantSource: 'tenants-claim',
      statusUrlTemplate: 'https://crm.example.com/api/state/{ctx}',
      endSessionUrl: null,
      endSessionMethod: 'post',
      dpop: true,
    });
  });

  it('uses the configured Onsite client id, and DPoP only where the server offers ES256', () => {
    const config = loadConfig({ VITE_ONSITE_SERVERS: 'any', VITE_ONSITE_CLIENT_ID: 'crm-web' });
    const plain = { ...crm, metadata: { ...metadata, dpop_signing_alg_values_supported: ['EdDSA'] } };
    expect(signInServiceFor(config, plain).identity).toMatchObject({ clientId: 'crm-web', dpop: false });
    const none = { ...crm, metadata: { ...metadata, dpop_signing_alg_values_supported: undefined } };
    expect(signInServiceFor(config, none).identity.dpop).toBe(false);
  });

  it('keeps the status API under an issuer with a path', () => {
    const at = {
      authority: 'https://crm.example.com/SO/login',
      metadata: { ...metadata, issuer: 'https://crm.example.com/SO/' },
    };
    const { identity } = signInServiceFor(production('any'), at);
    expect(identity.statusUrlTemplate).toBe('https://crm.example.com/SO/api/state/{ctx}');
  });
});

describe('isServiceApi: where a service’s tokens may go', () => {
  it('an Onsite server’s tokens go to its own origin only', () => {
    const onsite = signInServiceFor(production('any'), crm);
    expect(isServiceApi(onsite, 'https://crm.example.com/Cust1/api')).toBe(true);
    expect(isServiceApi(onsite, 'https://online2.superoffice.com/Cust1/api')).toBe(false);
    expect(isServiceApi(onsite, 'https://crm.example.com:8443/api')).toBe(false);
    expect(isServiceApi(onsite, 'not a url')).toBe(false);
  });

  it('Online tenants live on other hosts by design (the CSP names them)', () => {
    const online = signInServiceFor(production('any'), null);
    expect(isServiceApi(online, 'https://online2.superoffice.com/Cust1/api')).toBe(true);
  });
});
