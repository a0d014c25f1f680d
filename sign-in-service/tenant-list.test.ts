import { describe, expect, it } from 'vitest';
import { buildDirectory, tenantStates, type TenantState } from './accounts.ts';
import { canChoose, listTenants, searchable, statusGroup } from './tenant-list.ts';

const hash = 'scrypt$16384$8$1$iAUqwS5LpKbHokproPKMnQ$TWKAslGVGqDw0tzsZ5-O0uCqQIASaMj8rV9FE5LO1D0';
const consultant = buildDirectory({
  tenants: [
    { ctx: 'Cust7', companyName: 'Zeta Bygg AS', state: 'Running' },
    { ctx: 'Cust3', companyName: 'Tromsø Fisk AS', state: 'Running' },
    { ctx: 'Cust12', companyName: 'Ålesund Marine AS', state: 'Suspended' },
  ],
  generatedTenants: { firstId: 50001, count: 300 },
  accounts: [
    {
      email: 'kari@partner.example',
      name: 'Kari',
      initials: 'K',
      passwordHash: hash,
      memberships: [
        { ctx: 'Cust7', associateId: 1 },
        { ctx: 'Cust3', associateId: 1 },
        { ctx: 'Cust12', associateId: 1 },
      ],
      memberOfGeneratedTenants: { associateId: 1 },
    },
  ],
}).account('kari@partner.example')!;

const names = (query: string, last?: string, limit = 5) =>
  listTenants(consultant.memberships, { query, last, limit }).shown.map((m) => m.tenant.companyName);

describe('the tenant list of the choice page', () => {
  it.each<[string, string, string | undefined, string[]]>([
    [
      'by company name, a page at a time',
      '',
      undefined,
      [
        'Alta Bygg AS',
        'Alta Consulting Partner AS',
        'Alta Data Gruppen AS',
        'Alta Eiendom AS',
        'Alta Elektro Partner AS',
      ],
    ],
    [
      'the last one used first',
      '',
      'Cust7',
      [
        'Zeta Bygg AS',
        'Alta Bygg AS',
        'Alta Consulting Partner AS',
        'Alta Data Gruppen AS',
        'Alta Eiendom AS',
      ],
    ],
    ['by any part of the name', 'zeta', undefined, ['Zeta Bygg AS']],
    [
      'typed without Norwegian letters',
      'tromso fisk',
      undefined,
      ['Tromsø Fisk AS', 'Tromsø Fisk Service AS'],
    ],
    ['with å as aa', 'aalesund marine', undefined, ['Ålesund Marine AS', 'Ålesund Marine Service AS']],
    ['by the id', 'CUST50123', undefined, ['Bodø Frakt AS']],
    ['by the id’s digits', '50123', undefined, ['Bodø Frakt AS']],
    [
      'with every word, in Norwegian order',
      'bygg partner',
      undefined,
      [
        'Hamar Bygg Partner AS',
        'Harstad Bygg Partner AS',
        'Haugesund Bygg Partner AS',
        'Trondheim Bygg Partner AS',
        'Ålesund Bygg Partner AS',
      ],
    ],
    ['finding nothing', 'oslo', undefined, []],
  ])('lists %s', (_, query, last, expected) => {
    expect(names(query, last)).toEqual(expected);
  });

  it('says how many match and how many there are', () => {
    expect(listTenants(consultant.memberships, { query: '', last: undefined, limit: 25 })).toMatchObject({
      matching: 303,
      total: 303,
    });
    const bygg = listTenants(consultant.memberships, { query: 'bygg', last: undefined, limit: 25 });
    expect(bygg.matching).toBe(21);
    expect(bygg.shown).toHaveLength(21);
  });

  it('folds case, accents and Norwegian letters for searching', () => {
    expect(searchable('Ålesund Bodø Ærø Café')).toBe('aalesund bodo aero cafe');
  });

  it('lets only running tenants be chosen, and sorts every state into a reason a person understands', () => {
    const chosen = (state: TenantState) => canChoose({ tenant: { state } } as never);
    expect(tenantStates.filter(chosen)).toEqual(['Running', 'OnlineMaintenance']);
    expect(Object.fromEntries(tenantStates.map((state) => [state, statusGroup(state)]))).toEqual({
      Unknown: 'notReady',
      Provisioning: 'notReady',
      Running: 'running',
      Deleted: 'deleted',
      Suspended: 'suspended',
      OnlineMaintenance: 'onlineMaintenance',
      OfflineMaintenance: 'offlineMaintenance',
      ProvisioningFailed: 'notReady',
      Deleting: 'deleted',
      DeleteFailed: 'deleted',
      MigrationPending: 'notReady',
    });
  });
});
