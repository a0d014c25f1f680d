import { describe, expect, it } from 'vitest';
import { FailureCounter, LoginLockout, RateLimiter, type Attempt } from './lockout.ts';

const minute = 60_000;

describe('failures in a row', () => {
  it('lock after the limit, for the configured time, then let the person try again', () => {
    let now = 0;
    const counter = new FailureCounter(3, minute, () => now);
    expect(counter.fail('a')).toEqual({ locked: false, retryAfterMs: 0 });
    expect(counter.fail('a').locked).toBe(false);
    expect(counter.fail('a')).toEqual({ locked: true, retryAfterMs: minute });
    now = minute - 1;
    expect(counter.state('a').locked).toBe(true);
    expect(counter.state('b').locked).toBe(false);
    now = minute;
    expect(counter.state('a').locked).toBe(false);
    expect(counter.fail('a').locked).toBe(false);
  });

  it('lock for twice as long each time the limit is reached again, up to a day', () => {
    let now = 0;
    const counter = new FailureCounter(1, minute, () => now);
    const durations = [];
    for (let lock = 0; lock < 13; lock += 1) {
      const { retryAfterMs } = counter.fail('a');
      durations.push(retryAfterMs / minute);
      now += retryAfterMs;
    }
    expect(durations).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 1440, 1440]);
  });

  it('are forgotten after a success or after a quiet period', () => {
    let now = 0;
    const counter = new FailureCounter(2, minute, () => now);
    counter.fail('a');
    counter.succeed('a');
    expect(counter.fail('a').locked).toBe(false);
    now = minute + 1000;
    expect(counter.fail('a').locked).toBe(false);
  });
});

describe('the lockout rule', () => {
  const attacker: Attempt = { account: 'bjorn@example.com', device: 'attacker', ip: '203.0.113.9' };
  const phoneBehindSameAddress: Attempt = { ...attacker, device: 'phone' };
  const phoneElsewhere: Attempt = { ...attacker, device: 'phone', ip: '198.51.100.7' };
  type Step = ['fail' | 'succeed', Attempt];
  const fiveFailures = (attempt: Attempt): Step[] => Array.from({ length: 5 }, () => ['fail', attempt]);
  const attack = fiveFailures(attacker);

  it.each<[string, Step[], Attempt, boolean]>([
    ['the attacker’s device is locked after five failures', attack, attacker, true],
    [
      'the attacker gets no fresh guesses by dropping the cookie',
      attack,
      { ...attacker, device: undefined },
      true,
    ],
    ['nor with a new cookie from the same address', attack, { ...attacker, device: 'new' }, true],
    ['a device that has not failed, on another address, is not locked', attack, phoneElsewhere, false],
    [
      'the person’s own browser behind the same address is not locked once it has signed in there before',
      [['succeed', phoneBehindSameAddress], ...attack],
      phoneBehindSameAddress,
      false,
    ],
    ['a browser that never signed in, behind the same address, is', attack, phoneBehindSameAddress, true],
    [
      'another account from the attacker’s device is not locked',
      attack,
      { ...attacker, account: 'anna@example.com' },
      false,
    ],
    [
      'a trusted browser that fails five times itself is locked',
      [['succeed', phoneElsewhere], ...attack, ...fiveFailures(phoneElsewhere)],
      phoneElsewhere,
      true,
    ],
  ])('%s', (_, steps, attempt, locked) => {
    const lockout = new LoginLockout(5, 5 * minute, () => 0);
    for (const [what, step] of steps) lockout[what](step);
    expect(lockout.state(attempt).locked).toBe(locked);
  });
});

describe('rate limit', () => {
  it('allows the limit per window and says when to come back', () => {
    let now = 0;
    const limiter = new RateLimiter(2, minute, () => now);
    expect(limiter.hit('ip').allowed).toBe(true);
    expect(limiter.hit('ip').allowed).toBe(true);
    now = 10_000;
    expect(limiter.hit('ip')).toEqual({ allowed: false, retryAfterMs: 50_000 });
    expect(limiter.hit('other').allowed).toBe(true);
    now = minute;
    expect(limiter.hit('ip').allowed).toBe(true);
  });
});
