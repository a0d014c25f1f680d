import { describe, expect, it } from 'vitest';
import { companySwitch, mayChooseAnotherCompany, type OtherCompanies } from './company-switch.ts';

describe('where another company is chosen', () => {
  it('is the app’s own screen when the token lists every company', () => {
    expect(companySwitch('tenants-claim', { email: 'erik@example.com', fromTenantId: 'Cust30001' })).toEqual({
      kind: 'app-screen',
    });
  });

  it('is the sign-in service’s own choice when the token names one: no acr_values, no prompt=none', () => {
    const where = companySwitch('ctx-claim', { email: 'erik@example.com', fromTenantId: 'Cust30001' });
    expect(where).toEqual({
      kind: 'sign-in-service',
      request: { purpose: 'choose-at-service', loginHint: 'erik@example.com', fromTenantId: 'Cust30001' },
    });
    if (where.kind !== 'sign-in-service') return;
    expect(where.request).not.toHaveProperty('tenantId');
    expect(where.request).not.toHaveProperty('prompt');
  });

  it('asks the service without an email when none is known', () => {
    expect(companySwitch('ctx-claim')).toEqual({
      kind: 'sign-in-service',
      request: { purpose: 'choose-at-service' },
    });
  });
});

describe('whether "Choose another company" can lead anywhere', () => {
  const base = { boundTenantId: 'Cust30001', signIn: { purpose: 'login' } } as const;
  it.each<[string, OtherCompanies, boolean]>([
    ['tenants claim listing others', { ...base, source: 'tenants-claim', tenantCount: 2 }, true],
    ['tenants claim listing this one alone', { ...base, source: 'tenants-claim', tenantCount: 1 }, false],
    ['ctx claim: the app cannot count them', { ...base, source: 'ctx-claim', tenantCount: 1 }, true],
    [
      'ctx claim, after the service’s choice gave back the company being left (it had no other)',
      {
        source: 'ctx-claim',
        tenantCount: 1,
        boundTenantId: 'cust30001',
        signIn: { purpose: 'choose-at-service', fromTenantId: 'Cust30001' },
      },
      false,
    ],
    [
      'ctx claim, after the service’s choice gave another company, which stopped since',
      {
        source: 'ctx-claim',
        tenantCount: 1,
        boundTenantId: 'Cust20001',
        signIn: { purpose: 'choose-at-service', fromTenantId: 'Cust30001' },
      },
      true,
    ],
    [
      'ctx claim, no sign-in known',
      { source: 'ctx-claim', tenantCount: 1, boundTenantId: 'C1', signIn: undefined },
      true,
    ],
  ])('%s', (_, facts, expected) => {
    expect(mayChooseAnotherCompany(facts)).toBe(expected);
  });
});
