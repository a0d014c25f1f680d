// A tenant as the app names it: its SuperOffice context id and company name, checked, and compared one way.

/** A tenant (a SuperOffice customer database) as the user chooses it: its context id and company name. */
export interface TenantRef {
  id: string;
  name: string;
}

/** Longer names are cut: they are for display only. */
export const MAX_TENANT_NAME_LENGTH = 200;

/** A SuperOffice context identifier such as `Cust12345`; safe in a URL path and in `acr_values`. */
export function isTenantId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value);
}

/**
 * Whether two context ids name the same tenant. SuperOffice treats them case-insensitively (`Cust12345` and
 * `cust12345` open the same database, and SuperID's claims and the status API do not always agree on case), so
 * they are compared without case; anything that is not a tenant id matches nothing, not even itself.
 */
export function sameTenantId(a: unknown, b: unknown): boolean {
  return isTenantId(a) && isTenantId(b) && a.toLowerCase() === b.toLowerCase();
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
