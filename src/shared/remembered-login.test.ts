import { describe, expect, it } from 'vitest';
import { isRecord } from './is-record.ts';
import { isTenantId, MAX_TENANT_NAME_LENGTH } from './tenant-ref.ts';
import {
  REMEMBERED_LOGIN_SCHEMA,
  isEmailAddress,
  parseRememberedLogin,
  rememberLogin,
  type RememberedLogin,
} from './remembered-login.ts';
import { pick, seededRandom } from '../../tests/support/seeded-random.ts';

const nordic = { id: 'Cust10001', name: 'Nordic Sales AS' };

/** What the current version stores. */
const current: RememberedLogin = { schema: 2, email: 'anna@example.com', tenant: nordic, server: null };

/** What the earlier version stored (schema 1, no schema field; the time of the choice, read nowhere). */
const schemaOne = {
  email: 'anna@example.com',
  tenantId: 'Cust10001',
  tenantName: 'Nordic Sales AS',
  chosenAt: '2025-11-03T08:15:00.000Z',
};

describe('isEmailAddress', () => {
  it.each([
    'anna@example.com',
    'a.b+tag@mail.example.co.uk',
    'x@y.z',
    'ÅSE@eksempel.no',
    'a'.repeat(242) + '@example.com',
  ])('accepts %s', (email) => {
    expect(isEmailAddress(email)).toBe(true);
  });

  it.each([
    '',
    'anna',
    'anna@',
    '@example.com',
    'anna@example',
    'anna@@example.com',
    'anna@ex@ample.com',
    'an na@example.com',
    ' anna@example.com',
    'anna@example.com\n',
    'anna@.example.com',
    'anna@example.com.',
    'a'.repeat(243) + '@example.com',
  ])('rejects %j', (email) => {
    expect(isEmailAddress(email)).toBe(false);
  });

  it('rejects what is not a string', () => {
    expect(isEmailAddress(42 as unknown as string)).toBe(false);
  });
});

describe('rememberLogin', () => {
  it('makes the current record', () => {
    expect(rememberLogin('anna@example.com', nordic)).toEqual(current);
    expect(REMEMBERED_LOGIN_SCHEMA).toBe(2);
  });

  it('stores the email trimmed and in lower case', () => {
    expect(rememberLogin('  Anna@Example.COM ', nordic).email).toBe('anna@example.com');
  });

  it('stores no email when it is not an address', () => {
    expect(rememberLogin('anna', nordic).email).toBe('');
  });

  it('remembers an email without a tenant, as for a user who has none', () => {
    expect(rememberLogin('dag@example.com', null)).toEqual({
      schema: 2,
      email: 'dag@example.com',
      tenant: null,
      server: null,
    });
  });

  it('keeps the Onsite server a login is at, and reads it back', () => {
    const server = { authority: 'https://crm.example.com', metadata: { issuer: 'https://crm.example.com' } };
    const made = rememberLogin('erik@onsite.example', nordic, server);
    expect(made.server).toEqual(server);
    expect(parseRememberedLogin(JSON.parse(JSON.stringify(made)))?.server).toEqual(server);
  });

  it.each(['https://crm.example.com', 42, ['x']])(
    'reads a server that is no record (%j) as Online',
    (server) => {
      expect(parseRememberedLogin({ ...current, server })?.server).toBeNull();
    },
  );

  it('cleans the tenant as a stored one would be read back', () => {
    expect(rememberLogin('anna@example.com', { id: ' Cust1 ', name: ' ' }).tenant).toEqual({
      id: 'Cust1',
      name: 'Cust1',
    });
    expect(rememberLogin('anna@example.com', { id: 'bad id', name: 'x' }).tenant).toBeNull();
  });

  it('reads back exactly what it made', () => {
    const made = rememberLogin('bjorn@example.com', { id: 'Cust20002', name: 'Bergen Marine' });
    expect(parseRememberedLogin(made)).toEqual(made);
    expect(parseRememberedLogin(JSON.parse(JSON.stringify(made)))).toEqual(made);
  });

  it('copies the tenant, so later changes to the caller’s object do not leak into the record', () => {
    const tenant = { ...nordic };
    const made = rememberLogin('anna@example.com', tenant);
    tenant.name = 'Changed';
    expect(made.tenant?.name).toBe('Nordic Sales AS');
  });
});

describe('parseRememberedLogin', () => {
  it('reads the current record', () => {
    expect(parseRememberedLogin(current)).toEqual(current);
  });

  it('reads the current record stored as JSON text', () => {
    expect(parseRememberedLogin(JSON.stringify(current))).toEqual(current);
  });

  it('migrates what the earlier version stored', () => {
    expect(parseRememberedLogin(schemaOne)).toEqual(current);
  });

  it('migrates the earlier version’s record stored as JSON text', () => {
    expect(parseRememberedLogin(JSON.stringify(schemaOne))).toEqual(current);
  });

  it('reads a record from a later version by the same fields', () => {
    expect(parseRememberedLogin({ ...current, schema: 3, theme: 'dark' })).toEqual(current);
  });

  it('returns only its own fields, dropping anything else stored', () => {
    expect(
      Object.keys(parseRememberedLogin({ ...current, chosenAt: 1, token: 'secret' }) ?? {}).sort(),
    ).toEqual(['email', 'schema', 'server', 'tenant']);
  });

  it('keeps a valid tenant when the email is bad', () => {
    expect(parseRememberedLogin({ ...current, email: 'not an email' })).toEqual({ ...current, email: '' });
    expect(parseRememberedLogin({ ...schemaOne, email: 42 })).toEqual({ ...current, email: '' });
  });

  it('keeps a valid email when the tenant is bad', () => {
    expect(parseRememberedLogin({ ...current, tenant: { id: '../x', name: 'X' } })).toEqual({
      ...current,
      tenant: null,
    });
    expect(parseRememberedLogin({ ...schemaOne, tenantId: '' })).toEqual({ ...current, tenant: null });
    expect(parseRememberedLogin({ ...current, tenant: 'Cust10001' })).toEqual({ ...current, tenant: null });
  });

  it('names the tenant by its id when the name is missing', () => {
    expect(parseRememberedLogin({ ...schemaOne, tenantName: undefined })?.tenant).toEqual({
      id: 'Cust10001',
      name: 'Cust10001',
    });
    expect(parseRememberedLogin({ ...current, tenant: { id: 'Cust10001' } })?.tenant).toEqual({
      id: 'Cust10001',
      name: 'Cust10001',
    });
  });

  it('trims and lower-cases the email', () => {
    expect(parseRememberedLogin({ ...current, email: ' Anna@EXAMPLE.com\n' })?.email).toBe(
      'anna@example.com',
    );
  });

  it('trims the tenant', () => {
    expect(
      parseRememberedLogin({ ...schemaOne, tenantId: ' Cust10001 ', tenantName: ' Nordic Sales AS ' }),
    ).toEqual(current);
  });

  it('prefers the current tenant field over the earlier one when both are there', () => {
    const both = { ...current, tenantId: 'Cust99999', tenantName: 'Old' };
    expect(parseRememberedLogin(both)?.tenant).toEqual(nordic);
  });

  it('reads a record that remembers an email and no tenant', () => {
    expect(parseRememberedLogin({ ...current, tenant: null })).toEqual({ ...current, tenant: null });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['an empty object', {}],
    ['a number', 42],
    ['a list', [current]],
    ['text that is not JSON', 'anna@example.com'],
    ['JSON of a list', JSON.stringify([current])],
    ['JSON null', 'null'],
    ['neither a usable email nor a usable tenant', { email: 'x', tenant: { id: '' } }],
  ])('returns null for %s', (_kind, raw) => {
    expect(parseRememberedLogin(raw)).toBeNull();
  });
});

describe('parseRememberedLogin fuzzing', () => {
  it('never throws and returns null or a valid record for 10,000 random and hostile values', () => {
    const random = seededRandom(1_516_435_957);
    const failures: string[] = [];
    let usable = 0;
    for (let run = 0; run < 10_000 && failures.length < 5; run++) {
      const raw = randomStored(random);
      try {
        const result = parseRememberedLogin(raw);
        if (result === null) continue;
        usable++;
        const problem = recordProblem(result);
        if (problem) failures.push(`run ${run}: ${problem}`);
      } catch (error) {
        failures.push(`run ${run}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // The generator must reach the salvaging paths too, not only the rejecting ones.
    expect(usable).toBeGreaterThan(2_000);
  });
});

/** What is wrong with a parsed record, or null when every field holds what the type promises. */
function recordProblem(record: RememberedLogin): string | null {
  if (Object.keys(record).sort().join() !== 'email,schema,server,tenant') return 'wrong fields';
  if (record.server !== null && !isRecord(record.server)) return `server ${String(record.server)}`;
  if (record.schema !== 2) return `schema ${String(record.schema)}`;
  if (record.email !== '' && (!isEmailAddress(record.email) || record.email !== record.email.toLowerCase())) {
    return `email ${record.email}`;
  }
  const { tenant } = record;
  if (tenant !== null) {
    if (Object.keys(tenant).sort().join() !== 'id,name') return 'wrong tenant fields';
    if (!isTenantId(tenant.id)) return `tenant id ${tenant.id}`;
    if (typeof tenant.name !== 'string' || !tenant.name || tenant.name.length > MAX_TENANT_NAME_LENGTH) {
      return `tenant name ${String(tenant.name)}`;
    }
  }
  if (record.email === '' && tenant === null) return 'nothing usable, yet not null';
  return null;
}

const hostileStrings = [
  '',
  ' ',
  'anna@example.com',
  ' ANNA@Example.com ',
  'anna@example',
  'a@b@c.d',
  'Cust10001',
  ' Cust10001 ',
  'Cust 1',
  '../x',
  '__proto__',
  '2025-11-03T08:15:00.000Z',
  'not a date',
  '\u0000',
  '\uD800',
  '😀',
  'x'.repeat(5_000),
  '{"email":"anna@example.com"}',
  '{',
];

function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (roll < 0.45) return pick(random, hostileStrings);
  if (roll < 0.6) return pick(random, [0, -0, 1, -1, NaN, Infinity, 1_762_157_700_000, 8.64e15 + 1, 1e308]);
  if (roll < 0.75) return pick(random, [null, undefined, true, false, 10n, Symbol('x')]);
  if (roll < 0.85 && depth < 2)
    return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(random, depth + 1));
  if (roll < 0.9) return Object.create(null);
  return pick(random, [{}, new Date(), new Map(), () => 'x', { toString: () => 'anna@example.com' }]);
}

function randomStored(random: () => number): unknown {
  const roll = random();
  if (roll < 0.05) return randomValue(random);
  const record: Record<string, unknown> = random() < 0.1 ? Object.create(null) : {};
  const maybe = <T>(good: T) => (random() < 0.6 ? good : randomValue(random));
  if (random() < 0.9) record.email = maybe(pick(random, ['anna@example.com', 'Bjorn@Example.com ']));
  // Earlier versions kept the time of the choice too.
  if (random() < 0.9) record.chosenAt = maybe(pick(random, [1_762_157_700_000, schemaOne.chosenAt]));
  if (roll < 0.5) {
    if (random() < 0.9) record.schema = maybe(pick(random, [2, 3]));
    if (random() < 0.9) {
      const tenant: Record<string, unknown> = {};
      if (random() < 0.9) tenant.id = maybe(pick(random, ['Cust10001', ' Cust2 ']));
      if (random() < 0.8) tenant.name = maybe('Nordic Sales AS');
      record.tenant = random() < 0.8 ? tenant : randomValue(random);
    }
  } else {
    if (random() < 0.9) record.tenantId = maybe('Cust10001');
    if (random() < 0.8) record.tenantName = maybe('Nordic Sales AS');
  }
  return random() < 0.1 ? safeStringify(record) : record;
}

/** JSON text of a record, or the record itself when it holds values JSON cannot carry. */
function safeStringify(record: Record<string, unknown>): unknown {
  try {
    return JSON.stringify(record);
  } catch {
    return record;
  }
}
