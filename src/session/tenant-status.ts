import { urlProblem } from '../shared/config.ts';
import { isTenantId, sameTenantId } from '../shared/tenant-ref.ts';

/** The states SuperOffice's tenant status API reports. */
export const TENANT_STATES = [
  'Unknown',
  'Provisioning',
  'Running',
  'Deleted',
  'Suspended',
  'OnlineMaintenance',
  'OfflineMaintenance',
  'ProvisioningFailed',
  'Deleting',
  'DeleteFailed',
  'MigrationPending',
] as const;

export type TenantState = (typeof TENANT_STATES)[number];

/** A tenant's status answer, checked: URLs are safe to call, or '' when the tenant is not running. */
export interface TenantStatus {
  id: string;
  state: TenantState;
  /** The tenant's web client. */
  endpoint: string;
  /** The tenant's REST API base, without a trailing slash. */
  api: string;
  /** Epoch ms after which the answer must be fetched again (the tenant may have moved host); null = unknown. */
  validUntil: number | null;
}

/** The status answer cannot be used: wrong tenant, unsafe URLs or not a status at all. */
export class TenantStatusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TenantStatusError';
  }
}

export type Availability = 'available' | 'flagged' | 'unavailable';

/** However far ahead ValidUntil says, ask again within a day: a wrong clock must not pin an old host. */
export const MAX_STATUS_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** The status API address for one tenant. */
export function tenantStatusUrl(template: string, tenantId: string): string {
  if (!isTenantId(tenantId)) throw new TypeError(`Not a tenant id: ${JSON.stringify(String(tenantId))}`);
  if (!template.includes('{ctx}')) throw new TypeError('The status URL template has no {ctx}');
  return template.replace('{ctx}', () => encodeURIComponent(tenantId));
}

/** Checks a status API answer for the tenant asked about; throws TenantStatusError when it cannot be used. */
export function parseTenantStatus(json: unknown, expectedId: string, now: number = Date.now()): TenantStatus {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new TenantStatusError('The tenant status answer is not an object');
  }
  const answer = json as Record<string, unknown>;

  const id = answer.ContextIdentifier;
  // Answers for another tenant would send the user to someone else's database.
  if (!isTenantId(id) || !sameTenantId(id, expectedId)) {
    throw new TenantStatusError('The tenant status answer is not for the tenant asked about');
  }

  const state = TENANT_STATES.find((known) => known === answer.State) ?? 'Unknown';
  // The app opens these URLs whenever the tenant looks usable (by its state or IsRunning), so then they must be there.
  const needsUrls = answer.IsRunning === true || tenantAvailability({ state }) !== 'unavailable';

  return {
    id,
    state,
    endpoint: tenantUrl(answer.Endpoint, 'Endpoint', needsUrls),
    api: tenantUrl(answer.Api, 'Api', needsUrls).replace(/\/+$/, ''),
    validUntil: validUntil(answer.ValidUntil, now),
  };
}

/** Running → available; OnlineMaintenance → flagged (usable, with a notice); everything else → unavailable. */
export function tenantAvailability(status: Pick<TenantStatus, 'state'>): Availability {
  if (status.state === 'Running') return 'available';
  return status.state === 'OnlineMaintenance' ? 'flagged' : 'unavailable';
}

/** Whether the answer's addresses may still be used; after ValidUntil the tenant may have moved host. */
export function isStatusFresh(status: TenantStatus, now: number): boolean {
  return status.validUntil !== null && now < status.validUntil;
}

function tenantUrl(value: unknown, field: string, required: boolean): string {
  if ((value === undefined || value === null || value === '') && !required) return '';
  const problem = typeof value === 'string' ? urlProblem(value) : 'must be a URL';
  if (problem) throw new TenantStatusError(`The tenant status ${field} ${problem}`);
  // Use the URL exactly as it was checked, not the raw text around it.
  return new URL(value as string).href;
}

function validUntil(value: unknown, now: number): number | null {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(time)) return null;
  return Number.isFinite(now) ? Math.min(time, now + MAX_STATUS_LIFETIME_MS) : time;
}
