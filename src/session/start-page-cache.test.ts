// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import {
  allCachedStartData,
  cachedStartData,
  forgetStartPages,
  startPageCache,
  type StartData,
} from './start-page-cache.ts';
import { saveStartPageSnapshot, snapshotClears } from '../storage/start-page-snapshot.ts';
import { START_PAGE_KEY } from '../shared/boot-contract.ts';
import { startPageSnapshot } from '../../tests/support/start-page-snapshot.ts';

const SNAPSHOT_KEY = START_PAGE_KEY;

const data: StartData = {
  principal: { fullName: 'Anna Larsen' } as StartData['principal'],
  tenant: { id: 'Cust10001', name: 'Nordic Sales AS' },
  status: { state: 'Running' } as StartData['status'],
  fetchedAt: 1,
};

describe('forgetting the start pages', () => {
  test('takes both the cache and the relaunch snapshot, and stops pages loaded before from writing back', async () => {
    await startPageCache.set('start:anna@example.com:Cust10001', data);
    const loadedBefore = snapshotClears();
    saveStartPageSnapshot(startPageSnapshot(), loadedBefore);

    await forgetStartPages();

    expect((await allCachedStartData()).size).toBe(0);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    saveStartPageSnapshot(startPageSnapshot(), loadedBefore);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });
});

describe('a cached start page', () => {
  const validUntil = Date.parse('2026-02-23T09:52:01Z');
  const nordic: StartData = {
    ...data,
    status: {
      id: 'Cust10001',
      state: 'Running',
      endpoint: 'https://online2.superoffice.com/Cust10001',
      api: 'https://online2.superoffice.com/Cust10001/api',
      validUntil,
    },
  };
  const key = 'start:anna@example.com:Cust10001';

  test('keeps its tenant’s addresses until the status answer’s ValidUntil', async () => {
    await startPageCache.set(key, nordic);
    expect(await cachedStartData('anna@example.com', 'Cust10001', validUntil - 1)).toEqual(nordic);
    expect((await allCachedStartData(validUntil - 1)).get(key)).toEqual(nordic);
  });

  test('from ValidUntil on, when the tenant may have moved host, shows who and which company without them', async () => {
    await startPageCache.set(key, nordic);
    const shown = { ...nordic, status: { ...nordic.status, endpoint: '', api: '' } };
    expect(await cachedStartData('anna@example.com', 'Cust10001', validUntil)).toEqual(shown);
    expect((await allCachedStartData(validUntil + 60_000)).get(key)).toEqual(shown);
    // The cache itself keeps the answer: the next fresh one replaces it.
    expect(await startPageCache.get(key)).toEqual(nordic);
  });

  test('whose status named no ValidUntil is shown without the addresses too', async () => {
    await startPageCache.set(key, { ...nordic, status: { ...nordic.status, validUntil: null } });
    expect((await cachedStartData('anna@example.com', 'Cust10001', 0))?.status.endpoint).toBe('');
  });
});
