// The federated sign-in over real HTTP: SuperID (both profiles) hands people of a federated domain to their
// company's identity provider over an OIDC code flow, and signs them in with its own session when they come back.
import { afterEach, describe, expect, it } from 'vitest';
import { cancel, codeOf, submitCode, submitPassword } from './company-idp/test-support.ts';
import { defaultClientId, defaultClientSecret, defaultRedirectUris } from './company-idp/options.ts';
import {
  follow,
  freePort,
  originsOf,
  signInAtCompany,
  startPair,
  toCompanyIdp,
  type Pair,
} from './federation-test-support.ts';
import { defaultCompanyIdp, optionsFromEnv } from './options.ts';
import {
  authorizationRequest,
  Browser,
  chooseTenant,
  decodeJwtPayload,
  DpopKey,
  exchangeCode,
  expectPage,
  expectRedirect,
  isEmailStep,
  isTenantChoice,
  so,
  submitEmail,
  type Page,
} from './test-support.ts';

const pairs: Pair[] = [];
afterEach(async () => {
  await Promise.all(pairs.splice(0).map((pair) => pair.close()));
});

async function pair(...args: Parameters<typeof startPair>) {
  const started = await startPair(...args);
  pairs.push(started);
  return started;
}

const alert = (page: Page) => /<p class="alert" role="alert"[^>]*>([^<]*)<\/p>/.exec(page.html)?.[1];
const noPasswordField = (page: Page) => expect(page.html).not.toContain('type="password"');

async function redeem(pairUsed: Pair, callback: URL, verifier: string, dpop?: DpopKey) {
  const { status, body } = await exchangeCode(pairUsed.service.authority, callback, verifier, { dpop });
  expect(status).toBe(200);
  return decodeJwtPayload(body.id_token ?? '');
}

describe('the federated sign-in', () => {
  it('finds the company identity provider with its documented defaults', () => {
    expect(optionsFromEnv({}).companyIdp).toEqual(defaultCompanyIdp);
    expect(defaultCompanyIdp).toMatchObject({ clientId: defaultClientId, clientSecret: defaultClientSecret });
    // SuperID on its default port sends people back where the company's provider expects them by default.
    expect(defaultRedirectUris).toEqual(['http://localhost:4000/federation/callback']);
  });

  it('sends frida from SuperID’s email step to her company over a code flow with PKCE, state and nonce', async () => {
    const started = await pair('local');
    const { leftFor, idpPage, browser } = await toCompanyIdp(started, 'frida@fjord.example');
    expect(leftFor.origin + leftFor.pathname).toBe(`${started.idp.issuer}/auth`);
    const params = leftFor.searchParams;
    expect(Object.fromEntries(params)).toMatchObject({
      client_id: 'superid',
      redirect_uri: `${started.service.issuer}/federation/callback`,
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      login_hint: 'frida@fjord.example',
    });
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(params.get('nonce')).toMatch(/^[\w-]{40,}$/);
    expect(params.get('prompt')).toBeNull();
    // Her browser carries the state back: an answer that reaches another browser starts nothing.
    expect(browser.jar.setCookieLines.some((line) => line.startsWith('superid_federation='))).toBe(true);
    expect(idpPage.html).toContain('id="password-form"');
    const servicePages = browser.pages.filter((page) => page.url.origin === started.service.issuer);
    expect(servicePages.length).toBeGreaterThan(0);
    for (const page of servicePages) noPasswordField(page);
  });

  it('signs frida in with SuperID’s own session and her company’s MFA, in the local profile', async () => {
    const started = await pair('local');
    const { browser, request, idpPage } = await toCompanyIdp(started, 'frida@fjord.example');
    const back = await signInAtCompany(started, browser, idpPage, 'frida@fjord.example');
    const callback = expectRedirect(back);
    expect(callback.origin + callback.pathname).toBe('http://localhost:4173/callback');
    expect(callback.searchParams.get('state')).toBe(request.state);
    const claims = await redeem(started, callback, request.verifier, await DpopKey.create());
    expect(claims).toMatchObject({
      iss: started.service.issuer,
      sub: 'frida@fjord.example',
      nonce: request.nonce,
      amr: ['pwd', 'otp', 'mfa'],
      [so('ctx')]: 'Cust40001',
    });
    // No SuperID page ever asked for a password.
    const servicePages = browser.pages.filter((page) => page.url.origin === started.service.issuer);
    for (const page of servicePages) noPasswordField(page);
    // Back from the company: a page that goes on by itself, with a link for a browser that does not.
    const returned = servicePages.find((page) => page.url.pathname === '/federation/callback');
    expect(returned?.status).toBe(200);
    expect(returned?.html).toContain('<h1>Signed in at your company</h1>');
    expect(returned?.html).toMatch(/<meta http-equiv="refresh" content="0; url=\/interaction\/[\w-]+">/);

    // SuperID's session lives on: the next authorization needs neither the company nor a password.
    const again = authorizationRequest(started.service.authority, { loginHint: 'frida@fjord.example' });
    expect(expectRedirect(await browser.navigate(again.url)).searchParams.get('code')).toBeTruthy();
  });

  it('brings frida back to SuperID’s own tenant choice in the superid profile', async () => {
    const started = await pair('superid');
    const { browser, request, idpPage } = await toCompanyIdp(started, 'frida@fjord.example');
    const choice = expectPage(await signInAtCompany(started, browser, idpPage, 'frida@fjord.example'));
    expect(isTenantChoice(choice.html)).toBe(true);
    expect(choice.html).toContain('Fjord Shipping AS');
    expect(choice.html).toContain('Fjord Logistics AS');
    const callback = expectRedirect(
      await follow(browser, await chooseTenant(browser, choice, 'Cust40002'), originsOf(started)),
    );
    const claims = await redeem(started, callback, request.verifier);
    expect(claims).toMatchObject({
      iss: started.service.issuer,
      sub: 'frida@fjord.example',
      [so('ctx')]: 'Cust40002',
      [so('identityprovider')]: 'company-idp',
    });
  });

  it('comes back to SuperID’s email step with a clear message when she cancels at her company', async () => {
    const started = await pair('superid');
    const { browser, idpPage } = await toCompanyIdp(started, 'frida@fjord.example');
    const back = expectPage(await follow(browser, await cancel(browser, idpPage), originsOf(started)));
    expect(back.url.pathname).toMatch(/^\/login\/interaction\/[\w-]+$/);
    expect(back.status).toBe(401);
    expect(isEmailStep(back.html)).toBe(true);
    expect(alert(back)).toBe(
      'The sign-in with your company account (fjord.example) was cancelled. Press Continue to try again.',
    );
    expect(back.html).toContain('value="frida@fjord.example"');
    noPasswordField(back);
    // Continue tries again: to the company, not to a password.
    const retry = await submitEmail(browser, back, 'frida@fjord.example');
    expect(retry.kind === 'redirect' && retry.url.origin).toBe(started.idp.issuer);
  });

  it('refuses someone the company knows but SuperOffice does not', async () => {
    const started = await pair('local');
    // Geir works at Fjord and signs in there, but has no SuperOffice account.
    const { browser, idpPage } = await toCompanyIdp(started, 'frida@fjord.example');
    const back = expectPage(await signInAtCompany(started, browser, idpPage, 'geir@fjord.example'));
    expect(back.status).toBe(403);
    expect(isEmailStep(back.html)).toBe(true);
    expect(alert(back)).toBe(
      'geir@fjord.example signed in at your company, but has no SuperOffice account. Ask your administrator for access, or use another email.',
    );
  });

  it('takes the company’s answer once, and only in the browser that left for it', async () => {
    const started = await pair('local');
    const { browser, idpPage } = await toCompanyIdp(started, 'frida@fjord.example');
    const password = await submitPassword(browser, idpPage, 'frida@fjord.example');
    const codeStep = expectPage(await follow(browser, password, originsOf(started)));
    // Stop where the company sends her back to SuperID, and try that answer elsewhere first.
    const outcome = await submitCode(browser, codeStep, codeOf('frida@fjord.example'));
    let answer = expectRedirect(outcome);
    while (answer.origin === started.idp.issuer) {
      const response = await browser.request(answer);
      answer = new URL(response.headers.get('location') ?? '', answer);
    }
    expect(answer.origin + answer.pathname).toBe(`${started.service.issuer}/federation/callback`);
    const elsewhere = expectPage(await new Browser(started.service.authority).navigate(answer));
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.html).toContain('<h1>This sign-in has expired</h1>');

    const own = expectPage(await browser.navigate(answer));
    expect(own.status).toBe(200);
    const replayed = expectPage(await browser.navigate(answer));
    expect(replayed.status).toBe(400);
    expect(replayed.html).toContain('<h1>This sign-in has expired</h1>');
  });

  it('passes prompt=login on, so a company session cannot stand in for a fresh sign-in', async () => {
    const started = await pair('local');
    const { leftFor } = await toCompanyIdp(started, 'frida@fjord.example', { prompt: 'login' });
    expect(leftFor.searchParams.get('prompt')).toBe('login');
    expect(leftFor.searchParams.get('max_age')).toBe('0');
  });

  it('says so when the company’s sign-in cannot be reached, and lets the form lead there when it can', async () => {
    const closed = await freePort();
    const unreachable = await pair('local', {
      companyIdp: { ...defaultCompanyIdp, issuer: `http://localhost:${closed}` },
    });
    const browser = new Browser(unreachable.service.authority);
    const page = expectPage(await browser.navigate(authorizationRequest(unreachable.service.authority).url));
    const back = expectPage(await submitEmail(browser, page, 'frida@fjord.example'));
    expect(back.status).toBe(502);
    expect(alert(back)).toBe(
      'Your company’s sign-in for fjord.example cannot be reached right now. Try again in a moment.',
    );
    // Chromium applies form-action to the redirects after a post: the email form may lead to the company.
    expect(back.headers.get('content-security-policy')).toContain(
      `form-action 'self' http://localhost:4173 http://localhost:${closed};`,
    );
  });
});
