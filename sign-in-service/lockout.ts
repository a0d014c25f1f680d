// Brute-force brakes for the login form: a per-account lock after repeated failures and a per-IP rate limit.

/** Keeps memory bounded whatever an attacker sends: the oldest keys go first. */
const maxEntries = 10_000;

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > maxEntries) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
}

export interface LockState {
  locked: boolean;
  /** Milliseconds until the lock ends (0 when not locked). */
  retryAfterMs: number;
}

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/** Locks an account (any key, known or not, so locking does not reveal which emails exist). */
export class AccountLockout {
  readonly #failures = new Map<string, Failures>();

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
    const lockedUntil = count >= this.maxFailures && this.lockoutMs > 0 ? now + this.lockoutMs : 0;
    remember(this.#failures, key, { count, lastAt: now, lockedUntil });
    return lockedUntil
      ? { locked: true, retryAfterMs: lockedUntil - now }
      : { locked: false, retryAfterMs: 0 };
  }

  succeed(key: string): void {
    this.#failures.delete(key);
  }
}

/** Fixed-window counter: at most `limit` hits per key per `windowMs`. */
export class RateLimiter {
  readonly #windows = new Map<string, { start: number; hits: number }>();

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
    remember(this.#windows, key, window);
    const allowed = window.hits <= this.limit;
    return { allowed, retryAfterMs: allowed ? 0 : window.start + this.windowMs - now };
  }
}
