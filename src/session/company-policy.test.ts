import { parseCompanyPolicy, policyFromPreferences } from './company-policy.ts';

const answer = (values: Record<string, string>) =>
  Object.entries(values).map(([Key, RawValue]) => ({
    Level: 'SystemWide',
    RawValue,
    Specification: { Section: 'Mobile CRM', Key },
  }));

describe('the company’s policy, from the tenant’s preference agent', () => {
  test.each([
    ['nothing set', [], { autoLogoutMinutes: 0, disableAutoLogin: false }],
    [
      'Autologout time 5',
      answer({ 'Autologout time': '5' }),
      { autoLogoutMinutes: 5, disableAutoLogin: false },
    ],
    [
      'Disable autologin',
      answer({ 'Disable autologin': '1' }),
      { autoLogoutMinutes: 0, disableAutoLogin: true },
    ],
    [
      'both, as text SuperOffice may write',
      answer({ 'Autologout time': ' 30 ', 'Disable autologin': 'True' }),
      { autoLogoutMinutes: 30, disableAutoLogin: true },
    ],
    [
      'autologin not disabled',
      answer({ 'Disable autologin': '0' }),
      { autoLogoutMinutes: 0, disableAutoLogin: false },
    ],
    [
      'a time that is not a number',
      answer({ 'Autologout time': 'soon' }),
      { autoLogoutMinutes: 0, disableAutoLogin: false },
    ],
    [
      'a negative time',
      answer({ 'Autologout time': '-5' }),
      { autoLogoutMinutes: 0, disableAutoLogin: false },
    ],
    [
      'a time beyond a week',
      answer({ 'Autologout time': '99999999' }),
      { autoLogoutMinutes: 10080, disableAutoLogin: false },
    ],
    [
      'names in another case',
      [{ RawValue: '15', Specification: { Section: 'mobile crm', Key: 'AUTOLOGOUT TIME' } }],
      { autoLogoutMinutes: 15, disableAutoLogin: false },
    ],
    [
      'another section',
      [{ RawValue: '15', Specification: { Section: 'System', Key: 'Autologout time' } }],
      { autoLogoutMinutes: 0, disableAutoLogin: false },
    ],
    ['not an answer at all', { error: 'x' }, { autoLogoutMinutes: 0, disableAutoLogin: false }],
  ])('%s', (_, preferences, policy) => {
    expect(policyFromPreferences(preferences)).toEqual(policy);
  });
});

describe('a kept policy', () => {
  test.each([
    [
      { autoLogoutMinutes: 5, disableAutoLogin: true },
      { autoLogoutMinutes: 5, disableAutoLogin: true },
    ],
    [
      { autoLogoutMinutes: '5', disableAutoLogin: 'yes' },
      { autoLogoutMinutes: 0, disableAutoLogin: false },
    ],
    [{ autoLogoutMinutes: 1.5 }, { autoLogoutMinutes: 0, disableAutoLogin: false }],
    [null, { autoLogoutMinutes: 0, disableAutoLogin: false }],
  ])('%j reads as %j', (kept, policy) => {
    expect(parseCompanyPolicy(kept)).toEqual(policy);
  });
});
