// Where a person chooses another company, by where the list of their companies lives. With a tenants claim the app
// has the list and asks on its own Choose company screen. With a ctx claim (SuperID) the token names one company and
// only the sign-in service knows the others: a new authorization WITHOUT acr_values shows its own choice, and its
// session spares the password. Never prompt=none there: that cannot show a page (the service answers
// interaction_required).
import type { TenantSource } from '../shared/config.ts';
import { sameTenantId } from '../shared/tenant-ref.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';
import type { SignInOptions, SignInPurpose } from './auth.ts';

export type CompanySwitch =
  | { kind: 'app-screen' }
  | { kind: 'sign-in-service'; request: SignInOptions & { purpose: 'choose-at-service' } };

export interface SwitchFrom {
  /** The signed-in email, so the service can fill it in if its session has ended meanwhile. */
  email?: string;
  /** The company being left (one that is not running, say). */
  fromTenantId?: string;
}

export function companySwitch(source: TenantSource, { email, fromTenantId }: SwitchFrom = {}): CompanySwitch {
  if (source === 'tenants-claim') return { kind: 'app-screen' };
  return {
    kind: 'sign-in-service',
    request: {
      purpose: 'choose-at-service',
      ...(email ? { loginHint: email } : {}),
      ...(fromTenantId ? { fromTenantId } : {}),
    },
  };
}

/**
 * Task → Switch company: where, or null when the app knows there is nothing to switch to. With the ctx claim the
 * app cannot count the companies, so the service, which knows, is always asked.
 */
export function switchFromTaskMenu(
  source: TenantSource,
  tenantCount: number,
  email: string,
): CompanySwitch | null {
  if (source === 'tenants-claim' && tenantCount <= 1) return null;
  return companySwitch(source, { email });
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

export interface OtherCompanies {
  source: TenantSource;
  /** The companies the tokens list (a ctx claim lists only its own). */
  tenantCount: number;
  boundTenantId: string | null;
  /** The sign-in that gave these tokens, as started (oidc-client-ts keeps it with the session). */
  signIn: SignInPurpose | undefined;
}

/**
 * Whether "Choose another company" can lead anywhere. With a tenants claim: when it lists another. With a ctx claim
 * the app cannot count them, so yes, unless the service's own choice just gave back the very company the person
 * asked to leave: it never offers one that is not running, so it had no other.
 */
export function mayChooseAnotherCompany({
  source,
  tenantCount,
  boundTenantId,
  signIn,
}: OtherCompanies): boolean {
  if (source === 'tenants-claim') return tenantCount > 1;
  const cameBack =
    signIn?.purpose === 'choose-at-service' && sameTenantId(signIn.fromTenantId, boundTenantId);
  return !cameBack;
}
