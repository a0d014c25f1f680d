import { describe, expect, it } from 'vitest';
import { generateTenants, maxGeneratedTenants } from './generated-tenants.ts';

describe('generated tenants', () => {
  it('are the same on every start, with ids in order and a different company name each', () => {
    const tenants = generateTenants({ firstId: 50001, count: maxGeneratedTenants });
    expect(generateTenants({ firstId: 50001, count: maxGeneratedTenants })).toEqual(tenants);
    expect(tenants.map((tenant) => tenant.ctx).slice(0, 3)).toEqual(['Cust50001', 'Cust50002', 'Cust50003']);
    expect(new Set(tenants.map((tenant) => tenant.companyName)).size).toBe(maxGeneratedTenants);
    expect(tenants[0]).toEqual({ ctx: 'Cust50001', companyName: 'Alta Bygg AS', state: 'Running' });
  });

  it('include some a person cannot choose, and some in online maintenance', () => {
    const states = generateTenants({ firstId: 1, count: 300 }).map((tenant) => tenant.state);
    expect(states.filter((state) => state === 'Suspended')).toHaveLength(6);
    expect(states.filter((state) => state === 'OfflineMaintenance')).toHaveLength(4);
    expect(states.filter((state) => state === 'OnlineMaintenance')).toHaveLength(6);
  });
});
