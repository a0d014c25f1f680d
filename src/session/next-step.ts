// After the sign-in service sends the person back: straight to the start page, a tenant question, or a stop.
import type { TenantRef } from '../shared/tenant-ref.ts';
import type { SignInPurpose } from './auth.ts';
import { sameTenantId } from '../shared/tenant-ref.ts';

export type NextStep =
  | { kind: 'start'; tenant: TenantRef }
  | { kind: 'choose-tenant' }
  /** The tokens are bound to another tenant: authorize again for this one (no password, the session exists). */
  | { kind: 'switch-tenant'; tenant: TenantRef }
  | { kind: 'no-tenant' };

export interface SignInOutcome {
  tenants: TenantRef[];
  boundTenantId: string | null;
  purpose: SignInPurpose['purpose'];
  /** The tenant the request asked for (acr_values), if any. */
  requestedTenantId?: string;
}

export function nextStepAfterSignIn({
  tenants,
  boundTenantId,
  purpose,
  requestedTenantId,
}: SignInOutcome): NextStep {
  if (tenants.length === 0) return { kind: 'no-tenant' };
  const bound = tenants.find((tenant) => sameTenantId(tenant.id, boundTenantId));
  // A remembered or chosen tenant that the tokens are bound to: no question.
  if (requestedTenantId && bound && sameTenantId(bound.id, requestedTenantId))
    return { kind: 'start', tenant: bound };
  // A switch to a named tenant that came back bound elsewhere: ask, rather than authorize for it again and again.
  if (purpose === 'switch-tenant' && requestedTenantId) return { kind: 'choose-tenant' };
  if (tenants.length === 1) {
    const only = tenants[0]!;
    return bound ? { kind: 'start', tenant: only } : { kind: 'switch-tenant', tenant: only };
  }
  return { kind: 'choose-tenant' };
}

/** Choosing on the tenant screen: go on if the tokens already fit, otherwise authorize for that tenant. */
export function stepForChosenTenant(chosen: TenantRef, boundTenantId: string | null): NextStep {
  return sameTenantId(chosen.id, boundTenantId)
    ? { kind: 'start', tenant: chosen }
    : { kind: 'switch-tenant', tenant: chosen };
}
