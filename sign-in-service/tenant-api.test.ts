import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { optionsFromEnv, startSignInService, type SignInService } from './server.ts';
import { appOrigin, Browser, signIn, testOptions } from './test-support.ts';

let service: SignInService;
let shortLived: SignInService;
let issuer: string;

// Plain Bearer tokens, as a client without DPoP has them; DPoP-bound tokens at the API: oidc-flow.test.ts.
beforeAll(async () => {
  [service, shortLived] = await Promise.all([
    startSignInService(testOptions({ loginRateLimit: 1000, dpop: 'off' })),
    // As a developer would run it: SIGNIN_* variables, here with 2-second access tokens.
    startSignInService(
      optionsFromEnv({ SIGNIN_PORT: '0', SIGNIN_ACCESS_TOKEN_TTL: '2', SIGNIN_DPOP: 'off' }),
    ),
  ]);
  issuer = service.issuer;
});

afterAll(() => Promise.all([service.close(), shortLived.close()]));

const principalUrl = (ctx: string, base = issuer) => `${base}/${ctx}/api/v1/User/currentPrincipal`;

async function accessToken(email: string, acrValues?: string, base = issuer): Promise<string> {
  const { tokens } = await signIn(new Browser(base), { email, acrValues, dpop: null });
  return tokens.access_token;
}

describe('tenant status API', () => {
  const expected = [
    ['Cust10001', 'Running', true],
    ['Cust20001', 'Running', true],
    ['Cust20002', 'Running', true],
    ['Cust20003', 'OnlineMaintenance', true],
    ['Cust30001', 'Suspended', false],
  ] as const;

  it.each(expected)('answers for %s in SuperOffice’s shape (%s)', async (ctx, state, isRunning) => {
    const before = Date.now();
    const response = await fetch(`${issuer}/api/state/${ctx}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      ContextIdentifier: ctx,
      Endpoint: `${issuer}/${ctx}`,
      State: state,
      IsRunning: isRunning,
      ValidUntil: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
      Api: `${issuer}/${ctx}/api`,
      Version: 'Release_11.10',
    });
    const validFor = Date.parse(String(body.ValidUntil)) - before;
    expect(validFor).toBeGreaterThan(59 * 60 * 1000);
    expect(validFor).toBeLessThanOrEqual(60 * 60 * 1000 + 2000);
  });

  it('answers an unknown tenant with 404 JSON', async () => {
    const response = await fetch(`${issuer}/api/state/Cust99999`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: 'not_found' });
  });

  it('allows the app origins by CORS, and no others', async () => {
    const allowed = await fetch(`${issuer}/api/state/Cust10001`, { headers: { Origin: appOrigin } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(allowed.headers.get('vary')).toMatch(/Origin/);
    const foreign = await fetch(`${issuer}/api/state/Cust10001`, {
      headers: { Origin: 'http://evil.example' },
    });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${issuer}/api/state/Cust10001`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4173', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });
});

describe('currentPrincipal', () => {
  it('answers who is signed in, in SuperOffice’s SoPrincipalCarrier shape, for a token bound to the tenant', async () => {
    const token = await accessToken('bjorn@example.com', 'tenant:Cust20002');
    const response = await fetch(principalUrl('Cust20002'), {
      headers: { Authorization: `Bearer ${token}`, Origin: appOrigin },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(await response.json()).toEqual({
      UserType: 'InternalAssociate',
      Associate: 'BH',
      AssociateId: 7,
      IsPerson: true,
      FullName: 'Bjørn Haugland',
      EMailAddress: 'bjorn@example.com',
      UserName: 'bjorn@example.com',
      DatabaseContextIdentifier: 'Cust20002',
    });
  });

  it('asks for a token when none is sent', async () => {
    const response = await fetch(principalUrl('Cust10001'));
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="Cust10001", DPoP /);
  });

  it('refuses a token it did not issue', async () => {
    const response = await fetch(principalUrl('Cust10001'), {
      headers: { Authorization: 'Bearer not-a-real-token' },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(
      /^Bearer realm="Cust10001", error="invalid_token"/,
    );
  });

  it('refuses a token bound to another tenant', async () => {
    const token = await accessToken('bjorn@example.com', 'tenant:Cust20002');
    const response = await fetch(principalUrl('Cust20001'), {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    expect(((await response.json()) as { error_description: string }).error_description).toContain(
      'Cust20001',
    );
    const anna = await accessToken('anna@example.com');
    const other = await fetch(principalUrl('Cust20002'), { headers: { Authorization: `Bearer ${anna}` } });
    expect(other.status).toBe(401);
  });

  it('answers 404 for an unknown tenant and 503 for one that is not running', async () => {
    const unknown = await fetch(principalUrl('Cust99999'), { headers: { Authorization: 'Bearer x' } });
    expect(unknown.status).toBe(404);
    const token = await accessToken('carla@example.com');
    const suspended = await fetch(principalUrl('Cust30001'), {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(suspended.status).toBe(503);
    expect(await suspended.json()).toMatchObject({ error: 'tenant_not_running', State: 'Suspended' });
  });

  it('lets the app send Authorization and DPoP headers and read WWW-Authenticate', async () => {
    const preflight = await fetch(principalUrl('Cust10001'), {
      method: 'OPTIONS',
      headers: {
        Origin: appOrigin,
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'authorization,dpop',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, DPoP');
    const refused = await fetch(principalUrl('Cust10001'), { headers: { Origin: appOrigin } });
    expect(refused.headers.get('access-control-expose-headers')).toBe('WWW-Authenticate, DPoP-Nonce');
  });

  it('refuses an expired token', async () => {
    const token = await accessToken('anna@example.com', undefined, shortLived.issuer);
    const issuedBy = Date.now();
    const url = principalUrl('Cust10001', shortLived.issuer);
    expect((await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
    // Expiry has whole-second precision: 2 s after the token response it is certainly past.
    await new Promise((resolve) => setTimeout(resolve, issuedBy + 2100 - Date.now()));
    const expired = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
    expect(expired.status).toBe(401);
    expect(expired.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });
});

describe('preference agent (GetPreferences)', () => {
  const preferencesUrl = (ctx: string) => `${issuer}/${ctx}/api/v1/Agents/Preference/GetPreferences`;
  const mobile = [
    { Section: 'Mobile CRM', Key: 'Autologout time' },
    { Section: 'Mobile CRM', Key: 'Disable autologin' },
  ];
  const ask = (ctx: string, token: string | null, body: unknown = { Specifications: mobile }) =>
    fetch(preferencesUrl(ctx), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Origin: appOrigin,
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });

  it('answers the company’s preferences in the order asked, Undefined where none is set', async () => {
    const token = await accessToken('bjorn@example.com', 'tenant:Cust20002');
    const response = await ask('Cust20002', token);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(await response.json()).toEqual([
      { Level: 'SystemWide', RawValue: '5', Specification: mobile[0] },
      { Level: 'Undefined', RawValue: '', Specification: mobile[1] },
    ]);
    const oslo = await ask('Cust20003', await accessToken('bjorn@example.com', 'tenant:Cust20003'), {
      Specifications: [mobile[1]],
    });
    expect(await oslo.json()).toEqual([{ Level: 'SystemWide', RawValue: '1', Specification: mobile[1] }]);
  });

  it('checks the access token as currentPrincipal does: none, or one bound to another tenant, is refused', async () => {
    const none = await ask('Cust20002', null);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer realm="Cust20002", DPoP /);
    const elsewhere = await ask('Cust20002', await accessToken('bjorn@example.com', 'tenant:Cust20001'));
    expect(elsewhere.status).toBe(401);
    expect(await elsewhere.text()).not.toContain('Autologout');
  });

  it('refuses a body that names no preferences', async () => {
    const token = await accessToken('anna@example.com');
    for (const body of [{}, { Specifications: [{ Section: 'Mobile CRM' }] }, 'not json']) {
      const response = await ask('Cust10001', token, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'invalid_request' });
    }
  });

  it('lets the app post JSON with Authorization and DPoP', async () => {
    const preflight = await fetch(preferencesUrl('Cust10001'), {
      method: 'OPTIONS',
      headers: {
        Origin: appOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type,dpop',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('Authorization, DPoP, Content-Type');
    const get = await fetch(preferencesUrl('Cust10001'));
    expect(get.status).toBe(405);
  });
});

describe('tenant Endpoint', () => {
  it('shows a page for the tenant’s web client link instead of a dead end', async () => {
    const response = await fetch(`${issuer}/Cust20002`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('Bergen Marine (Cust20002)');
    expect(html).toContain(`${issuer}/Cust20002/api`);
  });
});
