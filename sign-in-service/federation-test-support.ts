// Test helpers for the federated sign-in: SuperID and the company identity provider started as a pair that know
// each other, and a browser that follows the person between the two until the app's callback.
import { createServer } from 'node:net';
import { startCompanyIdp, type CompanyIdp } from './company-idp/server.ts';
import { codeOf, submitCode, submitPassword, testIdpOptions } from './company-idp/test-support.ts';
import type { ProfileName, SignInServiceOptions } from './options.ts';
import { startSignInService, type SignInService } from './server.ts';
import {
  authorizationRequest,
  Browser,
  expectPage,
  submitEmail,
  testOptions,
  type AuthorizeParams,
  type Outcome,
  type Page,
} from './test-support.ts';

/** A port nothing listens on now (the service needs its own before the provider that must know it starts). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

export interface Pair {
  service: SignInService;
  idp: CompanyIdp;
  close(): Promise<void>;
}

/**
 * SuperID in `profile` and a fresh company identity provider that sends people back to it. Fresh, because a
 * one-time code signs a person in only once per provider.
 */
export async function startPair(
  profile: ProfileName,
  overrides: Partial<SignInServiceOptions> = {},
): Promise<Pair> {
  const port = await freePort();
  const idp = await startCompanyIdp(
    testIdpOptions({ redirectUris: [`http://localhost:${port}/federation/callback`] }),
  );
  const defaults = testOptions();
  const service = await startSignInService({
    ...defaults,
    port,
    profile,
    loginRateLimit: 1000,
    companyIdp: { ...defaults.companyIdp, issuer: idp.issuer },
    ...overrides,
  });
  return { service, idp, close: async () => void (await Promise.all([service.close(), idp.close()])) };
}

const refreshTarget = (page: Page) => {
  const target = /<meta http-equiv="refresh" content="0; url=([^"]+)">/.exec(page.html)?.[1];
  return target && new URL(target.replace(/&amp;/g, '&'), page.url);
};

/**
 * Goes on as a browser would, across SuperID and the company's provider (a refresh page included), until a page
 * that asks something or a redirect to somewhere else (the app's callback).
 */
export async function follow(
  browser: Browser,
  outcome: Outcome,
  origins: readonly string[],
): Promise<Outcome> {
  let current = outcome;
  for (let hops = 0; hops < 20; hops += 1) {
    const next =
      current.kind === 'redirect'
        ? origins.includes(current.url.origin) && current.url
        : refreshTarget(current.page);
    if (!next) return current;
    current = await browser.navigate(next);
  }
  throw new Error('too many hops');
}

/** The IdP's and SuperID's origins of a pair. */
export const originsOf = ({ service, idp }: Pair) => [service.issuer, idp.issuer];

/** From SuperID's authorization request through its email step to the company's provider's first page. */
export async function toCompanyIdp(
  pair: Pair,
  email: string,
  params: AuthorizeParams = {},
): Promise<{
  browser: Browser;
  request: ReturnType<typeof authorizationRequest>;
  idpPage: Page;
  leftFor: URL;
}> {
  const browser = new Browser(pair.service.authority);
  const request = authorizationRequest(pair.service.authority, params);
  let outcome = await browser.navigate(request.url);
  if (outcome.kind === 'page' && outcome.page.html.includes('id="email-form"')) {
    outcome = await submitEmail(browser, outcome.page, email);
  }
  if (outcome.kind !== 'redirect' || outcome.url.origin !== pair.idp.issuer) {
    throw new Error(
      `expected a redirect to the company's provider, got ${JSON.stringify(outcome).slice(0, 300)}`,
    );
  }
  const leftFor = outcome.url;
  const idpPage = expectPage(await follow(browser, outcome, originsOf(pair)));
  return { browser, request, idpPage, leftFor };
}

/** The company's two steps: password, then the code her authenticator app shows; then on to wherever that leads. */
export async function signInAtCompany(
  pair: Pair,
  browser: Browser,
  idpPage: Page,
  email: string,
): Promise<Outcome> {
  const codeStep = expectPage(
    await follow(browser, await submitPassword(browser, idpPage, email), originsOf(pair)),
  );
  return follow(browser, await submitCode(browser, codeStep, codeOf(email)), originsOf(pair));
}
