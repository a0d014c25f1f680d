// The start page's last answer per user and tenant, so a relaunch or an offline start shows it at once.
import { sealedStore } from '../storage/vault.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';
import { isStatusFresh, type TenantStatus } from './tenant-status.ts';
import type { Principal } from './current-principal.ts';
import { clearStartPageSnapshot } from '../storage/start-page-snapshot.ts';
import { isRecord } from '../shared/is-record.ts';

export interface StartData {
  principal: Principal;
  tenant: TenantRef;
  status: TenantStatus;
  fetchedAt: number;
}

/** Sealed while fingerprint or face is on: who is signed in and their company's status are the person's. */
export const startPageCache = sealedStore('cache');

export const cacheKey = (email: string, tenantId: string) => `start:${email}:${tenantId}`;

/** Whether a cached record still has the shape the start page renders (an older app may have written it). */
function isStartData(value: unknown): value is StartData {
  if (!isRecord(value)) return false;
  const { principal, tenant, status, fetchedAt } = value;
  return (
    isRecord(principal) &&
    typeof principal.fullName === 'string' &&
    isRecord(tenant) &&
    typeof tenant.id === 'string' &&
    typeof tenant.name === 'string' &&
    isRecord(status) &&
    typeof status.state === 'string' &&
    typeof fetchedAt === 'number'
  );
}

/**
 * A cached page as it may be shown now. Past its status's ValidUntil the tenant may have moved host: the page keeps
 * who and which company, without the addresses, until a fresh status answer brings them again.
 */
function asShownAt(data: StartData, now: number): StartData {
  if (isStatusFresh(data.status, now)) return data;
  return { ...data, status: { ...data.status, endpoint: '', api: '' } };
}

/** The cached start data for this user and tenant, or null when there is none usable. */
export async function cachedStartData(
  email: string,
  tenantId: string,
  now = Date.now(),
): Promise<StartData | null> {
  const cached = await startPageCache.get(cacheKey(email, tenantId));
  return isStartData(cached) ? asShownAt(cached, now) : null;
}

/** Every cached start page by key, read in one request (before it is known whose page is wanted). */
export async function allCachedStartData(now = Date.now()): Promise<Map<string, StartData>> {
  const cached = await startPageCache.entries();
  return new Map(
    cached.flatMap(([key, data]) =>
      isStartData(data) ? [[String(key), asShownAt(data, now)] as const] : [],
    ),
  );
}

/** Every kept start page, in the database and the relaunch snapshot: name and company leave with the session. */
export async function forgetStartPages(): Promise<void> {
  clearStartPageSnapshot();
  await startPageCache.clear();
}
