// The app's Choose company for a consultant: its render time with 3, 30 and 300 companies, a keystroke in its
// filter at 300, and the size of the id_token that lists them (the local profile's tenants claim), which the app
// keeps in IndexedDB and sends again at log out.
import type { Browser, Page } from '@playwright/test';
import { APP } from '../../tests/support/app.ts';
import { median, round } from './util.ts';

export const COMPANY_COUNTS = [3, 30, 300] as const;
const RUNS = 5;
const CONSULTANT = { email: 'kari@partner.example', password: 'demo' };

export interface ChooseCompanyFigures {
  /** Median ms from the route change until the list of N companies is painted, by N. */
  renderMs: Record<string, number | null>;
  runs: Record<string, number[]>;
  /** Median ms from a keystroke in the filter until the list and count are painted, with 300 companies. */
  keystrokeMs: number | null;
  /** The consultant's id_token, as the app stores it (bytes of its compact JWS). */
  idTokenBytes: number;
  /** The id_token's tenants claim, as JSON. */
  tenantsClaimBytes: number;
}

/** The stored oidc user (tokens and the decoded profile); `tenants` given: its profile lists only those. */
function storedUser(page: Page, tenants?: unknown[]) {
  return page.evaluate(
    (replacement) =>
      new Promise<{ id_token: string; profile: { tenants: unknown[] } }>((resolve, reject) => {
        const open = indexedDB.open('mobile-crm-auth-user');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('records', 'readwrite');
          const store = tx.objectStore('records');
          const keys = store.getAllKeys();
          keys.onsuccess = () => {
            const key = keys.result.find((candidate) => String(candidate).startsWith('user:'))!;
            const get = store.get(key);
            get.onsuccess = () => {
              const user = JSON.parse(get.result as string);
              if (replacement) {
                user.profile.tenants = replacement;
                store.put(JSON.stringify(user), key);
              }
              tx.oncomplete = () => resolve(user);
            };
          };
        };
      }),
    tenants ?? null,
  );
}

/**
 * Shows another screen, then Choose company again, by the router's own popstate: the app stays loaded, so the time
 * is the screen's (reading the session and the remembered company from IndexedDB, rendering, painting).
 */
function renderChooseCompany(page: Page, count: number): Promise<number> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async (expected) => {
    history.pushState(null, '', '/reset-login');
    dispatchEvent(new PopStateEvent('popstate'));
    while (document.querySelector('.tenant-list')) await new Promise(requestAnimationFrame);
    const start = performance.now();
    const listed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (document.querySelectorAll('.tenant-list > li').length !== expected) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true });
    });
    history.pushState(null, '', '/choose-tenant');
    dispatchEvent(new PopStateEvent('popstate'));
    await listed;
    // Painted: the frame after the one that drew the list.
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, count);
}

/**
 * One keystroke in the filter: from the input event until the next frame but one. Preact renders in a microtask
 * after the event, so that frame shows the new count and list.
 */
function filterKeystroke(page: Page, text: string): Promise<number> {
  return page.evaluate(async (value) => {
    const input = document.querySelector<HTMLInputElement>('#tenant-filter')!;
    const start = performance.now();
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise(requestAnimationFrame);
    await new Promise(requestAnimationFrame);
    return performance.now() - start;
  }, text);
}

export async function measureChooseCompany(
  browser: Browser,
  info: (message: string) => void,
): Promise<ChooseCompanyFigures> {
  const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: APP });
  try {
    const page = await context.newPage();
    await page.goto(`${APP}/`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.getByLabel('Email', { exact: true }).fill(CONSULTANT.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(CONSULTANT.password);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.locator('.tenant-list > li').nth(299).waitFor({ timeout: 30_000 });

    const user = await storedUser(page);
    const all = user.profile.tenants;
    const runs: Record<string, number[]> = {};
    for (const count of COMPANY_COUNTS) {
      await storedUser(page, all.slice(0, count));
      // One unmeasured render first: the screen's code and the browser's caches are warm for every count alike.
      await renderChooseCompany(page, count);
      runs[count] = [];
      for (let run = 0; run < RUNS; run += 1) runs[count]!.push(await renderChooseCompany(page, count));
      info(`  Choose company with ${count}: ${runs[count]!.map((ms) => Math.round(ms)).join(', ')} ms`);
    }

    const keystrokes: number[] = [];
    for (const text of ['t', 'tr', 'tro', 'trom', 'troms', 'tromso', ''])
      keystrokes.push(await filterKeystroke(page, text));
    info(`  filter keystrokes at 300: ${keystrokes.map((ms) => Math.round(ms)).join(', ')} ms`);

    return {
      renderMs: Object.fromEntries(COMPANY_COUNTS.map((count) => [count, round(median(runs[count]!), 1)])),
      runs,
      keystrokeMs: round(median(keystrokes), 1),
      idTokenBytes: new TextEncoder().encode(user.id_token).length,
      tenantsClaimBytes: new TextEncoder().encode(JSON.stringify(all)).length,
    };
  } finally {
    await context.close();
  }
}
