import 'fake-indexeddb/auto';
import { allCachedStartData, forgetStartPages, startPageCache, type StartData } from './start-page-cache.ts';
import { saveStartPageSnapshot, SNAPSHOT_KEY, snapshotClears } from '../storage/start-page-snapshot.ts';

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
    saveStartPageSnapshot({ html: '<div>Anna</div>', key: 'k', lang: 'en', until: null }, loadedBefore);

    await forgetStartPages();

    expect((await allCachedStartData()).size).toBe(0);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    saveStartPageSnapshot({ html: '<div>Anna</div>', key: 'k', lang: 'en', until: null }, loadedBefore);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
  });
});
