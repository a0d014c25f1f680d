import 'fake-indexeddb/auto';
import { allCachedStartData, forgetStartPages, startPageCache, type StartData } from './start-page-cache.ts';
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
