import { idTokenTimes, LONGEST_SIGN_IN_SECONDS, passwordAskedSinceRequest } from './password-proof.ts';

// The device's clock in ms at the request; the provider's clock, in seconds, may differ from it by any amount.
const requestedAt = 1_800_000_000_000;
const device = (seconds: number) => requestedAt + seconds * 1000;

describe('the password was asked for after the request', () => {
  test.each([
    // [what happened, provider clock minus device clock (s), auth_time after request (s), iat after request (s), tokens received after request on the device (s), asked?]
    ['password typed 20 s after the request', 0, 20, 21, 22, true],
    ['the provider’s clock 10 minutes ahead of the device', 600, 20, 21, 22, true],
    ['the provider’s clock 10 minutes behind the device', -600, 20, 21, 22, true],
    ['a slow sign-in: 9 minutes on the password page', 0, 540, 541, 542, true],
    ['password typed in the same second as the request', 0, 0.1, 0.5, 0.6, true],
    ['an old session: authenticated an hour before the request', 0, -3600, 21, 22, false],
    ['an old session: authenticated 5 s before the request', 0, -5, 1, 2, false],
    ['an old session, with the provider’s clock ahead', 600, -60, 2, 3, false],
    ['an old session, the device clock set a day forward during the sign-in', 0, -1200, 5, 86_400, false],
    [
      'the device clock set back during the sign-in: only the provider’s clock counts',
      0,
      1,
      1.5,
      -3600,
      true,
    ],
  ] as const)('%s', (_, skew, authAfter, iatAfter, receivedAfter, asked) => {
    const providerSeconds = (after: number) => Math.floor(requestedAt / 1000 + skew + after);
    expect(
      passwordAskedSinceRequest({
        requestedAt,
        receivedAt: device(receivedAfter),
        authTime: providerSeconds(authAfter),
        issuedAt: providerSeconds(iatAfter),
      }),
    ).toBe(asked);
  });

  test('a sign-in that took longer than the longest allowed is still judged by the provider’s clock', () => {
    const iat = requestedAt / 1000 + 3600;
    const evidence = { requestedAt, receivedAt: device(3601), issuedAt: iat };
    expect(passwordAskedSinceRequest({ ...evidence, authTime: iat - 5 })).toBe(true);
    expect(passwordAskedSinceRequest({ ...evidence, authTime: iat - LONGEST_SIGN_IN_SECONDS - 2 })).toBe(
      false,
    );
  });

  test.each([
    ['no auth_time (the provider ignored max_age)', undefined, 1_800_000_021],
    ['no iat', 1_800_000_020, undefined],
    ['auth_time as a string', '1800000020', 1_800_000_021],
  ])('without usable times it is not proven: %s', (_, authTime, issuedAt) => {
    expect(passwordAskedSinceRequest({ requestedAt, receivedAt: device(22), authTime, issuedAt })).toBe(
      false,
    );
  });
});

describe("the id_token's times", () => {
  const token = (claims: object) =>
    `eyJhbGciOiJSUzI1NiJ9.${btoa(JSON.stringify(claims)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}.sig`;

  test.each([
    [
      'both claims',
      token({ sub: 'a', auth_time: 1_800_000_020, iat: 1_800_000_021 }),
      1_800_000_020,
      1_800_000_021,
    ],
    ['base64url characters in the payload', token({ name: 'Bjørn ~~~???>>>', auth_time: 5, iat: 6 }), 5, 6],
    ['no auth_time', token({ iat: 6 }), undefined, 6],
    ['no token', undefined, undefined, undefined],
    ['not a JWT', 'opaque', undefined, undefined],
    ['a payload that is not JSON', 'a.bm90IGpzb24.c', undefined, undefined],
    ['a payload that is JSON null', `a.${btoa('null')}.c`, undefined, undefined],
  ])('%s', (_, idToken, authTime, issuedAt) => {
    expect(idTokenTimes(idToken)).toEqual({ authTime, issuedAt });
  });
});
