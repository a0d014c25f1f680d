import { describe, expect, it } from 'vitest';
import { orderTenants, searchable, tenantMatcher } from './tenant-filter.ts';

const tenants = [
  { id: 'Cust50001', name: 'Tromsø Fiskeri AS' },
  { id: 'Cust50002', name: 'Ålesund Båtbyggeri' },
  { id: 'Cust50003', name: 'Bergen Marine' },
  { id: 'Cust50010', name: 'Ærø Handel' },
  { id: 'Cust50011', name: 'Café Müller GmbH' },
  { id: 'Cust50100', name: 'Straßenbau Nord' },
  { id: 'Cust20001', name: 'Fjord Consulting' },
];
const find = tenantMatcher(tenants);
const ids = (query: string) => find(query).map((tenant) => tenant.id);

describe('finding a company as the person types', () => {
  it.each([
    ['', tenants.map((tenant) => tenant.id)],
    ['   ', tenants.map((tenant) => tenant.id)],
    ['bergen', ['Cust50003']],
    ['BERGEN', ['Cust50003']],
    ['erg', ['Cust50003']],
    ['tromso', ['Cust50001']],
    ['Tromsø', ['Cust50001']],
    ['aalesund', ['Cust50002']],
    ['ålesund', ['Cust50002']],
    ['alesund', ['Cust50002']],
    ['batbyggeri', ['Cust50002']],
    ['aero', ['Cust50010']],
    ['cafe muller', ['Cust50011']],
    ['müller café', ['Cust50011']],
    ['strassenbau', ['Cust50100']],
    ['cust5001', ['Cust50010', 'Cust50011']],
    ['CUST20001', ['Cust20001']],
    ['50100', ['Cust50100']],
    ['marine cust50003', ['Cust50003']],
    ['marine cust50001', []],
    ['oslo', []],
  ])('%j finds %j', (query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('folds the way a person types on any keyboard', () => {
    expect(searchable('Ærø Café Straße Åsane Tromsø')).toBe('aero cafe strasse asane tromso');
  });
});

describe('the order of the companies', () => {
  const collator = new Intl.Collator('nb');
  it('puts the remembered company first, then the others by name', () => {
    const ordered = orderTenants(tenants, 'cust50100', collator).map((tenant) => tenant.name);
    expect(ordered).toEqual([
      'Straßenbau Nord',
      'Bergen Marine',
      'Café Müller GmbH',
      'Fjord Consulting',
      'Tromsø Fiskeri AS',
      'Ærø Handel',
      'Ålesund Båtbyggeri',
    ]);
  });

  it('orders by name alone when nothing is remembered, and leaves the list it was given as it was', () => {
    const given = [...tenants];
    expect(orderTenants(given, undefined, collator)[0]?.name).toBe('Bergen Marine');
    expect(given).toEqual(tenants);
  });
});
