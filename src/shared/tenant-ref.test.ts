import { describe, expect, it } from 'vitest';
import { isTenantId, sameTenantId, toTenantRef } from './tenant-ref.ts';

describe('isTenantId', () => {
  it.each(['Cust12345', 'c', '0', 'Cust_1-a', 'A'.repeat(64)])('accepts %s', (id) => {
    expect(isTenantId(id)).toBe(true);
  });

  it.each([
    '',
    '-Cust1',
    '_Cust1',
    'Cust 1',
    ' Cust1',
    'Cust1/../admin',
    'Cust1?x=1',
    'Cust%31',
    'Cust.1',
    'Cüst1',
    'Cust1\n',
    'A'.repeat(65),
    12345,
    null,
    undefined,
    ['Cust1'],
    { toString: () => 'Cust1' },
  ])('rejects %j', (id) => {
    expect(isTenantId(id)).toBe(false);
  });
});

describe('toTenantRef', () => {
  it('keeps a valid id and name', () => {
    expect(toTenantRef('Cust1', 'One')).toEqual({ id: 'Cust1', name: 'One' });
  });

  it('is null for an invalid id', () => {
    expect(toTenantRef('Cust 1', 'One')).toBeNull();
  });
});

describe('sameTenantId: the one rule for comparing context ids', () => {
  it.each([
    ['Cust12345', 'Cust12345'],
    ['Cust12345', 'cust12345'],
    ['CUST12345', 'cust12345'],
    ['Cust_1-a', 'cUST_1-A'],
  ])('%s and %s are one tenant (SuperOffice ignores case in context ids)', (a, b) => {
    expect(sameTenantId(a, b)).toBe(true);
    expect(sameTenantId(b, a)).toBe(true);
  });

  it.each([
    ['Cust12345', 'Cust12346'],
    ['Cust1', 'Cust10'],
    ['Cust12345', ' Cust12345'],
    ['Cust12345', 'Cust12345 '],
  ])('%j and %j are different tenants', (a, b) => {
    expect(sameTenantId(a, b)).toBe(false);
  });

  it.each([undefined, null, '', 'Cust 1', 'not a tenant!', 42, {}])(
    '%j is no tenant id, so it matches nothing, not even itself',
    (value) => {
      expect(sameTenantId(value, value)).toBe(false);
      expect(sameTenantId(value, 'Cust1')).toBe(false);
    },
  );
});
