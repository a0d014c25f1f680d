import { awayTooLong, gateAtLaunch, gateOnReturn, type GateFacts } from './launch-gate.ts';

const facts = (overrides: Partial<GateFacts>): GateFacts => ({
  sessionKept: true,
  fingerprint: false,
  autoLogin: true,
  autoLoginOffByCompany: false,
  awayTooLong: false,
  ...overrides,
});

describe('at launch', () => {
  test.each([
    ['no session: the sign-in screen as always', { sessionKept: false, fingerprint: true }, { kind: 'open' }],
    ['auto login on: the start page', {}, { kind: 'open' }],
    ['auto login off: the password', { autoLogin: false }, { kind: 'sign-in', why: 'auto-login-off' }],
    [
      'the company disables auto login: the password',
      { autoLogin: false, autoLoginOffByCompany: true },
      { kind: 'sign-in', why: 'company' },
    ],
    ['away too long: logged out', { awayTooLong: true }, { kind: 'sign-in', why: 'away' }],
    [
      'fingerprint or face: the lock screen',
      { fingerprint: true, autoLogin: false },
      { kind: 'unlock', away: false },
    ],
    [
      'fingerprint or face, away too long: the lock screen, saying why',
      { fingerprint: true, autoLogin: false, awayTooLong: true },
      { kind: 'unlock', away: true },
    ],
    [
      'fingerprint or face with the company disabling auto login: still the lock screen',
      { fingerprint: true, autoLogin: false, autoLoginOffByCompany: true },
      { kind: 'unlock', away: false },
    ],
  ])('%s', (_, overrides, gate) => {
    expect(gateAtLaunch(facts(overrides))).toEqual(gate);
  });
});

describe('back from the background', () => {
  test.each([
    ['within the time', { awayTooLong: false }, { kind: 'open' }],
    ['within the time, auto login off (it is about starting)', { awayTooLong: false }, { kind: 'open' }],
    ['too long: logged out', { awayTooLong: true }, { kind: 'sign-in', why: 'away' }],
    [
      'too long with fingerprint or face: locked',
      { awayTooLong: true, fingerprint: true },
      { kind: 'unlock', away: true },
    ],
    ['too long but signed out already', { awayTooLong: true, sessionKept: false }, { kind: 'open' }],
  ])('%s', (_, overrides, gate) => {
    expect(gateOnReturn(facts(overrides))).toEqual(gate);
  });
});

test.each([
  [null, 1000, false],
  [1000, 1000, false],
  [1000, 1001, true],
])('away until %s, now %s: too long %s', (deadline, now, tooLong) => {
  expect(awayTooLong(deadline, now)).toBe(tooLong);
});
