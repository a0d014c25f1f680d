// Text at 200 % on a 320 px screen, as many people set it (WCAG 1.4.4, 1.4.10): no screen scrolls sideways, and no
// word that fits on a line is broken, in every language. "200 % text" is Chromium's default font size doubled
// through CDP's Page.setFontSizes (the preference behind chrome://settings/fonts), so everything sized in rem and
// em grows as with the system's text size while px stays; page zoom would grow px too. See
// tests/support/large-text.ts.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { brokenWords, rootFontSize, setTextSize, sidewaysOverflow } from '../support/large-text.ts';
import { LANGUAGES, switchLanguage } from '../support/app-language.ts';
import {
  androidPhone,
  desktopChrome,
  iPhone,
  instagramIos,
  presentDevice,
  type DeviceProfile,
} from './devices.ts';
import { enterPassword, landingRendered, logIn, startPageHeading } from '../support/app.ts';

const SCREEN = { width: 320, height: 568 };

async function openAt200(browser: Browser, options: { locale?: string; device?: DeviceProfile } = {}) {
  const context = await browser.newContext({
    ...options.device?.context,
    viewport: SCREEN,
    locale: options.locale ?? 'en-US',
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (options.device) await presentDevice(page, options.device);
  await setTextSize(page, 200);
  return page;
}

/** Nothing sticks out sideways and no word that fits on a line is broken. */
async function expectFits(page: Page, where: string) {
  expect(await rootFontSize(page), `${where}: text at 200 %`).toBe(32);
  expect(await sidewaysOverflow(page), `${where}: nothing scrolls sideways`).toEqual({
    overflow: 0,
    culprits: [],
  });
  expect(await brokenWords(page), `${where}: no word broken inside`).toEqual([]);
}

/** Task menu open, with focus on its first item (where Escape closes it). */
const openTask = async (page: Page) => {
  await page.locator('.task-button').click();
  await expect(page.getByRole('menu').getByRole('menuitem').first()).toBeFocused();
};
/** Task → an item that opens a dialog, once the dialog is on screen (it opens after the menu's render). */
const openDialog = async (page: Page, item: string) => {
  await openTask(page);
  await page.locator(`[role="menuitem"][data-item="${item}"]`).click();
  await expect(page.locator('dialog[open]')).toBeVisible();
};

/** What is checked on a screen: the screen itself, and what opens on it (a menu, a dialog). */
type Views = Record<string, () => Promise<void>>;

/**
 * Each view of a screen in every language, switched in Settings as a person would; Escape closes what a view
 * opened before the next.
 */
async function inEveryLanguage(page: Page, views: Views) {
  for (const language of LANGUAGES) {
    await switchLanguage(page, language);
    for (const [where, show] of Object.entries(views)) {
      await show();
      await expectFits(page, `${where} (${language})`);
      await page.keyboard.press('Escape');
      await expect(page.locator('dialog[open], [role="menu"]')).toHaveCount(0);
    }
  }
  await switchLanguage(page, 'en');
}

const nothing = async () => {};

test.describe('at 320 px with text at 200 %', () => {
  // Six languages switched in Settings for each screen: more steps than the usual journey.
  test.slow();

  for (const device of [iPhone, androidPhone, desktopChrome, instagramIos]) {
    test(`/mobile on ${device.name}, with each Install choice, in every language`, async ({ browser }) => {
      const page = await openAt200(browser, { device });
      await page.goto('/mobile');
      for (const language of LANGUAGES) {
        // The language a person chose in the app's Settings, which /mobile speaks too.
        await page.evaluate((chosen) => localStorage.setItem('mobile-crm-language', chosen), language);
        await page.reload();
        await expect(landingRendered(page)).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expectFits(page, `/mobile (${language})`);
        if (device === instagramIos) continue;
        await page.locator('.install-open').click();
        for (const type of ['ios', 'android', 'computer']) {
          await page.locator(`input[name="device-type"][value="${type}"]`).check();
          await expect(
            page.getByTestId('install-steps').or(page.getByTestId('install-prompt')),
          ).toBeVisible();
          await expectFits(page, `/mobile (${language}), Install for ${type}`);
        }
      }
      await page.context().close();
    });
  }

  test('the sign-in screen, its Task menu, Settings, About, Reset login with its error, and offline', async ({
    browser,
  }) => {
    const page = await openAt200(browser);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await inEveryLanguage(page, {
      'the sign-in screen': nothing,
      'its Task menu': () => openTask(page),
      Settings: () => openDialog(page, 'settings'),
      About: () => openDialog(page, 'about'),
    });

    await openTask(page);
    await page.locator('[role="menuitem"][data-item="reset-login"]').click();
    await page.locator('#reset-email').fill('not an email');
    await inEveryLanguage(page, {
      'Reset login with its error': async () => {
        await page.locator('form .button').first().click();
        await expect(page.locator('#reset-email-error')).toBeVisible();
      },
    });

    await page.goto('/');
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByTestId('problem-offline')).toBeVisible();
    await inEveryLanguage(page, { 'the offline problem screen': nothing });
    await page.context().close();
  });

  test("bjorn's Choose company, start page, Task menu, Log out and About", async ({ browser }) => {
    const page = await openAt200(browser);
    await logIn(page, 'bjorn@example.com');
    await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
    await inEveryLanguage(page, {
      // Statuses are asked for the rows in view, and at 200 % the list is taller than the screen: each row is read
      // as a person scrolls down to it, so every status text is measured.
      'Choose company': async () => {
        for (const row of await page.locator('.tenant-choice').all()) {
          await row.scrollIntoViewIfNeeded();
          await expect(row.locator('.tenant-status-pending')).toHaveCount(0);
        }
      },
    });
    await page.locator('[data-tenant="Cust20001"]').click();
    await expect(startPageHeading(page)).toBeVisible();
    await inEveryLanguage(page, {
      'the start page': nothing,
      'its Task menu': () => openTask(page),
      'the Log out dialog': () => openDialog(page, 'log-out'),
      'About, signed in': () => openDialog(page, 'about'),
    });
    await page.context().close();
  });

  test("dag's and carla's problem screens, with their Task menus", async ({ browser }) => {
    for (const [email, problem] of [
      ['dag@example.com', 'problem-no-tenant'],
      ['carla@example.com', 'problem-tenant-not-running'],
    ] as const) {
      const page = await openAt200(browser);
      await page.goto('/');
      await page.getByRole('button', { name: 'Log in' }).click();
      await enterPassword(page, email);
      await expect(page.getByTestId(problem)).toBeVisible();
      await inEveryLanguage(page, { [problem]: nothing, [`${problem}, Task menu`]: () => openTask(page) });
      await page.context().close();
    }
  });
});
