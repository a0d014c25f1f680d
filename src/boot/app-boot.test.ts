// @vitest-environment happy-dom
// src/boot/app-boot.js decides, before index.html's first paint, whether a relaunch shows the start page as last
// drawn and whether the prerendered sign-in screen may show.
import { readFileSync } from 'node:fs';
import { SNAPSHOT_KEY, type StartPageSnapshot } from '../storage/start-page-snapshot.ts';

// Vitest runs from the project root.
const boot = readFileSync('src/boot/app-boot.js', 'utf8');
const preloaded = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) =>
    link.getAttribute('href'),
  );
const root = document.documentElement;

const snapshot = (overrides: Partial<StartPageSnapshot> = {}): StartPageSnapshot => ({
  html: '<div class="app-frame"><main><h1>Hello, Anna Larsen</h1></main></div>',
  key: 'start:anna@example.com:Cust20001',
  lang: 'en',
  until: null,
  ...overrides,
});

/** Runs the script at `address` as index.html's head would, then lets the parser write #app and what follows. */
async function launch(address: string) {
  const url = new URL(address, 'http://localhost');
  document.body.innerHTML = '';
  new Function('window', 'document', 'location', boot)(window, document, {
    pathname: url.pathname,
    search: url.search,
  });
  document.body.innerHTML =
    '<div id="app"><div class="app-frame prerendered"><h1>Log in</h1></div></div><noscript></noscript>';
  // MutationObserver callbacks run at the next microtask checkpoint, before the browser paints.
  await Promise.resolve();
  return {
    heading: document.querySelector('#app h1')?.textContent,
    signInHidden: root.classList.contains('not-sign-in'),
  };
}

beforeEach(() => {
  // As the build writes it: the app's chunk files listed before the script.
  document.head.innerHTML =
    '<script type="application/json" id="app-chunks">["/assets/app-1.js","/assets/warm-start-2.js"]</script>';
  root.className = '';
  root.removeAttribute('data-lang');
  root.lang = 'en';
  localStorage.clear();
});

describe('app-boot.js', () => {
  test('a first visit at / shows the prerendered sign-in screen', async () => {
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
  });

  test.each(['/callback', '/choose-tenant', '/reset-login', '/signed-out', '/start'])(
    'without a start page, %s hides the prerendered sign-in screen',
    async (path) => {
      expect(await launch(path)).toEqual({ heading: 'Log in', signInHidden: true });
    },
  );

  test.each(['/', '/start'])('a relaunch at %s paints the start page as last drawn', async (path) => {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot()));
    expect(await launch(path)).toEqual({ heading: 'Hello, Anna Larsen', signInHidden: true });
    expect(document.querySelectorAll('#app > *')).toHaveLength(1);
    // Marked, so the app's first render takes it over or removes it.
    expect(document.querySelector('#app > .app-frame')?.classList.contains('snapshot')).toBe(true);
  });

  test('a tampered snapshot paints its page, but nothing that acts by being there', async () => {
    const html =
      '<div class="app-frame"><meta http-equiv="refresh" content="0;url=https://evil.example">' +
      '<base href="https://evil.example/"><iframe src="https://evil.example"></iframe>' +
      '<form action="https://evil.example"><input name="password"></form><link rel="stylesheet" href="x.css">' +
      '<script>alert(1)</script><main><h1>Hello, Anna Larsen</h1></main></div>';
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot({ html })));
    expect((await launch('/')).heading).toBe('Hello, Anna Larsen');
    expect(
      document.querySelector('#app meta, #app base, #app iframe, #app form, #app link, #app script'),
    ).toBeNull();
  });

  test('the snapshot brings its language', async () => {
    root.dataset.lang = 'nb';
    localStorage.setItem(
      SNAPSHOT_KEY,
      JSON.stringify(snapshot({ lang: 'nb', html: '<div><h1>Hei</h1></div>' })),
    );
    expect((await launch('/')).heading).toBe('Hei');
    expect(root.lang).toBe('nb');
  });

  test.each([
    ['a callback', '/callback'],
    ['a deep link back after sign-in', '/?returnTo=/choose-tenant'],
    ['another screen', '/choose-tenant'],
  ])('%s never shows the start page snapshot', async (_, path) => {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot()));
    expect((await launch(path)).heading).toBe('Log in');
  });

  test('a session that can no longer be live shows no snapshot', async () => {
    const past = Math.floor(Date.now() / 1000) - 60;
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot({ until: past })));
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
  });

  test('a session live for a while yet shows it', async () => {
    const later = Math.floor(Date.now() / 1000) + 600;
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot({ until: later })));
    expect((await launch('/')).heading).toBe('Hello, Anna Larsen');
  });

  test.each([
    ['a language chosen in Settings since', 'en', 'sv'],
    ['a device now set to English', 'de', 'en'],
    ['a device now set to another language', 'de', 'nb'],
  ])('the snapshot drawn in another language (%s): the app draws the page anew', async (_, drawn, speaks) => {
    localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot({ lang: drawn })));
    // What src/boot/language-gate.js, which runs first, found the page will speak.
    root.dataset.lang = speaks;
    expect((await launch('/')).heading).toBe('Log in');
  });

  test.each(['{', 'null', '42', '{"html":7}', '[]'])(
    'an unreadable record %s starts the usual way',
    async (stored) => {
      localStorage.setItem(SNAPSHOT_KEY, stored);
      expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
    },
  );

  test('storage that throws (some private modes) starts the usual way', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
    vi.restoreAllMocks();
  });

  describe("holding the app's code back until the sign-in screen is on screen", () => {
    let report: ((names: string[]) => void) | null = null;
    beforeEach(() => {
      report = null;
      // A browser that reports paints: the test says when first-contentful-paint happens.
      class FakeObserver {
        static supportedEntryTypes = ['paint'];
        constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }) => void) {
          report = (names) => callback({ getEntriesByName: (name) => names.filter((n) => n === name) });
        }
        observe() {}
        disconnect() {}
      }
      vi.stubGlobal('PerformanceObserver', FakeObserver);
    });
    afterEach(() => {
      vi.unstubAllGlobals();
      vi.useRealTimers();
    });
    const holding = () => root.classList.contains('painting');

    test('a first visit at / holds it until the first contentful paint, then lets it go', async () => {
      const painted = vi.fn();
      addEventListener('painted', painted);
      await launch('/');
      expect(holding()).toBe(true);
      report!(['first-paint']);
      expect(holding()).toBe(true);
      report!(['first-contentful-paint']);
      expect(holding()).toBe(false);
      expect(painted).toHaveBeenCalledTimes(1);
      removeEventListener('painted', painted);
    });

    test('a page that paints nothing (opened in the background) lets it go after a second', async () => {
      vi.useFakeTimers();
      await launch('/');
      expect(holding()).toBe(true);
      vi.advanceTimersByTime(999);
      expect(holding()).toBe(true);
      vi.advanceTimersByTime(1);
      expect(holding()).toBe(false);
    });

    test.each([
      ['a relaunch with a start page', '/', true, false],
      ['another screen', '/callback', false, false],
      ['another language (the prerender is hidden)', '/', false, true],
    ])('%s never holds it', async (_, path, withSnapshot, translating) => {
      if (withSnapshot) localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot()));
      if (translating) root.classList.add('translating');
      await launch(path);
      expect(holding()).toBe(false);
    });

    test('a browser that cannot report paints never holds it', async () => {
      vi.stubGlobal('PerformanceObserver', class {});
      await launch('/');
      expect(holding()).toBe(false);
    });
  });

  describe('preloading the app', () => {
    test.each([
      ['a relaunch with a start page', '/', true],
      ['another screen', '/choose-tenant', false],
    ])('%s, which wants the app at once, preloads its chunks', async (_, path, withSnapshot) => {
      if (withSnapshot) localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot()));
      await launch(path);
      expect(preloaded()).toEqual(['/assets/app-1.js', '/assets/warm-start-2.js']);
    });

    test('without a list (the dev server) nothing is preloaded, and nothing fails', async () => {
      document.head.innerHTML = '';
      await launch('/start');
      expect(preloaded()).toEqual([]);
    });

    test('a first visit at / preloads nothing: the sign-in screen paints first', async () => {
      vi.stubGlobal(
        'PerformanceObserver',
        class {
          static supportedEntryTypes = ['paint'];
          observe() {}
        },
      );
      await launch('/');
      expect(preloaded()).toEqual([]);
      vi.unstubAllGlobals();
    });
  });
});
