// The federated branch of the sign-in: people of a domain registered for federation sign in at their company's
// identity provider (company-idp/), never with a password here. SuperID sends them there over an OIDC code flow and,
// when the company's answer passes every check, the login step signs them in with SuperID's own session and the
// company's amr. A cancelled or failed sign-in there comes back to the email step with a message.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Account, Directory } from './accounts.ts';
import { BoundedMap } from './bounded-map.ts';
import { FederationError, type FederationClient } from './federation-client.ts';
import { sendHtml } from './http.ts';
import type { Problem, StepContext } from './interaction-step.ts';
import { federatedReturnPage } from './login-pages.ts';
import { messagePage } from './pages.ts';
import { emailDomain, signInRoute } from './sign-in-route.ts';
import { pickLocale, t, type Locale } from './strings.ts';

/** The browser that left for the company's provider is the one that must come back (a login CSRF stays out). */
const cookieName = 'superid_federation';
const pendingTtlMs = 15 * 60_000;

/** What came back from the company's provider for one interaction. */
export type FederatedOutcome =
  { ok: true; account: Account; amr: string[] } | { ok: false; problem: Problem };

export interface FederatedLogin {
  /** Sends the person to their company's provider; a problem when it cannot be reached. */
  start(ctx: StepContext, email: string, provider: string): Promise<Problem | undefined>;
  /** The answer that came back for this interaction, handed out once. */
  takeOutcome(uid: string): FederatedOutcome | undefined;
  /** Answers the company provider's redirect back (the redirect URI's path); false for any other path. */
  callback(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
}

interface Pending {
  uid: string;
  /** The interaction's page, to go back to. */
  page: string;
  provider: string;
  email: string;
  locale: Locale;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

export interface FederatedLoginSetup {
  directory: Directory;
  /** The company identity providers by the name the seed's federatedDomains give them. */
  clients: ReadonlyMap<string, FederationClient>;
  /** Where the providers send people back. */
  callbackPath: string;
  appOrigins: readonly string[];
  /** Origins the service's pages may post forms to (the app's and the providers'), for their CSP. */
  pageOrigins: readonly string[];
}

const readCookie = (req: IncomingMessage, name: string) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

const same = (a: string, b: string) => {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
};

export function createFederatedLogin({
  directory,
  clients,
  callbackPath,
  appOrigins,
  pageOrigins,
}: FederatedLoginSetup): FederatedLogin {
  const pending = new BoundedMap<string, Pending>();
  const outcomes = new BoundedMap<string, FederatedOutcome>();
  const cookie = (value: string, maxAge: number) =>
    `${cookieName}=${value}; Path=${callbackPath}; Max-Age=${maxAge}; HttpOnly; SameSite=Lax`;

  const failure = (key: Problem['key'], values: Record<string, string>, status = 401): FederatedOutcome => ({
    ok: false,
    problem: { status, key, values },
  });

  /** The company's answer, checked: who signed in, and that SuperOffice knows them as one of that company's. */
  async function outcomeOf(query: URLSearchParams, request: Pending): Promise<FederatedOutcome> {
    const client = clients.get(request.provider)!;
    const domain = { domain: emailDomain(request.email) };
    const iss = query.get('iss');
    // RFC 9207: an answer that names another issuer is not from the provider this request went to.
    if (iss !== null && iss !== client.issuer) {
      console.warn(`sign-in service: federated answer from issuer ${iss}, expected ${client.issuer}`);
      return failure('federated.error.failed', domain);
    }
    const error = query.get('error');
    if (error === 'access_denied') return failure('federated.error.cancelled', domain);
    const code = query.get('code');
    if (error || !code) {
      console.warn(`sign-in service: federated sign-in ended with ${error ?? 'no code'}`);
      return failure('federated.error.failed', domain);
    }
    try {
      const identity = await client.redeem(code, request);
      const route = signInRoute(identity.email, directory.federatedDomains);
      const account = directory.account(identity.email);
      // The company speaks for its own domain only, and only for people SuperOffice knows as federated.
      if (route.kind !== 'federated' || route.provider !== request.provider || !account?.federated) {
        return failure('federated.error.noAccount', { email: identity.email }, 403);
      }
      return { ok: true, account, amr: identity.amr };
    } catch (problem) {
      if (!(problem instanceof FederationError)) throw problem;
      console.warn(`sign-in service: federated sign-in refused: ${problem.message}`);
      const key = problem.kind === 'unreachable' ? 'federated.error.unreachable' : 'federated.error.failed';
      return failure(key, domain, problem.kind === 'unreachable' ? 502 : 401);
    }
  }

  function expired(req: IncomingMessage, res: ServerResponse): void {
    const locale = pickLocale(req.headers['accept-language']);
    const page = messagePage(locale, t(locale, 'expired.title'), t(locale, 'expired.body'), undefined, {
      href: `${appOrigins[0]}/`,
      label: t(locale, 'expired.back'),
    });
    sendHtml(res, 400, page, pageOrigins, { 'Set-Cookie': cookie('', 0) });
  }

  return {
    async start(ctx, email, provider) {
      const client = clients.get(provider);
      const domain = { domain: emailDomain(email) };
      if (!client) return { status: 502, key: 'federated.error.unreachable', values: domain };
      const { prompt, max_age: maxAge } = ctx.interaction.params;
      const forceLogin =
        String(prompt ?? '')
          .split(' ')
          .includes('login') || maxAge !== undefined;
      let request;
      try {
        request = await client.authorizationRequest({ loginHint: email, locale: ctx.locale, forceLogin });
      } catch (error) {
        if (!(error instanceof FederationError)) throw error;
        console.warn(`sign-in service: ${provider} cannot be used: ${error.message}`);
        return { status: 502, key: 'federated.error.unreachable', values: domain };
      }
      pending.set(request.state, {
        uid: ctx.interaction.uid,
        page: ctx.page,
        provider,
        email,
        locale: ctx.locale,
        nonce: request.nonce,
        verifier: request.verifier,
        expiresAt: Date.now() + pendingTtlMs,
      });
      ctx.res.writeHead(303, {
        Location: request.url.href,
        'Set-Cookie': cookie(request.state, pendingTtlMs / 1000),
        'Cache-Control': 'no-store',
      });
      ctx.res.end();
      return undefined;
    },

    takeOutcome(uid) {
      const outcome = outcomes.get(uid);
      outcomes.delete(uid);
      return outcome;
    },

    async callback(req, res, path) {
      if (path !== callbackPath) return false;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Method Not Allowed');
        return true;
      }
      const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
      const state = query.get('state') ?? '';
      const request = pending.get(state);
      const sentBy = readCookie(req, cookieName) ?? '';
      // Single use: a replayed answer, one from another browser, or one after too long starts nothing.
      if (!request || request.expiresAt < Date.now() || !same(sentBy, state)) {
        if (request && same(sentBy, state)) pending.delete(state);
        expired(req, res);
        return true;
      }
      pending.delete(state);
      const outcome = await outcomeOf(query, request);
      outcomes.set(request.uid, outcome);
      const headers = { 'Set-Cookie': cookie('', 0) };
      if (!outcome.ok) {
        res.writeHead(303, { ...headers, Location: request.page, 'Cache-Control': 'no-store' }).end();
        return true;
      }
      // A page, not a redirect: the company's form started this navigation, and its CSP form-action (itself and
      // SuperID) would stop the redirects that follow, on to the app. The page goes on by itself.
      sendHtml(res, 200, federatedReturnPage(request.locale, request.page), pageOrigins, headers);
      return true;
    },
  };
}
