import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  androidPhone,
  androidTablet,
  desktopChrome,
  desktopFirefox,
  harmonyOs,
  iPad,
  iPhone,
  instagramAndroid,
  instagramIos,
  presentDevice,
  type DeviceProfile,
} from './devices.ts';
import { landingRendered } from '../support/app.ts';

const APP_STORE = 'https://apps.apple.com/app/superoffice-mobile-crm/id1516435957';
const GOOGLE_PLAY = 'https://play.google.com/store/apps/details?id=no.superoffice.mobile';

async function openAs(browser: Browser, device: DeviceProfile, path = '/mobile'): Promise<Page> {
  const context = await browser.newContext({ ...device.context, serviceWorkers: 'block' });
  const page = await context.newPage();
  await presentDevice(page, device);
  await page.goto(path);
  // Read nothing before the first render (the heading alone is prerendered HTML); an installed app leaves for `/`.
  await expect(landingRendered(page).or(page.locator('#app .app-frame'))).toBeVisible();
  return page;
}

async function storeLinks(page: Page) {
  return page
    .locator('a.store-badge')
    .evaluateAll((links) =>
      links.map((link) => ({ store: link.getAttribute('data-store'), href: link.getAttribute('href') })),
    );
}

const detected = (page: Page) =>
  page.evaluate(() => ({ ...document.documentElement.dataset }) as Record<string, string | undefined>);

test.describe('/mobile on each kind of device', () => {
  test('an iPhone gets the App Store and Add to Home Screen steps with an arrow to the bottom Share button', async ({
    browser,
  }) => {
    const page = await openAs(browser, iPhone);
    await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
    expect(await detected(page)).toMatchObject({ platform: 'ios', browser: 'safari', inapp: '' });
    expect(await storeLinks(page)).toEqual([{ store: 'app-store', href: APP_STORE }]);
    await expect(page.getByRole('img', { name: 'Download on the App Store' })).toBeVisible();

    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByRole('radio', { name: /iPhone or iPad/ })).toBeChecked();
    const steps = page.getByTestId('install-steps').locator('li');
    await expect(steps.first()).toHaveAttribute('data-step', 'ios-safari-share');
    await expect(steps).toContainText(['Share', 'Add to Home Screen', 'Add']);
    await expect(page.getByTestId('share-arrow')).toHaveClass(/share-arrow-bottom/);
  });

  test('an iPad in desktop mode is recognised as an iPad, with the Share arrow at the top', async ({
    browser,
  }) => {
    const page = await openAs(browser, iPad);
    expect(await detected(page)).toMatchObject({ platform: 'ipados', browser: 'safari', inapp: '' });
    expect(await storeLinks(page)).toEqual([{ store: 'app-store', href: APP_STORE }]);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByRole('radio', { name: /iPhone or iPad/ })).toBeChecked();
    await expect(page.getByTestId('share-arrow')).toHaveClass(/share-arrow-top/);
  });

  test('an Android phone gets Google Play with its attribution, and Install opens the browser prompt', async ({
    browser,
  }) => {
    const page = await openAs(browser, androidPhone);
    expect(await detected(page)).toMatchObject({ platform: 'android', browser: 'chrome', inapp: '' });
    expect(await storeLinks(page)).toEqual([{ store: 'google-play', href: GOOGLE_PLAY }]);
    await expect(
      page.getByText('Google Play and the Google Play logo are trademarks of Google LLC.'),
    ).toBeVisible();

    // Without a prompt from the browser, the person gets menu steps.
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByRole('radio', { name: /Android/ })).toBeChecked();
    await expect(page.getByTestId('install-steps').locator('li').first()).toHaveAttribute(
      'data-step',
      'android-menu',
    );

    // The browser offers its prompt: the Install button now calls prompt().
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = () => {
        (window as unknown as Record<string, number>).promptCalls = 1;
        return Promise.resolve();
      };
      event.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
      window.dispatchEvent(event);
    });
    await page.getByTestId('install-prompt').click();
    await expect(page.getByRole('status').filter({ hasText: 'Installed' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as Record<string, number>).promptCalls)).toBe(1);
  });

  test('a prompt the browser fires before the page renders is not missed', async ({ browser }) => {
    const context = await browser.newContext({ ...androidPhone.context, serviceWorkers: 'block' });
    const page = await context.newPage();
    await presentDevice(page, androidPhone);
    // Fire the event the moment the app renders (the HTML's prerendered top is there earlier), long before anyone
    // opens the Install panel.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#app .landing-lead strong')) return;
        observer.disconnect();
        const event = new Event('beforeinstallprompt', { cancelable: true }) as Event &
          Record<string, unknown>;
        event.prompt = () => Promise.resolve();
        event.userChoice = Promise.resolve({ outcome: 'dismissed', platform: 'web' });
        window.dispatchEvent(event);
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/mobile');
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByTestId('install-prompt').click();
    await expect(page.getByRole('status').filter({ hasText: 'Not installed' })).toBeVisible();
  });

  test('an Android tablet is an Android device with Google Play', async ({ browser }) => {
    const page = await openAs(browser, androidTablet);
    expect(await detected(page)).toMatchObject({ platform: 'android', browser: 'chrome', inapp: '' });
    expect(await storeLinks(page)).toEqual([{ store: 'google-play', href: GOOGLE_PLAY }]);
  });

  test('desktop Chrome shows both stores, App Store first, a QR code of /mobile and an install prompt', async ({
    browser,
  }) => {
    const page = await openAs(browser, desktopChrome);
    expect(await detected(page)).toMatchObject({ platform: 'windows', browser: 'chrome', inapp: '' });
    expect(await storeLinks(page)).toEqual([
      { store: 'app-store', href: APP_STORE },
      { store: 'google-play', href: GOOGLE_PLAY },
    ]);
    const badges = page.locator('a.store-badge img');
    const heights = await badges.evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect().height));
    expect(new Set(heights).size).toBe(1);

    const handoff = page.getByTestId('handoff');
    await expect(handoff.getByRole('img', { name: /QR code/ })).toBeVisible();
    await expect(handoff.locator('figcaption')).toHaveText('http://localhost:4173/mobile');

    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = () => Promise.resolve();
      event.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
      window.dispatchEvent(event);
    });
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByRole('radio', { name: /Computer/ })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Install on this computer' })).toBeVisible();

    // Choosing iPhone from a computer hands off to the phone by the page's one QR code, with every step to the end.
    await page.getByRole('radio', { name: /iPhone or iPad/ }).check();
    const steps = page.getByTestId('install-steps').locator('li');
    await expect(steps.first()).toHaveAttribute('data-step', 'scan-with-iphone');
    await expect(steps.last()).toHaveAttribute('data-step', 'ios-confirm-add');
    await expect(steps.last()).toContainText('Tap “Add”');
    await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(1);
    await page.getByRole('radio', { name: /Android/ }).check();
    await expect(steps.first()).toHaveAttribute('data-step', 'scan-with-android');
    await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(1);
  });

  test('a computer is told what the web app is on a computer: its own window, not a home screen', async ({
    browser,
  }) => {
    const page = await openAs(browser, desktopChrome);
    await expect(landingRendered(page)).toHaveText('For your phone and this computer.');
    const webApp = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Or install the web app' }) });
    await expect(webApp).toContainText('opens in a window of its own');
    await expect(page.locator('.landing-main')).not.toContainText(/home screen/i);
    await page.evaluate(() => {
      const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
      event.prompt = () => Promise.resolve();
      event.userChoice = Promise.resolve({ outcome: 'accepted', platform: 'web' });
      window.dispatchEvent(event);
    });
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await page.getByRole('button', { name: 'Install on this computer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Installed' })).toContainText(
      'a window of its own',
    );
    await expect(page.locator('.landing-main')).not.toContainText(/home screen/i);
  });

  test('desktop Firefox, which cannot install web apps, says so and offers the phone instead', async ({
    browser,
  }) => {
    const page = await openAs(browser, desktopFirefox);
    expect(await detected(page)).toMatchObject({ platform: 'windows', browser: 'firefox', inapp: '' });
    expect((await storeLinks(page)).map((link) => link.store)).toEqual(['app-store', 'google-play']);
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByTestId('install-steps').locator('li')).toHaveAttribute(
      'data-step',
      'desktop-no-install',
    );
    await expect(page.getByTestId('handoff').getByRole('img', { name: /QR code/ })).toBeVisible();
  });

  test("Instagram's in-app browser is told to open the page in the real browser, with a copy-link button", async ({
    browser,
  }) => {
    const page = await openAs(browser, instagramIos);
    expect(await detected(page)).toMatchObject({ platform: 'ios', inapp: 'instagram' });
    const rescue = page.getByTestId('in-app-rescue');
    await expect(rescue.getByRole('heading', { name: 'Open this page in your browser' })).toBeVisible();
    await expect(rescue).toContainText('Instagram');
    await expect(rescue.getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Install', exact: true })).toHaveCount(0);
    // The App Store opens from an in-app browser as from any other: the badge is there beside the way out.
    expect(await storeLinks(page)).toEqual([{ store: 'app-store', href: APP_STORE }]);
    await expect(page.getByRole('img', { name: 'Download on the App Store' })).toBeVisible();

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await rescue.getByRole('button', { name: 'Copy link' }).click();
    await expect(rescue.getByRole('status')).toContainText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4173/mobile');
  });

  test("Instagram's in-app browser on Android gets an intent link to the default browser", async ({
    browser,
  }) => {
    const page = await openAs(browser, instagramAndroid);
    expect(await detected(page)).toMatchObject({ platform: 'android', inapp: 'instagram' });
    expect(await storeLinks(page)).toEqual([{ store: 'google-play', href: GOOGLE_PLAY }]);
    const intent = page.getByTestId('open-in-browser');
    await expect(intent).toHaveAttribute(
      'href',
      `intent://localhost:4173/mobile#Intent;scheme=http;S.browser_fallback_url=${encodeURIComponent('http://localhost:4173/mobile')};end`,
    );
  });

  test('a HarmonyOS phone, which has no Google Play, is offered the web app first and no store', async ({
    browser,
  }) => {
    const page = await openAs(browser, harmonyOs);
    expect(await detected(page)).toMatchObject({ platform: 'harmonyos', inapp: '' });
    expect(await storeLinks(page)).toEqual([]);
    const firstSection = page.locator('.landing-main section').first();
    await expect(firstSection.getByRole('heading', { name: 'Install web app' })).toBeVisible();
    await page.getByRole('button', { name: 'Install', exact: true }).click();
    await expect(page.getByTestId('install-steps').locator('li').first()).toHaveAttribute(
      'data-step',
      'harmony-menu',
    );
  });

  test('running as an installed app, /mobile goes straight to the app', async ({ browser }) => {
    const page = await openAs(browser, { ...iPhone, standalone: true });
    await expect(page).toHaveURL('http://localhost:4173/');
    await expect(page.getByRole('heading', { name: 'Get Mobile CRM' })).toHaveCount(0);
  });

  test('when the native app is installed, Android offers "Open the app" instead of the store', async ({
    browser,
  }) => {
    const context = await browser.newContext({ ...androidPhone.context, serviceWorkers: 'block' });
    const page = await context.newPage();
    await presentDevice(page, androidPhone);
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'getInstalledRelatedApps', {
        value: async () => [{ platform: 'play', id: 'no.superoffice.mobile' }],
        configurable: true,
      });
    });
    await page.goto('/mobile');
    const open = page.getByTestId('open-native-app');
    await expect(open).toHaveText('Open the app');
    await expect(open).toHaveAttribute(
      'href',
      /^intent:\/\/localhost:4173\/#Intent;scheme=http;package=no\.superoffice\.mobile;/,
    );
    expect(await storeLinks(page)).toEqual([]);
  });

  test('/mobile carries the Smart App Banner for the App Store app', async ({ page }) => {
    await page.goto('/mobile');
    await expect(page.locator('meta[name="apple-itunes-app"]')).toHaveAttribute(
      'content',
      'app-id=1516435957',
    );
  });
});

test.describe('a part of /mobile that cannot be downloaded', () => {
  // The service worker keeps these parts only once used: offline before that, they cannot come.
  const parts = [
    {
      device: iPhone,
      part: 'install-panel',
      open: (page: Page) => page.getByRole('button', { name: 'Install', exact: true }).click(),
      shown: (page: Page) => page.getByRole('radio', { name: /iPhone or iPad/ }),
    },
    {
      device: desktopChrome,
      part: 'qr-code',
      open: async () => {},
      shown: (page: Page) => page.getByTestId('handoff').getByRole('img', { name: /QR code/ }),
    },
    {
      device: instagramIos,
      part: 'in-app-rescue',
      open: async () => {},
      shown: (page: Page) => page.getByTestId('in-app-rescue'),
    },
  ];
  for (const { device, part, open, shown } of parts) {
    test(`on ${device.name}, the ${part} says it did not download, and Try again brings it back online`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ ...device.context, serviceWorkers: 'block' });
      const page = await context.newPage();
      await presentDevice(page, device);
      const files = `**/assets/${part}-*`;
      await page.route(files, (route) => route.abort('internetdisconnected'));
      await page.goto('/mobile');
      await expect(landingRendered(page)).toBeVisible();
      await open(page);
      const problem = page.getByRole('alert');
      await expect(problem).toHaveText(
        'Part of the app did not download. Check your internet connection and try again. Try again',
      );

      await page.unroute(files);
      await problem.getByRole('button', { name: 'Try again' }).click();
      await expect(landingRendered(page)).toBeVisible();
      await open(page);
      await expect(shown(page)).toBeVisible();
      await expect(problem).toHaveCount(0);
      await context.close();
    });
  }
});
