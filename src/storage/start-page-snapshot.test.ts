// @vitest-environment happy-dom
import {
  clearStartPageSnapshot,
  saveStartPageSnapshot,
  SNAPSHOT_KEY,
  snapshotClears,
  snapshotMarkup,
  startPageSnapshotKey,
} from './start-page-snapshot.ts';

const frame = () => {
  const holder = document.createElement('div');
  holder.innerHTML =
    '<div class="app-frame"><main><h1>Hello, Anna</h1></main>' +
    '<nav><button aria-expanded="true" aria-controls="task-menu">Task</button>' +
    '<ul id="task-menu" role="menu"><li><button role="menuitem">Log out</button></li></ul></nav>' +
    '<dialog open><p>Log out?</p></dialog><dialog><p>About</p></dialog></div>';
  return holder.firstElementChild!;
};

afterEach(() => localStorage.clear());

describe('snapshotMarkup', () => {
  test('keeps the page and closes what was open', () => {
    const holder = document.createElement('div');
    holder.innerHTML = snapshotMarkup(frame());
    expect(holder.querySelector('h1')?.textContent).toBe('Hello, Anna');
    expect(holder.querySelector('[role="menu"]')).toBeNull();
    const button = holder.querySelector('nav button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.hasAttribute('aria-controls')).toBe(false);
    expect(holder.querySelectorAll('dialog')).toHaveLength(2);
    expect(holder.querySelector('dialog[open]')).toBeNull();
  });

  test('leaves the page on screen as it is', () => {
    const live = frame();
    snapshotMarkup(live);
    expect(live.querySelector('[role="menu"]')).not.toBeNull();
    expect(live.querySelector('dialog[open]')).not.toBeNull();
  });
});

describe('the kept snapshot', () => {
  const page = (key = 'start:anna@example.com:Cust10001') => ({
    html: '<div></div>',
    key,
    lang: 'en',
    until: null,
  });

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

  test.each(['{', '[]', '{"key":7}', 'null'])('an unreadable record %s belongs to nobody', (stored) => {
    localStorage.setItem(SNAPSHOT_KEY, stored);
    expect(startPageSnapshotKey()).toBeNull();
  });

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
