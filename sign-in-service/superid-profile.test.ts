import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignInService, type SignInService } from './server.ts';
import {
  authorize,
  Browser,
  clientId,
  DpopKey,
  endpoints,
  expectRedirect,
  fetchPrincipal,
  postLogoutRedirectUri,
  refresh,
  signIn,
  so,
  testOptions,
} from './test-support.ts';

let service: SignInService;
let issuer: string;
let authority: string;

beforeAll(async () => {
  service = await startSignInService(testOptions({ loginRateLimit: 1000, profile: 'superid' }));
  ({ issuer, authority } = service);
});

afterAll(() => service.close());

describe('the superid profile', () => {
  it('lives under /login while its issuer is the origin, as SuperID', async () => {
    expect(authority).toBe(`${issuer}/login`);
    const response = await fetch(`${authority}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      issuer,
      authorization_endpoint: `${issuer}/login/common/oauth/authorize`,
      token_endpoint: `${issuer}/login/common/oauth/tokens`,
      jwks_uri: `${issuer}/login/.well-known/jwks`,
      end_session_endpoint: `${issuer}/login/logout`,
      scopes_supported: ['openid'],
      response_types_supported: ['code'],
    });
    expect(metadata).toMatchObject({ authorization_endpoint: endpoints(authority).authorization });
    expect(metadata).not.toHaveProperty('userinfo_endpoint');
    expect(metadata).not.toHaveProperty('dpop_signing_alg_values_supported');
    expect((await fetch(`${issuer}/.well-known/openid-configuration`)).status).toBe(404);
    const jwks = (await (await fetch(`${authority}/.well-known/jwks`)).json()) as { keys: unknown[] };
    expect(jwks.keys).toHaveLength(1);
  });

  it('issues SuperID’s claims: one ctx, all strings, no tenants and no plain name or email', async () => {
    const browser = new Browser(authority);
    const { claims, tokens } = await signIn(browser, { email: 'anna@example.com', dpop: null });
    expect(browser.pages[0]?.url.pathname).toMatch(/^\/login\/interaction\/[\w-]+$/);
    expect(claims).toMatchObject({
      iss: issuer,
      aud: clientId,
      sub: 'anna@example.com',
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
      [so('identityprovider')]: 'central-superid',
      [so('so_primary_email_address')]: 'anna@example.com',
    });
    for (const name of ['tenants', 'name', 'email', 'acr']) expect(claims, name).not.toHaveProperty(name);
    for (const [name, value] of Object.entries(claims)) {
      if (name.startsWith('http://schemes.superoffice.net/')) expect(typeof value, name).toBe('string');
    }
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.access_token.split('.')).toHaveLength(1);
    expect(tokens.scope).toBe('openid');
  });

  it('has no DPoP: a proof is ignored and the token is a plain Bearer token the tenant API takes', async () => {
    const signedIn = await signIn(new Browser(authority), {
      email: 'anna@example.com',
      dpop: await DpopKey.create(),
    });
    expect(signedIn.tokens.token_type).toBe('Bearer');
    const principal = await fetchPrincipal(issuer, 'Cust10001', signedIn);
    expect(principal.status).toBe(200);
    expect(await principal.json()).toMatchObject({ Associate: 'AL', AssociateId: 101 });
    const renewed = await refresh(authority, signedIn.tokens.refresh_token ?? '');
    expect(renewed.status).toBe(200);
  });

  it('keeps the tenant status API at the origin', async () => {
    const response = await fetch(`${issuer}/api/state/Cust20003`);
    expect(await response.json()).toMatchObject({ ContextIdentifier: 'Cust20003', IsRunning: true });
  });

  it('binds the tenant acr_values names, one ctx per token', async () => {
    const { claims } = await signIn(new Browser(authority), {
      email: 'bjorn@example.com',
      acrValues: 'tenant:Cust20002',
      dpop: null,
    });
    expect(claims[so('ctx')]).toBe('Cust20002');
    expect(claims[so('company_name')]).toBe('Bergen Marine');
  });

  it('ends the session at /login/logout and returns to the app', async () => {
    const browser = new Browser(authority);
    const { tokens } = await signIn(browser, { email: 'anna@example.com', dpop: null });
    const logout = new URL(`${authority}/logout`);
    logout.search = new URLSearchParams({
      id_token_hint: tokens.id_token ?? '',
      post_logout_redirect_uri: postLogoutRedirectUri,
      state: 'bye',
    }).toString();
    const back = expectRedirect(await browser.navigate(logout));
    expect(back.origin + back.pathname).toBe(postLogoutRedirectUri);
    expect(back.searchParams.get('state')).toBe('bye');
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
    expect((await refresh(authority, tokens.refresh_token ?? '')).body.error).toBe('invalid_grant');
  });

  it('takes the logout as a form POST at /login/logout too, as the app sends it', async () => {
    const browser = new Browser(authority);
    const { tokens } = await signIn(browser, { email: 'anna@example.com', dpop: null });
    const outcome = await browser.navigate(`${authority}/logout`, {
      method: 'POST',
      form: {
        id_token_hint: tokens.id_token ?? '',
        post_logout_redirect_uri: postLogoutRedirectUri,
        state: 'bye-post',
      },
    });
    const back = expectRedirect(outcome);
    expect(back.origin + back.pathname).toBe(postLogoutRedirectUri);
    expect(back.searchParams.get('state')).toBe('bye-post');
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('login_required');
  });
});
