// Every screen a person meets, checked with axe (WCAG 2.1 A and AA) in light and dark, with a heading outline
// that makes sense; then the keyboard path through the Task menu and its dialogs, and the size of touch targets.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  androidPhone,
  desktopChrome,
  iPhone,
  instagramIos,
  presentDevice,
  type DeviceProfile,
} from './devices.ts';
import {
  APP,
  enterPassword,
  landingRendered,
  logIn,
  openTaskMenu,
  startPageHeading,
  signInHeading,
} from '../support/app.ts';
import { addAuthenticator } from '../support/authenticator.ts';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
type Scheme = 'light' | 'dark';

/** The visible headings' levels in document order (closed dialogs and hidden parts do not count). */
const headingLevels = (page: Page) =>
  page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) =>
      headings.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName[1])),
    );

/** axe finds nothing, and the headings form an outline: one h1, first, and no level skipped on the way down. */
async function expectAccessible(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
  );
  expect(found, `axe on ${screen}`).toEqual([]);
  const levels = await headingLevels(page);
  expect(levels[0], `${screen} starts with its h1`).toBe(1);
  expect(
    levels.filter((level) => level === 1),
    `${screen} has one h1`,
  ).toHaveLength(1);
  const skips = levels.filter((level, index) => index > 0 && level > levels[index - 1]! + 1);
  expect(skips, `${screen} skips no heading level (${levels.join(' ')})`).toEqual([]);
}

async function newPage(browser: Browser, colorScheme: Scheme, device?: DeviceProfile): Promise<Page> {
  const context = await browser.newContext({ ...device?.context, colorScheme, serviceWorkers: 'block' });
  const page = await context.newPage();
  if (device) await presentDevice(page, device);
  return page;
}

const waitForTenantStatuses = (page: Page) =>
  expect(page.locator('.tenant-status').filter({ hasText: 'Checking status' })).toHaveCount(0);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`every screen passes axe in ${colorScheme}`, () => {
    test.use({ colorScheme });

    test('/mobile on an iPhone, an Android phone, a computer and in an in-app browser, with Install open', async ({
      browser,
    }) => {
      for (const device of [iPhone, androidPhone, desktopChrome, instagramIos]) {
        const page = await newPage(browser, colorScheme, device);
        await page.goto('/mobile');
        await expect(landingRendered(page)).toBeVisible();
        if (device === desktopChrome) await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
        await expectAccessible(page, `/mobile on ${device.name}`);
        if (device !== instagramIos) {
          await page.getByRole('button', { name: 'Install', exact: true }).click();
          await expect(page.getByRole('radio').first()).toBeVisible();
          await expectAccessible(page, `/mobile on ${device.name} with Install open`);
        }
        await page.context().close();
      }
    });

    test('the sign-in screen, its Task menu, Settings, About and Reset login with its error', async ({
      page,
    }) => {
      await page.goto('/');
      await expect(signInHeading(page)).toBeVisible();
      await expectAccessible(page, 'the sign-in screen');

      const menu = await openTaskMenu(page);
      await expectAccessible(page, 'the signed-out Task menu');
      await menu.getByRole('menuitem', { name: 'Settings' }).click();
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
      await expectAccessible(page, 'the Settings dialog');
      await page.keyboard.press('Escape');

      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'About' }).click();
      await expect(page.getByRole('dialog', { name: 'About Mobile CRM' })).toBeVisible();
      await expectAccessible(page, 'the About dialog, signed out');
      await page.keyboard.press('Escape');

      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
      await page.getByLabel('Email address').fill('not an email');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByRole('alert')).toHaveText(/full email address/);
      await expectAccessible(page, 'Reset login with its validation error');
    });

    test("the sign-in service's login page, also with a wrong password", async ({ page }) => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page.getByLabel('Email')).toBeVisible();
      await expectAccessible(page, "the sign-in service's login page");
      await enterPassword(page, 'anna@example.com', 'wrong');
      await expect(page.getByRole('alert')).toContainText('incorrect');
      await expectAccessible(page, "the sign-in service's login page with a wrong password");
    });

    test("bjorn's Choose tenant, the start page, its Task menu and the Log out and About dialogs", async ({
      page,
    }) => {
      await logIn(page, 'bjorn@example.com');
      await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
      await waitForTenantStatuses(page);
      await expectAccessible(page, 'Choose tenant');

      await page.locator('[data-tenant="Cust20001"]').click();
      await expect(startPageHeading(page)).toBeVisible();
      await expectAccessible(page, 'the start page');

      const menu = await openTaskMenu(page);
      await expectAccessible(page, 'the signed-in Task menu');
      await menu.getByRole('menuitem', { name: 'Log out' }).click();
      await expect(page.getByRole('dialog', { name: 'Log out?' })).toBeVisible();
      await expectAccessible(page, 'the Log out dialog');
      await page.getByRole('button', { name: 'No' }).click();

      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'About' }).click();
      await expect(page.getByRole('dialog', { name: 'About Mobile CRM' })).toBeVisible();
      await expectAccessible(page, 'the About dialog, signed in');
      await page.keyboard.press('Escape');

      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Switch company' }).click();
      await expect(page.locator('[data-tenant="Cust20001"]')).toContainText('Current company');
      await waitForTenantStatuses(page);
      await expectAccessible(page, 'Choose company from Switch company, with the current one marked');
      await page.locator('[data-tenant="Cust20001"]').click();
      await expect(startPageHeading(page)).toBeVisible();

      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
      await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
      await expect(page.getByRole('region', { name: 'Last used' })).toBeVisible();
      await expectAccessible(page, 'the sign-in screen with the last used login and Not you?');
    });

    test("the error screens: dag's missing tenant, carla's stopped tenant, and offline", async ({
      browser,
    }) => {
      const dag = await newPage(browser, colorScheme);
      await logIn(dag, 'dag@example.com');
      await expect(dag.getByTestId('problem-no-tenant')).toBeVisible();
      await expectAccessible(dag, 'no tenant');
      await dag.context().close();

      const carla = await newPage(browser, colorScheme);
      await logIn(carla, 'carla@example.com');
      await expect(carla.getByTestId('problem-tenant-not-running')).toBeVisible();
      await expectAccessible(carla, 'tenant not running');
      await carla.context().close();

      const offline = await newPage(browser, colorScheme);
      await offline.goto(`${APP}/`);
      await expect(offline.getByRole('button', { name: 'Log in' })).toBeVisible();
      await offline.context().setOffline(true);
      await offline.getByRole('button', { name: 'Log in' }).click();
      await expect(offline.getByTestId('problem-offline')).toBeVisible();
      await expectAccessible(offline, 'offline');
      await offline.context().close();
    });

    test('the lock: the fingerprint question, Settings’ login part, the lock screen, a failed check, and no PRF', async ({
      browser,
    }) => {
      const page = await newPage(browser, colorScheme);
      const authenticator = await addAuthenticator(page);
      await logIn(page, 'anna@example.com');
      await expect(
        page.getByRole('heading', { level: 1, name: 'Log in with fingerprint or face next time?' }),
      ).toBeVisible();
      await expectAccessible(page, 'the fingerprint question');
      await page.getByRole('button', { name: 'Yes' }).click();
      await expect(startPageHeading(page)).toBeVisible();
      await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Settings' }).click();
      await expect(page.getByTestId('login-settings')).toBeVisible();
      await expectAccessible(page, 'Settings with the login settings');
      await page.keyboard.press('Escape');

      await page.goto(`${APP}/`);
      await expect(page.getByRole('heading', { level: 1, name: 'Mobile CRM is locked' })).toBeVisible();
      await expectAccessible(page, 'the lock screen');
      await authenticator.fail();
      await page.getByRole('button', { name: 'Log in with fingerprint or face' }).click();
      await expect(page.getByTestId('problem-fingerprint-failed')).toBeVisible();
      await expectAccessible(page, 'a fingerprint that was not recognised');
      await page.context().close();

      const noPrf = await newPage(browser, colorScheme);
      await addAuthenticator(noPrf, { prf: false });
      await logIn(noPrf, 'anna@example.com');
      await noPrf.getByRole('button', { name: 'Yes' }).click();
      await expect(noPrf.getByRole('alert')).toBeVisible();
      await expectAccessible(noPrf, 'the question’s answer on a device without PRF');
      await noPrf.context().close();
    });
  });
}

test.describe('by keyboard', () => {
  test('the Task menu opens and moves with the keyboard; its dialog keeps focus and gives it back', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    const task = page.getByRole('button', { name: 'Task' });
    await expect(task).toHaveAttribute('aria-haspopup', 'menu');
    await expect(task).toHaveAttribute('aria-expanded', 'false');

    await task.focus();
    await page.keyboard.press('ArrowUp');
    await expect(task).toHaveAttribute('aria-expanded', 'true');
    const menu = page.getByRole('menu', { name: 'Task' });
    await expect(menu.getByRole('menuitem')).toHaveText(['Log out', 'Get the app', 'Settings', 'About']);
    await expect(menu.getByRole('menuitem', { name: 'About' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Log out' })).toBeFocused();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Log out?' });
    await expect(dialog).toBeVisible();
    await expect(menu).toHaveCount(0);
    await expect(dialog.getByRole('button', { name: 'No' })).toBeFocused();
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await dialog.evaluate((element) => element.contains(document.activeElement)), key).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(task).toBeFocused();
    await expect(startPageHeading(page)).toBeVisible();

    // Escape in the menu closes it and returns to the Task button too.
    await page.keyboard.press('Enter');
    await expect(menu.getByRole('menuitem', { name: 'Log out' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toHaveCount(0);
    await expect(task).toBeFocused();
  });
});

test.describe('announcements', () => {
  test('status and error messages appear in live regions that were there before them', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText('');
    // Hold the sign-in service's answer a moment, long enough to hear "Opening the sign-in page…".
    await page.route('**/.well-known/openid-configuration', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(status).toHaveText('Opening the sign-in page…');
    await expect(page.getByLabel('Email')).toBeVisible();

    await page.goto('/');
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
    const email = page.getByLabel('Email address');
    await email.fill('nobody');
    await page.getByRole('button', { name: 'Continue' }).click();
    const error = page.getByRole('alert');
    await expect(error).toHaveText('Enter a full email address, like name@example.com.');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);

    await page.goto('/');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page.getByRole('alert')).toContainText('You are offline');
  });
});

test.describe('themes and motion', () => {
  test('light and dark follow the device, each with its own theme colour', async ({ browser }) => {
    const backgrounds: Record<string, string> = {};
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage(browser, colorScheme);
      await page.goto('/mobile');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      backgrounds[colorScheme] = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      const themeColors = await page
        .locator('meta[name="theme-color"]')
        .evaluateAll((metas) => metas.map((meta) => meta.getAttribute('media')));
      expect(themeColors).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
      await page.context().close();
    }
    expect(backgrounds).toEqual({ light: 'rgb(242, 247, 247)', dark: 'rgb(11, 31, 30)' });
  });

  test('with reduced motion the Share arrow stands still', async ({ browser }) => {
    for (const reducedMotion of ['no-preference', 'reduce'] as const) {
      const context = await browser.newContext({ ...iPhone.context, reducedMotion, serviceWorkers: 'block' });
      const page = await context.newPage();
      await presentDevice(page, iPhone);
      await page.goto('/mobile');
      await page.getByRole('button', { name: 'Install', exact: true }).click();
      const animation = await page
        .getByTestId('share-arrow')
        .locator('svg')
        .evaluate((arrow) => getComputedStyle(arrow).animationName);
      expect(animation).toBe(reducedMotion === 'reduce' ? 'none' : 'share-arrow-bounce');
      await context.close();
    }
  });
});

test.describe('touch targets', () => {
  /** Every visible button and link smaller than 44 × 44 CSS pixels, by its text. */
  const smallTargets = (page: Page) =>
    page.locator('button, a[href]').evaluateAll((elements) =>
      elements
        .filter((element) => element.checkVisibility())
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ element, box }) =>
            `${element.textContent?.trim() || element.getAttribute('aria-label')} ${box.width}×${box.height}`,
        ),
    );

  test('every button and link on /mobile is at least 44 px each way, on a phone and a computer', async ({
    browser,
  }) => {
    for (const device of [iPhone, desktopChrome]) {
      const page = await newPage(browser, 'light', device);
      await page.goto('/mobile');
      await expect(page.locator('a.store-badge').first()).toBeVisible();
      expect(await smallTargets(page), `/mobile on ${device.name}`).toEqual([]);
      await page.getByRole('button', { name: 'Install', exact: true }).click();
      await expect(page.getByRole('radio').first()).toBeVisible();
      expect(await smallTargets(page), `/mobile on ${device.name} with Install open`).toEqual([]);
      await page.context().close();
    }
  });

  test('every button and link on the start page is at least 44 px each way, Task menu included', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    expect(await smallTargets(page)).toEqual([]);
    await openTaskMenu(page);
    expect(await smallTargets(page)).toEqual([]);
  });
});
