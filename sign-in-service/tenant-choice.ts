// SuperID's tenant choice, on the service's own page: after the password, a person with several tenants picks one,
// unless acr_values named one. A new authorization without acr_values while the session lives asks again without
// the password, which is how an app switches company; prompt=none cannot show the page, so it ends in
// interaction_required.
import { interactionPolicy, type KoaContextWithOIDC, type Provider } from 'oidc-provider';
import type { Directory } from './accounts.ts';
import type { BoundedMap } from './bounded-map.ts';
import { sendHtml } from './http.ts';
import type { Problem, Step, StepContext } from './interaction-step.ts';
import { t } from './strings.ts';
import { tenantChoicePage, unavailableReason } from './tenant-choice-page.ts';
import { requestedTenant } from './tenant-binding.ts';
import { listTenants } from './tenant-list.ts';

export const promptName = 'select_tenant';
const pageSize = 25;

/** The tenant picked on the page in this authorization, if any. */
export function chosenTenant(ctx: KoaContextWithOIDC): string | undefined {
  return ctx.oidc.result?.select_tenant?.ctx;
}

/** The prompt oidc-provider asks for after the login: several tenants, none asked for, none picked yet. */
export function tenantChoicePrompt(directory: Directory): interactionPolicy.Prompt {
  return new interactionPolicy.Prompt(
    { name: promptName, requestable: false },
    new interactionPolicy.Check(
      'tenant_not_chosen',
      'the person has several tenants and the request names none',
      'interaction_required',
      (ctx) => {
        const accountId = ctx.oidc.session.accountId;
        const account = accountId ? directory.account(accountId) : undefined;
        if (!account || account.memberships.length < 2) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        if (requestedTenant(ctx.oidc.params.acr_values) !== undefined)
          return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        return chosenTenant(ctx) === undefined;
      },
    ),
  );
}

export interface TenantChoiceSetup {
  provider: Provider;
  directory: Directory;
  appOrigins: readonly string[];
  /** Account → the tenant it last got a token for, listed first. */
  lastTenants: BoundedMap<string, string>;
}

export function createTenantChoiceStep({
  provider,
  directory,
  appOrigins,
  lastTenants,
}: TenantChoiceSetup): Step {
  const accountOf = (ctx: StepContext) => {
    const accountId = ctx.interaction.session?.accountId;
    return accountId ? directory.account(accountId) : undefined;
  };

  function show(ctx: StepContext, problem?: Problem): void {
    const account = accountOf(ctx);
    if (!account) throw new Error('tenant choice without a signed-in account');
    const query = (ctx.query.get('q') ?? '').trim().slice(0, 100);
    const last = lastTenants.get(account.email);
    const html = tenantChoicePage({
      locale: ctx.locale,
      page: ctx.page,
      csrf: ctx.csrf,
      name: account.name,
      query,
      listing: listTenants(account.memberships, { query, last, limit: pageSize }),
      last,
      error: problem && t(ctx.locale, problem.key, problem.values),
    });
    sendHtml(ctx.res, problem?.status ?? 200, html, appOrigins, problem?.headers);
  }

  return {
    actions: ['tenant'],
    show,

    async post(ctx, _action, form) {
      const wanted = form.get('ctx') ?? '';
      const membership = accountOf(ctx)?.memberships.find((m) => m.tenant.ctx === wanted);
      if (!membership) return show(ctx, { status: 400, key: 'choice.error.unknown' });
      const why = unavailableReason(ctx.locale, membership);
      if (why) {
        const values = { company: membership.tenant.companyName, why };
        return show(ctx, { status: 409, key: 'choice.error.notRunning', values });
      }
      const result = { select_tenant: { ctx: membership.tenant.ctx } };
      await provider.interactionFinished(ctx.req, ctx.res, result, {
        mergeWithLastSubmission: true,
      });
    },
  };
}
