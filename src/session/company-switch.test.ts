import { describe, expect, it } from 'vitest';
import {
  companySwitch,
  mayChooseAnotherCompany,
  switchFromTaskMenu,
  switchRequest,
  type OtherCompanies,
} from './company-switch.ts';

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

const bergen = { id: 'Cust20002', name: 'Bergen Marine' };

describe('Task → Switch company, per where the tenant list comes from', () => {
  it.each([
    ['tenants claim, three companies: the app asks', 'tenants-claim', 3, { kind: 'app-screen' }],
    ['tenants claim, one company: nothing to switch to', 'tenants-claim', 1, null],
    ['tenants claim, none: nothing to switch to', 'tenants-claim', 0, null],
    [
      "ctx claim (SuperID's shape): the service asks, by a request that names no tenant",
      'ctx-claim',
      1,
      { kind: 'sign-in-service', request: { purpose: 'choose-at-service', loginHint: 'bjorn@example.com' } },
    ],
  ] as const)('%s', (_, source, tenants, expected) => {
    expect(switchFromTaskMenu(source, tenants, 'bjorn@example.com')).toEqual(expected);
  });

  it('a company chosen in the app is authorized for by name, silently (acr_values and prompt=none)', () => {
    expect(switchRequest(bergen, 'bjorn@example.com')).toEqual({
      purpose: 'switch-tenant',
      tenantId: 'Cust20002',
      prompt: 'none',
      loginHint: 'bjorn@example.com',
    });
    expect(switchRequest(bergen, 'bjorn@example.com', '/start?x=1')).toMatchObject({
      returnTo: '/start?x=1',
    });
  });
});
