// Test helpers for the company identity provider: the relying party's side of the code flow (SuperID's, a
// confidential client with PKCE) and the two login steps, driven over HTTP with the service's Browser.
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { Browser, expectPage, type Outcome, type Page } from '../test-support.ts';
import { companyIdpOptionsFromEnv, defaultClientSecret, type CompanyIdpOptions } from './options.ts';
import { loadPeople, type Person } from './people.ts';
import { currentCode } from './totp.ts';

export { Browser, expectPage, expectRedirect, type Outcome, type Page } from '../test-support.ts';

/**
 * Documented defaults plus a random port, whatever COMPANY_IDP_* variables the shell running the tests has; the
 * brakes are loosened so that tests of wrong passwords and codes do not lock each other out (the lockout test
 * sets its own).
 */
export const testIdpOptions = (overrides: Partial<CompanyIdpOptions> = {}): CompanyIdpOptions => ({
  ...companyIdpOptionsFromEnv({}),
  port: 0,
  loginRateLimit: 1000,
  maxFailures: 100,
  ...overrides,
});

export const clientId = 'superid';
export const clientSecret = defaultClientSecret;
export const redirectUri = 'http://localhost:4000/federation/callback';
export const mfaAcr = 'http://schemas.openid.net/pape/policies/2007/06/multi-factor';

const people = await loadPeople(companyIdpOptionsFromEnv({}).seedPath);
export const person = (email: string): Person => {
  const found = people.byEmail(email);
  if (!found) throw new Error(`no ${email} in the seed`);
  return found;
};

/** The code the person's authenticator app shows now (`stepsAgo` steps of 30 s earlier). */
export const codeOf = (email: string, stepsAgo = 0) =>
  currentCode(person(email).secret, Date.now() - stepsAgo * 30_000);

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
}

/** SuperID's authorization request; `params` add or override query parameters, `null` removes one. */
export function authorizationRequest(
  issuer: string,
  params: Record<string, string | null | undefined> = {},
): AuthorizationRequest {
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(12).toString('base64url');
  const nonce = randomBytes(12).toString('base64url');
  const url = new URL('/auth', issuer);
  const all: Record<string, string | null | undefined> = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    ...params,
  };
  for (const [key, value] of Object.entries(all))
    if (typeof value === 'string') url.searchParams.set(key, value);
  return { url, state, nonce, verifier };
}

export interface Form {
  action: string;
  csrf: string;
  /** The visible fields' attributes by id, e.g. fields.code = ' name="code" inputmode="numeric" …'. */
  fields: Record<string, string>;
}

/** Reads a form of the page the way a person's browser would use it. */
export function parseForm(page: Page, id: 'password-form' | 'code-form' | 'cancel-form'): Form {
  const form = new RegExp(`<form id="${id}"[^>]*action="([^"]+)"[^>]*>([\\s\\S]*?)</form>`).exec(page.html);
  if (!form) throw new Error(`no ${id} in the ${page.status} page:\n${page.html.slice(0, 800)}`);
  const inner = form[2] ?? '';
  const fields: Record<string, string> = {};
  for (const [, fieldId = '', attributes = ''] of inner.matchAll(/<input id="([^"]+)"([^>]*)>/g)) {
    fields[fieldId] = attributes;
  }
  return {
    action: new URL(form[1] ?? '', page.url).href,
    csrf: /name="csrf" value="([^"]*)"/.exec(inner)?.[1] ?? '',
    fields,
  };
}

export function submitPassword(
  browser: Browser,
  page: Page,
  email: string,
  password = 'demo',
): Promise<Outcome> {
  const form = parseForm(page, 'password-form');
  return browser.navigate(form.action, { method: 'POST', form: { csrf: form.csrf, email, password } });
}

export function submitCode(browser: Browser, page: Page, code: string): Promise<Outcome> {
  const form = parseForm(page, 'code-form');
  return browser.navigate(form.action, { method: 'POST', form: { csrf: form.csrf, code } });
}

export function cancel(browser: Browser, page: Page): Promise<Outcome> {
  const form = parseForm(page, 'cancel-form');
  return browser.navigate(form.action, { method: 'POST', form: { csrf: form.csrf } });
}

/** Authorize and pass the password step: the page that asks for the code. */
export async function toCodeStep(
  browser: Browser,
  email: string,
  params: Record<string, string | null | undefined> = {},
): Promise<{ request: AuthorizationRequest; page: Page }> {
  const request = authorizationRequest(browser.authority, params);
  const login = expectPage(await browser.navigate(request.url));
  const page = expectPage(await submitPassword(browser, login, email));
  expect(page.html, 'the code step').toContain('id="code-form"');
  return { request, page };
}

export interface TokenResponse {
  access_token?: string;
  token_type?: string;
  expires_in?: number;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
  error?: string;
  error_description?: string;
}

/** SuperID's back-channel code exchange, authenticated with client_secret_basic. */
export async function exchangeCode(
  issuer: string,
  callback: URL,
  verifier: string,
  { secret = clientSecret, form = {} }: { secret?: string; form?: Record<string, string> } = {},
): Promise<{ status: number; body: TokenResponse }> {
  const basic = Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString(
    'base64',
  );
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${basic}` },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: redirectUri,
      ...form,
    }).toString(),
  });
  return { status: response.status, body: (await response.json()) as TokenResponse };
}

/** The headers every HTML answer of the provider must carry. */
export function expectSecurityHeaders(page: Page): void {
  const where = `${page.status} ${page.url.pathname}`;
  expect(page.headers.get('content-type'), where).toBe('text/html; charset=utf-8');
  const csp = page.headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'none'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toMatch(/form-action 'self' http:\/\/localhost:4000(?:;|$| )/);
  expect(page.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(page.headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(page.headers.get('x-frame-options'), where).toBe('DENY');
  expect(page.html, where).not.toMatch(/<script|\sstyle=|\son\w+=/i);
}
