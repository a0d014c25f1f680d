import { isRecord } from './is-record.ts';
import { toTenantRef, type TenantRef } from './tenant-ref.ts';

export const REMEMBERED_LOGIN_SCHEMA = 2;

/** Who signed in last and with which tenant, so "Log in" can go straight back there. */
export interface RememberedLogin {
  schema: 2;
  /** Lower-case; '' when no usable address was remembered. */
  email: string;
  tenant: TenantRef | null;
  /** The Onsite server this login is at, as stored (signInServiceFor checks it before use); null for Online. */
  server: Record<string, unknown> | null;
}

/** Pragmatic check: one @, something before it, a dot inside the domain, no spaces, at most 254 characters. */
export function isEmailAddress(value: string): boolean {
  return (
    typeof value === 'string' && value.length <= 254 && /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@]*[^\s@.]$/.test(value)
  );
}

/** The record to store after a sign-in; values that could not be read back are left out. */
export function rememberLogin(
  email: string,
  tenant: TenantRef | null,
  server: object | null = null,
): RememberedLogin {
  return {
    schema: REMEMBERED_LOGIN_SCHEMA,
    email: normalEmail(email),
    tenant: tenant && toTenantRef(tenant.id, tenant.name),
    server: isRecord(server) ? server : null,
  };
}

/** Reads a stored value of any age or shape; returns null only when nothing usable is in it. Never throws. */
export function parseRememberedLogin(raw: unknown): RememberedLogin | null {
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  // Every schema is read field by field, so one bad field never costs the others (schema 1 had
  // tenantId/tenantName; later schemas are read as if they were schema 2; a chosenAt they kept is dropped).
  const record = raw as Record<string, unknown>;
  const stored = record.tenant;
  const tenant =
    typeof stored === 'object' && stored !== null
      ? toTenantRef((stored as Record<string, unknown>).id, (stored as Record<string, unknown>).name)
      : toTenantRef(record.tenantId, record.tenantName);
  const email = normalEmail(record.email);
  if (!email && !tenant) return null;
  const server = isRecord(record.server) ? record.server : null;
  return { schema: REMEMBERED_LOGIN_SCHEMA, email, tenant, server };
}

function normalEmail(value: unknown): string {
  const email = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return isEmailAddress(email) ? email : '';
}
