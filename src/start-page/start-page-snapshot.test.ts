import {
  clearStartPageSnapshot,
  hasStartPageSnapshot,
  saveStartPageSnapshot,
  SNAPSHOT_KEY,
  snapshotMarkup,
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
  test('is saved, found and cleared', () => {
    expect(hasStartPageSnapshot()).toBe(false);
    saveStartPageSnapshot({ html: '<div></div>', key: 'k', lang: 'en', until: null });
    expect(JSON.parse(localStorage.getItem(SNAPSHOT_KEY)!)).toEqual({
      html: '<div></div>',
      key: 'k',
      lang: 'en',
      until: null,
    });
    expect(hasStartPageSnapshot()).toBe(true);
    clearStartPageSnapshot();
    expect(hasStartPageSnapshot()).toBe(false);
  });

  test('blocked storage is not an error', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => saveStartPageSnapshot({ html: '', key: 'k', lang: 'en', until: null })).not.toThrow();
    expect(() => clearStartPageSnapshot()).not.toThrow();
    vi.restoreAllMocks();
  });
});
