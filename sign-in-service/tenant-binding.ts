import type { Account, Membership } from './accounts.ts';

// As SuperID: a token is bound to one tenant, chosen per authorization request with acr_values=tenant:CustX.
const prefix = 'tenant:';

/** The first `tenant:` value of an acr_values string, or undefined when none is asked for. */
export function requestedTenant(acrValues: unknown): string | undefined {
  if (typeof acrValues !== 'string') return undefined;
  const value = acrValues.split(' ').find((acr) => acr.startsWith(prefix) && acr.length > prefix.length);
  return value?.slice(prefix.length);
}

export const acrFor = (ctx: string) => `${prefix}${ctx}`;

/** The tenant id carried by an acr value such as `tenant:Cust10001`. */
export function tenantFromAcr(acr: unknown): string | undefined {
  return typeof acr === 'string' && acr.startsWith(prefix) ? acr.slice(prefix.length) : undefined;
}

export type Binding =
  | { ok: true; membership: Membership | undefined; acr: string | undefined; settled: boolean }
  | { ok: false; requested: string };

/**
 * Picks the tenant acr_values asks for if the account belongs to it, else the one the person chose on the service's
 * page, else the first; none for accounts without tenants. `settled`: the person's own pick, not a default.
 */
export function bindTenant(account: Account, acrValues: unknown, chosen?: string): Binding {
  const requested = requestedTenant(acrValues);
  const wanted = requested ?? chosen;
  const membership =
    wanted === undefined
      ? account.memberships[0]
      : account.memberships.find((m) => m.tenant.ctx.toLowerCase() === wanted.toLowerCase());
  if (wanted !== undefined && !membership) return { ok: false, requested: wanted };
  return {
    ok: true,
    membership,
    acr: membership && acrFor(membership.tenant.ctx),
    settled: wanted !== undefined || account.memberships.length === 1,
  };
}

/** The membership a token's acr points at, if the account still has it. */
export function membershipForAcr(account: Account, acr: unknown): Membership | undefined {
  const ctx = tenantFromAcr(acr);
  return ctx === undefined ? undefined : account.memberships.find((m) => m.tenant.ctx === ctx);
}

export const deniedDescription = (ctx: string) => `The user has no access to tenant ${ctx}`;
