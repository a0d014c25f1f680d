import { autoLogoutChoices, effectiveLogin } from './login-policy.ts';

const company = (autoLogoutMinutes: number, disableAutoLogin = false) => ({
  autoLogoutMinutes,
  disableAutoLogin,
});
const person = (autoLogin: boolean, autoLogoutMinutes = 0) => ({ autoLogin, autoLogoutMinutes });

describe('the stricter rule wins', () => {
  test.each([
    // company, person, fingerprint → auto login, off by, auto logout, set by company
    [company(0), person(true), false, true, null, 0, false],
    [company(0), person(false), false, false, 'person', 0, false],
    [company(0, true), person(true), false, false, 'company', 0, false],
    [company(0, true), person(false), true, false, 'company', 0, false],
    [company(0), person(true), true, false, 'fingerprint', 0, false],
    [company(5), person(true), false, true, null, 5, true],
    [company(5), person(true, 1), false, true, null, 1, false],
    [company(5), person(true, 30), false, true, null, 5, true],
    [company(0), person(true, 15), false, true, null, 15, false],
    [company(15), person(true, 15), false, true, null, 15, true],
  ] as const)(
    'company %j, person %j, fingerprint %s',
    (c, p, fingerprint, autoLogin, offBy, minutes, byCompany) => {
      expect(effectiveLogin(c, p, fingerprint)).toEqual({
        autoLogin,
        autoLoginOffBy: offBy,
        autoLogoutMinutes: minutes,
        autoLogoutSetByCompany: byCompany,
      });
    },
  );
});

describe('a person may choose a stricter Auto logout, never a looser one', () => {
  test.each([
    [0, [0, 1, 5, 15, 30, 60]],
    [5, [0, 1]],
    [30, [0, 1, 5, 15]],
    [1, [0]],
    [120, [0, 1, 5, 15, 30, 60]],
  ])('the company’s %i minutes → %j', (minutes, choices) => {
    expect(autoLogoutChoices(company(minutes))).toEqual(choices);
  });
});
