import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCompanyIdp, type CompanyIdp } from './server.ts';
import {
  authorizationRequest,
  Browser,
  cancel,
  codeOf,
  exchangeCode,
  expectPage,
  expectRedirect,
  expectSecurityHeaders,
  parseForm,
  redirectUri,
  submitCode,
  submitPassword,
  testIdpOptions,
  toCodeStep,
  type Page,
} from './test-support.ts';

let idp: CompanyIdp;
let issuer: string;

beforeAll(async () => {
  idp = await startCompanyIdp(testIdpOptions());
  issuer = idp.issuer;
});

afterAll(() => idp.close());

async function passwordPage(params: Record<string, string> = {}): Promise<{ browser: Browser; page: Page }> {
  const browser = new Browser(issuer);
  const page = expectPage(await browser.navigate(authorizationRequest(issuer, params).url));
  return { browser, page };
}

/** A code that is none of the ones the app shows around now, nor a recent one. */
function wrongCodeFor(email: string): string {
  const near = new Set(Array.from({ length: 25 }, (_, n) => codeOf(email, n - 2)));
  return ['123456', '654321', '000000', '999999'].find((code) => !near.has(code)) ?? '';
}

const attributes = (page: Page, form: 'password-form' | 'code-form', field: string) =>
  parseForm(page, form).fields[field] ?? '';

describe('the password step', () => {
  it('is Fjord Consulting’s own page, not SuperOffice’s: its name, its stylesheet, no script', async () => {
    const { page } = await passwordPage();
    expect(page.status).toBe(200);
    expect(page.html).toContain('<title>Sign in · Fjord Consulting sign-in</title>');
    expect(page.html).toContain('<link rel="stylesheet" href="/assets/fjord-sign-in.css">');
    expect(page.html).not.toContain('SuperOffice sign-in');
    expect(page.html).not.toContain('/assets/sign-in.css');
    expectSecurityHeaders(page);

    const css = await fetch(`${issuer}/assets/fjord-sign-in.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await css.text()).toContain('.masthead');
  });

  it('asks for the work email first, with the focus there; login_hint fills it in and moves the focus on', async () => {
    const { page } = await passwordPage();
    expect(attributes(page, 'password-form', 'email')).toMatch(/autocomplete="username"[^>]*autofocus/);
    expect(attributes(page, 'password-form', 'password')).not.toContain('autofocus');

    const hinted = (await passwordPage({ login_hint: 'frida@fjord.example' })).page;
    expect(attributes(hinted, 'password-form', 'email')).toContain('value="frida@fjord.example"');
    expect(attributes(hinted, 'password-form', 'password')).toMatch(
      /autocomplete="current-password".*autofocus/,
    );
  });

  it('says the email or password is wrong, marks both fields and focuses the password', async () => {
    for (const [email, password] of [
      ['frida@fjord.example', 'wrong'],
      ['nobody@fjord.example', 'demo'],
    ] as const) {
      const { browser, page } = await passwordPage();
      const again = expectPage(await submitPassword(browser, page, email, password));
      expect(again.status).toBe(401);
      expect(again.html).toContain(
        '<p class="alert" role="alert" id="login-error">The email or password is incorrect.',
      );
      for (const field of ['email', 'password']) {
        expect(attributes(again, 'password-form', field)).toContain(
          'aria-invalid="true" aria-describedby="login-error"',
        );
      }
      expect(attributes(again, 'password-form', 'password')).toContain('autofocus');
      expect(attributes(again, 'password-form', 'email')).toContain(`value="${email}"`);
      expect(again.html).not.toContain('id="code-form"');
      expectSecurityHeaders(again);
    }
  });

  it('names the missing field, marks only that one and focuses it', async () => {
    const { browser, page } = await passwordPage();
    const noEmail = expectPage(await submitPassword(browser, page, '', 'demo'));
    expect(noEmail.status).toBe(400);
    expect(noEmail.html).toContain('Enter your work email address.');
    expect(attributes(noEmail, 'password-form', 'email')).toMatch(/aria-invalid="true".*autofocus/);
    expect(attributes(noEmail, 'password-form', 'password')).not.toContain('aria-invalid');

    const noPassword = expectPage(await submitPassword(browser, noEmail, 'frida@fjord.example', ''));
    expect(noPassword.html).toContain('Enter your password.');
    expect(attributes(noPassword, 'password-form', 'password')).toMatch(/aria-invalid="true".*autofocus/);
    expect(attributes(noPassword, 'password-form', 'email')).not.toContain('aria-invalid');
  });

  it('refuses a form without the CSRF token of this sign-in', async () => {
    const { browser, page } = await passwordPage();
    const form = parseForm(page, 'password-form');
    const forged = expectPage(
      await browser.navigate(form.action, {
        method: 'POST',
        form: { csrf: 'forged', email: 'frida@fjord.example', password: 'demo' },
      }),
    );
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('This form could not be verified.');
    expect(forged.html).not.toContain('id="code-form"');
  });
});

describe('the code step', () => {
  it('asks for the 6-digit code with a numeric keyboard and one-time-code autofill, naming who signs in', async () => {
    const { page } = await toCodeStep(new Browser(issuer), 'frida@fjord.example');
    expect(page.status).toBe(200);
    expect(page.url.pathname).toMatch(/^\/interaction\/[\w-]+$/);
    expect(page.html).toContain('<h1>Enter your code</h1>');
    expect(page.html).toContain('Signing in as frida@fjord.example');
    const code = attributes(page, 'code-form', 'code');
    expect(code).toContain('inputmode="numeric"');
    expect(code).toContain('autocomplete="one-time-code"');
    expect(code).toContain('aria-describedby="code-hint"');
    expect(code).toContain('autofocus');
    expect(code).not.toContain('aria-invalid');
    expect(page.html).toContain('<p class="hint" id="code-hint">Open your authenticator app');
    expectSecurityHeaders(page);
  });

  it('stays at the code step when the page is reloaded', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'frida@fjord.example');
    const reloaded = expectPage(await browser.navigate(page.url));
    expect(reloaded.html).toContain('id="code-form"');
  });

  it('says a wrong code is wrong, marks the field, keeps the focus there, and lets the person try again', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'frida@fjord.example');
    const wrong = expectPage(await submitCode(browser, page, wrongCodeFor('frida@fjord.example')));
    expect(wrong.status).toBe(401);
    expect(wrong.html).toContain(
      '<p class="alert" role="alert" id="code-error">That code is not correct. Enter the code your authenticator app shows now.</p>',
    );
    const code = attributes(wrong, 'code-form', 'code');
    expect(code).toContain('aria-describedby="code-hint code-error"');
    expect(code).toContain('aria-invalid="true"');
    expect(code).toContain('autofocus');
    expectSecurityHeaders(wrong);

    const malformed = expectPage(await submitCode(browser, wrong, '12ab56'));
    expect(malformed.status).toBe(400);
    expect(malformed.html).toContain('The code is 6 digits.');
    const empty = expectPage(await submitCode(browser, malformed, ''));
    expect(empty.html).toContain('Enter the 6-digit code from your authenticator app.');
  });

  it('says a code from a few minutes ago has expired', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'frida@fjord.example');
    const old = expectPage(await submitCode(browser, page, codeOf('frida@fjord.example', 4)));
    expect(old.status).toBe(401);
    expect(old.html).toContain('That code has expired.');
    expect(attributes(old, 'code-form', 'code')).toContain('aria-invalid="true"');
  });

  it('refuses a code that already signed the person in, even typed in another browser within its 30 seconds', async () => {
    const code = codeOf('geir@fjord.example');
    const first = new Browser(issuer);
    const { request, page } = await toCodeStep(first, 'geir@fjord.example');
    const callback = expectRedirect(await submitCode(first, page, code));
    expect((await exchangeCode(issuer, callback, request.verifier)).status).toBe(200);

    const second = new Browser(issuer);
    const { page: secondPage } = await toCodeStep(second, 'geir@fjord.example');
    const replayed = expectPage(await submitCode(second, secondPage, code));
    expect(replayed.status).toBe(401);
    expect(replayed.html).toContain('That code has already been used. Wait for your app to show a new code');
    expect(attributes(replayed, 'code-form', 'code')).toContain('aria-invalid="true"');
  });

  it('accepts the code with a space in the middle, as authenticator apps show it', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'frida@fjord.example');
    const code = codeOf('frida@fjord.example');
    const callback = expectRedirect(await submitCode(browser, page, `${code.slice(0, 3)} ${code.slice(3)}`));
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('cannot be reached without the password: a code post for a fresh sign-in asks for the password', async () => {
    const { browser, page } = await passwordPage();
    const form = parseForm(page, 'password-form');
    const skipped = expectPage(
      await browser.navigate(form.action.replace(/\/password$/, '/code'), {
        method: 'POST',
        form: { csrf: form.csrf, code: codeOf('frida@fjord.example') },
      }),
    );
    expect(skipped.status).toBe(400);
    expect(skipped.html).toContain('The sign-in took too long. Enter your password again.');
    expect(skipped.html).toContain('id="password-form"');
  });

  it('is gone once the sign-in is over: Back shows that the sign-in expired', async () => {
    const browser = new Browser(issuer);
    const { page } = await toCodeStep(browser, 'frida@fjord.example');
    expectRedirect(await cancel(browser, page));
    const back = expectPage(await browser.navigate(page.url));
    expect(back.status).toBe(400);
    expect(back.html).toContain('This sign-in has expired');
    expectSecurityHeaders(back);
  });
});

describe('lockout', () => {
  it('locks the account after wrong codes in a row, and a right password does not unlock it', async () => {
    const strict = await startCompanyIdp(testIdpOptions({ maxFailures: 3 }));
    try {
      const browser = new Browser(strict.issuer);
      const request = authorizationRequest(strict.issuer);
      const login = expectPage(await browser.navigate(request.url));
      let page = expectPage(await submitPassword(browser, login, 'geir@fjord.example', 'wrong'));
      page = expectPage(await submitPassword(browser, page, 'geir@fjord.example'));
      page = expectPage(await submitCode(browser, page, wrongCodeFor('geir@fjord.example')));
      expect(page.status).toBe(401);
      const locked = expectPage(await submitCode(browser, page, wrongCodeFor('geir@fjord.example')));
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(locked.html).toContain('Too many failed attempts. This account is locked for 5 more minute(s).');

      const fresh = new Browser(strict.issuer);
      const again = expectPage(await fresh.navigate(authorizationRequest(strict.issuer).url));
      const refused = expectPage(await submitPassword(fresh, again, 'geir@fjord.example'));
      expect(refused.status).toBe(429);
      expect(refused.html).not.toContain('id="code-form"');
    } finally {
      await strict.close();
    }
  });
});

describe('languages', () => {
  it('follow ui_locales, then Accept-Language, on both steps', async () => {
    const nb = await passwordPage({ ui_locales: 'nb' });
    expect(nb.page.html).toContain('<html lang="nb">');
    expect(nb.page.html).toContain('<h1>Logg på</h1>');
    const code = expectPage(await submitPassword(nb.browser, nb.page, 'frida@fjord.example'));
    expect(code.html).toContain('<h1>Skriv inn koden</h1>');
    expect(code.html).toContain('Logger på som frida@fjord.example');

    const browser = new Browser(issuer);
    const request = authorizationRequest(issuer);
    const response = await fetch(request.url, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'de-CH, en;q=0.5' },
    });
    browser.jar.store(response);
    const location = new URL(response.headers.get('location') ?? '', issuer);
    const german = await fetch(location, {
      headers: { Cookie: browser.jar.header(location), 'Accept-Language': 'de-CH, en;q=0.5' },
    });
    const html = await german.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Geschäftliche E-Mail');
  });

  it('exist for en, nb, sv, da, de and nl', async () => {
    const titles = {
      en: 'Sign in',
      nb: 'Logg på',
      sv: 'Logga in',
      da: 'Log ind',
      de: 'Anmelden',
      nl: 'Aanmelden',
    };
    for (const [locale, title] of Object.entries(titles)) {
      const { page } = await passwordPage({ ui_locales: locale });
      expect(page.html, locale).toContain(`<html lang="${locale}">`);
      expect(page.html, locale).toContain(`<h1>${title}</h1>`);
    }
  });
});

describe('every HTML answer', () => {
  it('carries the CSP, nosniff, Referrer-Policy and frame headers: home, not found, error and expired pages', async () => {
    const browser = new Browser(issuer);
    const home = expectPage(await browser.navigate('/'));
    expect(home.html).toContain('Fjord Consulting sign-in (local)');
    const notFound = expectPage(await browser.navigate('/nothing-here'));
    expect(notFound.status).toBe(404);
    const error = expectPage(
      await browser.navigate(authorizationRequest(issuer, { client_id: 'unknown' }).url),
    );
    expect(error.status).toBe(400);
    const expired = expectPage(await browser.navigate('/interaction/unknown-uid'));
    expect(expired.status).toBe(400);
    for (const page of [home, notFound, error, expired]) expectSecurityHeaders(page);
    expect(browser.pages).toHaveLength(4);
  });
});
