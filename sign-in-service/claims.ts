import type { Account, Membership } from './accounts.ts';

/** SuperOffice's claim namespace: every SuperID user and tenant claim carries it. */
export const soNamespace = 'http://schemes.superoffice.net/identity/';

const soNames = [
  'ctx',
  'company_name',
  'email',
  'upn',
  'associateid',
  'initials',
  'is_administrator',
  'serial',
  'webapi_url',
  'netserver_url',
] as const;

/** Every claim the id_token may carry besides the protocol ones (sub, acr, auth_time…). */
export const idTokenClaimNames = [
  'sub',
  'name',
  'email',
  'tenants',
  ...soNames.map((name) => soNamespace + name),
];

export interface TenantSummary {
  ctx: string;
  company_name: string;
}

/** The claims SuperID would put in an id_token for this account, bound to `membership` (none for no tenant). */
export function accountClaims(
  account: Account,
  membership: Membership | undefined,
  issuer: string,
): Record<string, string | TenantSummary[]> {
  const claims: Record<string, string | TenantSummary[]> = {
    sub: account.email,
    name: account.name,
    email: account.email,
    tenants: account.memberships.map((m) => ({ ctx: m.tenant.ctx, company_name: m.tenant.companyName })),
    [`${soNamespace}email`]: account.email,
    [`${soNamespace}upn`]: account.email,
    [`${soNamespace}initials`]: account.initials,
  };
  if (!membership) return claims;
  const { tenant } = membership;
  return {
    ...claims,
    [`${soNamespace}ctx`]: tenant.ctx,
    [`${soNamespace}company_name`]: tenant.companyName,
    [`${soNamespace}associateid`]: String(membership.associateId),
    [`${soNamespace}is_administrator`]: membership.isAdministrator ? 'True' : 'False',
    [`${soNamespace}serial`]: tenant.serial,
    [`${soNamespace}webapi_url`]: `${issuer}/${tenant.ctx}/api/`,
    [`${soNamespace}netserver_url`]: `${issuer}/${tenant.ctx}/Remote/Services88/`,
  };
}
