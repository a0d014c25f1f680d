// Test helpers: drive the real service over HTTP like a browser would (cookie jar, manual redirects, PKCE, DPoP).
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { optionsFromEnv, type SignInServiceOptions } from './options.ts';
import { profiles } from './profile.ts';

/** Documented defaults plus a random port, whatever SIGNIN_* variables the shell running the tests has. */
export const testOptions = (overrides: Partial<SignInServiceOptions> = {}): SignInServiceOptions => ({
  ...optionsFromEnv({}),
  port: 0,
  ...overrides,
});

export const clientId = 'mobile-crm';
export const appOrigin = 'http://localhost:4173';
export const redirectUri = `${appOrigin}/callback`;
export const postLogoutRedirectUri = `${appOrigin}/signed-out`;
export const so = (name: string) => `http://schemes.superoffice.net/identity/${name}`;

interface StoredCookie {
  name: string;
  value: string;
  path: string;
}

/** Enough of a browser cookie store for one host: path matching and deletion by expiry. */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();
  /** Every Set-Cookie line seen, for asserting flags. */
  readonly setCookieLines: string[] = [];

  store(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      this.setCookieLines.push(line);
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const index = pair.indexOf('=');
      const name = pair.slice(0, index);
      const value = pair.slice(index + 1);
      let path = '/';
      let expired = value === '';
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=');
        if (key.toLowerCase() === 'path') path = attributeValue;
        if (key.toLowerCase() === 'expires' && Date.parse(attributeValue) < Date.now()) expired = true;
      }
      const key = `${name}|${path}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  header(url: URL): string {
    return [...this.#cookies.values()]
      .filter(
        (cookie) => url.pathname === cookie.path || url.pathname.startsWith(cookie.path.replace(/\/?$/, '/')),
      )
      .map((cookie) => `${cookie.name}=${cookie.value}`)
      .join('; ');
  }

  names(): string[] {
    return [...this.#cookies.values()].map((cookie) => cookie.name);
  }
}

export interface Page {
  status: number;
  url: URL;
  html: string;
  headers: Headers;
}

/** Where a navigation ended: a page of the service, or a redirect that leaves it (to the app). */
export type Outcome = { kind: 'page'; page: Page } | { kind: 'redirect'; url: URL };

/**
 * The provider's endpoints for an authority: the issuer itself (local shape) or SuperID's `{issuer}/login`. The
 * discovery tests check that the service announces these same addresses.
 */
export function endpoints(authority: string) {
  const { routes } = authority.endsWith('/login') ? profiles.superid : profiles.local;
  return {
    authorization: `${authority}${routes.authorization}`,
    token: `${authority}${routes.token}`,
    endSession: `${authority}${routes.end_session}`,
    revocation: `${authority}/token/revocation`,
  };
}

export class Browser {
  readonly jar = new CookieJar();
  readonly pages: Page[] = [];

  /** `authority`: where the provider lives, the issuer or SuperID's `{issuer}/login`. */
  constructor(readonly authority: string) {}

  async request(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Response> {
    const target = new URL(url, this.authority);
    const headers: Record<string, string> = { Accept: 'text/html' };
    const cookie = this.jar.header(target);
    if (cookie) headers.Cookie = cookie;
    let body: string | undefined;
    if (init.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
    this.jar.store(response);
    return response;
  }

  /** Follows redirects inside the service; stops at a page or at a redirect to another origin. */
  async navigate(
    url: string | URL,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Outcome> {
    let response = await this.request(url, init);
    let current = new URL(url, this.authority);
    for (let hops = 0; hops < 10; hops += 1) {
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        const page = {
          status: response.status,
          url: current,
          html: await response.text(),
          headers: response.headers,
        };
        this.pages.push(page);
        return { kind: 'page', page };
      }
      await response.arrayBuffer();
      current = new URL(location, current);
      if (current.origin !== new URL(this.authority).origin) return { kind: 'redirect', url: current };
      response = await this.request(current);
    }
    throw new Error('too many redirects');
  }
}

export interface AuthorizationRequest {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
}

export interface AuthorizeParams {
  acrValues?: string;
  loginHint?: string;
  prompt?: string;
  /** Extra or overriding query parameters; `null` removes one. */
  params?: Record<string, string | null>;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');

export function authorizationRequest(authority: string, options: AuthorizeParams = {}): AuthorizationRequest {
  const verifier = base64url(randomBytes(32));
  const state = base64url(randomBytes(12));
  const nonce = base64url(randomBytes(12));
  const url = new URL(endpoints(authority).authorization);
  const params: Record<string, string | null | undefined> = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state,
    nonce,
    code_challenge: base64url(createHash('sha256').update(verifier).digest()),
    code_challenge_method: 'S256',
    acr_values: options.acrValues,
    login_hint: options.loginHint,
    prompt: options.prompt,
    ...options.params,
  };
  for (const [key, value] of Object.entries(params))
    if (typeof value === 'string') url.searchParams.set(key, value);
  return { url, state, nonce, verifier };
}

export interface LoginForm {
  action: string;
  csrf: string;
  email: string;
}

const unescape = (value: string) =>
  value
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

function parseForm(html: string, id: string): LoginForm {
  const form = new RegExp(`<form id="${id}"[^>]*action="([^"]+)"[^>]*>([\\s\\S]*?)</form>`).exec(html);
  if (!form) throw new Error(`no ${id} in page:\n${html.slice(0, 800)}`);
  const inner = form[2] ?? '';
  return {
    action: unescape(form[1] ?? ''),
    csrf: /name="csrf" value="([^"]*)"/.exec(inner)?.[1] ?? '',
    email: unescape(/id="email"[^>]*value="([^"]*)"/.exec(inner)?.[1] ?? ''),
  };
}

/** The password step's form (its email is shown read-only), as a person's browser would use it. */
export const parseLoginForm = (html: string) => parseForm(html, 'login-form');
/** The email step's form. */
export const parseEmailForm = (html: string) => parseForm(html, 'email-form');
export const isEmailStep = (html: string) => html.includes('<form id="email-form"');
export const isPasswordStep = (html: string) => html.includes('<form id="login-form"');

/** Posts the email step; `fields` add or override form fields (`null` removes one). */
export function submitEmail(
  browser: Browser,
  page: Page,
  email: string,
  fields: Record<string, string | null> = {},
): Promise<Outcome> {
  const form = parseEmailForm(page.html);
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries({ csrf: form.csrf, email, ...fields })) {
    if (value !== null) data[key] = value;
  }
  return browser.navigate(new URL(form.action, page.url), { method: 'POST', form: data });
}

/** Follows "Use another email" back to the email step. */
export async function changeEmail(browser: Browser, page: Page): Promise<Page> {
  const href = /<a class="change" href="([^"]+)"/.exec(page.html)?.[1];
  if (!href) throw new Error(`no way to change the email in page:\n${page.html.slice(0, 800)}`);
  return expectPage(await browser.navigate(new URL(unescape(href), page.url)));
}

/**
 * Logs in as a person would from wherever the login steps are: the email step first (or "Use another email" when
 * the password step shows someone else), then the password. `fields` change the password post only.
 */
export async function submitLogin(
  browser: Browser,
  page: Page,
  email: string,
  password: string,
  fields: Record<string, string | null> = {},
): Promise<Outcome> {
  let current = page;
  if (!isPasswordStep(current.html) || parseLoginForm(current.html).email !== email) {
    if (!isEmailStep(current.html)) current = await changeEmail(browser, current);
    const outcome = await submitEmail(browser, current, email);
    if (outcome.kind === 'redirect' || !isPasswordStep(outcome.page.html)) return outcome;
    current = outcome.page;
  }
  const form = parseLoginForm(current.html);
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries({ csrf: form.csrf, email, password, ...fields })) {
    if (value !== null) data[key] = value;
  }
  return browser.navigate(new URL(form.action, current.url), { method: 'POST', form: data });
}

export function expectPage(outcome: Outcome): Page {
  if (outcome.kind !== 'page') throw new Error(`expected a page, got a redirect to ${outcome.url.href}`);
  return outcome.page;
}

export function expectRedirect(outcome: Outcome): URL {
  if (outcome.kind !== 'redirect') {
    throw new Error(
      `expected a redirect, got a ${outcome.page.status} page:\n${outcome.page.html.slice(0, 800)}`,
    );
  }
  return outcome.url;
}

export const isTenantChoice = (html: string) => html.includes('<form id="tenant-form"');

/** Presses a tenant's button on the service's tenant choice page; `ctx` need not be one of them. */
export function chooseTenant(browser: Browser, page: Page, ctx: string): Promise<Outcome> {
  const action = /<form id="tenant-form"[^>]*action="([^"]+)"/.exec(page.html)?.[1];
  if (!action) throw new Error(`no tenant choice in page:\n${page.html.slice(0, 800)}`);
  const csrf = /name="csrf" value="([^"]*)"/.exec(page.html)?.[1] ?? '';
  return browser.navigate(new URL(unescape(action), page.url), { method: 'POST', form: { csrf, ctx } });
}

/** The tenant choice page's search: a plain GET form, as a browser without script sends it. */
export async function searchTenants(browser: Browser, page: Page, query: string): Promise<Page> {
  const url = new URL(page.url.pathname, page.url);
  url.searchParams.set('q', query);
  return expectPage(await browser.navigate(url));
}

/**
 * Authorize, log in on the service's pages when they show, pick `tenant` on its tenant choice page when that shows,
 * and return the callback URL.
 */
export async function authorize(
  browser: Browser,
  options: AuthorizeParams & { email?: string; password?: string; tenant?: string } = {},
): Promise<{
  request: AuthorizationRequest;
  callback: URL;
  sawLoginPage: boolean;
  sawTenantChoice: boolean;
}> {
  const request = authorizationRequest(browser.authority, options);
  let outcome = await browser.navigate(request.url);
  let sawLoginPage = false;
  let sawTenantChoice = false;
  if (outcome.kind === 'page' && options.email && !isTenantChoice(outcome.page.html)) {
    sawLoginPage = true;
    outcome = await submitLogin(browser, outcome.page, options.email, options.password ?? 'demo');
  }
  if (outcome.kind === 'page' && options.tenant && isTenantChoice(outcome.page.html)) {
    sawTenantChoice = true;
    outcome = await chooseTenant(browser, outcome.page, options.tenant);
  }
  return { request, callback: expectRedirect(outcome), sawLoginPage, sawTenantChoice };
}

export class DpopKey {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly publicJwk: JWK,
  ) {}

  static async create(): Promise<DpopKey> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    return new DpopKey(privateKey, await exportJWK(publicKey));
  }

  /** A DPoP proof JWT; `overrides` change claims to test refusals. */
  proof(
    htm: string,
    htu: string,
    accessToken?: string,
    overrides: Record<string, unknown> = {},
  ): Promise<string> {
    const ath = accessToken ? createHash('sha256').update(accessToken).digest('base64url') : undefined;
    const iat = Math.floor(Date.now() / 1000);
    return new SignJWT({ htm, htu, jti: randomUUID(), iat, ...(ath ? { ath } : {}), ...overrides })
      .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk: this.publicJwk })
      .sign(this.privateKey);
  }
}

export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  id_token?: string;
  refresh_token?: string;
  scope?: string;
  error?: string;
  error_description?: string;
}

export async function tokenRequest(
  authority: string,
  form: Record<string, string>,
  { dpop, origin }: { dpop?: DpopKey; origin?: string } = {},
): Promise<{ status: number; body: TokenResponse; headers: Headers }> {
  const url = endpoints(authority).token;
  const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (dpop) headers.DPoP = await dpop.proof('POST', url);
  if (origin) headers.Origin = origin;
  const response = await fetch(url, { method: 'POST', headers, body: new URLSearchParams(form).toString() });
  return {
    status: response.status,
    body: (await response.json()) as TokenResponse,
    headers: response.headers,
  };
}

export function exchangeCode(
  authority: string,
  callback: URL,
  verifier: string,
  options: { dpop?: DpopKey } = {},
) {
  return tokenRequest(
    authority,
    {
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      code_verifier: verifier,
      redirect_uri: redirectUri,
      client_id: clientId,
    },
    options,
  );
}

export function refresh(authority: string, refreshToken: string, options: { dpop?: DpopKey } = {}) {
  return tokenRequest(
    authority,
    { grant_type: 'refresh_token', refresh_token: refreshToken, client_id: clientId },
    options,
  );
}

export function decodeJwtPayload(jwt: string): Record<string, unknown> {
  const [, payload = ''] = jwt.split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export interface SignedIn {
  tokens: TokenResponse;
  claims: Record<string, unknown>;
  sawLoginPage: boolean;
  sawTenantChoice: boolean;
  /** The key the tokens are bound to, when the sign-in used DPoP. */
  dpop: DpopKey | undefined;
}

/**
 * Full code flow: authorize (logging in when asked), exchange the code, decode the id_token. Like the app, it binds
 * the tokens to a new DPoP key unless given one, or `dpop: null` for a client without DPoP.
 */
export async function signIn(
  browser: Browser,
  options: AuthorizeParams & {
    email?: string;
    password?: string;
    tenant?: string;
    dpop?: DpopKey | null;
  } = {},
): Promise<SignedIn> {
  const dpop = options.dpop === null ? undefined : (options.dpop ?? (await DpopKey.create()));
  const { request, callback, sawLoginPage, sawTenantChoice } = await authorize(browser, options);
  if (!callback.searchParams.get('code')) throw new Error(`no code in callback ${callback.href}`);
  if (callback.searchParams.get('state') !== request.state) throw new Error('state mismatch');
  const { status, body: tokens } = await exchangeCode(browser.authority, callback, request.verifier, {
    dpop,
  });
  if (status !== 200) throw new Error(`token request failed: ${status} ${JSON.stringify(tokens)}`);
  const claims = decodeJwtPayload(tokens.id_token ?? '');
  if (claims.nonce !== request.nonce) throw new Error('nonce mismatch');
  return { tokens, claims, sawLoginPage, sawTenantChoice, dpop };
}

export const principalUrl = (issuer: string, ctx: string) => `${issuer}/${ctx}/api/v1/User/currentPrincipal`;

/** Calls a tenant's currentPrincipal as the app does: a DPoP proof with a DPoP-bound token, else Bearer. */
export async function fetchPrincipal(
  issuer: string,
  ctx: string,
  { tokens, dpop }: Pick<SignedIn, 'tokens' | 'dpop'>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const url = principalUrl(issuer, ctx);
  const auth: Record<string, string> =
    tokens.token_type === 'DPoP' && dpop
      ? {
          Authorization: `DPoP ${tokens.access_token}`,
          DPoP: await dpop.proof('GET', url, tokens.access_token),
        }
      : { Authorization: `Bearer ${tokens.access_token}` };
  return fetch(url, { headers: { ...auth, ...headers } });
}

/** A response body that gives nothing away about the implementation. */
export function looksInternal(text: string): boolean {
  return /\bat .+:\d+:\d+\)?|node_modules|\.(?:ts|js):\d+|Error: |stack/i.test(text);
}
