import { describe, expect, it } from 'vitest';
import { checkOnsiteServer, type ServerCheck } from './onsite-server.ts';

const authority = 'https://crm.example.com';
const discovery = {
  issuer: 'https://crm.example.com',
  authorization_endpoint: 'https://crm.example.com/auth',
  token_endpoint: 'https://crm.example.com/token',
  end_session_endpoint: 'https://crm.example.com/session/end',
  revocation_endpoint: 'https://crm.example.com/token/revocation',
  jwks_uri: 'https://crm.example.com/jwks',
  response_types_supported: ['code'],
  code_challenge_methods_supported: ['S256'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
  authorization_response_iss_parameter_supported: true,
  dpop_signing_alg_values_supported: ['ES256', 'EdDSA'],
  scopes_supported: ['openid'],
};
const everywhere = () => true;
const reason = (check: ServerCheck) => (check.ok ? 'ok' : check.reason);

describe('checkOnsiteServer: a discovery document the app may trust', () => {
  it('keeps what the app uses, and nothing else', () => {
    const check = checkOnsiteServer(authority, discovery, everywhere);
    expect(check).toEqual({
      ok: true,
      server: {
        authority,
        metadata: {
          issuer: discovery.issuer,
          authorization_endpoint: discovery.authorization_endpoint,
          token_endpoint: discovery.token_endpoint,
          end_session_endpoint: discovery.end_session_endpoint,
          revocation_endpoint: discovery.revocation_endpoint,
          response_types_supported: ['code'],
          code_challenge_methods_supported: ['S256'],
          grant_types_supported: ['authorization_code', 'refresh_token'],
          authorization_response_iss_parameter_supported: true,
          dpop_signing_alg_values_supported: ['ES256', 'EdDSA'],
        },
      },
    });
  });

  const issuedAt = (path: string) => ({ ...discovery, issuer: `https://crm.example.com${path}` });
  it.each<[string, string, Record<string, unknown>, string]>([
    ['the issuer where the document is', authority, discovery, 'ok'],
    [
      'the issuer at the root, the document under /login (SuperOffice)',
      `${authority}/login`,
      issuedAt(''),
      'ok',
    ],
    ['the issuer with a path, the document there', `${authority}/SO`, issuedAt('/SO'), 'ok'],
    ['the issuer with a trailing slash', `${authority}/SO`, issuedAt('/SO/'), 'ok'],
    ['the issuer below where the document is', authority, issuedAt('/SO'), 'issuer'],
    ['the issuer beside it (a prefix, not a parent)', `${authority}/SOX`, issuedAt('/SO'), 'issuer'],
    ['another server as issuer', authority, { ...discovery, issuer: 'http://localhost:4000' }, 'issuer'],
    ['another scheme as issuer', authority, { ...discovery, issuer: 'http://crm.example.com' }, 'issuer'],
    ['an issuer with a query', authority, { ...discovery, issuer: `${authority}?x=1` }, 'issuer'],
    ['an issuer that is no URL', authority, { ...discovery, issuer: 'crm' }, 'issuer'],
    [
      'a plain http endpoint (mixed content)',
      authority,
      { ...discovery, token_endpoint: 'http://crm.example.com/token' },
      'http',
    ],
    [
      'a plain http end-session endpoint',
      authority,
      { ...discovery, end_session_endpoint: 'http://crm.example.com/end' },
      'http',
    ],
    ['an endpoint that is no URL', authority, { ...discovery, authorization_endpoint: '/auth' }, 'http'],
    [
      'an endpoint with a password in it',
      authority,
      { ...discovery, token_endpoint: 'https://a:b@crm.example.com/token' },
      'http',
    ],
    [
      'plain http on this device, for a server on this device',
      'http://localhost:4100',
      {
        ...discovery,
        issuer: 'http://localhost:4100',
        authorization_endpoint: 'http://localhost:4100/auth',
        token_endpoint: 'http://localhost:4100/token',
        end_session_endpoint: 'http://localhost:4100/session/end',
        revocation_endpoint: 'http://localhost:4100/token/revocation',
      },
      'ok',
    ],
    [
      'plain http elsewhere, for a server on this device',
      'http://localhost:4100',
      { ...discovery, issuer: 'http://localhost:4100', token_endpoint: 'http://crm.example.com/token' },
      'http',
    ],
    ['no code flow', authority, { ...discovery, response_types_supported: ['id_token'] }, 'pkce'],
    ['no PKCE at all', authority, { ...discovery, code_challenge_methods_supported: undefined }, 'pkce'],
    ['PKCE plain only', authority, { ...discovery, code_challenge_methods_supported: ['plain'] }, 'pkce'],
    ['no authorization code grant', authority, { ...discovery, grant_types_supported: ['implicit'] }, 'pkce'],
    [
      'no grant types listed (the default includes the code)',
      authority,
      { ...discovery, grant_types_supported: undefined },
      'ok',
    ],
    [
      'no end session or revocation endpoints',
      authority,
      { ...discovery, end_session_endpoint: undefined, revocation_endpoint: undefined },
      'ok',
    ],
    ['no token endpoint', authority, { ...discovery, token_endpoint: undefined }, 'none'],
    ['no issuer', authority, { ...discovery, issuer: 42 }, 'none'],
  ])('%s', (_case, where, document, expected) => {
    expect(reason(checkOnsiteServer(where, document, everywhere))).toBe(expected);
  });

  it('refuses endpoints the app would fetch from or post to where the build may not go', () => {
    const onlyHere = (url: string) => url.startsWith('https://crm.example.com/');
    expect(reason(checkOnsiteServer(authority, discovery, onlyHere))).toBe('ok');
    for (const key of ['token_endpoint', 'revocation_endpoint', 'end_session_endpoint']) {
      const elsewhere = { ...discovery, [key]: 'https://id.example.org/x' };
      expect(reason(checkOnsiteServer(authority, elsewhere, onlyHere)), key).toBe('elsewhere');
    }
    // The person's browser goes there itself, by navigation: only https is asked of it.
    const federated = { ...discovery, authorization_endpoint: 'https://id.example.org/auth' };
    expect(reason(checkOnsiteServer(authority, federated, onlyHere))).toBe('ok');
  });

  it.each([null, 'text', [], 42, {}])('is no document at all: %j', (document) => {
    expect(reason(checkOnsiteServer(authority, document, everywhere))).toBe('none');
  });

  it('drops values of the wrong type', () => {
    const check = checkOnsiteServer(
      authority,
      {
        ...discovery,
        revocation_endpoint: 7,
        dpop_signing_alg_values_supported: 'ES256',
        authorization_response_iss_parameter_supported: 'yes',
      },
      everywhere,
    );
    expect(check.ok && check.server.metadata).not.toHaveProperty('revocation_endpoint');
    expect(check.ok && check.server.metadata).not.toHaveProperty('dpop_signing_alg_values_supported');
    expect(check.ok && check.server.metadata).not.toHaveProperty(
      'authorization_response_iss_parameter_supported',
    );
  });
});
