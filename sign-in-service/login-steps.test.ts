import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPair } from './federation-test-support.ts';
import { startSignInService, type SignInService } from './server.ts';
import {
  authorizationRequest,
  Browser,
  appOrigin,
  clientId,
  expectPage,
  expectRedirect,
  changeEmail,
  isEmailStep,
  isPasswordStep,
  looksInternal,
  parseEmailForm,
  parseLoginForm,
  redirectUri,
  signIn,
  submitEmail,
  submitLogin,
  type Page,
  testOptions,
} from './test-support.ts';

let service: SignInService;
let limited: SignInService;

beforeAll(async () => {
  [service, limited] = await Promise.all([
    startSignInService(testOptions({ loginRateLimit: 1000 })),
    startSignInService(testOptions({ loginRateLimit: 3 })),
  ]);
});

afterAll(() => Promise.all([service.close(), limited.close()]));

async function openLoginPage(
  issuer = service.issuer,
  options: Parameters<typeof authorizationRequest>[1] = {},
) {
  const browser = new Browser(issuer);
  const page = expectPage(await browser.navigate(authorizationRequest(issuer, options).url));
  expect(page.status).toBe(200);
  return { browser, page };
}

const errorText = (page: Page) => /<p class="alert" role="alert"[^>]*>([^<]*)<\/p>/.exec(page.html)?.[1];

const noScriptsOrOutsideLinks = /<script|<style|\sstyle=|https?:\/\//i;

describe('the login steps', () => {
  it('ask for the email first, on the service’s own accessible page with no scripts', async () => {
    const { page } = await openLoginPage();
    expect(isEmailStep(page.html)).toBe(true);
    expect(page.html).toMatch(/^<!doctype html>\s*<html lang="en">/);
    expect(page.html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page.html).toMatch(
      /<label for="email">Email<\/label>\s*<input id="email" name="email" type="email"/,
    );
    expect(page.html).toMatch(/id="email"[^>]*autocomplete="username"[^>]*autofocus/);
    expect(page.html).not.toContain('type="password"');
    expect(page.html).toMatch(/<button type="submit" class="primary">Continue<\/button>/);
    expect(page.html).toContain('<link rel="stylesheet" href="/assets/sign-in.css">');
    expect(page.html).not.toMatch(noScriptsOrOutsideLinks);
    expect(parseEmailForm(page.html).csrf).toMatch(/^[\w-]{40,}$/);
  });

  it('then ask for the password, showing the email with a way to change it', async () => {
    const { browser, page } = await openLoginPage();
    const passwordStep = expectPage(await submitEmail(browser, page, 'Anna@Example.com'));
    expect(passwordStep.status).toBe(200);
    // Reached by a redirect after the post, so Back to it later is a page, not a form to send again.
    expect(passwordStep.url.href).toBe(page.url.href);
    expect(passwordStep.html).toMatch(/<label for="email">Email<\/label>\s*<input id="email"[^>]*readonly/);
    expect(parseLoginForm(passwordStep.html).email).toBe('anna@example.com');
    expect(passwordStep.html).toMatch(/<label for="password">Password<\/label>\s*<input id="password"/);
    expect(passwordStep.html).toMatch(/id="password"[^>]*autocomplete="current-password"[^>]*autofocus/);
    expect(passwordStep.html).toMatch(/<button type="submit" class="primary">Log in<\/button>/);
    expect(passwordStep.html).toContain('>Use another email</a>');
    expect(passwordStep.html).not.toMatch(noScriptsOrOutsideLinks);

    const emailAgain = await changeEmail(browser, passwordStep);
    expect(isEmailStep(emailAgain.html)).toBe(true);
    const bjorn = expectPage(await submitEmail(browser, emailAgain, 'bjorn@example.com'));
    const callback = expectRedirect(await submitLogin(browser, bjorn, 'bjorn@example.com', 'demo'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('go straight to the password step with a login_hint, and back to the email step when asked', async () => {
    const { browser, page } = await openLoginPage(service.issuer, { loginHint: 'bjorn@example.com' });
    expect(isPasswordStep(page.html)).toBe(true);
    expect(parseLoginForm(page.html).email).toBe('bjorn@example.com');
    const emailStep = await changeEmail(browser, page);
    expect(parseEmailForm(emailStep.html).email).toBe('bjorn@example.com');
  });

  it.each([
    ['', 'Enter your email address.'],
    ['anna', 'Enter a full email address, like name@example.com.'],
    [`${'a'.repeat(250)}@example.com`, 'The email address is too long (at most 254 characters).'],
  ])('explain an email they cannot use (%j) at the field, which gets the focus', async (email, message) => {
    const { browser, page } = await openLoginPage();
    const again = expectPage(await submitEmail(browser, page, email));
    expect(again.status).toBe(400);
    expect(isEmailStep(again.html)).toBe(true);
    expect(errorText(again)).toBe(message);
    expect(again.html).toMatch(/id="email"[^>]*aria-invalid="true" aria-describedby="login-error" autofocus/);
    expect(again.html).toContain('id="login-error"');
  });

  it('send a federated domain’s people to their company’s identity provider instead of asking for a password', async () => {
    const started = await startPair('local');
    try {
      const { service: federating, idp } = started;
      const { browser, page } = await openLoginPage(federating.issuer);
      const leaving = await submitEmail(browser, page, 'frida@fjord.example');
      expect(leaving.kind === 'redirect' && leaving.url.origin).toBe(idp.issuer);
      for (const seen of browser.pages) expect(seen.html).not.toContain('type="password"');

      const hinted = authorizationRequest(federating.issuer, { loginHint: 'frida@fjord.example' });
      const straight = await new Browser(federating.issuer).navigate(hinted.url);
      expect(straight.kind === 'redirect' && straight.url.origin).toBe(idp.issuer);

      // A password posted for a federated email is never checked: the person goes to the company instead.
      const other = await openLoginPage(federating.issuer);
      const anna = expectPage(await submitEmail(other.browser, other.page, 'anna@example.com'));
      const posted = await submitLogin(other.browser, anna, 'anna@example.com', 'demo', {
        email: 'frida@fjord.example',
      });
      expect(posted.kind === 'redirect' && posted.url.origin).toBe(idp.issuer);
    } finally {
      await started.close();
    }
  });

  it('sends a strict Content-Security-Policy that lets the form redirect back to the app', async () => {
    const { page } = await openLoginPage();
    expect(page.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self' http://localhost:4173 http://localhost:4300; frame-ancestors 'none'; base-uri 'none'",
    );
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('serves its stylesheet with the palette, dark mode and small-screen rules', async () => {
    const response = await fetch(`${service.issuer}/assets/sign-in.css`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    const css = await response.text();
    for (const colour of ['#0c5d58', '#31b494', '#a7d4de', '#e6eeee']) expect(css).toContain(colour);
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toMatch(/@media \(max-width/);
    expect(css).not.toMatch(/@import|url\(/);
  });

  it('sets httpOnly SameSite=Lax interaction cookies', async () => {
    const { browser } = await openLoginPage();
    const interactionCookies = browser.jar.setCookieLines.filter((line) => line.startsWith('_interaction'));
    expect(interactionCookies.length).toBeGreaterThan(0);
    for (const line of interactionCookies)
      expect(line.toLowerCase()).toMatch(/httponly.*samesite=lax|samesite=lax.*httponly/);
  });

  it('shows the requested tenant by its company name and id', async () => {
    const { page } = await openLoginPage(service.issuer, { acrValues: 'tenant:Cust20003' });
    expect(page.html).toContain('<p class="tenant">Tenant: Oslo Retail (Cust20003)</p>');
  });

  it('never echoes the text of a requested tenant that does not exist', async () => {
    const bait = 'Call-+1-555-0100-for-SuperOffice-support';
    const { page } = await openLoginPage(service.issuer, { acrValues: `tenant:${bait}` });
    expect(page.html).not.toContain(bait);
    expect(page.html).not.toContain('class="tenant"');
  });

  it('keeps the email and explains a wrong password on the same page', async () => {
    const { browser, page } = await openLoginPage();
    const again = expectPage(await submitLogin(browser, page, 'anna@example.com', 'wrong'));
    expect(again.status).toBe(401);
    expect(errorText(again)).toBe('The email or password is incorrect. Check them and try again.');
    expect(parseLoginForm(again.html).email).toBe('anna@example.com');
    expect(again.html).toContain('aria-invalid="true"');
    // The same form still works with the right password.
    const callback = expectRedirect(await submitLogin(browser, again, 'anna@example.com', 'demo'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('escapes what the person typed', async () => {
    const { browser, page } = await openLoginPage();
    const again = expectPage(await submitLogin(browser, page, '"><script>x</script>@example.com', 'wrong'));
    expect(again.html).not.toContain('<script>');
    expect(again.html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('locks an account after 5 failures, refusing even the right password, without touching others', async () => {
    const { browser, page } = await openLoginPage();
    let current = page;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      current = expectPage(await submitLogin(browser, current, 'carla@example.com', `wrong-${attempt}`));
      expect(current.status).toBe(401);
    }
    current = expectPage(await submitLogin(browser, current, 'carla@example.com', 'wrong-5'));
    expect(current.status).toBe(429);
    expect(errorText(current)).toMatch(/locked on this device for 5 more minutes\./);
    const refused = expectPage(await submitLogin(browser, current, 'CARLA@example.com', 'demo'));
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(errorText(refused)).toMatch(/locked/);
    const other = expectRedirect(await submitLogin(browser, refused, 'anna@example.com', 'demo'));
    expect(other.searchParams.get('code')).toBeTruthy();
  });

  it('locks out the attacker’s device, not the person: their own browser still signs in with the right password', async () => {
    const person = new Browser(service.issuer);
    await signIn(person, { email: 'bjorn@example.com' });

    const { browser: attacker, page } = await openLoginPage();
    let current = page;
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      current = expectPage(await submitLogin(attacker, current, 'bjorn@example.com', `guess-${attempt}`));
    }
    expect(current.status).toBe(429);
    const stillLocked = expectPage(await submitLogin(attacker, current, 'bjorn@example.com', 'demo'));
    expect(stillLocked.status).toBe(429);
    // Throwing the device cookie away does not buy new guesses from the same address.
    const { browser: freshCookies, page: freshPage } = await openLoginPage();
    const fresh = expectPage(await submitLogin(freshCookies, freshPage, 'bjorn@example.com', 'demo'));
    expect(fresh.status).toBe(429);

    const again = expectPage(
      await person.navigate(authorizationRequest(service.issuer, { prompt: 'login' }).url),
    );
    const callback = expectRedirect(await submitLogin(person, again, 'bjorn@example.com', 'demo'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('sets a signed, httpOnly device cookie on the login page', async () => {
    const { browser } = await openLoginPage();
    const device = browser.jar.setCookieLines.find((line) => line.startsWith('signin_device='));
    expect(device).toMatch(/^signin_device=[\w-]{16,}\.[\w-]{40,};/);
    expect(device?.toLowerCase()).toMatch(/httponly/);
    expect(device?.toLowerCase()).toMatch(/samesite=lax/);
  });

  it('refuses a post without the CSRF token, and one with another interaction’s token', async () => {
    const { browser, page } = await openLoginPage();
    const missing = expectPage(await submitLogin(browser, page, 'anna@example.com', 'demo', { csrf: null }));
    expect(missing.status).toBe(403);
    expect(errorText(missing)).toMatch(/could not be verified/);

    const { page: otherPage } = await openLoginPage();
    const foreign = parseEmailForm(otherPage.html).csrf;
    const wrong = expectPage(await submitLogin(browser, page, 'anna@example.com', 'demo', { csrf: foreign }));
    expect(wrong.status).toBe(403);
  });

  it('refuses over-long input with a clear message', async () => {
    const { browser, page } = await openLoginPage();
    const longEmail = expectPage(await submitLogin(browser, page, `${'a'.repeat(250)}@example.com`, 'demo'));
    expect(longEmail.status).toBe(400);
    expect(errorText(longEmail)).toBe('The email address is too long (at most 254 characters).');
    const longPassword = expectPage(await submitLogin(browser, page, 'anna@example.com', 'x'.repeat(1025)));
    expect(longPassword.status).toBe(400);
    expect(errorText(longPassword)).toBe('The password is too long (at most 1024 characters).');
    const huge = expectPage(await submitLogin(browser, page, 'anna@example.com', 'x'.repeat(40_000)));
    expect(huge.status).toBe(413);
    expect(errorText(huge)).toMatch(/too large/);
    const empty = expectPage(await submitLogin(browser, page, '', ''));
    expect(errorText(empty)).toBe('Enter your email address.');
  });

  it('rate-limits login posts per client address', async () => {
    const { browser, page } = await openLoginPage(limited.issuer);
    const statuses: number[] = [];
    let current = page;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      current = expectPage(await submitLogin(browser, current, `nobody${attempt}@example.com`, 'wrong'));
      statuses.push(current.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(errorText(current)).toMatch(/Too many sign-in attempts from this device/);
    expect(Number(current.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('returns to the app with access_denied when the person cancels', async () => {
    const { browser, page } = await openLoginPage();
    const cancel = /<form id="cancel-form"[^>]*action="([^"]+)"/.exec(page.html)?.[1] ?? '';
    const { csrf } = parseEmailForm(page.html);
    const callback = expectRedirect(await browser.navigate(cancel, { method: 'POST', form: { csrf } }));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('error')).toBe('access_denied');
  });

  it('says the sign-in expired when the interaction is unknown', async () => {
    const page = expectPage(await new Browser(service.issuer).navigate('/interaction/does-not-exist'));
    expect(page.status).toBe(400);
    expect(page.html).toContain('This sign-in has expired');
    expect(page.html).toContain('<a class="button" href="http://localhost:4173/">Back to Mobile CRM</a>');
  });

  it('leads Back to a finished sign-in into the app it came from, of several', async () => {
    const other = 'http://localhost:4273';
    const twoApps = await startSignInService(testOptions({ appOrigins: [appOrigin, other] }));
    try {
      const browser = new Browser(twoApps.issuer);
      const request = authorizationRequest(twoApps.issuer, { params: { redirect_uri: `${other}/callback` } });
      const login = expectPage(await browser.navigate(request.url));
      const callback = expectRedirect(await submitLogin(browser, login, 'anna@example.com', 'demo'));
      expect(callback.origin).toBe(other);
      const back = expectPage(await browser.navigate(login.url));
      expect(back.html).toContain('This sign-in has expired');
      expect(back.html).toContain(`<a class="button" href="${other}/">Back to Mobile CRM</a>`);
    } finally {
      await twoApps.close();
    }
  });
});

describe('errors', () => {
  it('never show stack traces or internals', async () => {
    const { issuer } = service;
    const html = { Accept: 'text/html' };
    const responses = await Promise.all([
      fetch(`${issuer}/auth?client_id=unknown-client&response_type=code`, { headers: html }),
      fetch(`${issuer}/auth?client_id=${clientId}&redirect_uri=%E0%A4%A&response_type=code`, {
        headers: html,
      }),
      fetch(`${issuer}/session/end?id_token_hint=not.a.jwt`, { headers: html }),
      fetch(`${issuer}/token`, { method: 'POST', body: 'grant_type=authorization_code&code=%%%' }),
      fetch(`${issuer}/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":',
      }),
      fetch(`${issuer}/api/state/%E0%A4%A`),
      fetch(`${issuer}/interaction/x/login`, { method: 'POST', body: 'email=a', headers: html }),
      fetch(`${issuer}/interaction/x/login`, { method: 'GET', headers: html }),
      fetch(`${issuer}/Cust10001/api/v1/User/currentPrincipal`, { headers: { Authorization: 'Bearer %%%' } }),
      fetch(`${issuer}/no/such/page`),
    ]);
    for (const response of responses) {
      const text = await response.text();
      expect(response.status, `${response.url}: ${text}`).toBeGreaterThanOrEqual(400);
      expect(response.status, response.url).toBeLessThan(500);
      expect(looksInternal(text), `${response.url}: ${text}`).toBe(false);
    }
    const errorPage = await (
      await fetch(`${issuer}/auth?client_id=unknown-client`, { headers: html })
    ).text();
    expect(errorPage).toContain('Something went wrong');
    expect(errorPage).toContain('/assets/sign-in.css');
  });

  it('answer unknown addresses with a not-found page or JSON', async () => {
    const page = await fetch(`${service.issuer}/no/such/page`, { headers: { Accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Page not found');
    const json = await fetch(`${service.issuer}/no/such/page`, { headers: { Accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(await json.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers the root with a short explanation', async () => {
    const response = await fetch(`${service.issuer}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('http://localhost:4173');
  });
});
