// The tenants a signed-in user may choose from, read from the id_token's claims.
import type { ClaimNames, TenantSource } from '../shared/config.ts';
import { sameTenantId, toTenantRef, type TenantRef } from '../shared/tenant-ref.ts';

/** More tenants than anyone can choose from means the claim is broken or hostile. */
export const MAX_TENANTS = 500;

/** The tenants a signed-in user may choose from, from the id_token claims. */
export function tenantsFromClaims(
  claims: Record<string, unknown>,
  names: ClaimNames,
  source: TenantSource,
): TenantRef[] {
  if (typeof claims !== 'object' || claims === null) return [];
  const listed = source === 'tenants-claim' ? tenantArray(claims[names.tenants]) : null;
  if (listed) return uniqueTenants(listed);
  const bound = toTenantRef(claims[names.ctx], claims[names.companyName]);
  return bound ? [bound] : [];
}

/** The tenant the current tokens are bound to (the ctx claim), or null. */
export function boundTenantId(claims: Record<string, unknown>, names: ClaimNames): string | null {
  if (typeof claims !== 'object' || claims === null) return null;
  return toTenantRef(claims[names.ctx], '')?.id ?? null;
}

/** The tenants claim as an array, also when the provider sent it JSON-encoded; null when it is neither. */
function tenantArray(claim: unknown): unknown[] | null {
  if (typeof claim === 'string') {
    try {
      claim = JSON.parse(claim);
    } catch {
      return null;
    }
  }
  return Array.isArray(claim) ? claim : null;
}

function uniqueTenants(entries: unknown[]): TenantRef[] {
  const tenants: TenantRef[] = [];
  // Context ids are case-insensitive at SuperOffice, so Cust1 and cust1 are one tenant.
  for (const entry of entries) {
    if (tenants.length >= MAX_TENANTS) break;
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const tenant = toTenantRef(record.ctx, record.company_name);
    if (!tenant || tenants.some((known) => sameTenantId(known.id, tenant.id))) continue;
    tenants.push(tenant);
  }
  return tenants;
}
