// Task menu → Switch company: where the new company is chosen depends on where the app's tenant list comes from.
import type { TenantSource } from '../shared/config.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';
import type { SignInOptions } from './auth.ts';

export type CompanySwitch =
  /** The tenants claim lists them: the app's own Choose company, then switchRequest() for a new one. */
  | { kind: 'choose-here' }
  /** One tenant per token (SuperID's shape): the sign-in service's own choice page, by this request. */
  | { kind: 'choose-at-service'; request: SignInOptions };

/**
 * How this person switches company, or null when the app knows there is nothing to switch to. With the ctx claim
 * the app cannot know how many companies there are, so the service, which knows, is always asked.
 */
export function companySwitch(source: TenantSource, tenants: number, email: string): CompanySwitch | null {
  if (source === 'ctx-claim') {
    // No acr_values: the service shows its choice (no password while its session lives). No prompt=none, which
    // would forbid that page.
    return { kind: 'choose-at-service', request: { purpose: 'switch-tenant', loginHint: email } };
  }
  return tenants > 1 ? { kind: 'choose-here' } : null;
}

/** The authorization that binds the session to a company chosen in the app: no page, so no password, while the
 * service's session lives (prompt=none answers login_required when it has ended). */
export function switchRequest(tenant: TenantRef, email: string, returnTo?: string): SignInOptions {
  return {
    purpose: 'switch-tenant',
    tenantId: tenant.id,
    prompt: 'none',
    loginHint: email,
    ...(returnTo ? { returnTo } : {}),
  };
}
