// What people meet on the way, and the way on from each: Cancel at the sign-in service, problem screens inside the
// app's frame with a Try again that shows it is trying, another account always within reach, Switch company.
import { expect, test, type Page } from '@playwright/test';
import {
  APP,
  PROVIDER,
  enterPassword,
  logIn,
  openTaskMenu,
  signInHeading,
  startPageHeading,
} from '../support/app.ts';
import { rememberedRecord } from '../support/device-storage.ts';

/** Holds matching requests until released, so what the screen shows meanwhile can be read. */
async function holdRequests(page: Page, url: string) {
  let held = 0;
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    held += 1;
    await released;
    await route.continue();
  });
  return { arrived: () => expect.poll(() => held).toBeGreaterThan(0), release };
}

async function logOutFromStartPage(page: Page) {
  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Log out' }).click();
  await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
  await expect(signInHeading(page)).toBeVisible();
}

test.describe("Cancel on the sign-in service's page", () => {
  test('is a choice, not a failure: back to the sign-in screen, with nothing lost', async ({ page }) => {
    await page.goto(`${APP}/`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(signInHeading(page)).toBeVisible();
    await expect(page).toHaveURL(`${APP}/`);
    await expect(page.locator('[data-testid^="problem-"]')).toHaveCount(0);

    // Going back to a remembered company: Cancel is still a choice, not "No access to this company".
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await logOutFromStartPage(page);
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await page.getByRole('button', { name: 'Log in' }).click();
    expect(new URL((await authorize).url()).searchParams.get('acr_values')).toBe('tenant:Cust10001');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(signInHeading(page)).toBeVisible();
    await expect(page.locator('[data-testid^="problem-"]')).toHaveCount(0);
    await expect(page.getByTestId('remembered-login')).toHaveText('Nordic Sales AS · anna@example.com');
    expect(await rememberedRecord(page)).toMatchObject({ tenant: { id: 'Cust10001' } });
  });
});

test.describe('problem screens keep the app around them', () => {
  test("carla's suspended company: the frame and Task menu stay, Try again shows it is trying, Log out leads on", async ({
    page,
  }) => {
    await logIn(page, 'carla@example.com');
    const screen = page.getByTestId('problem-tenant-not-running');
    await expect(screen).toBeVisible();
    await expect(page.locator('.app-header')).toContainText('Mobile CRM');
    await expect(screen.getByRole('heading', { level: 1 })).toBeFocused();

    // Try again: busy, and saying so, while the status is asked for again; then it says it tried.
    const status = await holdRequests(page, `${PROVIDER}/api/state/**`);
    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    await tryAgain.click();
    await status.arrived();
    await expect(tryAgain).toHaveAttribute('aria-busy', 'true');
    await expect(screen.getByRole('status')).toHaveText('Trying again…');
    await expect(tryAgain).toBeFocused();
    status.release();
    await expect(screen.getByRole('status')).toHaveText(/^Tried again at .+, with the same result\.$/);
    await expect(tryAgain).toHaveAttribute('aria-busy', 'false');
    await expect(tryAgain).toBeFocused();
    await expect(screen).toContainText('Arctic Supplies (Cust30001)');

    // The Task menu of a signed-in person: Log out, to the sign-in screen and another account.
    const menu = await openTaskMenu(page);
    await expect(menu.getByRole('menuitem')).toHaveText(['Log out', 'Get the app', 'Settings', 'About']);
    await menu.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('dialog', { name: 'Log out?' }).getByRole('button', { name: 'Yes' }).click();
    await expect(signInHeading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Not you? Use another account' })).toBeVisible();
  });

  test('offline: Try again while still offline says it tried; back online it goes on', async ({
    page,
    context,
  }) => {
    await page.goto(`${APP}/`);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Log in' }).click();
    const screen = page.getByTestId('problem-offline');
    await expect(screen.getByRole('heading', { level: 1, name: 'You are offline' })).toBeFocused();
    await expect(page.locator('.app-header')).toBeVisible();
    await expect((await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' })).toBeVisible();
    await page.keyboard.press('Escape');

    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    await tryAgain.click();
    await expect(screen.getByRole('status')).toHaveText(/^Tried again at /);
    await expect(tryAgain).toBeFocused();
    await context.setOffline(false);
    await tryAgain.click();
    // On to the sign-in service's form, which asks for the email first (no email is remembered yet).
    await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
    await expect(page.getByLabel('Email')).toBeVisible();
  });

  test('dag, who has no company, reaches another account: Back to log in asks who, instead of looping', async ({
    page,
  }) => {
    await logIn(page, 'dag@example.com');
    const screen = page.getByTestId('problem-no-tenant');
    await expect(screen).toBeVisible();
    await expect((await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' })).toBeVisible();
    await page.keyboard.press('Escape');

    await screen.getByRole('button', { name: 'Back to log in' }).click();
    await expect(signInHeading(page)).toBeVisible();
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await page.getByRole('button', { name: 'Log in' }).click();
    // The service's session is still dag's: Log in must ask for a password, not wave him in again.
    expect(new URL((await authorize).url()).searchParams.get('prompt')).toBe('login');
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
  });
});

test.describe('another account, another company', () => {
  test('the sign-in screen says whom Log in goes back to, with a way to another account', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await logOutFromStartPage(page);
    const remembered = page.getByRole('region', { name: 'Last used' });
    await expect(remembered).toBeVisible();
    await expect(remembered).toContainText('Nordic Sales AS · anna@example.com');
    await remembered.getByRole('button', { name: 'Not you? Use another account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
    await page.goBack();
    await expect(signInHeading(page)).toBeVisible();
  });

  test('Switch company: bjorn moves from Fjord Consulting to Bergen Marine without a password', async ({
    page,
  }) => {
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20001"]').click();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20001');

    const menu = await openTaskMenu(page);
    await expect(menu.getByRole('menuitem')).toHaveText([
      'Switch company',
      'Log out',
      'Get the app',
      'Settings',
      'About',
    ]);
    await menu.getByRole('menuitem', { name: 'Switch company' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();
    await expect(page.locator('[data-tenant="Cust20001"]')).toContainText('Current company');
    // Each company opens: a chevron says so; the current one stays current.
    await expect(page.locator('[data-tenant="Cust20002"] .tenant-chevron')).toBeVisible();

    const passwordPages: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().startsWith(`${PROVIDER}/interaction/`))
        passwordPages.push(frame.url());
    });
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await page.locator('[data-tenant="Cust20002"]').click();
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get('acr_values')).toBe('tenant:Cust20002');
    expect(params.get('prompt')).toBe('none');
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
    await expect(startPageHeading(page)).toHaveText('Hello, Bjørn Haugland');
    expect(passwordPages).toEqual([]);
    expect(await rememberedRecord(page)).toMatchObject({
      tenant: { id: 'Cust20002', name: 'Bergen Marine' },
    });

    // Back the other way, and Back from Choose company returns to the start page unchanged.
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Switch company' }).click();
    await expect(page.locator('[data-tenant="Cust20002"]')).toContainText('Current company');
    await page.goBack();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
  });

  test("Switch company once the service's session has ended: one password, then the company chosen", async ({
    page,
    context,
  }) => {
    await logIn(page, 'bjorn@example.com');
    await page.locator('[data-tenant="Cust20001"]').click();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20001');
    // The sign-in service's session ends (its cookie goes, as after a day away); the app's tokens live on.
    await context.clearCookies();
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Switch company' }).click();
    await page.locator('[data-tenant="Cust20002"]').click();
    const screen = page.getByTestId('problem-login-required');
    await expect(screen).toBeVisible();
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await screen.getByRole('button', { name: 'Log in' }).click();
    expect(new URL((await authorize).url()).searchParams.get('acr_values')).toBe('tenant:Cust20002');
    await enterPassword(page, 'bjorn@example.com');
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust20002');
  });

  test('with one company there is nothing to switch to', async ({ page }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await expect((await openTaskMenu(page)).getByRole('menuitem', { name: 'Switch company' })).toHaveCount(0);
  });
});

test.describe('smaller things on the way', () => {
  test("Reset login's invalid email: the field is marked, described by the message, and has focus", async ({
    page,
  }) => {
    await page.goto(`${APP}/reset-login`);
    const email = page.getByLabel('Email address');
    await email.fill('nobody');
    await page.getByRole('button', { name: 'Continue' }).click();
    const error = page.getByRole('alert');
    await expect(error).toHaveText('Enter a full email address, like name@example.com.');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAttribute('aria-describedby', (await error.getAttribute('id'))!);
    await expect(email).toBeFocused();
  });

  test('offline, "Open SuperOffice in the browser" says it needs a connection, and opens nothing', async ({
    page,
    context,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    const link = page.getByRole('link', { name: 'Open SuperOffice in the browser' });
    await expect(link).not.toHaveAttribute('aria-disabled', 'true');
    await context.setOffline(true);
    await expect(page.getByTestId('needs-connection')).toHaveText(
      'You are offline. Opening SuperOffice in the browser needs an internet connection.',
    );
    await expect(link).toHaveAttribute('aria-disabled', 'true');
    await expect(link).toHaveAccessibleDescription(/needs an internet connection/);
    // A real tap: it is still focusable, but its click leads nowhere (no browser error page) while offline.
    const followed = page.evaluate(
      () =>
        new Promise<boolean>((resolve) =>
          document.addEventListener('click', (event) => resolve(!event.defaultPrevented), { once: true }),
        ),
    );
    await link.click({ force: true });
    expect(await followed).toBe(false);
    await expect(link).toBeFocused();
    await context.setOffline(false);
    await expect(page.getByTestId('needs-connection')).toHaveCount(0);
    await expect(link).not.toHaveAttribute('aria-disabled', 'true');
  });
});
