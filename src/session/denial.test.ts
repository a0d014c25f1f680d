import { denialOf } from './denial.ts';

describe('access_denied: the person cancelled, or the service refused the company', () => {
  test.each([
    ['Cancel on a sign-in that named no company', undefined, 'The user cancelled the sign-in', 'cancelled'],
    ['a refusal without a description, no company named (consent declined)', undefined, null, 'cancelled'],
    [
      'Cancel on a sign-in back to the remembered company',
      'Cust20002',
      'The user cancelled the sign-in',
      'cancelled',
    ],
    ["Okta's wording", 'Cust20002', 'User cancelled the authentication', 'cancelled'],
    [
      'a company the person has no access to',
      'Cust20001',
      'The user has no access to tenant Cust20001',
      'tenant-refused',
    ],
    ['a company refused without a description', 'Cust20001', null, 'tenant-refused'],
  ] as const)('%s', (_, requested, description, expected) => {
    expect(denialOf(requested, description)).toBe(expected);
  });
});
