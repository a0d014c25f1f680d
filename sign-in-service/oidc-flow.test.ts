import { networkInterfaces } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAppOrigins } from './options.ts';
import { startSignInService, type SignInService } from './server.ts';
import {
  appOrigin,
  authorize,
  authorizationRequest,
  Browser,
  clientId,
  decodeJwtPayload,
  DpopKey,
  exchangeCode,
  expectPage,
  fetchPrincipal,
  expectRedirect,
  parseLoginForm,
  postLogoutRedirectUri,
  redirectUri,
  refresh,
  signIn,
  so,
  submitLogin,
  tokenRequest,
  testOptions,
} from './test-support.ts';

let service: SignInService;
let optionalDpop: SignInService;
let issuer: string;

beforeAll(async () => {
  [service, optionalDpop] = await Promise.all([
    startSignInService(testOptions({ loginRateLimit: 1000 })),
    startSignInService(testOptions({ loginRateLimit: 1000, dpop: 'optional' })),
  ]);
  issuer = service.issuer;
});

afterAll(() => Promise.all([service.close(), optionalDpop.close()]));

const principal = (ctx: string, authorization: string, dpop?: string) =>
  fetch(`${issuer}/${ctx}/api/v1/User/currentPrincipal`, {
    headers: { Authorization: authorization, ...(dpop ? { DPoP: dpop } : {}) },
  });

describe('discovery', () => {
  it('announces the issuer, the endpoints, PKCE S256 and DPoP', async () => {
    expect(issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(service.port).toBeGreaterThan(0);
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      end_session_endpoint: `${issuer}/session/end`,
      revocation_endpoint: `${issuer}/token/revocation`,
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid'],
      response_types_supported: ['code'],
    });
    expect(metadata.dpop_signing_alg_values_supported).toContain('ES256');
    expect(metadata.acr_values_supported).toContain('tenant:Cust20002');
    expect(metadata).not.toHaveProperty('userinfo_endpoint');
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });
});

describe('listening', () => {
  const hasIpv6Loopback = Object.values(networkInterfaces())
    .flat()
    .some((address) => address?.address === '::1');

  it('answers on both loopback addresses, whichever one localhost resolves to', async () => {
    const ipv4 = await fetch(`http://127.0.0.1:${service.port}/api/state/Cust10001`);
    expect(ipv4.status).toBe(200);
    if (hasIpv6Loopback) {
      const ipv6 = await fetch(`http://[::1]:${service.port}/api/state/Cust10001`);
      expect(ipv6.status).toBe(200);
    }
  });
});

describe('app origins', () => {
  const devOrigin = 'http://localhost:5173';
  const devRequest = (base: string) =>
    authorizationRequest(base, { params: { redirect_uri: `${devOrigin}/callback` } });

  it('do not trust the Vite dev server unless npm run dev asks for it', async () => {
    const page = expectPage(await new Browser(issuer).navigate(devRequest(issuer).url));
    expect(page.status).toBe(400);
    expect(page.html).toContain('redirect_uri');
    const form = { grant_type: 'refresh_token', refresh_token: 'x', client_id: clientId };
    const fromDevServer = await tokenRequest(issuer, form, { origin: devOrigin });
    expect(fromDevServer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('trust the dev origin when it is passed in, as npm run dev does', async () => {
    const dev = await startSignInService(testOptions({ appOrigins: [...defaultAppOrigins, devOrigin] }));
    try {
      const outcome = await new Browser(dev.issuer).navigate(devRequest(dev.issuer).url);
      expect(expectPage(outcome).status).toBe(200);
      expect(expectPage(outcome).html).toContain('email-form');
    } finally {
      await dev.close();
    }
  });
});

describe('app base paths', () => {
  const underCrm = (base: string) =>
    authorizationRequest(base, { params: { redirect_uri: `${appOrigin}/crm/callback` } });

  it('take the callback only under the paths the app is said to live at', async () => {
    const page = expectPage(await new Browser(issuer).navigate(underCrm(issuer).url));
    expect(page.status).toBe(400);
    expect(page.html).toContain('redirect_uri');

    const both = await startSignInService(testOptions({ appBasePaths: ['/', '/crm/'] }));
    try {
      const outcome = await new Browser(both.issuer).navigate(underCrm(both.issuer).url);
      expect(expectPage(outcome).html).toContain('email-form');
      const atRoot = await new Browser(both.issuer).navigate(authorizationRequest(both.issuer).url);
      expect(expectPage(atRoot).html).toContain('email-form');
    } finally {
      await both.close();
    }
  });
});

describe('authorization code flow', () => {
  it('refuses an authorization request without PKCE', async () => {
    const request = authorizationRequest(issuer, {
      params: { code_challenge: null, code_challenge_method: null },
    });
    const callback = expectRedirect(await new Browser(issuer).navigate(request.url));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('refuses a redirect URI that is not registered, without redirecting', async () => {
    const request = authorizationRequest(issuer, {
      params: { redirect_uri: 'http://localhost:4173/elsewhere' },
    });
    const page = expectPage(await new Browser(issuer).navigate(request.url));
    expect(page.status).toBe(400);
    expect(page.html).toContain('redirect_uri');
  });

  it('signs anna in through the login page: SuperOffice claims for Cust10001 and a refresh token', async () => {
    const browser = new Browser(issuer);
    const { tokens, claims, sawLoginPage } = await signIn(browser, { email: 'anna@example.com' });
    expect(sawLoginPage).toBe(true);
    expect(tokens.token_type).toBe('DPoP');
    expect(tokens.expires_in).toBeGreaterThan(0);
    expect(tokens.refresh_token).toBeTruthy();
    expect(claims).toMatchObject({
      iss: issuer,
      aud: clientId,
      sub: 'anna@example.com',
      name: 'Anna Larsen',
      email: 'anna@example.com',
      acr: 'tenant:Cust10001',
      tenants: [{ ctx: 'Cust10001', company_name: 'Nordic Sales AS' }],
      [so('ctx')]: 'Cust10001',
      [so('company_name')]: 'Nordic Sales AS',
      [so('email')]: 'anna@example.com',
      [so('upn')]: 'anna@example.com',
      [so('associateid')]: '101',
      [so('initials')]: 'AL',
      [so('is_administrator')]: 'True',
      [so('serial')]: '1000100011',
      [so('webapi_url')]: `${issuer}/Cust10001/api/`,
      [so('netserver_url')]: `${issuer}/Cust10001/Remote/Services88/`,
    });
    for (const [name, value] of Object.entries(claims)) {
      if (name.startsWith('http://schemes.superoffice.net/')) expect(typeof value, name).toBe('string');
    }
    expect(browser.jar.setCookieLines.length).toBeGreaterThan(0);
    for (const line of browser.jar.setCookieLines) {
      expect(line.toLowerCase(), line).toContain('httponly');
      expect(line.toLowerCase(), line).toContain('samesite=lax');
    }
  });

  it('sends the iss parameter with the code and keeps the state', async () => {
    const { request, callback } = await authorize(new Browser(issuer), { email: 'anna@example.com' });
    expect(callback.searchParams.get('iss')).toBe(issuer);
    expect(callback.searchParams.get('state')).toBe(request.state);
  });

  it('refuses a code exchange with the wrong PKCE verifier', async () => {
    const { callback } = await authorize(new Browser(issuer), { email: 'anna@example.com' });
    const dpop = await DpopKey.create();
    const { status, body } = await exchangeCode(issuer, callback, 'x'.repeat(43), { dpop });
    expect(status).toBe(400);
    expect(body.error).toBe('invalid_grant');
  });

  it('ignores scopes SuperID does not have and still issues a refresh token', async () => {
    const { tokens } = await signIn(new Browser(issuer), {
      email: 'anna@example.com',
      params: { scope: 'openid offline_access profile' },
    });
    expect(tokens.scope).toBe('openid');
    expect(tokens.refresh_token).toBeTruthy();
  });

  it('pre-fills the email from login_hint', async () => {
    const request = authorizationRequest(issuer, { loginHint: 'bjorn@example.com' });
    const page = expectPage(await new Browser(issuer).navigate(request.url));
    expect(parseLoginForm(page.html).email).toBe('bjorn@example.com');
    expect(page.html).toMatch(/id="password"[^>]*autofocus/);
  });

  it('lets a user without tenants (dag) sign in: no ctx claims and an empty tenant list', async () => {
    const { claims, tokens } = await signIn(new Browser(issuer), { email: 'dag@example.com' });
    expect(claims.sub).toBe('dag@example.com');
    expect(claims.tenants).toEqual([]);
    expect(claims).not.toHaveProperty(so('ctx'));
    expect(claims).not.toHaveProperty(so('company_name'));
    expect(claims).not.toHaveProperty('acr');
    expect(tokens.refresh_token).toBeTruthy();
  });

  it('answers the token endpoint with CORS for the app origins only', async () => {
    const preflight = await fetch(`${issuer}/token`, {
      method: 'OPTIONS',
      headers: {
        Origin: appOrigin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,dpop',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(appOrigin);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/dpop/i);

    const { callback, request } = await authorize(new Browser(issuer), { email: 'anna@example.com' });
    const form = {
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      code_verifier: request.verifier,
      redirect_uri: redirectUri,
      client_id: clientId,
    };
    const dpop = await DpopKey.create();
    const foreign = await tokenRequest(issuer, form, { origin: 'http://evil.example', dpop });
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(foreign.body.error).toBe('invalid_request');
    const allowed = await tokenRequest(issuer, form, { origin: 'http://localhost:4173', dpop });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:4173');
  });
});

describe('tenant binding', () => {
  it('binds bjorn to the tenant named in acr_values', async () => {
    const { claims } = await signIn(new Browser(issuer), {
      email: 'bjorn@example.com',
      acrValues: 'tenant:Cust20002',
    });
    expect(claims[so('ctx')]).toBe('Cust20002');
    expect(claims[so('company_name')]).toBe('Bergen Marine');
    expect(claims[so('associateid')]).toBe('7');
    expect(claims[so('is_administrator')]).toBe('False');
    expect(claims.acr).toBe('tenant:Cust20002');
    expect(claims.tenants).toEqual([
      { ctx: 'Cust20001', company_name: 'Fjord Consulting' },
      { ctx: 'Cust20002', company_name: 'Bergen Marine' },
      { ctx: 'Cust20003', company_name: 'Oslo Retail' },
    ]);
  });

  it('binds to the first tenant when no tenant is asked for', async () => {
    const { claims } = await signIn(new Browser(issuer), { email: 'bjorn@example.com' });
    expect(claims[so('ctx')]).toBe('Cust20001');
    expect(claims.acr).toBe('tenant:Cust20001');
  });

  it('refuses a tenant the user does not belong to with access_denied naming it', async () => {
    const { callback, request } = await authorize(new Browser(issuer), {
      email: 'anna@example.com',
      acrValues: 'tenant:Cust20001',
    });
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toContain('Cust20001');
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('switches tenant with prompt=none while the session lives: no login page, tokens bound to the new tenant', async () => {
    const browser = new Browser(issuer);
    const first = await signIn(browser, { email: 'bjorn@example.com', acrValues: 'tenant:Cust20001' });
    expect(first.claims[so('ctx')]).toBe('Cust20001');

    const second = await signIn(browser, { prompt: 'none', acrValues: 'tenant:Cust20002' });
    expect(second.sawLoginPage).toBe(false);
    expect(second.claims[so('ctx')]).toBe('Cust20002');
    expect(second.claims.acr).toBe('tenant:Cust20002');
    expect(second.claims.sub).toBe('bjorn@example.com');

    expect((await fetchPrincipal(issuer, 'Cust20002', second)).status).toBe(200);
    expect((await fetchPrincipal(issuer, 'Cust20001', second)).status).toBe(401);
    expect((await fetchPrincipal(issuer, 'Cust20001', first)).status).toBe(200);

    // The refresh token keeps its tenant through rotation.
    const refreshed = await refresh(issuer, second.tokens.refresh_token ?? '', second);
    expect(refreshed.status).toBe(200);
    expect(decodeJwtPayload(refreshed.body.id_token ?? '')[so('ctx')]).toBe('Cust20002');
    const afterRefresh = { tokens: refreshed.body, dpop: second.dpop };
    expect((await fetchPrincipal(issuer, 'Cust20002', afterRefresh)).status).toBe(200);

    // A later request without a tenant goes back to the first tenant: the binding is per request.
    const third = await signIn(browser, { prompt: 'none' });
    expect(third.claims[so('ctx')]).toBe('Cust20001');
  });

  it('answers prompt=none with access_denied for a tenant outside the session user', async () => {
    const browser = new Browser(issuer);
    await signIn(browser, { email: 'anna@example.com' });
    const { callback } = await authorize(browser, { prompt: 'none', acrValues: 'tenant:Cust20002' });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('error_description')).toContain('Cust20002');
  });

  it('answers prompt=none without a session with login_required', async () => {
    const { callback } = await authorize(new Browser(issuer), { prompt: 'none' });
    expect(callback.searchParams.get('error')).toBe('login_required');
  });

  it('shows the login page again for prompt=login, with the login_hint', async () => {
    const browser = new Browser(issuer);
    await signIn(browser, { email: 'bjorn@example.com' });
    const request = authorizationRequest(issuer, { prompt: 'login', loginHint: 'bjorn@example.com' });
    const page = expectPage(await browser.navigate(request.url));
    expect(parseLoginForm(page.html).email).toBe('bjorn@example.com');
    const callback = expectRedirect(await submitLogin(browser, page, 'bjorn@example.com', 'demo'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('answers prompt=consent without a consent page (first-party app)', async () => {
    const browser = new Browser(issuer);
    await signIn(browser, { email: 'anna@example.com' });
    const pagesBefore = browser.pages.length;
    const { claims, sawLoginPage } = await signIn(browser, { prompt: 'consent' });
    expect(sawLoginPage).toBe(false);
    expect(claims[so('ctx')]).toBe('Cust10001');
    expect(browser.pages).toHaveLength(pagesBefore);
  });

  it('shows the login page when login_hint names another user than the signed-in one', async () => {
    const browser = new Browser(issuer);
    await signIn(browser, { email: 'bjorn@example.com' });
    const request = authorizationRequest(issuer, { loginHint: 'anna@example.com' });
    const page = expectPage(await browser.navigate(request.url));
    expect(parseLoginForm(page.html).email).toBe('anna@example.com');
    const silent = await authorize(browser, { prompt: 'none', loginHint: 'anna@example.com' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });
});

describe('refresh tokens', () => {
  it('rotates on every use, and a reused one revokes the whole grant', async () => {
    const { tokens, dpop } = await signIn(new Browser(issuer), { email: 'anna@example.com' });
    const first = tokens.refresh_token ?? '';
    const second = await refresh(issuer, first, { dpop });
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).toBeTruthy();
    expect(second.body.refresh_token).not.toBe(first);
    expect(decodeJwtPayload(second.body.id_token ?? '')[so('ctx')]).toBe('Cust10001');

    const third = await refresh(issuer, second.body.refresh_token ?? '', { dpop });
    expect(third.status).toBe(200);
    const newest = third.body.refresh_token ?? '';

    const reused = await refresh(issuer, first, { dpop });
    expect(reused.status).toBe(400);
    expect(reused.body.error).toBe('invalid_grant');
    const afterTheft = await refresh(issuer, newest, { dpop });
    expect(afterTheft.body.error).toBe('invalid_grant');
    expect((await fetchPrincipal(issuer, 'Cust10001', { tokens: third.body, dpop })).status).toBe(401);
  });

  it('can be revoked by the app', async () => {
    const { tokens, dpop } = await signIn(new Browser(issuer), { email: 'anna@example.com' });
    const response = await fetch(`${issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: tokens.refresh_token ?? '', client_id: clientId }).toString(),
    });
    expect(response.status).toBe(200);
    expect((await refresh(issuer, tokens.refresh_token ?? '', { dpop })).body.error).toBe('invalid_grant');
  });
});

describe('logout', () => {
  const logoutUrl = (params: Record<string, string>) =>
    `${issuer}/session/end?${new URLSearchParams(params)}`;

  it('with id_token_hint goes straight back to the app, ends the session and kills the refresh token', async () => {
    const browser = new Browser(issuer);
    const signedIn = await signIn(browser, { email: 'bjorn@example.com' });
    const { tokens, dpop } = signedIn;
    const pagesBefore = browser.pages.length;
    const outcome = await browser.navigate(
      logoutUrl({
        id_token_hint: tokens.id_token ?? '',
        post_logout_redirect_uri: postLogoutRedirectUri,
        state: 'bye-123',
      }),
    );
    const back = expectRedirect(outcome);
    expect(back.origin + back.pathname).toBe(postLogoutRedirectUri);
    expect(back.searchParams.get('state')).toBe('bye-123');
    expect(browser.pages).toHaveLength(pagesBefore);

    expect((await refresh(issuer, tokens.refresh_token ?? '', { dpop })).body.error).toBe('invalid_grant');
    expect((await fetchPrincipal(issuer, 'Cust20001', signedIn)).status).toBe(401);
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });

  it('takes the same request as a form POST, so the id_token stays out of addresses', async () => {
    const browser = new Browser(issuer);
    const { tokens, dpop } = await signIn(browser, { email: 'anna@example.com' });
    const outcome = await browser.navigate(`${issuer}/session/end`, {
      method: 'POST',
      form: {
        id_token_hint: tokens.id_token ?? '',
        post_logout_redirect_uri: postLogoutRedirectUri,
        state: 'bye-456',
      },
    });
    const back = expectRedirect(outcome);
    expect(back.origin + back.pathname).toBe(postLogoutRedirectUri);
    expect(back.searchParams.get('state')).toBe('bye-456');
    expect((await refresh(issuer, tokens.refresh_token ?? '', { dpop })).body.error).toBe('invalid_grant');
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });

  it('takes the id_token_hint of a consultant whose id_token lists 300 tenants (26 KB in the address)', async () => {
    const browser = new Browser(issuer);
    const { tokens } = await signIn(browser, { email: 'kari@partner.example' });
    expect(tokens.id_token?.length).toBeGreaterThan(20_000);
    const back = expectRedirect(
      await browser.navigate(
        logoutUrl({ id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: postLogoutRedirectUri }),
      ),
    );
    expect(back.origin + back.pathname).toBe(postLogoutRedirectUri);
  });

  it('without a hint asks for confirmation on a styled page', async () => {
    const browser = new Browser(issuer);
    await signIn(browser, { email: 'anna@example.com' });
    const page = expectPage(await browser.navigate(logoutUrl({ client_id: clientId })));
    expect(page.status).toBe(200);
    expect(page.html).toContain('Yes, log out');
    expect(page.html).toContain('/assets/sign-in.css');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const done = expectPage(
      await browser.navigate(`${issuer}/session/end/confirm`, {
        method: 'POST',
        form: { xsrf, logout: 'yes' },
      }),
    );
    expect(done.html).toContain('You are logged out');
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });

  it('refuses a post_logout_redirect_uri that is not registered', async () => {
    const browser = new Browser(issuer);
    const { tokens } = await signIn(browser, { email: 'anna@example.com' });
    const outcome = await browser.navigate(
      logoutUrl({ id_token_hint: tokens.id_token ?? '', post_logout_redirect_uri: 'http://evil.example/' }),
    );
    expect(expectPage(outcome).status).toBe(400);
  });
});

describe('DPoP', () => {
  it('is required: a code or refresh token redeemed without a DPoP proof gets no Bearer tokens', async () => {
    const { callback, request } = await authorize(new Browser(issuer), { email: 'anna@example.com' });
    const stolen = await exchangeCode(issuer, callback, request.verifier);
    expect(stolen.status).toBe(400);
    expect(stolen.body.error).toBe('invalid_grant');
    expect(stolen.body.access_token).toBeUndefined();

    // The same code with a proof works: the refusal was for the missing proof alone.
    const dpop = await DpopKey.create();
    const app = await exchangeCode(issuer, callback, request.verifier, { dpop });
    expect(app.status).toBe(200);
    expect(app.body.token_type).toBe('DPoP');
    expect((await refresh(issuer, app.body.refresh_token ?? '')).body.error).toBe('invalid_grant');
    expect((await refresh(issuer, app.body.refresh_token ?? '', { dpop })).status).toBe(200);
  });

  it('can be made optional: then a client without DPoP gets Bearer tokens', async () => {
    const { tokens } = await signIn(new Browser(optionalDpop.issuer), {
      email: 'anna@example.com',
      dpop: null,
    });
    expect(tokens.token_type).toBe('Bearer');
  });

  it('a client whose clock is 10 minutes off gets a DPoP nonce to retry with, at the API', async () => {
    const key = await DpopKey.create();
    const { tokens } = await signIn(new Browser(issuer), { email: 'anna@example.com', dpop: key });
    const url = `${issuer}/Cust10001/api/v1/User/currentPrincipal`;
    const skewed = { iat: Math.floor(Date.now() / 1000) + 600 };

    const first = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('GET', url, tokens.access_token, skewed),
    );
    expect(first.status).toBe(401);
    expect(first.headers.get('www-authenticate')).toContain('error="use_dpop_nonce"');
    const nonce = first.headers.get('dpop-nonce');
    expect(nonce).toBeTruthy();

    const retry = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('GET', url, tokens.access_token, { ...skewed, nonce }),
    );
    expect(retry.status).toBe(200);

    const forged = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('GET', url, tokens.access_token, {
        ...skewed,
        nonce: `${nonce!.split('.')[0]}.forged`,
      }),
    );
    expect(forged.status).toBe(401);
  });

  it('binds tokens to the key: DPoP proof accepted, Bearer and a wrong ath refused, refresh needs the key', async () => {
    const key = await DpopKey.create();
    const { tokens } = await signIn(new Browser(issuer), { email: 'anna@example.com', dpop: key });
    expect(tokens.token_type).toBe('DPoP');
    const url = `${issuer}/Cust10001/api/v1/User/currentPrincipal`;

    const ok = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('GET', url, tokens.access_token),
    );
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { EMailAddress: string }).EMailAddress).toBe('anna@example.com');

    const asBearer = await principal('Cust10001', `Bearer ${tokens.access_token}`);
    expect(asBearer.status).toBe(401);
    expect(asBearer.headers.get('www-authenticate')).toMatch(/^DPoP /);

    const wrongAth = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('GET', url, 'other'),
    );
    expect(wrongAth.status).toBe(401);
    expect(wrongAth.headers.get('www-authenticate')).toContain('invalid_dpop_proof');

    const otherKey = await DpopKey.create();
    const stolen = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await otherKey.proof('GET', url, tokens.access_token),
    );
    expect(stolen.status).toBe(401);

    const wrongMethod = await principal(
      'Cust10001',
      `DPoP ${tokens.access_token}`,
      await key.proof('POST', url, tokens.access_token),
    );
    expect(wrongMethod.status).toBe(401);

    const proof = await key.proof('GET', url, tokens.access_token);
    expect((await principal('Cust10001', `DPoP ${tokens.access_token}`, proof)).status).toBe(200);
    expect((await principal('Cust10001', `DPoP ${tokens.access_token}`, proof)).status).toBe(401);

    const old = await key.proof('GET', url, tokens.access_token, {
      iat: Math.floor(Date.now() / 1000) - 3600,
    });
    expect((await principal('Cust10001', `DPoP ${tokens.access_token}`, old)).status).toBe(401);

    expect((await refresh(issuer, tokens.refresh_token ?? '')).body.error).toBe('invalid_grant');
    const refreshed = await refresh(issuer, tokens.refresh_token ?? '', { dpop: key });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.token_type).toBe('DPoP');
  });

  it('refuses the DPoP scheme for a token that is not DPoP-bound', async () => {
    const key = await DpopKey.create();
    const { issuer: optional } = optionalDpop;
    const { tokens } = await signIn(new Browser(optional), { email: 'anna@example.com', dpop: null });
    const url = `${optional}/Cust10001/api/v1/User/currentPrincipal`;
    const response = await fetch(url, {
      headers: {
        Authorization: `DPoP ${tokens.access_token}`,
        DPoP: await key.proof('GET', url, tokens.access_token),
      },
    });
    expect(response.status).toBe(401);
  });
});
