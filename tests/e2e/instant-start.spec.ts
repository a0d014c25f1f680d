// What index.html paints before any module has run: the start page as last drawn on a relaunch, the sign-in screen
// at / otherwise; and how the app then takes those very elements over.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  APP,
  logIn,
  openTaskMenu,
  snapshotHeading,
  startPageHeading,
  watchCspViolations,
  logOut,
  signInHeading,
} from '../support/app.ts';

// Requests are held below; with a service worker in between, the page's routes would not see them.
test.use({ serviceWorkers: 'block' });

const SNAPSHOT_KEY = 'mobile-crm-start-page';
const snapshot = (page: Page) => page.evaluate((key) => localStorage.getItem(key), SNAPSHOT_KEY);

/** Holds the app's main chunk until the returned function is called. */
async function holdAppCode(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/lazy-app-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Every h1 text and whether the prerendered sign-in screen was visible, at each frame before load. */
async function recordFrames(context: BrowserContext) {
  await context.addInitScript(() => {
    const frames: string[] = ((window as unknown as { __frames: string[] }).__frames = []);
    const look = () => {
      const prerendered = document.querySelector('.prerendered');
      const heading = document.querySelector('h1');
      if (heading) frames.push(`h1: ${heading.textContent}`);
      if (prerendered) frames.push(`sign-in prerender: ${getComputedStyle(prerendered).visibility}`);
      if (document.readyState !== 'complete') requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}
const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);

test('a relaunch paints the start page before the app has loaded, and the app takes those elements over', async ({
  page,
  context,
}) => {
  // The snapshot is painted by the inline boot code: the CSP must let it through, and nothing else.
  const csp = await watchCspViolations(context);
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  await expect.poll(() => snapshot(page)).toContain('Nordic Sales AS');

  const release = await holdAppCode(page);
  await page.goto(`${APP}/`, { waitUntil: 'commit' });
  // Drawn from the snapshot alone: the app's code has not arrived.
  await expect(snapshotHeading(page)).toHaveText('Hello, Anna Larsen');
  await expect(
    page.getByTestId('tenant-card').getByRole('heading', { name: 'Nordic Sales AS' }),
  ).toBeVisible();
  await expect(page.locator('#app > .app-frame.snapshot')).toHaveCount(1);
  await page.locator('#app h1').evaluate((h1) => ((h1 as unknown as { mark: boolean }).mark = true));

  release();
  await expect(page).toHaveURL(`${APP}/start`);
  await expect(page.locator('#app > .app-frame.snapshot')).toHaveCount(0);
  await expect(page.locator('#app > .app-frame')).toHaveCount(1);
  // The same heading element, now the app's: nothing was torn down and drawn again.
  expect(await page.locator('#app h1').evaluate((h1) => (h1 as unknown as { mark?: boolean }).mark)).toBe(
    true,
  );
  // And it works: the Task menu opens.
  await expect((await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' })).toBeVisible();
  expect(csp).toEqual([]);
});

test('a snapshot planted in storage paints as text: no link elsewhere, no handler, no style of its own', async ({
  page,
}) => {
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  await expect.poll(() => snapshot(page)).toContain('Nordic Sales AS');

  // What a script on the page, an extension or a shared computer could leave in storage.
  const attack =
    '<a href="https://evil.example">Sign in again</a><img src="/icons/icon.svg" onerror="window.pwned=1" onload="window.pwned=1">' +
    '<svg><a href="javascript:window.pwned=1"><text y="20">Tap</text></a></svg>' +
    '<p style="position:fixed;inset:0;background:red">Covered</p>';
  await page.evaluate(
    ({ key, attack }) => {
      const kept = JSON.parse(localStorage.getItem(key)!);
      // Both ways a record could carry markup: as the page's markup, and inside the fields it shows.
      kept.html = `<div class="app-frame"><main><h1>${attack}</h1></main></div>`;
      const link = { label: attack, href: 'https://evil.example/' };
      kept.view = { ...kept.view, heading: attack, tenantName: attack, webClient: link };
      localStorage.setItem(key, JSON.stringify(kept));
    },
    { key: SNAPSHOT_KEY, attack },
  );

  const release = await holdAppCode(page);
  await page.goto(`${APP}/`, { waitUntil: 'commit' });
  const painted = page.locator('#app > .app-frame.snapshot');
  await expect(painted.getByRole('heading', { level: 1 })).toHaveText(attack);
  // Only the start page's own elements: its header's icon, and nothing planted.
  await expect(painted.locator('main').locator('a, img, svg, [style]')).toHaveCount(0);
  await expect(painted.locator('img')).toHaveCount(1);
  await expect(page.locator('a[href*="evil.example"], a[href^="javascript:"]')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  release();
  // The app then draws the real page over it.
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
});

test('after log out nothing of the last start page is kept or painted', async ({ page, context }) => {
  await logIn(page, 'anna@example.com');
  await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  await expect.poll(() => snapshot(page)).not.toBeNull();

  await logOut(page);
  expect(await snapshot(page)).toBeNull();

  await recordFrames(context);
  await page.goto(`${APP}/`);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect((await frames(page)).filter((frame) => frame.includes('Hello'))).toEqual([]);
});

test('the sign-in screen is in the HTML, and the first render reuses it', async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
  const bare = await noScript.newPage();
  await bare.goto(`${APP}/`);
  await expect(bare.getByRole('heading', { level: 1, name: 'Log in to Mobile CRM' })).toBeVisible();
  await expect(bare.getByText('Use your SuperOffice account.')).toBeVisible();
  await noScript.close();

  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const release = await holdAppCode(page);
  await page.goto(`${APP}/`, { waitUntil: 'commit' });
  const heading = signInHeading(page);
  await expect(heading).toBeVisible();
  await heading.evaluate((h1) => ((h1 as unknown as { mark: boolean }).mark = true));
  release();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  expect(await heading.evaluate((h1) => (h1 as unknown as { mark?: boolean }).mark)).toBe(true);
  await expect(page.locator('.prerendered')).toHaveCount(0);
  await context.close();
});

test('screens other than / never show the prerendered sign-in screen', async ({ page, context }) => {
  await recordFrames(context);
  await page.goto(`${APP}/`);
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
  // The record can see it: at / it shows.
  expect(await frames(page)).toContain('sign-in prerender: visible');

  // Reset login has its own screen; the sign-in screen never flashes first.
  await page.goto(`${APP}/reset-login`);
  await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
  await page.waitForLoadState('load');
  expect(await frames(page)).not.toContain('sign-in prerender: visible');
});

test("the app's code failing to arrive ends on a screen that says so, not on a sign-in screen without its button", async ({
  page,
}) => {
  await page.route(/\/assets\/lazy-app-[\w-]+\.js$/, (route) => route.abort('connectionreset'));
  await page.goto(`${APP}/`);
  const problem = page.getByTestId('app-load-error');
  await expect(problem).toBeVisible();
  await expect(problem.getByRole('button')).toBeVisible();
  // The prerendered sign-in screen is gone with it: nothing on screen suggests Log in could work.
  await expect(page.locator('.prerendered')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

  // Back online, the button brings the app.
  await page.unroute(/\/assets\/lazy-app-[\w-]+\.js$/);
  await problem.getByRole('button').click();
  await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
});
