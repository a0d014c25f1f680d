// @vitest-environment happy-dom
// src/boot/app-boot.ts decides, before index.html's first paint, whether a relaunch shows the start page as last
// shown and whether the prerendered sign-in screen may show.
import { renderToString } from 'preact-render-to-string';
import { bootApp } from './app-boot.ts';
import { AWAY_KEY, START_PAGE_KEY, START_PAGE_TEMPLATE_ID } from '../shared/boot-contract.ts';
import { StartPageTemplate } from '../lazy-app/start-page/index.tsx';
import { startPageSnapshot } from '../../tests/support/start-page-snapshot.ts';

const root = document.documentElement;
const plant = (record: unknown) =>
  localStorage.setItem(START_PAGE_KEY, typeof record === 'string' ? record : JSON.stringify(record));

/** Runs the boot at `address` as index.html's head would, then lets the parser write #app and what follows. */
async function launch(address: string) {
  const url = new URL(address, 'http://localhost');
  document.body.innerHTML = '';
  bootApp({ pathname: url.pathname, search: url.search });
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
  // As the build writes it: the start page's template, rendered from the start page itself.
  document.head.innerHTML = `<template id="${START_PAGE_TEMPLATE_ID}">${renderToString(<StartPageTemplate />)}</template>`;
  root.className = '';
  root.removeAttribute('data-lang');
  root.lang = 'en';
  localStorage.clear();
});

describe('app-boot', () => {
  test('a first visit at / shows the prerendered sign-in screen', async () => {
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
  });

  test.each(['/callback', '/choose-tenant', '/reset-login', '/signed-out', '/start'])(
    'without a start page, %s hides the prerendered sign-in screen',
    async (path) => {
      expect(await launch(path)).toEqual({ heading: 'Log in', signInHidden: true });
    },
  );

  test.each([
    ['no longer than Auto logout allows', 60_000, 'Hello, Anna Larsen'],
    ['longer than Auto logout allows', -1, 'Log in'],
  ])('back after %s, a relaunch paints the start page only within the time', async (_, left, heading) => {
    plant(startPageSnapshot());
    localStorage.setItem(AWAY_KEY, String(Date.now() + left));
    expect((await launch('/')).heading).toBe(heading);
  });

  test('an unreadable away time paints nothing of the last start page', async () => {
    plant(startPageSnapshot());
    localStorage.setItem(AWAY_KEY, 'later');
    expect((await launch('/')).heading).toBe('Log in');
  });

  test.each(['/', '/start'])('a relaunch at %s paints the start page as last shown', async (path) => {
    plant(startPageSnapshot());
    expect(await launch(path)).toEqual({ heading: 'Hello, Anna Larsen', signInHidden: true });
    expect(document.querySelectorAll('#app > *')).toHaveLength(1);
    const page = document.querySelector('#app > .app-frame')!;
    // Marked, so the app's first render takes it over or removes it.
    expect(page.classList.contains('snapshot')).toBe(true);
    expect(page.querySelector('[data-testid="tenant-card"] h2')?.textContent).toBe('Nordic Sales AS');
    expect(page.querySelector('[data-testid="tenant-id"]')?.textContent).toBe('Cust20001');
    expect(page.querySelector('[data-testid="tenant-status"]')?.textContent).toBe('Running');
    // A link is never kept: the app's own render adds the web client's.
    expect(page.querySelector('a')).toBeNull();
    expect(page.querySelector('[data-testid="maintenance-notice"]')).toBeNull();
    // No slot is left unfilled.
    expect(page.textContent).not.toMatch(/\u2063/);
  });

  test('a maintenance notice shows; a page without a web client has no link', async () => {
    plant(startPageSnapshot({}, { notice: 'Maintenance tonight', webClient: null }));
    await launch('/');
    expect(document.querySelector('[data-testid="maintenance-notice"]')?.textContent).toBe(
      'Maintenance tonight',
    );
    expect(document.querySelector('#app a')).toBeNull();
  });

  test('a planted snapshot shows its text as text: no markup, no script, no link elsewhere', async () => {
    const planted =
      '<a href="https://evil.example">Sign in again</a><img src=x onerror="alert(1)">' +
      '<svg><a href="javascript:alert(1)"><text>Tap</text></a></svg><p style="position:fixed;inset:0">Cover</p>';
    plant(
      startPageSnapshot(
        {},
        {
          heading: planted,
          tenantName: planted,
          notice: planted,
          webClient: { label: planted, href: 'https://evil.example/' },
        },
      ),
    );
    await launch('/');
    const page = document.querySelector('#app > .app-frame')!;
    expect(page.querySelector('h1')?.textContent).toBe(planted);
    // Only the start page's own elements, none of the planted ones, and no attribute it does not render.
    const elements = [...page.querySelector('main')!.querySelectorAll('*')];
    expect(new Set(elements.map((element) => element.localName))).toEqual(
      new Set(['h1', 'div', 'p', 'section', 'h2', 'dl', 'dt', 'dd']),
    );
    expect(page.querySelectorAll('[style], [onerror], [src="x"]')).toHaveLength(0);
    // No link at all: a kept web-client link is not painted, wherever it leads.
    expect(page.querySelectorAll('a')).toHaveLength(0);
  });

  test('a snapshot kept as markup (before it kept data) is not painted', async () => {
    plant({
      html: '<div class="app-frame"><main><h1>Hello, Anna Larsen</h1></main></div>',
      key: 'k',
      lang: 'en',
      until: null,
    });
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
  });

  test('the snapshot brings its language', async () => {
    root.dataset.lang = 'nb';
    plant(startPageSnapshot({ lang: 'nb' }, { heading: 'Hei, Anna Larsen' }));
    expect((await launch('/')).heading).toBe('Hei, Anna Larsen');
    expect(root.lang).toBe('nb');
  });

  test.each([
    ['a callback', '/callback'],
    ['a deep link back after sign-in', '/?returnTo=/choose-tenant'],
    ['another screen', '/choose-tenant'],
  ])('%s never shows the start page snapshot', async (_, path) => {
    plant(startPageSnapshot());
    expect((await launch(path)).heading).toBe('Log in');
  });

  test('a session that can no longer be live shows no snapshot', async () => {
    plant(startPageSnapshot({ until: Math.floor(Date.now() / 1000) - 60 }));
    expect(await launch('/')).toEqual({ heading: 'Log in', signInHidden: false });
  });

  test('a session live for a while yet shows it', async () => {
    plant(startPageSnapshot({ until: Math.floor(Date.now() / 1000) + 600 }));
    expect((await launch('/')).heading).toBe('Hello, Anna Larsen');
  });

  test.each([
    ['a language chosen in Settings since', 'en', 'sv'],
    ['a device now set to English', 'de', 'en'],
    ['a device now set to another language', 'de', 'nb'],
  ])('the snapshot drawn in another language (%s): the app draws the page anew', async (_, drawn, speaks) => {
    plant(startPageSnapshot({ lang: drawn }));
    // What the language gate, which runs first, found the page will speak.
    root.dataset.lang = speaks;
    expect((await launch('/')).heading).toBe('Log in');
  });

  test.each(['{', 'null', '42', '{"view":7}', '[]'])(
    'an unreadable record %s starts the usual way',
    async (stored) => {
      plant(stored);
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
});
