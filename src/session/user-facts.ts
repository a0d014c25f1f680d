// What the app needs to know from a signed-in user's id_token claims, read in one place.
import type { IdentityConfig } from '../shared/config.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';
import { boundTenantId, tenantsFromClaims } from './tenant-list.ts';

export interface UserFacts {
  email: string;
  name: string;
  tenants: TenantRef[];
  boundTenantId: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function userFacts(claims: Record<string, unknown>, identity: IdentityConfig): UserFacts {
  const { claims: names, tenantSource } = identity;
  const email = text(claims[names.email]) || text(claims.email) || text(claims.sub);
  return {
    email: email.toLowerCase(),
    name: text(claims[names.name]) || email,
    tenants: tenantsFromClaims(claims, names, tenantSource),
    boundTenantId: boundTenantId(claims, names),
  };
}
