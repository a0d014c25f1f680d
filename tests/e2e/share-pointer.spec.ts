// The "Share is here" pointer, the key step of installing on iOS, measured on real pixels: it must stand out from
// what is painted behind it (contrast at least 3:1, WCAG 1.4.11) and never lie across the steps it explains, right
// after Install and scrolled, on an iPhone, an iPad and iOS Chrome, light and dark, at 390 and 320 px.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { iPad, iPhone, presentDevice, type DeviceProfile } from './devices.ts';
import { landingRendered } from '../support/app.ts';
import { inkAgainstBackground, overlaps, textBoxes } from '../support/painted-pixels.ts';
import { setTextSize } from '../support/large-text.ts';

const iosChrome: DeviceProfile = {
  ...iPhone,
  name: 'Chrome on an iPhone',
  context: {
    ...iPhone.context,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0.6478.54 Mobile/15E148 Safari/604.1',
  },
};

const iPhoneSafari26: DeviceProfile = {
  ...iPhone,
  name: 'an iPhone on iOS 26',
  context: {
    ...iPhone.context,
    userAgent:
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.0 Mobile/15E148 Safari/604.1',
  },
};

async function openInstall(
  browser: Browser,
  device: DeviceProfile,
  colorScheme: 'light' | 'dark',
  options: { width?: number; text?: number } = {},
): Promise<Page> {
  const viewport = {
    ...device.context.viewport!,
    ...(options.width ? { width: options.width, height: 568 } : {}),
  };
  const context = await browser.newContext({
    ...device.context,
    viewport,
    colorScheme,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await presentDevice(page, device);
  if (options.text) await setTextSize(page, options.text);
  await page.goto('/mobile');
  await expect(landingRendered(page)).toBeVisible();
  await page.getByRole('button', { name: 'Install', exact: true }).click();
  await expect(page.getByTestId('install-steps')).toBeVisible();
  return page;
}

/** The pointer is on screen, stands out from what is behind it, and lies across no step's text. */
async function expectPointerClear(page: Page, where: string) {
  const pointer = page.getByTestId('share-arrow');
  await expect(pointer, `${where}: the pointer is on screen`).toBeInViewport({ ratio: 0.98 });
  const ink = await inkAgainstBackground(page, pointer);
  expect(ink.medianContrast, `${where}: contrast against what is behind it`).toBeGreaterThanOrEqual(3);
  const box = (await pointer.boundingBox())!;
  const covered = (await textBoxes(page.getByTestId('install-steps').locator('li')))
    .filter((step) => step.boxes.some((line) => overlaps(line, box)))
    .map((step) => step.text);
  expect(covered, `${where}: steps the pointer lies across`).toEqual([]);
  // A backdrop of its own (most of its box painted), so it reads the same over anything.
  expect(ink.share, `${where}: the pointer paints its box`).toBeGreaterThan(0.5);
}

/** Right after Install, then with each step scrolled to the top and to the bottom of the screen. */
async function expectClearWhileScrolling(page: Page, where: string) {
  await expectPointerClear(page, `${where}, right after Install`);
  const checked = new Set([await page.evaluate(() => scrollY)]);
  const steps = page.getByTestId('install-steps').locator('li');
  for (let at = 0; at < (await steps.count()); at++) {
    for (const block of ['start', 'end'] as const) {
      const scrolled = await steps
        .nth(at)
        .evaluate((step, to) => (step.scrollIntoView({ block: to }), scrollY), block);
      // Scrolled away with the panel is fine; on screen, it must still be clear of the steps.
      const onScreen = await page.getByTestId('share-arrow').evaluate((node) => {
        const box = node.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= innerHeight;
      });
      if (onScreen && !checked.has(scrolled))
        await expectPointerClear(page, `${where}, step ${at + 1} scrolled to the ${block}`);
      checked.add(scrolled);
    }
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the Share pointer in ${colorScheme}`, () => {
    test('iPhone Safari: at the bottom, above the toolbar, at 390 and 320 px', async ({ browser }) => {
      for (const width of [390, 320]) {
        const page = await openInstall(browser, iPhone, colorScheme, { width });
        await expect(page.getByTestId('share-arrow')).toHaveClass(/share-arrow-bottom/);
        await expectClearWhileScrolling(page, `iPhone Safari at ${width} px`);
        await page.context().close();
      }
    });

    test('iPad Safari and Chrome on an iPhone: at the top, where their Share button is', async ({
      browser,
    }) => {
      for (const device of [iPad, iosChrome]) {
        const page = await openInstall(browser, device, colorScheme);
        await expect(page.getByTestId('share-arrow')).toHaveClass(/share-arrow-top/);
        await expectClearWhileScrolling(page, device.name);
        await page.context().close();
      }
    });

    test('iPhone Safari at 320 px with text at 200 %', async ({ browser }) => {
      const page = await openInstall(browser, iPhone, colorScheme, { width: 320, text: 200 });
      await expectClearWhileScrolling(page, 'iPhone Safari, 320 px, 200 % text');
      await page.context().close();
    });
  });
}

test('iOS 26 Safari, whose compact tab bar may keep Share behind •••: the step and the pointer say both', async ({
  browser,
}) => {
  const page = await openInstall(browser, iPhoneSafari26, 'light');
  const steps = page.getByTestId('install-steps').locator('li');
  await expect(steps.first()).toHaveAttribute('data-step', 'ios-safari-share-or-more');
  await expect(steps.first()).toContainText('Share');
  await expect(steps.first()).toContainText('•••');
  await expect(steps).toHaveCount(3);
  await expect(page.getByTestId('share-arrow')).toHaveText('Share is here, or under •••');
  await expectPointerClear(page, 'iOS 26 Safari');
});
