import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCompanyIdp, type CompanyIdp } from './server.ts';
import {
  authorizationRequest,
  Browser,
  cancel,
  clientId,
  clientSecret,
  codeOf,
  exchangeCode,
  expectPage,
  expectRedirect,
  expectSecurityHeaders,
  mfaAcr,
  parseForm,
  person,
  redirectUri,
  submitCode,
  testIdpOptions,
  toCodeStep,
  type AuthorizationRequest,
} from './test-support.ts';

let idp: CompanyIdp;
let issuer: string;

beforeAll(async () => {
  idp = await startCompanyIdp(testIdpOptions());
  issuer = idp.issuer;
});

afterAll(() => idp.close());

const verifyIdToken = (idToken: string) =>
  jwtVerify(idToken, createRemoteJWKSet(new URL(`${issuer}/jwks`)), { issuer, audience: clientId });

/**
 * Frida's browser after one full sign-in (password and code). A code signs in only once, so later tests that need
 * a code from the provider reuse this session, as SuperID would within the session's life.
 */
let fridaSignedIn: Promise<{ browser: Browser; request: AuthorizationRequest; callback: URL }> | undefined;
function signInFrida() {
  fridaSignedIn ??= (async () => {
    const browser = new Browser(issuer);
    const { request, page } = await toCodeStep(browser, 'frida@fjord.example');
    const callback = expectRedirect(await submitCode(browser, page, codeOf('frida@fjord.example')));
    return { browser, request, callback };
  })();
  return fridaSignedIn;
}

/** An authorization with Frida's live session: straight back with a code, no page. */
async function codeFromSession(params: Record<string, string | null> = {}) {
  const { browser } = await signInFrida();
  const request = authorizationRequest(issuer, params);
  const callback = expectRedirect(await browser.navigate(request.url));
  return { request, callback };
}

describe('discovery', () => {
  it('announces its own issuer, the code flow with PKCE S256, client secrets, the scopes and the MFA acr', async () => {
    expect(issuer).toMatch(/^http:\/\/localhost:\d+$/);
    expect(idp.port).toBeGreaterThan(0);
    const metadata = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(metadata).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/auth`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      userinfo_endpoint: `${issuer}/me`,
      end_session_endpoint: `${issuer}/session/end`,
      response_types_supported: ['code'],
      grant_types_supported: ['authorization_code'],
      code_challenge_methods_supported: ['S256'],
      scopes_supported: ['openid', 'email', 'profile'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      acr_values_supported: [mfaAcr],
      authorization_response_iss_parameter_supported: true,
    });
    expect(metadata.claims_supported).toEqual(
      expect.arrayContaining(['sub', 'email', 'email_verified', 'name', 'acr', 'amr']),
    );
    const jwks = (await (await fetch(`${issuer}/jwks`)).json()) as { keys: Record<string, unknown>[] };
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
  });

  it('signs with keys of its own, new per start', async () => {
    const other = await startCompanyIdp(testIdpOptions());
    try {
      const kid = async (at: string) =>
        ((await (await fetch(`${at}/jwks`)).json()) as { keys: { kid: string }[] }).keys[0]?.kid;
      expect(await kid(other.issuer)).not.toBe(await kid(issuer));
    } finally {
      await other.close();
    }
  });
});

describe('authorization code flow', () => {
  it('signs Frida in with her password and a one-time code: a signed id_token with email, name, amr and acr', async () => {
    const { request, callback } = await signInFrida();
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('iss')).toBe(issuer);

    const { status, body } = await exchangeCode(issuer, callback, request.verifier);
    expect(status).toBe(200);
    expect(body.token_type).toBe('Bearer');
    expect(body.scope).toBe('openid email profile');
    expect(body).not.toHaveProperty('refresh_token');
    const { payload, protectedHeader } = await verifyIdToken(body.id_token ?? '');
    expect(protectedHeader.alg).toBe('RS256');
    const frida = person('frida@fjord.example');
    expect(payload).toMatchObject({
      iss: issuer,
      aud: clientId,
      sub: frida.sub,
      email: 'frida@fjord.example',
      email_verified: true,
      name: 'Frida Fjeld',
      amr: ['pwd', 'otp', 'mfa'],
      acr: mfaAcr,
      nonce: request.nonce,
    } satisfies JWTPayload);
    expect(payload.sub).not.toContain('@');
    expect(payload.auth_time).toBeGreaterThan(Date.now() / 1000 - 60);

    const userinfo = await fetch(`${issuer}/me`, {
      headers: { Authorization: `Bearer ${body.access_token}` },
    });
    expect(await userinfo.json()).toMatchObject({
      sub: frida.sub,
      email: 'frida@fjord.example',
      name: 'Frida Fjeld',
    });
  });

  it('gives only the claims of the scopes asked for', async () => {
    const { request, callback } = await codeFromSession({ scope: 'openid' });
    const { body } = await exchangeCode(issuer, callback, request.verifier);
    const { payload } = await verifyIdToken(body.id_token ?? '');
    expect(payload.sub).toBe(person('frida@fjord.example').sub);
    expect(payload.amr).toEqual(['pwd', 'otp', 'mfa']);
    expect(payload).not.toHaveProperty('email');
    expect(payload).not.toHaveProperty('name');
  });

  it('signs in again without any page while the session lives, keeping the factors of the sign-in', async () => {
    const { browser } = await signInFrida();
    const pagesBefore = browser.pages.length;
    const { request, callback } = await codeFromSession();
    expect(browser.pages).toHaveLength(pagesBefore);
    const { body } = await exchangeCode(issuer, callback, request.verifier);
    const { payload } = await verifyIdToken(body.id_token ?? '');
    expect(payload).toMatchObject({ email: 'frida@fjord.example', amr: ['pwd', 'otp', 'mfa'], acr: mfaAcr });
  });

  it('keeps its session in cookies of its own names, so it does not overwrite SuperID’s on the same host', async () => {
    const { browser } = await signInFrida();
    expect(browser.jar.names()).toContain('fjord_session');
    expect(browser.jar.names().filter((name) => name.startsWith('_'))).toEqual([]);
    for (const line of browser.jar.setCookieLines) expect(line.toLowerCase(), line).toContain('httponly');
  });

  it('shows the login page when login_hint names someone else than the signed-in person, or with prompt=login', async () => {
    const { browser } = await signInFrida();
    const other = expectPage(
      await browser.navigate(authorizationRequest(issuer, { login_hint: 'geir@fjord.example' }).url),
    );
    expect(parseForm(other, 'password-form').fields.email).toContain('value="geir@fjord.example"');
    const silent = expectRedirect(
      await browser.navigate(
        authorizationRequest(issuer, { login_hint: 'geir@fjord.example', prompt: 'none' }).url,
      ),
    );
    expect(silent.searchParams.get('error')).toBe('login_required');
    const again = expectPage(await browser.navigate(authorizationRequest(issuer, { prompt: 'login' }).url));
    expect(again.html).toContain('id="password-form"');
  });

  it('answers response_mode=form_post with a page whose CSP allows only its own submitting script', async () => {
    const { browser } = await signInFrida();
    const request = authorizationRequest(issuer, { response_mode: 'form_post' });
    const page = expectPage(await browser.navigate(request.url));
    expect(page.status).toBe(200);
    expect(page.html).toContain(`<form method="post" action="${redirectUri}">`);
    expect(page.html).toContain(`name="state" value="${request.state}"`);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/script-src 'report-sample' 'sha256-[\w+/=]+'$/);
    expect(csp).toContain("form-action 'self' http://localhost:4000");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('answers prompt=none without a session with login_required at the redirect URI', async () => {
    const request = authorizationRequest(issuer, { prompt: 'none' });
    const callback = expectRedirect(await new Browser(issuer).navigate(request.url));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('login_required');
    expect(callback.searchParams.get('state')).toBe(request.state);
  });
});

describe('what the provider refuses', () => {
  it('refuses an authorization request without PKCE, at the redirect URI', async () => {
    const request = authorizationRequest(issuer, { code_challenge: null, code_challenge_method: null });
    const callback = expectRedirect(await new Browser(issuer).navigate(request.url));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('error_description')).toMatch(/PKCE/);
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('refuses the plain PKCE method', async () => {
    const request = authorizationRequest(issuer, {
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'plain',
    });
    const callback = expectRedirect(await new Browser(issuer).navigate(request.url));
    expect(callback.searchParams.get('error')).toBe('invalid_request');
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('refuses a redirect URI that is not registered, on its own page and without redirecting', async () => {
    for (const uri of [
      'http://localhost:4000/federation/elsewhere',
      'http://evil.example/federation/callback',
    ]) {
      const request = authorizationRequest(issuer, { redirect_uri: uri });
      const page = expectPage(await new Browser(issuer).navigate(request.url));
      expect(page.status).toBe(400);
      expect(page.html).toContain('redirect_uri');
      expect(page.html).toContain('Fjord Consulting');
      expectSecurityHeaders(page);
    }
  });

  it('refuses an unknown client on its own page', async () => {
    const request = authorizationRequest(issuer, { client_id: 'mobile-crm' });
    const page = expectPage(await new Browser(issuer).navigate(request.url));
    expect(page.status).toBe(400);
    expect(page.html).toContain('invalid_client');
    expectSecurityHeaders(page);
  });

  it('refuses the code without the right client secret, with the wrong PKCE verifier, and a second time', async () => {
    const { request, callback } = await codeFromSession();
    const noSecret = await fetch(`${issuer}/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: clientId,
        code: callback.searchParams.get('code') ?? '',
        code_verifier: request.verifier,
        redirect_uri: redirectUri,
      }).toString(),
    });
    expect(noSecret.status).toBe(401);
    expect(((await noSecret.json()) as { error: string }).error).toBe('invalid_client');
    const wrongSecret = await exchangeCode(issuer, callback, request.verifier, {
      secret: 'not-the-secret-at-all',
    });
    expect(wrongSecret.status).toBe(401);
    expect(wrongSecret.body.error).toBe('invalid_client');
    const wrongVerifier = await exchangeCode(issuer, callback, 'x'.repeat(43));
    expect(wrongVerifier.status).toBe(400);
    expect(wrongVerifier.body.error).toBe('invalid_grant');

    // A failed PKCE check consumes the code, as it must.
    const { request: second, callback: secondCallback } = await codeFromSession();
    expect((await exchangeCode(issuer, secondCallback, second.verifier)).status).toBe(200);
    expect((await exchangeCode(issuer, secondCallback, second.verifier)).body.error).toBe('invalid_grant');
  });

  it('issues no refresh token even when asked for offline_access', async () => {
    const { request, callback } = await codeFromSession({
      scope: 'openid email offline_access',
      prompt: 'consent',
    });
    const { status, body } = await exchangeCode(issuer, callback, request.verifier);
    expect(status).toBe(200);
    expect(body).not.toHaveProperty('refresh_token');
  });
});

describe('cancel', () => {
  it('returns access_denied with the state to the relying party, from the password step', async () => {
    const browser = new Browser(issuer);
    const request = authorizationRequest(issuer);
    const page = expectPage(await browser.navigate(request.url));
    const callback = expectRedirect(await cancel(browser, page));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(request.state);
    expect(callback.searchParams.get('iss')).toBe(issuer);
    expect(callback.searchParams.get('code')).toBeNull();
  });

  it('returns access_denied from the code step too, and starts no session', async () => {
    const browser = new Browser(issuer);
    const { request, page } = await toCodeStep(browser, 'geir@fjord.example');
    const callback = expectRedirect(await cancel(browser, page));
    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe(request.state);
    const silent = expectRedirect(
      await browser.navigate(authorizationRequest(issuer, { prompt: 'none' }).url),
    );
    expect(silent.searchParams.get('error')).toBe('login_required');
  });
});

describe('another set-up', () => {
  it('takes the client secret in the body too (client_secret_post), and returns to a registered post-logout URI', async () => {
    const postLogout = 'http://localhost:4000/federation/signed-out';
    const other = await startCompanyIdp(testIdpOptions({ postLogoutRedirectUris: [postLogout] }));
    try {
      const browser = new Browser(other.issuer);
      const { request, page } = await toCodeStep(browser, 'geir@fjord.example');
      const callback = expectRedirect(await submitCode(browser, page, codeOf('geir@fjord.example')));
      const form = {
        grant_type: 'authorization_code',
        code: callback.searchParams.get('code') ?? '',
        code_verifier: request.verifier,
        redirect_uri: redirectUri,
      };
      const response = await fetch(`${other.issuer}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...form, client_id: clientId, client_secret: clientSecret }).toString(),
      });
      expect(response.status).toBe(200);
      const { id_token: idToken } = (await response.json()) as { id_token: string };

      const confirm = expectPage(
        await browser.navigate(
          `${other.issuer}/session/end?${new URLSearchParams({
            id_token_hint: idToken,
            post_logout_redirect_uri: postLogout,
            state: 'bye',
          })}`,
        ),
      );
      const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.html)?.[1] ?? '';
      const back = expectRedirect(
        await browser.navigate(`${other.issuer}/session/end/confirm`, {
          method: 'POST',
          form: { xsrf, logout: 'yes' },
        }),
      );
      expect(back.origin + back.pathname).toBe(postLogout);
      expect(back.searchParams.get('state')).toBe('bye');
    } finally {
      await other.close();
    }
  });
});

describe('logout', () => {
  it('asks on its own page, then ends the session', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'geir@fjord.example');
    expectRedirect(await submitCode(browser, page, codeOf('geir@fjord.example')));

    const confirm = expectPage(await browser.navigate(`${issuer}/session/end?client_id=${clientId}`));
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain('Yes, sign out');
    expectSecurityHeaders(confirm);
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(confirm.html)?.[1] ?? '';
    const done = expectPage(
      await browser.navigate(`${issuer}/session/end/confirm`, {
        method: 'POST',
        form: { xsrf, logout: 'yes' },
      }),
    );
    expect(done.html).toContain('You are signed out');
    expectSecurityHeaders(done);
    const silent = expectRedirect(
      await browser.navigate(authorizationRequest(issuer, { prompt: 'none' }).url),
    );
    expect(silent.searchParams.get('error')).toBe('login_required');
  });
});
