import { nextStepAfterSignIn, stepForChosenTenant } from './next-step.ts';

const nordic = { id: 'Cust10001', name: 'Nordic Sales AS' };
const fjord = { id: 'Cust20001', name: 'Fjord Consulting' };
const bergen = { id: 'Cust20002', name: 'Bergen Marine' };

describe('where a sign-in leads', () => {
  test('a user with no tenant is stopped with an explanation', () => {
    expect(nextStepAfterSignIn({ tenants: [], boundTenantId: null, purpose: 'login' })).toEqual({
      kind: 'no-tenant',
    });
  });

  test('a single tenant is chosen by itself', () => {
    expect(nextStepAfterSignIn({ tenants: [nordic], boundTenantId: 'Cust10001', purpose: 'login' })).toEqual({
      kind: 'start',
      tenant: nordic,
    });
  });

  test('a single tenant the tokens are not bound to is authorized for first', () => {
    expect(nextStepAfterSignIn({ tenants: [nordic], boundTenantId: null, purpose: 'reset' })).toEqual({
      kind: 'switch-tenant',
      tenant: nordic,
    });
  });

  test('several tenants ask the person to choose', () => {
    expect(
      nextStepAfterSignIn({ tenants: [fjord, bergen], boundTenantId: 'Cust20001', purpose: 'login' }),
    ).toEqual({
      kind: 'choose-tenant',
    });
  });

  test('a reset login with several tenants always asks, even when the tokens are bound to one', () => {
    expect(
      nextStepAfterSignIn({ tenants: [fjord, bergen], boundTenantId: 'Cust20001', purpose: 'reset' }).kind,
    ).toBe('choose-tenant');
  });

  test('the remembered tenant goes straight to the start page without a question', () => {
    const step = nextStepAfterSignIn({
      tenants: [fjord, bergen],
      boundTenantId: 'Cust20002',
      purpose: 'login',
      requestedTenantId: 'Cust20002',
    });
    expect(step).toEqual({ kind: 'start', tenant: bergen });
  });

  test('tenant ids compare without regard to case', () => {
    const step = nextStepAfterSignIn({
      tenants: [fjord, bergen],
      boundTenantId: 'cust20002',
      purpose: 'switch-tenant',
      requestedTenantId: 'CUST20002',
    });
    expect(step).toEqual({ kind: 'start', tenant: bergen });
  });

  test('a tenant switch that came back bound to another tenant asks again instead of guessing', () => {
    const step = nextStepAfterSignIn({
      tenants: [fjord, bergen],
      boundTenantId: 'Cust20001',
      purpose: 'switch-tenant',
      requestedTenantId: 'Cust20002',
    });
    expect(step).toEqual({ kind: 'choose-tenant' });
  });

  test("a company switch at the service (SuperID's shape, no tenant named) opens the company it chose", () => {
    // The ctx claim lists only the tenant the token is bound to, the one chosen on the service's page.
    const step = nextStepAfterSignIn({
      tenants: [bergen],
      boundTenantId: 'Cust20002',
      purpose: 'switch-tenant',
    });
    expect(step).toEqual({ kind: 'start', tenant: bergen });
  });

  test('a requested tenant that is not in the list is not trusted', () => {
    const step = nextStepAfterSignIn({
      tenants: [fjord, bergen],
      boundTenantId: 'Cust99999',
      purpose: 'login',
      requestedTenantId: 'Cust99999',
    });
    expect(step).toEqual({ kind: 'choose-tenant' });
  });
});

describe('choosing a tenant', () => {
  test('the tenant the tokens are bound to opens the start page', () => {
    expect(stepForChosenTenant(fjord, 'Cust20001')).toEqual({ kind: 'start', tenant: fjord });
  });

  test('another tenant needs a new authorization for it', () => {
    expect(stepForChosenTenant(bergen, 'Cust20001')).toEqual({ kind: 'switch-tenant', tenant: bergen });
  });
});
