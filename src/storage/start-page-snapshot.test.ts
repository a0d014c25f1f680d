// @vitest-environment happy-dom
import {
  allowStartPageSnapshots,
  clearStartPageSnapshot,
  saveStartPageSnapshot,
  snapshotClears,
  startPageSnapshotKey,
  watchSnapshotClears,
} from './start-page-snapshot.ts';
import { START_PAGE_KEY, type StartPageSnapshot } from '../shared/boot-contract.ts';
import { startPageSnapshot } from '../../tests/support/start-page-snapshot.ts';

const SNAPSHOT_KEY = START_PAGE_KEY;

beforeAll(() => watchSnapshotClears());
afterEach(() => localStorage.clear());

describe('the kept snapshot', () => {
  const page = (key = 'start:anna@example.com:Cust10001'): StartPageSnapshot => startPageSnapshot({ key });

  test('is saved, read back by whose page it is, and cleared', () => {
    expect(startPageSnapshotKey()).toBeNull();
    saveStartPageSnapshot(page(), snapshotClears());
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY)!)).toEqual(page());
    expect(startPageSnapshotKey()).toBe('start:anna@example.com:Cust10001');
    clearStartPageSnapshot();
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    expect(startPageSnapshotKey()).toBeNull();
  });

  test('a page loaded before a clear (a log out meanwhile) is not written back', () => {
    const atLoad = snapshotClears();
    clearStartPageSnapshot();
    saveStartPageSnapshot(page(), atLoad);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    // A page loaded after it is.
    saveStartPageSnapshot(page(), snapshotClears());
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull();
  });

  test('is not written while a relaunch must ask who it is first, and goes when that begins', () => {
    saveStartPageSnapshot(page(), snapshotClears());
    allowStartPageSnapshots(false);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    saveStartPageSnapshot(page(), snapshotClears());
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    allowStartPageSnapshots(true);
    saveStartPageSnapshot(page(), snapshotClears());
    expect(localStorage.getItem(SNAPSHOT_KEY)).not.toBeNull();
  });

  test('asking first is no log out: a page loaded before it still keeps its start-page cache', () => {
    const atLoad = snapshotClears();
    allowStartPageSnapshots(false);
    expect(snapshotClears()).toBe(atLoad);
    allowStartPageSnapshots(true);
  });

  test('a clear in another tab counts too', () => {
    const atLoad = snapshotClears();
    dispatchEvent(new StorageEvent('storage', { key: SNAPSHOT_KEY, newValue: null }));
    saveStartPageSnapshot(page(), atLoad);
    expect(localStorage.getItem(SNAPSHOT_KEY)).toBeNull();
    const afterOther = snapshotClears();
    // Another key changing, or this one being written, is no clear.
    dispatchEvent(new StorageEvent('storage', { key: 'mobile-crm-language', newValue: null }));
    dispatchEvent(new StorageEvent('storage', { key: SNAPSHOT_KEY, newValue: '{}' }));
    expect(snapshotClears()).toBe(afterOther);
  });

  test.each(['{', '[]', '{"key":7}', 'null', '{"key":"k","lang":"en","until":null,"html":"<div></div>"}'])(
    'an unreadable record %s belongs to nobody',
    (stored) => {
      localStorage.setItem(SNAPSHOT_KEY, stored);
      expect(startPageSnapshotKey()).toBeNull();
    },
  );

  test('blocked storage is not an error', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => saveStartPageSnapshot(page(), snapshotClears())).not.toThrow();
    expect(() => clearStartPageSnapshot()).not.toThrow();
    expect(startPageSnapshotKey()).toBeNull();
    vi.restoreAllMocks();
  });
});
