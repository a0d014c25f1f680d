// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { vi } from 'vitest';

// Each test gets a fresh module, so the "degraded" flag of one does not leak into the next.
async function freshStorage() {
  vi.resetModules();
  return import('./key-value-store.ts');
}

afterEach(() => {
  vi.unstubAllGlobals();
  sessionStorage.clear();
});

describe('the storage module', () => {
  test('keeps records in IndexedDB where it works', async () => {
    const { keyValueStore, indexedDbUsable, isStorageDegraded } = await freshStorage();
    expect(await indexedDbUsable()).toBe(true);
    const store = keyValueStore('test-ok');
    await store.set('a', { tenant: 'Cust10001' });
    expect(await store.get('a')).toEqual({ tenant: 'Cust10001' });
    expect(await store.keys()).toEqual(['a']);
    expect(sessionStorage.length).toBe(0);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(isStorageDegraded()).toBe(false);
  });

  test('falls back to session storage when IndexedDB throws, and says so once', async () => {
    const broken = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    vi.stubGlobal('indexedDB', broken);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { keyValueStore, indexedDbUsable, onStorageDegraded } = await freshStorage();
    const notices: boolean[] = [];
    onStorageDegraded((degraded) => notices.push(degraded));

    expect(await indexedDbUsable()).toBe(false);
    const store = keyValueStore('test-broken');
    await store.set('state', 'pkce-verifier');
    expect(await store.get('state')).toBe('pkce-verifier');
    // It survives a page change (the sign-in redirect) because it is in sessionStorage, not only in memory.
    expect(sessionStorage.getItem('mobile-crm-test-broken:state')).toBe('"pkce-verifier"');
    expect(notices).toContain(true);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  test('a failing write (quota) degrades instead of throwing, and the value is still readable', async () => {
    const { keyValueStore } = await freshStorage();
    const store = keyValueStore('test-quota');
    await store.set('warm-up', 1);
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    });
    const again = (await freshStorage()).keyValueStore('test-quota');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(again.set('big', 'x'.repeat(10))).resolves.toBeUndefined();
    expect(await again.get('big')).toBe('xxxxxxxxxx');
  });

  test('clear removes only its own keys from the fallback', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const { keyValueStore } = await freshStorage();
    sessionStorage.setItem('someone-else', 'keep');
    const store = keyValueStore('test-clear');
    await store.set('a', 1);
    await store.set('b', 2);
    expect((await store.keys()).sort()).toEqual(['a', 'b']);
    await store.clear();
    expect(await store.keys()).toEqual([]);
    expect(sessionStorage.getItem('someone-else')).toBe('keep');
  });

  test('entries reads every record at once, from IndexedDB and from the fallback alike', async () => {
    const { keyValueStore } = await freshStorage();
    const store = keyValueStore('test-entries');
    await store.set('start:a', { n: 1 });
    await store.set('start:b', { n: 2 });
    expect((await store.entries()).sort()).toEqual([
      ['start:a', { n: 1 }],
      ['start:b', { n: 2 }],
    ]);

    vi.stubGlobal('indexedDB', undefined);
    const memory = (await freshStorage()).keyValueStore('test-entries-fallback');
    await memory.set('x', 'y');
    expect(await memory.entries()).toEqual([['x', 'y']]);
  });

  test('one store per name: every reader shares its connection and its fallback', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('sessionStorage', undefined);
    const { keyValueStore } = await freshStorage();
    expect(keyValueStore('shared')).toBe(keyValueStore('shared'));
    await keyValueStore('shared').set('k', 1);
    expect(await keyValueStore('shared').get('k')).toBe(1);
    expect(await keyValueStore('other').get('k')).toBeUndefined();
  });
});
