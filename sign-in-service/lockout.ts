// Brute-force brakes for the login form: a lock per account and device after repeated failures, and a per-IP
// rate limit.
import { BoundedMap } from './bounded-map.ts';

export interface LockState {
  locked: boolean;
  /** Milliseconds until the lock ends (0 when not locked). */
  retryAfterMs: number;
}

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
  /** Locks so far; each one lasts twice as long as the one before. */
  locks: number;
}

const longestLockMs = 24 * 60 * 60 * 1000;

/** Failures in a row per key; `maxFailures` of them lock the key, for longer each time it happens again. */
export class FailureCounter {
  readonly #failures = new BoundedMap<string, Failures>();

  constructor(
    private readonly maxFailures: number,
    private readonly lockoutMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  state(key: string): LockState {
    const entry = this.#failures.get(key);
    const now = this.now();
    if (!entry || entry.lockedUntil <= now) return { locked: false, retryAfterMs: 0 };
    return { locked: true, retryAfterMs: entry.lockedUntil - now };
  }

  /** Counts a failure; the one that reaches the limit starts the lock. */
  fail(key: string): LockState {
    const now = this.now();
    const previous = this.#failures.get(key);
    // Failures older than one lock period, or from before an ended lock, no longer count.
    const fresh = !previous || previous.lockedUntil > 0 || now - previous.lastAt > this.lockoutMs;
    const count = fresh ? 1 : previous.count + 1;
    // A day without failures forgives the earlier locks.
    const locksBefore = previous && now - previous.lastAt <= longestLockMs ? previous.locks : 0;
    const locking = count >= this.maxFailures && this.lockoutMs > 0;
    const locks = locking ? locksBefore + 1 : locksBefore;
    const duration = Math.min(this.lockoutMs * 2 ** (locks - 1), longestLockMs);
    const lockedUntil = locking ? now + duration : 0;
    this.#failures.set(key, { count, lastAt: now, lockedUntil, locks });
    return lockedUntil
      ? { locked: true, retryAfterMs: lockedUntil - now }
      : { locked: false, retryAfterMs: 0 };
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }
}

/** One password attempt as the login page sees it. */
export interface Attempt {
  /** The normalised email typed, known to the directory or not (a lock must not reveal which emails exist). */
  account: string;
  /** The signed device cookie's id; undefined when the browser sent none. */
  device: string | undefined;
  ip: string;
}

/**
 * The lockout rule: failures count per account AND per device (the device cookie, or the IP address without one).
 * A browser that has signed in to the account before is judged by its own failures alone, so an attacker
 * elsewhere cannot lock the person out of it; any other browser is also judged by its address's failures for the
 * account, so throwing the cookie away buys no fresh guesses.
 */
export class LoginLockout {
  readonly #counter: FailureCounter;
  readonly #trusted = new BoundedMap<string, true>();

  constructor(maxFailures: number, lockoutMs: number, now: () => number = Date.now) {
    this.#counter = new FailureCounter(maxFailures, lockoutMs, now);
  }

  #keys({ account, device, ip }: Attempt): string[] {
    const byIp = `${account}|ip:${ip}`;
    if (device === undefined) return [byIp];
    const byDevice = `${account}|device:${device}`;
    return this.#trusted.has(byDevice) ? [byDevice] : [byDevice, byIp];
  }

  #longest(states: LockState[]): LockState {
    return states.reduce((a, b) => (b.retryAfterMs > a.retryAfterMs ? b : a), {
      locked: false,
      retryAfterMs: 0,
    });
  }

  state(attempt: Attempt): LockState {
    return this.#longest(this.#keys(attempt).map((key) => this.#counter.state(key)));
  }

  fail(attempt: Attempt): LockState {
    return this.#longest(this.#keys(attempt).map((key) => this.#counter.fail(key)));
  }

  /**
   * The right password: this browser's failures are forgotten and it is trusted for the account from now on. The
   * address's count stays, as others behind the same address may still be guessing.
   */
  succeed(attempt: Attempt): void {
    const [own = ''] = this.#keys(attempt);
    this.#counter.succeed(own);
    if (attempt.device !== undefined) this.#trusted.set(own, true);
  }
}

/** Fixed-window counter: at most `limit` hits per key per `windowMs`. */
export class RateLimiter {
  readonly #windows = new BoundedMap<string, { start: number; hits: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  hit(key: string): { allowed: boolean; retryAfterMs: number } {
    const now = this.now();
    const current = this.#windows.get(key);
    const window = current && now - current.start < this.windowMs ? current : { start: now, hits: 0 };
    window.hits += 1;
    this.#windows.set(key, window);
    const allowed = window.hits <= this.limit;
    return { allowed, retryAfterMs: allowed ? 0 : window.start + this.windowMs - now };
  }
}
