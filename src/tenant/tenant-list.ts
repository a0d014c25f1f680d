import type { ClaimNames, TenantSource } from '../shared/config.ts';

/** A tenant (a SuperOffice customer database) as the user chooses it: its context id and company name. */
export interface TenantRef {
  id: string;
  name: string;
}

/** More tenants than anyone can choose from means the claim is broken or hostile. */
export const MAX_TENANTS = 500;
/** Longer names are cut: they are for display only. */
export const MAX_TENANT_NAME_LENGTH = 200;

/** A SuperOffice context identifier such as `Cust12345`; safe in a URL path and in `acr_values`. */
export function isTenantId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value);
}

/** A clean TenantRef from untrusted id and name values, or null when the id is not a tenant id. */
export function toTenantRef(id: unknown, name: unknown): TenantRef | null {
  const trimmedId = typeof id === 'string' ? id.trim() : id;
  if (!isTenantId(trimmedId)) return null;
  const trimmedName = typeof name === 'string' ? name.trim() : '';
  // Cut at a code point, never inside a surrogate pair.
  const shortName = trimmedName
    .slice(0, MAX_TENANT_NAME_LENGTH)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trimEnd();
  return { id: trimmedId, name: shortName || trimmedId };
}

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
  const seen = new Set<string>();
  for (const entry of entries) {
    if (tenants.length >= MAX_TENANTS) break;
    if (typeof entry !== 'object' || entry === null) continue;
    const record = entry as Record<string, unknown>;
    const tenant = toTenantRef(record.ctx, record.company_name);
    if (!tenant || seen.has(tenant.id.toLowerCase())) continue;
    seen.add(tenant.id.toLowerCase());
    tenants.push(tenant);
  }
  return tenants;
}
