// @vitest-environment happy-dom
// src/boot/paint-first.ts loads a page's code once its prerendered screen has painted, or at once where nothing
// prerendered will show.
import { paintFirst } from './paint-first.ts';
import { BOOT_FILES_ID } from '../shared/boot-contract.ts';

const root = document.documentElement;
const preloaded = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );

let report: ((names: string[]) => void) | null = null;
/** A browser that reports paints: the test says when first-contentful-paint happens. */
class PaintReportingObserver {
  static supportedEntryTypes = ['paint'];
  constructor(
    callback: (list: { getEntriesByName: (name: string) => unknown[] }, observer: unknown) => void,
  ) {
    report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) }, this);
  }
  observe() {}
  disconnect() {}
}

/** Runs the boot as the page's head would; returns the modules it imported so far. */
function boot(observer: unknown = PaintReportingObserver) {
  const imported: string[] = [];
  const page = Object.assign(Object.create(window) as typeof window, {
    document,
    PerformanceObserver: observer,
    setTimeout: window.setTimeout.bind(window),
  });
  paintFirst(page, (url) => {
    imported.push(url);
    return Promise.resolve();
  });
  return imported;
}

beforeEach(() => {
  report = null;
  // As the build writes it: the page's files listed before the boot code.
  document.head.innerHTML = `<script type="application/json" id="${BOOT_FILES_ID}">{"entry":"/assets/index-1.js","app":["/assets/lazy-app-2.js","/assets/warm-start-3.js"]}</script>`;
  root.className = '';
});
afterEach(() => vi.useRealTimers());

describe('paint-first', () => {
  test('the prerendered screen paints first: the code loads at its first contentful paint, once', () => {
    const imported = boot();
    expect(imported).toEqual([]);
    expect(preloaded()).toEqual([]);
    report!(['first-paint']);
    expect(imported).toEqual([]);
    report!(['first-contentful-paint']);
    expect(imported).toEqual(['/assets/index-1.js']);
    expect(preloaded()).toEqual(['/assets/lazy-app-2.js', '/assets/warm-start-3.js']);
    report!(['first-contentful-paint']);
    expect(imported).toHaveLength(1);
  });

  test('a page that paints nothing (opened in the background) loads its code after a second', () => {
    vi.useFakeTimers();
    const imported = boot();
    vi.advanceTimersByTime(999);
    expect(imported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(imported).toEqual(['/assets/index-1.js']);
  });

  test.each([
    ['another language (the prerender is hidden)', 'translating'],
    ['another screen, or a relaunch with its start page', 'not-sign-in'],
  ])('%s loads the code at once', (_, mark) => {
    root.classList.add(mark);
    expect(boot()).toEqual(['/assets/index-1.js']);
    expect(preloaded()).toEqual(['/assets/lazy-app-2.js', '/assets/warm-start-3.js']);
  });

  test('a browser that cannot report paints loads the code at once', () => {
    expect(boot(class {})).toEqual(['/assets/index-1.js']);
    expect(boot(null)).toEqual(['/assets/index-1.js']);
  });
});
