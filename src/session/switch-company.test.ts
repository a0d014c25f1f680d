import { companySwitch, switchRequest } from './switch-company.ts';

const bergen = { id: 'Cust20002', name: 'Bergen Marine' };

describe('Task → Switch company, per where the tenant list comes from', () => {
  test.each([
    ['tenants claim, three companies: the app asks', 'tenants-claim', 3, { kind: 'choose-here' }],
    ['tenants claim, one company: nothing to switch to', 'tenants-claim', 1, null],
    ['tenants claim, none: nothing to switch to', 'tenants-claim', 0, null],
    [
      "ctx claim (SuperID's shape): the service asks, by a request that names no tenant",
      'ctx-claim',
      1,
      { kind: 'choose-at-service', request: { purpose: 'switch-tenant', loginHint: 'bjorn@example.com' } },
    ],
  ] as const)('%s', (_, source, tenants, expected) => {
    expect(companySwitch(source, tenants, 'bjorn@example.com')).toEqual(expected);
  });

  test("the service's choice is not forbidden: no prompt=none, no acr_values (tenantId)", () => {
    const way = companySwitch('ctx-claim', 1, 'bjorn@example.com');
    expect(way?.kind === 'choose-at-service' && way.request).not.toHaveProperty('prompt');
    expect(way?.kind === 'choose-at-service' && way.request).not.toHaveProperty('tenantId');
  });

  test('a company chosen in the app is authorized for by name, silently (acr_values and prompt=none)', () => {
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
