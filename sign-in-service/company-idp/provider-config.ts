import { randomBytes, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, {
  interactionPolicy,
  type ClientMetadata,
  type Configuration,
  type Grant,
  type KoaContextWithOIDC,
} from 'oidc-provider';
// The library's own in-memory store, created per provider; passing it explicitly also avoids the dev-adapter warning.
import { createMemoryAdapter } from 'oidc-provider/lib/adapters/memory_adapter.js';
import { normalizeEmail } from '../accounts.ts';
import { contentSecurityPolicy, pageHeaders } from '../http.ts';
import { mfaAcr } from './login-page.ts';
import { relyingPartyOrigins, type CompanyIdpOptions } from './options.ts';
import { logoutConfirmPage, messagePage } from './pages.ts';
import type { People, Person } from './people.ts';
import { pickLocale, t, type Locale } from './strings.ts';

/** The scopes the relying party may ask for, as at Entra ID and Google. */
export const supportedScopes = ['openid', 'email', 'profile'];

/**
 * Cookie names of its own: browsers share cookies between ports of one host, so with SuperID's `_session` on
 * localhost:4000 and this provider on localhost:4300 the default names would overwrite each other.
 */
export const cookieNames = {
  session: 'fjord_session',
  interaction: 'fjord_interaction',
  resume: 'fjord_resume',
};

const cookieOptions = { httpOnly: true, sameSite: 'lax' } as const;

function localeOf(ctx: KoaContextWithOIDC): Locale {
  const uiLocales = ctx.oidc?.params.ui_locales;
  return pickLocale(typeof uiLocales === 'string' ? uiLocales : undefined, ctx.get('accept-language'));
}

/** What the id_token says about a person; all of it lands in the id_token (`conformIdTokenClaims: false`). */
export const personClaims = (person: Person) => ({
  sub: person.sub,
  email: person.email,
  email_verified: true,
  name: person.name,
});

export interface ProviderSetup {
  issuer: string;
  options: CompanyIdpOptions;
  people: People;
}

/** The OpenID Provider of the company: one confidential client, SuperID, signing its people in with MFA. */
export async function createProvider({ issuer, options, people }: ProviderSetup): Promise<Provider> {
  const origins = relyingPartyOrigins(options);
  const sendPage = (ctx: KoaContextWithOIDC, html: string) => {
    for (const [name, value] of Object.entries(pageHeaders(origins))) ctx.set(name, value);
    ctx.body = html;
  };
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), kid: randomUUID(), alg: 'RS256', use: 'sig' };

  const policy = interactionPolicy.base();
  // A login_hint naming someone else than the signed-in person asks for the login page again.
  policy.get('login')?.checks.add(
    new interactionPolicy.Check(
      'login_hint_mismatch',
      'the signed-in person is not the one named in login_hint',
      'login_required',
      (ctx) => {
        const hint = ctx.oidc.params.login_hint;
        const accountId = ctx.oidc.session.accountId;
        if (typeof hint !== 'string' || !hint.trim() || !accountId || ctx.oidc.result?.login) {
          return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        }
        return normalizeEmail(hint) !== people.bySub(accountId)?.email;
      },
    ),
  );

  const client: ClientMetadata & { client_secret: string } = {
    client_id: options.clientId,
    client_secret: options.clientSecret,
    client_name: 'SuperOffice SuperID',
    application_type: 'web',
    // Registered as basic; oidc-provider takes the secret in the body (client_secret_post) from such a client too.
    token_endpoint_auth_method: 'client_secret_basic',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: options.redirectUris,
    post_logout_redirect_uris: options.postLogoutRedirectUris,
    id_token_signed_response_alg: 'RS256',
  };

  const configuration: Configuration = {
    adapter: createMemoryAdapter(),
    jwks: { keys: [signingKey] },
    cookies: {
      keys: [randomBytes(32).toString('base64url')],
      long: cookieOptions,
      short: cookieOptions,
      names: cookieNames,
    },
    clients: [client],
    // A server-side client: no browser calls the token endpoint.
    clientBasedCORS: () => false,
    clientAuthMethods: ['client_secret_basic', 'client_secret_post'],
    pkce: { required: () => true },
    responseTypes: ['code'],
    scopes: supportedScopes,
    claims: {
      openid: ['sub', 'acr', 'amr', 'auth_time'],
      email: ['email', 'email_verified'],
      profile: ['name'],
      acr: null,
      amr: null,
      auth_time: null,
      iss: null,
      sid: null,
    },
    conformIdTokenClaims: false,
    acrValues: [mfaAcr],
    features: {
      devInteractions: { enabled: false },
      dPoP: { enabled: false },
      userinfo: { enabled: true },
      revocation: { enabled: false },
      introspection: { enabled: false },
      resourceIndicators: { enabled: false },
      pushedAuthorizationRequests: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: async (ctx: KoaContextWithOIDC, form: string) => {
          sendPage(ctx, logoutConfirmPage(localeOf(ctx), form));
        },
        postLogoutSuccessSource: async (ctx: KoaContextWithOIDC) => {
          const locale = localeOf(ctx);
          sendPage(ctx, messagePage(locale, t(locale, 'loggedOut.title'), t(locale, 'loggedOut.body')));
        },
      },
    },
    ttl: {
      AccessToken: options.tokenTtl,
      AuthorizationCode: 60,
      IdToken: options.tokenTtl,
      Interaction: 30 * 60,
      Session: options.sessionTtl,
      Grant: options.sessionTtl,
    },
    interactions: { policy, url: (_ctx, interaction) => `/interaction/${interaction.uid}` },

    /** SuperID is the company's own enterprise application (admin consent): the scopes it asks for, no page. */
    loadExistingGrant: async (ctx) => {
      const { session, client, params, provider } = ctx.oidc;
      const accountId = session.accountId;
      if (!accountId || !people.bySub(accountId) || !client) return undefined;
      const requested = new Set(typeof params.scope === 'string' ? params.scope.split(' ') : []);
      const grantId = session.grantIdFor(client.clientId);
      const existing: Grant | undefined = grantId ? await provider.Grant.find(grantId) : undefined;
      const grant =
        existing?.accountId === accountId
          ? existing
          : new provider.Grant({ accountId, clientId: client.clientId });
      grant.addOIDCScope(supportedScopes.filter((scope) => requested.has(scope)).join(' '));
      await grant.save();
      return grant;
    },

    findAccount: async (_ctx, sub) => {
      const person = people.bySub(sub);
      if (!person) return undefined;
      return { accountId: person.sub, claims: async () => personClaims(person) };
    },

    renderError: (ctx, out) => {
      const locale = localeOf(ctx);
      const details = out.error_description ? `${out.error} (${out.error_description})` : out.error;
      ctx.type = 'html';
      sendPage(ctx, messagePage(locale, t(locale, 'error.title'), t(locale, 'error.body'), details));
    },
  };

  const provider = new Provider(issuer, configuration);
  // Unknown paths get the provider's own not-found answer instead of Koa's bare "Not Found".
  provider.use(async (ctx, next) => {
    // Set before the route runs, so HTML that oidc-provider writes itself carries them too: the form_post answer
    // (response_mode=form_post) adds its one inline script's hash to script-src, which exists only for that.
    for (const [name, value] of Object.entries(pageHeaders(origins))) {
      if (name !== 'Content-Type' && name !== 'Cache-Control') ctx.set(name, value);
    }
    ctx.set('Content-Security-Policy', `${contentSecurityPolicy(origins)}; script-src 'report-sample'`);
    await next();
    if (ctx.status !== 404 || ctx.body) return;
    ctx.status = 404;
    if (ctx.accepts('json', 'html') === 'html') {
      const locale = localeOf(ctx);
      sendPage(ctx, messagePage(locale, t(locale, 'notFound.title'), t(locale, 'notFound.body')));
    } else {
      ctx.body = { error: 'not_found', error_description: 'There is nothing at this address' };
    }
  });
  provider.on('server_error', (_ctx, error) =>
    console.error('company identity provider: internal error', error),
  );
  return provider;
}
