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
  it('keeps the four demo accounts of the product description, password "demo"', async () => {
    const directory = await loadDirectory(defaultSeedPath);
    const table = directory.accounts
      .slice(0, 4)
      .map((account) => [
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
    for (const account of directory.accounts.slice(0, 4)) {
      expect(account.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword(account, 'demo')).toBe(true);
    }
  });

  it('has frida, federated through company-idp, in two tenants, with no password here', async () => {
    const directory = await loadDirectory(defaultSeedPath);
    expect(directory.federatedDomains).toEqual(new Map([['fjord.example', 'company-idp']]));
    const frida = directory.account('frida@fjord.example');
    expect(frida).toMatchObject({ federated: true, passwordHash: undefined });
    expect(frida?.memberships.map((m) => m.tenant.companyName)).toEqual([
      'Fjord Shipping AS',
      'Fjord Logistics AS',
    ]);
    expect(await verifyPassword(frida, 'demo')).toBe(false);
  });

  it('has kari, a consultant in 300 tenants, password "demo"', async () => {
    const directory = await loadDirectory(defaultSeedPath);
    const kari = directory.account('kari@partner.example');
    expect(await verifyPassword(kari, 'demo')).toBe(true);
    const ids = kari?.memberships.map((m) => m.tenant.ctx);
    expect(ids).toHaveLength(300);
    expect(ids?.[0]).toBe('Cust50001');
    expect(ids?.[299]).toBe('Cust50300');
    const names = new Set(kari?.memberships.map((m) => m.tenant.companyName));
    expect(names.size).toBe(300);
    expect(kari?.memberships.filter((m) => m.tenant.state !== 'Running').length).toBeGreaterThan(0);
    expect(kari?.memberships.every((m) => m.associateId === 77)).toBe(true);
  });

  it('gives bjorn’s Bergen Marine an Autologout time of 5 and his Oslo Retail Disable autologin', async () => {
    const directory = await loadDirectory(defaultSeedPath);
    const mobile = (ctx: string) =>
      Object.fromEntries(directory.tenant(ctx)?.preferences.get('Mobile CRM') ?? []);
    expect(mobile('Cust20002')).toEqual({ 'Autologout time': '5' });
    expect(mobile('Cust20003')).toEqual({ 'Disable autologin': '1' });
    expect(mobile('Cust10001')).toEqual({});
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
    [
      { ...seed(), generatedTenants: { firstId: 1, count: 100000 } },
      '"generatedTenants".count must be a whole number from 0 to 300',
    ],
    [
      { ...seed(), generatedTenants: { firstId: 1, count: 2 } },
      '"generatedTenants" makes Cust1, which "tenants" lists already',
    ],
    [
      { ...seed(), federatedDomains: [{ domain: 'not a domain', provider: 'x' }] },
      'federatedDomains[0].domain',
    ],
    [
      seed({ accounts: [{ email: 'a@b.c', name: 'A', initials: 'A', federated: true }] }),
      'accounts[0].federated needs "b.c" in "federatedDomains"',
    ],
    [
      {
        ...seed({ accounts: [{ email: 'a@b.c', name: 'A', initials: 'A', passwordHash: hash }] }),
        federatedDomains: [{ domain: 'b.c', provider: 'idp' }],
      },
      'accounts[0].email is on the federated domain "b.c": mark the account "federated": true',
    ],
    [
      {
        ...seed({
          accounts: [{ email: 'a@b.c', name: 'A', initials: 'A', federated: true, passwordHash: hash }],
        }),
        federatedDomains: [{ domain: 'b.c', provider: 'idp' }],
      },
      'accounts[0].passwordHash must be left out',
    ],
    [
      seed({ tenants: [{ ctx: 'Cust1', companyName: 'One', state: 'Running', preferences: ['x'] }] }),
      'tenants[0].preferences must be an object of sections',
    ],
    [
      seed({
        tenants: [
          { ctx: 'Cust1', companyName: 'One', state: 'Running', preferences: { 'Mobile CRM': { Time: 5 } } },
        ],
      }),
      'tenants[0].preferences.Mobile CRM.Time must be a string',
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
    expect(bindTenant(account, 'tenant:Cust2')).toMatchObject({
      ok: true,
      acr: 'tenant:Cust2',
      settled: true,
    });
    expect(bindTenant(account, undefined)).toMatchObject({ ok: true, acr: 'tenant:Cust1', settled: false });
    expect(bindTenant(account, 'tenant:Cust3')).toEqual({ ok: false, requested: 'Cust3' });
    expect(bindTenant(nobody, undefined)).toEqual({
      ok: true,
      membership: undefined,
      acr: undefined,
      settled: false,
    });
    expect(bindTenant(nobody, 'tenant:Cust1')).toEqual({ ok: false, requested: 'Cust1' });
  });

  it('binds the tenant chosen on the service’s page when acr_values names none', () => {
    if (!account) throw new Error('seed');
    expect(bindTenant(account, undefined, 'Cust2')).toMatchObject({
      ok: true,
      acr: 'tenant:Cust2',
      settled: true,
    });
    expect(bindTenant(account, 'tenant:Cust1', 'Cust2')).toMatchObject({ acr: 'tenant:Cust1' });
    expect(bindTenant(account, undefined, 'Cust3')).toEqual({ ok: false, requested: 'Cust3' });
  });
});
