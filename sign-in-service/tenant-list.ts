// What the tenant choice page lists for a person with many tenants (a consultant may have hundreds): the last one
// used first, then by company name; a search finds a tenant by any part of its name or id, typed loosely.
import { runningStates, type Membership, type TenantState } from './accounts.ts';

export interface TenantListing {
  /** At most `limit` of the matches, in order. */
  shown: Membership[];
  /** How many match the query (all of them without one). */
  matching: number;
  total: number;
}

export interface ListOptions {
  query: string;
  /** The tenant the person last signed in to, if any. */
  last: string | undefined;
  limit: number;
}

/** Lower case without accents, Norwegian letters spelled out, so "tromso" finds Tromsø and "aalesund" Ålesund. */
export function searchable(text: string): string {
  return text
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
}

/** Every word of the query must appear in the company name or the tenant id. */
export function listTenants(memberships: Membership[], { query, last, limit }: ListOptions): TenantListing {
  const words = searchable(query).split(/\s+/).filter(Boolean);
  const matches = memberships.filter(({ tenant }) => {
    const text = searchable(`${tenant.companyName} ${tenant.ctx}`);
    return words.every((word) => text.includes(word));
  });
  const ordered = [...matches].sort(
    (a, b) =>
      Number(b.tenant.ctx === last) - Number(a.tenant.ctx === last) ||
      a.tenant.companyName.localeCompare(b.tenant.companyName, 'nb'),
  );
  return { shown: ordered.slice(0, limit), matching: matches.length, total: memberships.length };
}

/** SuperOffice's eleven states in the six ways a person needs told apart. */
export type StatusGroup =
  'running' | 'onlineMaintenance' | 'offlineMaintenance' | 'suspended' | 'deleted' | 'notReady';

export function statusGroup(state: TenantState): StatusGroup {
  switch (state) {
    case 'Running':
      return 'running';
    case 'OnlineMaintenance':
      return 'onlineMaintenance';
    case 'OfflineMaintenance':
      return 'offlineMaintenance';
    case 'Suspended':
      return 'suspended';
    case 'Deleted':
    case 'Deleting':
    case 'DeleteFailed':
      return 'deleted';
    case 'Unknown':
    case 'Provisioning':
    case 'ProvisioningFailed':
    case 'MigrationPending':
      return 'notReady';
  }
}

/** Only a running tenant (also in online maintenance) can be chosen, as SuperOffice's IsRunning says. */
export const canChoose = (membership: Membership) => runningStates.has(membership.tenant.state);
