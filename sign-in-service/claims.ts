import type { Account, Membership } from './accounts.ts';
import type { Profile } from './profile.ts';

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

/** In SuperID's own id_tokens besides the above (validate-security-tokens.md). */
const superIdOnlyNames = ['identityprovider', 'so_primary_email_address'] as const;

/** What SuperID names its own password sign-in in the identityprovider claim. */
export const superIdProvider = 'central-superid';

/** Every claim the id_token may carry besides the protocol ones (sub, acr, auth_time…). */
export function idTokenClaimNames({ localClaims }: Profile): string[] {
  const names = localClaims ? [...soNames] : [...soNames, ...superIdOnlyNames];
  return [
    'sub',
    ...(localClaims ? ['name', 'email', 'tenants'] : []),
    ...names.map((name) => soNamespace + name),
  ];
}

export interface TenantSummary {
  ctx: string;
  company_name: string;
}

export interface ClaimContext {
  issuer: string;
  profile: Profile;
  /** Who checked the credentials: SuperID's own password, or the federated domain's provider. */
  identityProvider: string;
}

/** The claims SuperID would put in an id_token for this account, bound to `membership` (none for no tenant). */
export function accountClaims(
  account: Account,
  membership: Membership | undefined,
  { issuer, profile, identityProvider }: ClaimContext,
): Record<string, string | TenantSummary[]> {
  const local: Record<string, string | TenantSummary[]> = profile.localClaims
    ? {
        name: account.name,
        email: account.email,
        tenants: account.memberships.map((m) => ({ ctx: m.tenant.ctx, company_name: m.tenant.companyName })),
      }
    : {
        [`${soNamespace}identityprovider`]: identityProvider,
        [`${soNamespace}so_primary_email_address`]: account.email,
      };
  const claims: Record<string, string | TenantSummary[]> = {
    sub: account.email,
    ...local,
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
