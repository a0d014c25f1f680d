import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../build/config.ts';
import { MAX_TENANTS, boundTenantId, tenantsFromClaims } from './tenant-list.ts';
import { MAX_TENANT_NAME_LENGTH, isTenantId, type TenantRef } from '../shared/tenant-ref.ts';
import { pick, seededRandom } from '../../tests/support/seeded-random.ts';

const names = loadConfig({}).identity.claims;
const CTX = 'http://schemes.superoffice.net/identity/ctx';
const COMPANY = 'http://schemes.superoffice.net/identity/company_name';

/** The claims of a token bound to Cust20001 for a user with three tenants. */
const bjorn = {
  sub: 'bjorn@example.com',
  [CTX]: 'Cust20001',
  [COMPANY]: 'Fjord Consulting',
  tenants: [
    { ctx: 'Cust20001', company_name: 'Fjord Consulting' },
    { ctx: 'Cust20002', company_name: 'Bergen Marine' },
    { ctx: 'Cust20003', company_name: 'Oslo Retail' },
  ],
};

const fromTenantsClaim = (claims: Record<string, unknown>) =>
  tenantsFromClaims(claims, names, 'tenants-claim');

describe('tenantsFromClaims with the tenants claim', () => {
  it('offers every tenant of the user, in the provider’s order', () => {
    expect(fromTenantsClaim(bjorn)).toEqual<TenantRef[]>([
      { id: 'Cust20001', name: 'Fjord Consulting' },
      { id: 'Cust20002', name: 'Bergen Marine' },
      { id: 'Cust20003', name: 'Oslo Retail' },
    ]);
  });

  it('reads the claim when the provider sent it as a JSON string', () => {
    expect(fromTenantsClaim({ ...bjorn, tenants: JSON.stringify(bjorn.tenants) })).toEqual(
      fromTenantsClaim(bjorn),
    );
  });

  it('takes the claim name from the config', () => {
    const custom = { ...names, tenants: 'https://example.com/tenants' };
    expect(
      tenantsFromClaims({ 'https://example.com/tenants': [{ ctx: 'Cust9' }] }, custom, 'tenants-claim'),
    ).toEqual([{ id: 'Cust9', name: 'Cust9' }]);
  });

  it('skips entries whose id is not a tenant id', () => {
    const tenants = [
      { ctx: 'Cust1', company_name: 'One' },
      { ctx: '../admin', company_name: 'Path' },
      { ctx: 42, company_name: 'Number' },
      { company_name: 'No id' },
      { ctx: '', company_name: 'Empty' },
      { ctx: 'Cust2', company_name: 'Two' },
    ];
    expect(fromTenantsClaim({ tenants }).map((tenant) => tenant.id)).toEqual(['Cust1', 'Cust2']);
  });

  it('skips entries that are not objects', () => {
    const tenants = [null, 'Cust1', 7, true, ['Cust2'], undefined, { ctx: 'Cust3' }];
    expect(fromTenantsClaim({ tenants })).toEqual([{ id: 'Cust3', name: 'Cust3' }]);
  });

  it('removes duplicates, keeping the first', () => {
    const tenants = [
      { ctx: 'Cust1', company_name: 'First' },
      { ctx: 'Cust2', company_name: 'Two' },
      { ctx: 'Cust1', company_name: 'Second' },
    ];
    expect(fromTenantsClaim({ tenants })).toEqual([
      { id: 'Cust1', name: 'First' },
      { id: 'Cust2', name: 'Two' },
    ]);
  });

  it('treats ids that differ only in case as one tenant, as SuperOffice does', () => {
    const tenants = [{ ctx: 'Cust1', company_name: 'First' }, { ctx: 'CUST1' }];
    expect(fromTenantsClaim({ tenants })).toEqual([{ id: 'Cust1', name: 'First' }]);
  });

  it.each([undefined, null, '', '   ', 42, { text: 'x' }])(
    'names a tenant by its id when the name is %j',
    (name) => {
      expect(fromTenantsClaim({ tenants: [{ ctx: 'Cust1', company_name: name }] })).toEqual([
        { id: 'Cust1', name: 'Cust1' },
      ]);
    },
  );

  it('trims ids and names', () => {
    expect(
      fromTenantsClaim({ tenants: [{ ctx: ' Cust1\t', company_name: '  Nordic Sales AS \n' }] }),
    ).toEqual([{ id: 'Cust1', name: 'Nordic Sales AS' }]);
  });

  it('cuts a very long name for display, never inside a character', () => {
    const name = 'a'.repeat(MAX_TENANT_NAME_LENGTH - 1) + '😀😀';
    const [tenant] = fromTenantsClaim({ tenants: [{ ctx: 'Cust1', company_name: name }] });
    expect(tenant?.name).toBe('a'.repeat(MAX_TENANT_NAME_LENGTH - 1));
    expect(fromTenantsClaim({ tenants: [{ ctx: 'Cust1', company_name: 'b'.repeat(10_000) }] })[0]?.name).toBe(
      'b'.repeat(MAX_TENANT_NAME_LENGTH),
    );
  });

  it('offers nothing when the claim is an empty list, even if the token names a tenant', () => {
    expect(fromTenantsClaim({ ...bjorn, tenants: [] })).toEqual([]);
  });

  it.each([
    ['absent', undefined],
    ['null', null],
    ['an object', { ctx: 'Cust5' }],
    ['a number', 5],
    ['text that is not JSON', 'Cust5'],
    ['JSON that is not a list', '{"ctx":"Cust5"}'],
  ])('falls back to the token’s own tenant when the claim is %s', (_kind, claim) => {
    expect(fromTenantsClaim({ ...bjorn, tenants: claim })).toEqual([
      { id: 'Cust20001', name: 'Fjord Consulting' },
    ]);
  });

  it('offers at most 500 tenants', () => {
    const tenants = Array.from({ length: 100_000 }, (_, i) => ({
      ctx: `Cust${i}`,
      company_name: `Company ${i}`,
    }));
    const offered = fromTenantsClaim({ tenants });
    expect(MAX_TENANTS).toBe(500);
    expect(offered).toHaveLength(500);
    expect(offered[499]).toEqual({ id: 'Cust499', name: 'Company 499' });
  });

  it('still finds valid tenants after many invalid entries', () => {
    const tenants = [...Array.from({ length: 10_000 }, () => ({ ctx: '!' })), { ctx: 'Cust1' }];
    expect(fromTenantsClaim({ tenants })).toEqual([{ id: 'Cust1', name: 'Cust1' }]);
  });

  it('offers nothing when there is neither a tenants claim nor a ctx claim', () => {
    expect(fromTenantsClaim({ sub: 'dag@example.com' })).toEqual([]);
  });
});

describe('tenantsFromClaims with the ctx claim (as SuperID answers)', () => {
  const fromCtxClaim = (claims: Record<string, unknown>) => tenantsFromClaims(claims, names, 'ctx-claim');

  it('offers only the tenant the token is bound to, ignoring any tenants claim', () => {
    expect(fromCtxClaim(bjorn)).toEqual([{ id: 'Cust20001', name: 'Fjord Consulting' }]);
  });

  it('names the tenant by its id when there is no company name', () => {
    expect(fromCtxClaim({ [CTX]: 'Cust12345' })).toEqual([{ id: 'Cust12345', name: 'Cust12345' }]);
  });

  it.each([undefined, '', 'not a tenant!', 12345, ['Cust1']])(
    'offers nothing when the ctx claim is %j',
    (ctx) => {
      expect(fromCtxClaim({ [CTX]: ctx, [COMPANY]: 'Company' })).toEqual([]);
    },
  );
});

describe('boundTenantId', () => {
  it('is the ctx claim', () => {
    expect(boundTenantId(bjorn, names)).toBe('Cust20001');
  });

  it('is trimmed', () => {
    expect(boundTenantId({ [CTX]: ' Cust1 ' }, names)).toBe('Cust1');
  });

  it.each([undefined, null, '', 'Cust 1', 7, { id: 'Cust1' }])('is null when the ctx claim is %j', (ctx) => {
    expect(boundTenantId({ [CTX]: ctx }, names)).toBeNull();
  });

  it('is not taken from the tenants claim', () => {
    expect(boundTenantId({ tenants: bjorn.tenants }, names)).toBeNull();
  });
});

describe('tenantsFromClaims fuzzing', () => {
  it('returns only valid, unique tenants for 10,000 random and hostile claim sets, and never throws', () => {
    const random = seededRandom(20260223);
    let offered = 0;
    const failures: string[] = [];
    for (let run = 0; run < 10_000; run++) {
      const claims = randomClaims(random);
      const source = random() < 0.8 ? 'tenants-claim' : 'ctx-claim';
      const tenants = tenantsFromClaims(claims, names, source);
      const bound = boundTenantId(claims, names);
      const problem =
        tenantListProblem(tenants) ?? (bound === null || isTenantId(bound) ? null : `bound id ${bound}`);
      if (problem) failures.push(`run ${run}: ${problem}`);
      offered += tenants.length;
    }
    expect(failures).toEqual([]);
    // The generator must reach the paths that find tenants, not only the ones that reject.
    expect(offered).toBeGreaterThan(5_000);
  });
});

/** What is wrong with a tenant list, or null when every entry is a valid, unique TenantRef. */
function tenantListProblem(tenants: unknown): string | null {
  if (!Array.isArray(tenants)) return 'not an array';
  if (tenants.length > MAX_TENANTS) return `${tenants.length} tenants`;
  const ids = new Set<string>();
  for (const tenant of tenants as TenantRef[]) {
    if (Object.keys(tenant).sort().join() !== 'id,name') return `extra fields in ${JSON.stringify(tenant)}`;
    if (!isTenantId(tenant.id)) return `invalid id ${JSON.stringify(tenant.id)}`;
    if (typeof tenant.name !== 'string' || tenant.name !== tenant.name.trim() || tenant.name === '') {
      return `bad name ${JSON.stringify(tenant.name)}`;
    }
    if (tenant.name.length > MAX_TENANT_NAME_LENGTH) return `name of ${tenant.name.length} characters`;
    if (ids.has(tenant.id.toLowerCase())) return `duplicate ${tenant.id}`;
    ids.add(tenant.id.toLowerCase());
  }
  return null;
}

const hostileStrings = [
  '',
  ' ',
  'Cust1',
  ' Cust2 ',
  'cust1',
  'Cust-3_x',
  '-Cust',
  '../etc',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '__proto__',
  'constructor',
  '\u0000',
  '\uD800',
  '😀',
  'A'.repeat(64),
  'A'.repeat(65),
  'x'.repeat(5_000),
  '[{"ctx":"Cust7","company_name":"Seven"}]',
  '[',
  'null',
];

function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (roll < 0.35) return pick(random, hostileStrings);
  if (roll < 0.45) return pick(random, [0, -0, 1, -1, NaN, Infinity, 1e308, 2 ** 53, 0.5]);
  if (roll < 0.55) return pick(random, [null, undefined, true, false, 10n, Symbol('x')]);
  if (roll < 0.7 && depth < 3)
    return Array.from({ length: Math.floor(random() * 5) }, () => randomValue(random, depth + 1));
  if (roll < 0.85 && depth < 3) return randomTenantEntry(random, depth + 1);
  if (roll < 0.9) return Object.create(null);
  return pick(random, [new Date(NaN), new Map(), () => 'Cust1', /Cust1/]);
}

function randomTenantEntry(random: () => number, depth: number): unknown {
  const entry: Record<string, unknown> = random() < 0.1 ? Object.create(null) : {};
  if (random() < 0.9)
    entry.ctx = random() < 0.6 ? `Cust${Math.floor(random() * 50)}` : randomValue(random, depth);
  if (random() < 0.8) entry.company_name = random() < 0.5 ? 'Company' : randomValue(random, depth);
  if (random() < 0.1)
    entry[pick(random, ['__proto__', 'toString', 'id', 'name'])] = randomValue(random, depth);
  return entry;
}

function randomClaims(random: () => number): Record<string, unknown> {
  const claims: Record<string, unknown> = {};
  if (random() < 0.7) claims[CTX] = random() < 0.5 ? `Cust${Math.floor(random() * 50)}` : randomValue(random);
  if (random() < 0.7) claims[COMPANY] = randomValue(random);
  const roll = random();
  if (roll < 0.5) {
    claims.tenants = Array.from({ length: Math.floor(random() * 30) }, () =>
      random() < 0.7 ? randomTenantEntry(random, 1) : randomValue(random, 1),
    );
  } else if (roll < 0.6) {
    const list = Array.from({ length: Math.floor(random() * 5) }, () => ({
      ctx: `Cust${Math.floor(random() * 9)}`,
    }));
    claims.tenants = JSON.stringify(list);
  } else if (roll < 0.8) {
    claims.tenants = randomValue(random);
  }
  return claims;
}
