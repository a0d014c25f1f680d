// The app speaks the person's language: picked from the device, switchable in Settings, remembered, carried to the
// sign-in service; dates follow it, and /mobile downloads only the language it shows.
import { expect, test, type Page } from '@playwright/test';
import { desktopChrome, presentDevice } from './devices.ts';
import { PROVIDER, landingRendered, openTaskMenu, signInHeading } from '../support/app.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

const mobile = [
  {
    locale: 'nb-NO',
    lang: 'nb',
    title: 'Få Mobile CRM',
    appStore: 'Last ned fra App Store',
    googlePlay: 'Tilgjengelig på Google Play',
    attribution: 'Google Play og Google Play-logoen er varemerker som tilhører Google LLC.',
    install: 'Installer',
    chooseDevice: 'Velg enhetstype',
  },
  {
    locale: 'sv-SE',
    lang: 'sv',
    title: 'Skaffa Mobile CRM',
    appStore: 'Hämta i App Store',
    googlePlay: 'Ladda ned på Google Play',
    attribution: 'Google Play och Google Play-logotypen är varumärken som tillhör Google LLC.',
    install: 'Installera',
    chooseDevice: 'Välj typ av enhet',
  },
  {
    locale: 'da-DK',
    lang: 'da',
    title: 'Hent Mobile CRM',
    appStore: 'Hent i App Store',
    googlePlay: 'Hent den på Google Play',
    attribution: 'Google Play og Google Play-logoet er varemærker tilhørende Google LLC.',
    install: 'Installer',
    chooseDevice: 'Vælg din enhedstype',
  },
  {
    locale: 'de-DE',
    lang: 'de',
    title: 'Mobile CRM holen',
    appStore: 'Laden im App Store',
    googlePlay: 'Jetzt bei Google Play',
    attribution: 'Google Play und das Google Play-Logo sind Marken von Google LLC.',
    install: 'Installieren',
    chooseDevice: 'Wählen Sie Ihren Gerätetyp',
  },
  {
    locale: 'nl-NL',
    lang: 'nl',
    title: 'Download Mobile CRM',
    appStore: 'Download in de App Store',
    googlePlay: 'Ontdek het op Google Play',
    attribution: 'Google Play en het Google Play-logo zijn handelsmerken van Google LLC.',
    install: 'Installeren',
    chooseDevice: 'Kies het type apparaat',
  },
];

/** The language catalogs the page downloaded (assets/nb-….js and the like). */
function catalogRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/(nb|sv|da|de|nl)-[\w-]+\.js$/.exec(request.url());
    if (match) seen.push(match[1]!);
  });
  return seen;
}

/** The Task menu when it is called something else than "Task" in the active language. */
async function openTaskMenuNamed(page: Page, name: string) {
  await page.getByRole('button', { name }).click();
  return page.getByRole('menu', { name });
}

test.describe('/mobile in the device’s language', () => {
  for (const expected of mobile) {
    test(`a ${expected.locale} computer gets /mobile, its badges, alt text and attribution in ${expected.lang}`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        ...desktopChrome.context,
        locale: expected.locale,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await presentDevice(page, desktopChrome);
      const catalogs = catalogRequests(page);
      await page.goto('/mobile');

      await expect(page.getByRole('heading', { level: 1, name: expected.title })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', expected.lang);
      await expect(page).toHaveTitle(expected.title);
      for (const [store, alt] of [
        ['app-store', expected.appStore],
        ['google-play', expected.googlePlay],
      ] as const) {
        const badge = page.getByRole('img', { name: alt, exact: true });
        await expect(badge).toHaveAttribute('src', `/badges/${store}-${expected.lang}.svg`);
        await expect
          .poll(() => badge.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
          .toBeGreaterThan(0);
      }
      await expect(page.locator('.store-attribution')).toHaveText(expected.attribution);

      // The install panel's text loads later, and arrives in the same language.
      await page.getByRole('button', { name: expected.install, exact: true }).click();
      await expect(page.getByRole('group', { name: expected.chooseDevice })).toBeVisible();
      expect(catalogs).toEqual([expected.lang]);
      await context.close();
    });
  }

  test('an English or unsupported device language gets English and downloads no catalog', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'fr-FR', serviceWorkers: 'block' });
    const page = await context.newPage();
    const catalogs = catalogRequests(page);
    await page.goto('/mobile');
    await expect(landingRendered(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(catalogs).toEqual([]);
    await context.close();
  });
});

test.describe('choosing a language', () => {
  test.use({ locale: 'en-US' });

  test('Settings switches the app on Save, not on each arrow key, and the choice is remembered on the next launch and on /mobile', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(signInHeading(page)).toBeVisible();
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Settings' }).click();
    const settings = page.getByRole('dialog', { name: 'Settings' });
    await expect(settings.getByRole('group', { name: 'Language' }).getByRole('radio')).toHaveCount(6);
    await expect(settings.getByRole('radio', { name: 'English' })).toBeChecked();

    // Arrow keys through the list check each language in turn; the app stays in English meanwhile.
    await settings.getByRole('radio', { name: 'English' }).focus();
    for (const name of ['Norsk bokmål', 'Svenska', 'Dansk', 'Deutsch']) {
      await page.keyboard.press('ArrowDown');
      await expect(settings.getByRole('radio', { name })).toBeChecked();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(settings.getByRole('button', { name: 'Save' })).toBeVisible();
    }
    await settings.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('heading', { level: 1, name: 'Bei Mobile CRM anmelden' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Aufgabe' })).toBeFocused();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Bei Mobile CRM anmelden' })).toBeVisible();
    await page.goto('/mobile');
    await expect(page.getByRole('heading', { level: 1, name: 'Mobile CRM holen' })).toBeVisible();

    // And back: English is never downloaded, it is always there.
    await page.goto('/');
    await (await openTaskMenuNamed(page, 'Aufgabe')).getByRole('menuitem', { name: 'Einstellungen' }).click();
    await page.getByRole('radio', { name: 'English' }).check();
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Log in to Mobile CRM' })).toBeVisible();
    await page.reload();
    await expect(signInHeading(page)).toBeVisible();
  });

  test("the sign-in service's page speaks the language chosen in the app (ui_locales)", async ({ page }) => {
    await page.goto('/');
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Logga in' }).click();
    await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Logga in' })).toBeVisible();
    await expect(page.getByLabel('E-post')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Fortsätt' })).toBeVisible();
  });
});

test.describe('a Norwegian device', () => {
  test.use({ locale: 'nb-NO' });

  test('signs in in Norwegian, with the error in Norwegian, and sees dates the Norwegian way', async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
    await page.getByLabel('E-post').fill('anna@example.com');
    await page.getByRole('button', { name: 'Fortsett' }).click();
    await page.getByLabel('Passord').fill('wrong');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'E-postadressen eller passordet er feil. Sjekk dem og prøv igjen.',
    );
    await page.getByLabel('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();

    await expect(page.getByRole('heading', { level: 1, name: /^Hei, / })).toBeVisible();
    await expect(page.getByTestId('tenant-status')).toHaveText('Kjører');
    // nb: "29. nov. 2025, 14:05" — day first with a full stop, abbreviated month, 24-hour clock.
    await expect(page.locator('.last-updated')).toHaveText(
      /^Sist oppdatert \d{1,2}\. \p{L}+\.? \d{4}(,| kl\.) \d{2}:\d{2}$/u,
    );
  });
});

test.describe('offline, in the person’s language', () => {
  test.use({ locale: 'nb-NO', serviceWorkers: 'allow' });

  /** Every URL the service worker's caches hold. */
  const cachedUrls = (page: Page) =>
    page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        urls.push(...(await (await caches.open(name)).keys()).map((request) => request.url));
      }
      return urls;
    });

  test('the service worker keeps the active language for offline use, and downloads no other', async ({
    page,
    context,
  }) => {
    await page.goto('/mobile');
    await waitForServiceWorker(page);
    // The second visit goes through the service worker, which keeps what it serves.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Få Mobile CRM' })).toBeVisible();
    const others = /\/(assets\/(sv|da|de|nl)-[\w-]+\.js|badges\/[\w-]+-(sv|da|de|nl)\.svg)(\?|$)/;
    expect((await cachedUrls(page)).filter((url) => others.test(url))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Få Mobile CRM' })).toBeVisible();
    const badge = page.getByRole('img', { name: 'Tilgjengelig på Google Play' });
    await expect
      .poll(() => badge.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await context.setOffline(false);
  });
});

test.describe('/mobile’s prerendered top', () => {
  test('its heading and lead paint from the HTML alone, before (and without) any script', async ({
    browser,
  }) => {
    const context = await browser.newContext({ ...desktopChrome.context, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/mobile');
    await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
    await expect(page.locator('.landing-lead')).toContainText('SuperOffice CRM on your phone');
    await context.close();
  });

  test('the first render keeps those very elements and adds what fits the device', async ({ browser }) => {
    const context = await browser.newContext({ ...desktopChrome.context, serviceWorkers: 'block' });
    const page = await context.newPage();
    await presentDevice(page, desktopChrome);
    await page.addInitScript(() => {
      const marks = window as unknown as { removedPrerendered: number };
      marks.removedPrerendered = 0;
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.removedNodes)
            if (node instanceof Element && node.matches('.landing, .landing-main, h1, .landing-lead'))
              marks.removedPrerendered += 1;
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/mobile');
    await expect(page.locator('.landing-lead strong')).toBeVisible();
    await expect(page.locator('a.store-badge').first()).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { removedPrerendered: number }).removedPrerendered),
    ).toBe(0);
    await expect(page.locator('html')).not.toHaveClass(/translating/);
    await context.close();
  });

  test('a Norwegian device never sees the prerendered English: it waits, hidden, for Norwegian', async ({
    browser,
  }) => {
    const context = await browser.newContext({
      ...desktopChrome.context,
      locale: 'nb-NO',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await presentDevice(page, desktopChrome);
    await expectNoEnglishFrame(page, '/mobile', { english: 'Get Mobile CRM', norwegian: 'Få Mobile CRM' });
    await context.close();
  });
});

test('a Norwegian device never sees the sign-in screen prerendered in English: it waits, hidden, for Norwegian', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'nb-NO', serviceWorkers: 'block' });
  const page = await context.newPage();
  await expectNoEnglishFrame(page, '/', {
    english: 'Log in to Mobile CRM',
    norwegian: 'Logg inn i Mobile CRM',
  });
  await context.close();
});

/** Opens `path` and checks, just before every frame is drawn until the heading is Norwegian, that the English one never shows. */
async function expectNoEnglishFrame(
  page: Page,
  path: string,
  heading: { english: string; norwegian: string },
) {
  await page.addInitScript(({ english, norwegian }) => {
    const marks = window as unknown as { englishShown: boolean; frames: number };
    marks.englishShown = false;
    marks.frames = 0;
    const check = () => {
      marks.frames += 1;
      const h1 = document.querySelector('h1');
      if (h1?.textContent === english && h1.checkVisibility({ visibilityProperty: true }))
        marks.englishShown = true;
      if (h1?.textContent !== norwegian) requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, heading);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading.norwegian })).toBeVisible();
  const marks = await page.evaluate(() => {
    const { englishShown, frames } = window as unknown as { englishShown: boolean; frames: number };
    return { englishShown, frames };
  });
  expect(marks.frames).toBeGreaterThan(0);
  expect(marks.englishShown).toBe(false);
}
