import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessToken, Provider } from 'oidc-provider';
import { runningStates, type Account, type Directory, type Membership, type Tenant } from './accounts.ts';
import { dpopAlgorithms, DpopNonces, ProofReplayCache, verifyDpopProof } from './dpop-proof.ts';
import { applyCors, readBody, sendHtml, sendJson } from './http.ts';
import type { SignInServiceOptions } from './options.ts';
import { messagePage } from './pages.ts';
import {
  parsePreferenceRequest,
  preferenceAnswers,
  PreferenceRequestError,
  type PreferenceSpecification,
} from './preferences.ts';
import { principalOf } from './principal.ts';
import { pickLocale, t } from './strings.ts';

export interface TenantApiSetup {
  provider: Provider;
  directory: Directory;
  options: SignInServiceOptions;
  issuer: string;
}

/** A GetPreferences request names a few preferences: a few kilobytes at most. */
const PREFERENCE_BODY_LIMIT = 16 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

/** The tenant's status in the shape of SuperOffice's `GET /api/state/{ctx}`. */
export function tenantStatus(tenant: Tenant, issuer: string, now = Date.now()) {
  const endpoint = `${issuer}/${tenant.ctx}`;
  return {
    ContextIdentifier: tenant.ctx,
    Endpoint: endpoint,
    State: tenant.state,
    IsRunning: runningStates.has(tenant.state),
    ValidUntil: new Date(now + 60 * 60 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    Api: `${endpoint}/api`,
    Version: tenant.version,
  };
}

const decode = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

const quoted = (value: string) => `"${value.replace(/["\\]/g, '')}"`;

/**
 * The tenant status API, each tenant's `currentPrincipal` and preference agent (which check the access token like a
 * SuperOffice tenant API would) and a placeholder page at each tenant's Endpoint.
 */
export function createTenantApi({ provider, directory, options, issuer }: TenantApiSetup): Handler {
  const { appOrigins } = options;
  const replay = new ProofReplayCache();
  const nonces = new DpopNonces();
  const notFound = (res: ServerResponse, what: string) =>
    sendJson(res, 404, { error: 'not_found', error_description: `No tenant ${what}` });

  function state(req: IncomingMessage, res: ServerResponse, ctx: string): void {
    applyCors(req, res, appOrigins);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    const tenant = directory.tenant(ctx);
    if (!tenant) return notFound(res, ctx);
    sendJson(res, 200, tenantStatus(tenant, issuer));
  }

  async function findToken(value: string): Promise<AccessToken | undefined> {
    try {
      const token = await provider.AccessToken.find(value);
      return token && !token.isExpired ? token : undefined;
    } catch {
      return undefined; // a malformed token is simply not a token
    }
  }

  /**
   * Checks the caller's access token as a SuperOffice tenant API would (bound to this tenant, DPoP-bound tokens with
   * a proof for this request, a member who may use it, a running tenant); answers the refusal itself and returns
   * null, or returns who is calling.
   */
  async function caller(
    req: IncomingMessage,
    res: ServerResponse,
    tenant: Tenant,
  ): Promise<{ account: Account; membership: Membership } | null> {
    const realm = `realm=${quoted(tenant.ctx)}`;
    const dpopChallenge = `DPoP ${realm}, algs=${quoted(dpopAlgorithms.join(' '))}`;
    const refuse = (scheme: 'Bearer' | 'DPoP', description: string, error = 'invalid_token') => {
      const challenge = scheme === 'DPoP' ? dpopChallenge : `Bearer ${realm}`;
      const header = `${challenge}, error=${quoted(error)}, error_description=${quoted(description)}`;
      sendJson(res, 401, { error, error_description: description }, { 'WWW-Authenticate': header });
      return null;
    };

    const authorization = req.headers.authorization ?? '';
    const match = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*)$/i.exec(authorization);
    if (!match) {
      const challenges = `Bearer ${realm}, ${dpopChallenge}`;
      const body = { error: 'invalid_token', error_description: 'An access token is required' };
      sendJson(res, 401, body, { 'WWW-Authenticate': challenges });
      return null;
    }
    const scheme = match[1]?.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
    const value = match[2] ?? '';
    const token = await findToken(value);
    if (!token) return refuse(scheme, 'The access token is invalid or has expired');

    if (token.jkt) {
      if (scheme !== 'DPoP')
        return refuse('DPoP', 'This access token is DPoP-bound: send it with the DPoP scheme');
      const proof = req.headers.dpop;
      if (typeof proof !== 'string') return refuse('DPoP', 'A DPoP proof is required', 'invalid_dpop_proof');
      const checked = await verifyDpopProof({
        proof,
        method: req.method ?? 'GET',
        url: new URL(req.url ?? '/', issuer).href,
        accessToken: value,
        expectedJkt: token.jkt,
        replay,
        nonces,
      });
      if (!checked.ok && checked.useNonce) res.setHeader('DPoP-Nonce', nonces.issue());
      if (!checked.ok)
        return refuse('DPoP', checked.reason, checked.useNonce ? 'use_dpop_nonce' : 'invalid_dpop_proof');
    } else if (scheme === 'DPoP') {
      return refuse('DPoP', 'This access token is not DPoP-bound: send it with the Bearer scheme');
    }

    if (token.extra?.tenant !== tenant.ctx) {
      return refuse(scheme, `The access token is not valid for tenant ${tenant.ctx}`);
    }
    const account = token.accountId ? directory.account(token.accountId) : undefined;
    const membership = account?.memberships.find((m) => m.tenant === tenant);
    if (!account || !membership) return refuse(scheme, `The user has no access to tenant ${tenant.ctx}`);
    if (!runningStates.has(tenant.state)) {
      sendJson(res, 503, {
        error: 'tenant_not_running',
        error_description: `Tenant ${tenant.ctx} is ${tenant.state}`,
        State: tenant.state,
      });
      return null;
    }
    return { account, membership };
  }

  /** CORS for an API the app calls with its token: it sends Authorization and DPoP, and reads the challenges. */
  const apiCors = (
    req: IncomingMessage,
    res: ServerResponse,
    extra: { allowHeaders?: string; methods?: string } = {},
  ) =>
    applyCors(req, res, appOrigins, {
      allowHeaders: 'Authorization, DPoP',
      exposeHeaders: 'WWW-Authenticate, DPoP-Nonce',
      ...extra,
    });

  async function currentPrincipal(req: IncomingMessage, res: ServerResponse, ctx: string): Promise<void> {
    apiCors(req, res);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method !== 'GET' && req.method !== 'HEAD') return methodNotAllowed(res);
    const tenant = directory.tenant(ctx);
    if (!tenant) return notFound(res, ctx);
    const who = await caller(req, res, tenant);
    if (who) sendJson(res, 200, principalOf(who.account, who.membership));
  }

  /** The preference agent's GetPreferences: the company's preferences the app asks for (preferences.ts). */
  async function preferences(req: IncomingMessage, res: ServerResponse, ctx: string): Promise<void> {
    apiCors(req, res, { allowHeaders: 'Authorization, DPoP, Content-Type', methods: 'POST, OPTIONS' });
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    if (req.method !== 'POST') return methodNotAllowed(res, 'POST, OPTIONS');
    const tenant = directory.tenant(ctx);
    if (!tenant) return notFound(res, ctx);
    let asked: PreferenceSpecification[];
    try {
      asked = parsePreferenceRequest(await readBody(req, PREFERENCE_BODY_LIMIT));
    } catch (error) {
      const description =
        error instanceof PreferenceRequestError ? error.message : 'The request body is too large';
      return sendJson(res, 400, { error: 'invalid_request', error_description: description });
    }
    if (await caller(req, res, tenant)) sendJson(res, 200, preferenceAnswers(tenant, asked));
  }

  function tenantHome(req: IncomingMessage, res: ServerResponse, tenant: Tenant): void {
    const locale = pickLocale(req.headers['accept-language']);
    const status = tenantStatus(tenant, issuer);
    const values = { company: tenant.companyName, ctx: tenant.ctx, state: tenant.state, api: status.Api };
    const html = messagePage(
      locale,
      t(locale, 'tenantHome.title', values),
      t(locale, 'tenantHome.body', values),
    );
    sendHtml(res, 200, html, appOrigins);
  }

  return async (req, res, path) => {
    const stateMatch = /^\/api\/state\/([^/]+)$/.exec(path);
    if (stateMatch) {
      state(req, res, decode(stateMatch[1] ?? ''));
      return true;
    }
    const principalMatch = /^\/([^/]+)\/api\/v1\/User\/currentPrincipal$/i.exec(path);
    if (principalMatch) {
      await currentPrincipal(req, res, decode(principalMatch[1] ?? ''));
      return true;
    }
    const preferencesMatch = /^\/([^/]+)\/api\/v1\/Agents\/Preference\/GetPreferences$/i.exec(path);
    if (preferencesMatch) {
      await preferences(req, res, decode(preferencesMatch[1] ?? ''));
      return true;
    }
    const homeMatch = /^\/([^/]+)\/?$/.exec(path);
    const tenant =
      homeMatch && req.method === 'GET' ? directory.tenant(decode(homeMatch[1] ?? '')) : undefined;
    if (tenant) {
      tenantHome(req, res, tenant);
      return true;
    }
    return false;
  };
}

function methodNotAllowed(res: ServerResponse, allow = 'GET, HEAD, OPTIONS'): void {
  sendJson(res, 405, { error: 'method_not_allowed' }, { Allow: allow });
}
