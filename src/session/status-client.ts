// Asks the tenant status API whether a tenant runs, and where its web client and API live today.
import { parseTenantStatus, tenantStatusUrl, type TenantStatus } from './tenant-status.ts';

export class StatusUnavailableError extends Error {}

export async function fetchTenantStatus(template: string, tenantId: string): Promise<TenantStatus> {
  let response: Response;
  try {
    response = await fetch(tenantStatusUrl(template, tenantId), { headers: { Accept: 'application/json' } });
  } catch {
    throw new StatusUnavailableError('The tenant status service could not be reached.');
  }
  if (response.status === 404)
    return parseTenantStatus({ ContextIdentifier: tenantId, State: 'Deleted' }, tenantId);
  if (!response.ok)
    throw new StatusUnavailableError(`The tenant status service answered ${response.status}.`);
  return parseTenantStatus(await response.json(), tenantId);
}
