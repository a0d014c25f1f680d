import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, {
  errors,
  type Client,
  interactionPolicy,
  type Configuration,
  type Grant,
  type KoaContextWithOIDC,
} from 'oidc-provider';
// The library's own in-memory store, created per provider; passing it explicitly also avoids the dev-adapter warning.
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { normalizeEmail, type Directory } from './accounts.ts';
import { accountClaims, idTokenClaimNames, superIdProvider } from './claims.ts';
import { pageHeaders } from './http.ts';
import { appUrls, type SignInServiceOptions } from './options.ts';
import { logoutConfirmPage, messagePage } from './pages.ts';
import type { Profile } from './profile.ts';
import { emailDomain } from './sign-in-route.ts';
import { pickLocale, t, type Locale } from './strings.ts';
import type { BoundedMap } from './bounded-map.ts';
import { interactionPath } from './interaction.ts';
import { chosenTenant, tenantChoicePrompt } from './tenant-choice.ts';
import { acrFor, bindTenant, deniedDescription, membershipForAcr, tenantFromAcr } from './tenant-binding.ts';

/** The app's routes under each place it opens (`http://localhost:4173/`, `…/crm/`). */
export const redirectUris = (apps: readonly string[]) => apps.map((app) => `${app}callback`);
export const postLogoutRedirectUris = (apps: readonly string[]) => apps.map((app) => `${app}signed-out`);

const cookieOptions = { httpOnly: true, sameSite: 'lax' } as const;

function localeOf(ctx: KoaContextWithOIDC): Locale {
  const uiLocales = ctx.oidc?.params.ui_locales;
  return pickLocale(typeof uiLocales === 'string' ? uiLocales : undefined, ctx.get('accept-language'));
}

function sendPage(ctx: KoaContextWithOIDC, html: string, appOrigins: readonly string[]): void {
  for (const [name, value] of Object.entries(pageHeaders(appOrigins))) ctx.set(name, value);
  ctx.body = html;
}

/** Revokes a grant and every token issued under it (what oidc-provider's own logout confirmation does). */
async function revokeGrant(provider: Provider, grantId: string): Promise<void> {
  await Promise.all([
    provider.AccessToken.revokeByGrantId(grantId),
    provider.RefreshToken.revokeByGrantId(grantId),
    provider.AuthorizationCode.revokeByGrantId(grantId),
    provider.Grant.find(grantId).then((grant) => grant?.destroy()),
  ]);
}

/**
 * RP-initiated logout without a confirmation page when the app proves who it is: a valid id_token_hint for the
 * signed-in user and a registered post_logout_redirect_uri. Ends the session, revokes its grants, returns to the app.
 */
async function endSessionSilently(ctx: KoaContextWithOIDC): Promise<boolean> {
  const { session, params, entities, provider } = ctx.oidc;
  const hint = entities.IdTokenHint;
  const target = params.post_logout_redirect_uri;
  if (!hint || typeof target !== 'string' || !session.accountId || hint.payload.sub !== session.accountId) {
    return false;
  }
  const grantIds = Object.values(session.authorizations ?? {}).flatMap(({ grantId }) =>
    grantId ? [grantId] : [],
  );
  await Promise.all(grantIds.map((grantId) => revokeGrant(provider, grantId)));
  await session.destroy();
  ctx.cookies.set(provider.cookieName('session'), null, cookieOptions);
  provider.emit('end_session.success', ctx);
  const url = new URL(target);
  if (typeof params.state === 'string') url.searchParams.set('state', params.state);
  ctx.status = 303;
  ctx.redirect(url.href);
  return true;
}

export interface ProviderSetup {
  issuer: string;
  options: SignInServiceOptions;
  profile: Profile;
  directory: Directory;
  /** Account → the tenant it last got a token for; the tenant choice lists it first. */
  lastTenants: BoundedMap<string, string>;
}

/** The OpenID Provider, configured to behave like SuperOffice's SuperID for the app's public client. */
export async function createProvider({
  issuer,
  options,
  profile,
  directory,
  lastTenants,
}: ProviderSetup): Promise<Provider> {
  const { appOrigins, clientId } = options;
  const dpop = options.dpop ?? profile.dpop;
  const claimNames = idTokenClaimNames(profile);
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  const policy = interactionPolicy.base();
  // A login_hint naming someone else than the signed-in user asks for the login page (login_required with prompt=none).
  policy.get('login')?.checks.add(
    new interactionPolicy.Check(
      'login_hint_mismatch',
      'the signed-in user is not the one named in login_hint',
      'login_required',
      (ctx) => {
        const hint = ctx.oidc.params.login_hint;
        const accountId = ctx.oidc.session.accountId;
        if (typeof hint !== 'string' || !hint.trim() || !accountId || ctx.oidc.result?.login) {
          return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        }
        return normalizeEmail(hint) !== accountId;
      },
    ),
  );

  // SuperID asks a person with several tenants which one, on its own page, right after the login.
  if (profile.tenantChoice === 'service') policy.add(tenantChoicePrompt(directory), 1);

  // Refresh tokens keep the lifetime of the first one through rotations (a capped total lifetime).
  const refreshTokenTtl: NonNullable<Configuration['ttl']>[string] = (ctx) => {
    const rotated = ctx?.oidc.entities.RotatedRefreshToken;
    return rotated ? Math.max(1, rotated.remainingTTL) : options.refreshTokenTtl;
  };

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString('base64url')], long: cookieOptions, short: cookieOptions },
    clients: [
      {
        client_id: clientId,
        client_name: 'Mobile CRM',
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUris(appUrls(options)),
        post_logout_redirect_uris: postLogoutRedirectUris(appUrls(options)),
        id_token_signed_response_alg: 'RS256',
        // A code or refresh token redeemed without a DPoP proof is refused, so a stolen one is useless elsewhere.
        ...(dpop === 'required' ? { dpop_bound_access_tokens: true } : {}),
      },
    ],
    clientBasedCORS: (_ctx, origin, client) => client.clientId === clientId && appOrigins.includes(origin),
    clientAuthMethods: ['none'],
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: ['openid'],
    // Locally acr is listed with openid so the id_token always names its tenant, and amr how the person was checked
    // (['pwd'] here, or what a federated domain's own provider reported); SuperID's documented tokens carry neither.
    claims: {
      openid: profile.localClaims ? [...claimNames, 'acr', 'amr'] : claimNames,
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
    },
    // SuperID puts every user and tenant claim in the id_token itself.
    conformIdTokenClaims: false,
    acrValues: directory.tenants.map((tenant) => acrFor(tenant.ctx)),
    features: {
      devInteractions: { enabled: false },
      // A nonce secret lets clients with a skewed clock recover: a stale iat gets use_dpop_nonce, not a refusal.
      dPoP: { enabled: dpop !== 'off', nonceSecret: randomBytes(32) },
      // The app may revoke only its own tokens.
      revocation: {
        enabled: true,
        allowedPolicy: (_ctx: unknown, client: Client, token: { clientId?: string }) =>
          token.clientId === client.clientId,
      },
      userinfo: { enabled: false },
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          if (await endSessionSilently(ctx)) return;
          sendPage(ctx, logoutConfirmPage(localeOf(ctx), form), appOrigins);
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          const locale = localeOf(ctx);
          sendPage(
            ctx,
            messagePage(locale, t(locale, 'loggedOut.title'), t(locale, 'loggedOut.body')),
            appOrigins,
          );
        },
      },
    },
    ttl: {
      AccessToken: options.accessTokenTtl,
      AuthorizationCode: 60,
      IdToken: options.accessTokenTtl,
      Interaction: 60 * 60,
      RefreshToken: refreshTokenTtl,
      Session: options.sessionTtl,
      Grant: Math.max(options.refreshTokenTtl, options.sessionTtl),
    },
    // Public clients get refresh tokens without the offline_access + consent detour.
    issueRefreshToken: (_ctx, client, code) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('openid'),
    rotateRefreshToken: true,
    routes: profile.routes,
    interactions: { policy, url: (_ctx, interaction) => interactionPath(profile.basePath, interaction.uid) },

    /**
     * Runs on every authorization request with a signed-in user (also right after the login page): binds THIS
     * request to its tenant and hands out the first-party grant so no consent page is shown.
     */
    loadExistingGrant: async (ctx) => {
      const { session, client, params, provider } = ctx.oidc;
      const account = session.accountId ? directory.account(session.accountId) : undefined;
      if (!account || !client) return undefined;
      const binding = bindTenant(account, params.acr_values, chosenTenant(ctx));
      if (!binding.ok) throw new errors.AccessDenied(deniedDescription(binding.requested));
      if (binding.settled && binding.membership)
        lastTenants.set(account.email, binding.membership.tenant.ctx);
      // The code minted next copies ctx.oidc.acr (normally the session's); shadow it for this request only.
      Object.defineProperty(ctx.oidc, 'acr', { value: binding.acr, configurable: true });

      const grantId = session.grantIdFor(client.clientId);
      const existing: Grant | undefined = grantId ? await provider.Grant.find(grantId) : undefined;
      if (existing?.accountId === account.email) return existing;
      const grant = new provider.Grant({ accountId: account.email, clientId: client.clientId });
      grant.addOIDCScope('openid');
      grant.addOIDCClaims(claimNames);
      await grant.save();
      return grant;
    },

    /** The tenant comes from the code's or refresh token's acr, so each token keeps the tenant it was issued for. */
    findAccount: async (_ctx, sub, token) => {
      const account = directory.account(sub);
      if (!account) return undefined;
      const acr = token && 'acr' in token ? token.acr : undefined;
      return {
        accountId: account.email,
        claims: async () =>
          accountClaims(account, membershipForAcr(account, acr), {
            issuer,
            profile,
            identityProvider: account.federated
              ? (directory.federatedDomains.get(emailDomain(account.email)) ?? superIdProvider)
              : superIdProvider,
          }),
      };
    },

    /** Access tokens are opaque; the bound tenant is stored with them for the tenant APIs to check. */
    extraTokenClaims: (ctx) => {
      const source = ctx.oidc.entities.AuthorizationCode ?? ctx.oidc.entities.RefreshToken;
      const tenant = tenantFromAcr(source?.acr);
      return tenant ? { tenant } : undefined;
    },

    renderError: (ctx, out) => {
      const locale = localeOf(ctx);
      const details = out.error_description ? `${out.error} (${out.error_description})` : out.error;
      ctx.type = 'html';
      sendPage(
        ctx,
        messagePage(locale, t(locale, 'error.title'), t(locale, 'error.body'), details),
        appOrigins,
      );
    },
  };

  const provider = new Provider(issuer, configuration);
  // Unknown paths get the service's own not-found answer instead of Koa's bare "Not Found".
  provider.use(async (ctx, next) => {
    await next();
    if (ctx.status !== 404 || ctx.body) return;
    ctx.status = 404;
    if (ctx.accepts('json', 'html') === 'html') {
      const locale = localeOf(ctx);
      sendPage(ctx, messagePage(locale, t(locale, 'notFound.title'), t(locale, 'notFound.body')), appOrigins);
    } else {
      ctx.body = { error: 'not_found', error_description: 'There is nothing at this address' };
    }
  });
  provider.on('server_error', (_ctx, error) => console.error('sign-in service: internal error', error));
  return provider;
}
