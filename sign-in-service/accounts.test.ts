import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDirectory, hashPassword, loadDirectory, SeedError, verifyPassword } from './accounts.ts';
import { defaultSeedPath } from './options.ts';
import { bindTenant, requestedTenant } from './tenant-binding.ts';

const hash = 'scrypt$16384$8$1$iAUqwS5LpKbHokproPKMnQ$TWKAslGVGqDw0tzsZ5-O0uCqQIASaMj8rV9FE5LO1D0';

function seed(overrides: { tenants?: unknown[]; accounts?: unknown[] } = {}) {
  return {
    tenants: overrides.tenants ?? [{ ctx: 'Cust1', companyName: 'One AS', state: 'Running' }],
    accounts: overrides.accounts ?? [
      {
        email: 'a@example.com',
        name: 'A',
        initials: 'A',
        passwordHash: hash,
        memberships: [{ ctx: 'Cust1', associateId: 1 }],
      },
    ],
  };
}

describe('the shipped seed', () => {
  it('holds the four demo accounts and five tenants of the product description, password "demo"', async () => {
    const directory = await loadDirectory(defaultSeedPath);
    const table = directory.accounts.map((account) => [
      account.email,
      account.memberships.map((m) => `${m.tenant.ctx} ${m.tenant.companyName} (${m.tenant.state})`),
    ]);
    expect(table).toEqual([
      ['anna@example.com', ['Cust10001 Nordic Sales AS (Running)']],
      [
        'bjorn@example.com',
        [
          'Cust20001 Fjord Consulting (Running)',
          'Cust20002 Bergen Marine (Running)',
          'Cust20003 Oslo Retail (OnlineMaintenance)',
        ],
      ],
      ['carla@example.com', ['Cust30001 Arctic Supplies (Suspended)']],
      ['dag@example.com', []],
    ]);
    for (const account of directory.accounts) {
      expect(account.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(account, 'demo')).toBe(true);
    }
  });
});

describe('seed validation', () => {
  it.each([
    [{ tenants: 'x' }, '"tenants" must be an array'],
    [
      seed({ tenants: [{ ctx: 'Cust1', companyName: 'One', state: 'Sleeping' }] }),
      'tenants[0].state must be one of',
    ],
    [seed({ tenants: [{ ctx: '12 x', companyName: 'One', state: 'Running' }] }), 'tenants[0].ctx "12 x"'],
    [
      seed({ accounts: [{ email: 'nope', name: 'A', initials: 'A', passwordHash: hash }] }),
      'accounts[0].email "nope"',
    ],
    [
      seed({ accounts: [{ email: 'a@b.c', name: 'A', initials: 'A', passwordHash: 'demo' }] }),
      'hash-password.ts',
    ],
    [
      seed({
        accounts: [
          {
            email: 'a@b.c',
            name: 'A',
            initials: 'A',
            passwordHash: hash,
            memberships: [{ ctx: 'Cust9', associateId: 1 }],
          },
        ],
      }),
      'accounts[0].memberships[0].ctx "Cust9" is not in "tenants"',
    ],
    [
      seed({
        accounts: [
          {
            email: 'a@b.c',
            name: 'A',
            initials: 'A',
            passwordHash: hash,
            memberships: [{ ctx: 'Cust1', associateId: 0 }],
          },
        ],
      }),
      'associateId must be a positive whole number',
    ],
    [
      seed({
        accounts: [
          { email: 'a@b.c', name: 'A', initials: 'A', passwordHash: hash },
          { email: 'A@B.C', name: 'B', initials: 'B', passwordHash: hash },
        ],
      }),
      'accounts[1].email "a@b.c" is listed twice',
    ],
  ])('explains what is wrong: %#', (input, message) => {
    expect(() => buildDirectory(input, 'seed.json')).toThrow(SeedError);
    expect(() => buildDirectory(input, 'seed.json')).toThrow(message);
  });

  it('names the file when it is missing or not JSON', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'seed-'));
    await expect(loadDirectory(join(folder, 'missing.json'))).rejects.toThrow(
      /missing\.json cannot be read \(ENOENT\)/,
    );
    await writeFile(join(folder, 'broken.json'), '{ "tenants": [');
    await expect(loadDirectory(join(folder, 'broken.json'))).rejects.toThrow(
      /broken\.json is not valid JSON/,
    );
  });
});

describe('passwords', () => {
  it('hashes with scrypt and checks in constant shape', async () => {
    const encoded = await hashPassword('correct horse');
    const account = buildDirectory(
      seed({ accounts: [{ email: 'a@b.c', name: 'A', initials: 'A', passwordHash: encoded }] }),
    ).account('A@B.C');
    expect(account).toBeDefined();
    expect(await verifyPassword(account, 'correct horse')).toBe(true);
    expect(await verifyPassword(account, 'correct horse ')).toBe(false);
    expect(await verifyPassword(undefined, 'correct horse')).toBe(false);
  });
});

describe('tenant choice', () => {
  const directory = buildDirectory(
    seed({
      tenants: [
        { ctx: 'Cust1', companyName: 'One', state: 'Running' },
        { ctx: 'Cust2', companyName: 'Two', state: 'Running' },
      ],
      accounts: [
        {
          email: 'a@b.c',
          name: 'A',
          initials: 'A',
          passwordHash: hash,
          memberships: [
            { ctx: 'Cust1', associateId: 1 },
            { ctx: 'Cust2', associateId: 2 },
          ],
        },
        { email: 'none@b.c', name: 'N', initials: 'N', passwordHash: hash },
      ],
    }),
  );
  const account = directory.account('a@b.c');
  const nobody = directory.account('none@b.c');

  it('reads the tenant from acr_values', () => {
    expect(requestedTenant('tenant:Cust2')).toBe('Cust2');
    expect(requestedTenant('urn:other tenant:Cust2 tenant:Cust1')).toBe('Cust2');
    expect(requestedTenant('tenant:')).toBeUndefined();
    expect(requestedTenant(undefined)).toBeUndefined();
  });

  it('binds the requested tenant, else the first, and refuses others', () => {
    if (!account || !nobody) throw new Error('seed');
    expect(bindTenant(account, 'tenant:Cust2')).toMatchObject({ ok: true, acr: 'tenant:Cust2' });
    expect(bindTenant(account, undefined)).toMatchObject({ ok: true, acr: 'tenant:Cust1' });
    expect(bindTenant(account, 'tenant:Cust3')).toEqual({ ok: false, requested: 'Cust3' });
    expect(bindTenant(nobody, undefined)).toEqual({ ok: true, membership: undefined, acr: undefined });
    expect(bindTenant(nobody, 'tenant:Cust1')).toEqual({ ok: false, requested: 'Cust1' });
  });
});
