import { withBackoff } from './retry.ts';

const final = (error: unknown) => error instanceof Error && error.message === 'invalid_grant';

describe('retrying with backoff', () => {
  test('succeeds on a later attempt after waiting the growing pauses', async () => {
    const waits: number[] = [];
    let calls = 0;
    const result = await withBackoff(
      async () => {
        calls += 1;
        if (calls < 3) throw new Error('server_error');
        return 'renewed';
      },
      { delays: [10, 20, 40], isFinal: final, sleep: async (ms) => void waits.push(ms) },
    );
    expect(result).toBe('renewed');
    expect(waits).toEqual([10, 20]);
  });

  test('gives up after the last pause instead of looping', async () => {
    let calls = 0;
    const waits: number[] = [];
    const attempt = async () => {
      calls += 1;
      throw new Error('server_error');
    };
    await expect(
      withBackoff(attempt, { delays: [1, 2, 3], isFinal: final, sleep: async (ms) => void waits.push(ms) }),
    ).rejects.toThrow('server_error');
    expect(calls).toBe(4);
    expect(waits).toEqual([1, 2, 3]);
  });

  test('a refused grant ends at once', async () => {
    let calls = 0;
    const attempt = async () => {
      calls += 1;
      throw new Error('invalid_grant');
    };
    await expect(
      withBackoff(attempt, { delays: [1, 2], isFinal: final, sleep: async () => undefined }),
    ).rejects.toThrow('invalid_grant');
    expect(calls).toBe(1);
  });
});
