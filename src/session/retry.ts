// Retries a failing step a few times with growing pauses, then gives up: never a tight loop.

export const RENEWAL_BACKOFF_MS = [2_000, 8_000, 30_000] as const;

export async function withBackoff<T>(
  attempt: () => Promise<T>,
  options: {
    delays: readonly number[];
    /** Errors that more attempts cannot fix (a refused grant) end at once. */
    isFinal: (error: unknown) => boolean;
    sleep?: (ms: number) => Promise<void>;
  },
): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let index = 0; ; index++) {
    try {
      return await attempt();
    } catch (error) {
      const delay = options.delays[index];
      if (delay === undefined || options.isFinal(error)) throw error;
      await sleep(delay);
    }
  }
}
