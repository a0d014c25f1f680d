// "Are you an Onsite customer?": the app connected to a company's own server (the local Onsite server on :4110),
// signed in there as it signs in to Online, remembered with the company, and let go by Reset login.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  APP,
  PROVIDER,
  enterPassword,
  logIn,
  logOut,
  openTaskMenu,
  signInHeading,
  startPageAnswer,
  startPageHeading,
  watchCspViolations,
} from '../support/app.ts';
import { rememberedRecord, storedUser } from '../support/device-storage.ts';
import {
  DOWN,
  ERIK,
  FIXTURES,
  ONSITE,
  UNTRUSTED,
  VESTLAND,
  connect,
  deviceStorage,
  enterOnsitePassword,
  startFailingServers,
} from '../support/onsite.ts';

/** From the sign-in screen to Erik's start page at the Onsite server, the address typed as people type it. */
async function signInOnsite(page: Page, typed = '  LOCALHOST:4110/ ') {
  await page.goto(`${APP}/`);
  await connect(page, typed);
  await enterOnsitePassword(page);
  await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
}

/** The problem screen on show, whichever it is: what happened, and its buttons. */
const problemScreen = (page: Page) => page.locator('[data-testid^="problem-"]');

test.describe('connecting to an Onsite server', () => {
  test('Log in stays first; the address typed loosely signs in there, and the start page names the company and server', async ({
    page,
    context,
  }) => {
    const csp = await watchCspViolations(context);
    // Nothing of this journey goes to the Online sign-in service: tokens from one server never reach another.
    const toOnline: string[] = [];
    page.on('request', (request) => request.url().startsWith(PROVIDER) && toOnline.push(request.url()));

    await page.goto(`${APP}/`);
    const logInButton = page.getByRole('button', { name: 'Log in' });
    const onsiteLink = page.getByRole('link', { name: 'Are you an Onsite customer?' });
    await expect(onsiteLink).toBeVisible();
    // Online first, in reading order.
    expect(
      await logInButton.evaluate(
        (button, link) => !!(button.compareDocumentPosition(link!) & Node.DOCUMENT_POSITION_FOLLOWING),
        await onsiteLink.elementHandle(),
      ),
    ).toBe(true);

    const authorize = page.waitForRequest((request) => request.url().startsWith(`${ONSITE}/auth?`));
    await connect(page, '  LOCALHOST:4110/ ');
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get('client_id')).toBe('mobile-crm');
    expect(params.get('redirect_uri')).toBe(`${APP}/callback`);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('state')).toBeTruthy();
    expect(params.get('nonce')).toBeTruthy();
    // The server advertises DPoP: the code is bound to the app's key.
    expect(params.get('dpop_jkt')).toBeTruthy();

    await enterOnsitePassword(page);
    await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
    const card = page.getByTestId('tenant-card');
    await expect(card.getByRole('heading', { name: VESTLAND.name })).toBeVisible();
    await expect(page.getByTestId('tenant-id')).toHaveText(VESTLAND.id);
    await expect(page.getByTestId('tenant-status')).toHaveText('Running');
    await expect(page.getByTestId('server')).toHaveText(ONSITE);
    await expect(card.getByRole('link', { name: 'Open SuperOffice in the browser' })).toHaveAttribute(
      'href',
      `${ONSITE}/${VESTLAND.id}`,
    );
    expect(await rememberedRecord(page)).toMatchObject({
      email: ERIK.email,
      tenant: VESTLAND,
      server: { authority: ONSITE, metadata: { issuer: ONSITE } },
    });
    // DPoP-bound tokens, as the server offers DPoP, kept in IndexedDB only; the address holds no code or state.
    const tokens = (await storedUser(page))!;
    expect(tokens.token_type).toBe('DPoP');
    const readable = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
    for (const token of [tokens.access_token, tokens.refresh_token!, tokens.id_token!])
      expect(readable).not.toContain(token);
    expect(await page.evaluate(() => location.search)).toBe('');

    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'About' }).click();
    await expect(page.getByTestId('about-sign-in-service')).toHaveText(ONSITE);
    await page.getByTestId('about-dialog').getByRole('button', { name: 'Close' }).click();

    // A relaunch opens Erik's start page, fetched again from the Onsite server with his session.
    await page.close();
    const reopened = await context.newPage();
    reopened.on('request', (request) => request.url().startsWith(PROVIDER) && toOnline.push(request.url()));
    const principal = reopened.waitForRequest((request) => request.url().endsWith('/currentPrincipal'));
    expect(await startPageAnswer(reopened, () => reopened.goto(`${APP}/`))).toBe(200);
    expect((await principal).url()).toBe(`${ONSITE}/${VESTLAND.id}/api/v1/User/currentPrincipal`);
    await expect(startPageHeading(reopened)).toHaveText(`Hello, ${ERIK.name}`);
    await expect(reopened.getByTestId('server')).toHaveText(ONSITE);
    expect(toOnline).toEqual([]);
    expect(csp).toEqual([]);
  });

  test('Log out ends the session at the Onsite server, and Log in goes back to it', async ({ page }) => {
    await signInOnsite(page);
    const endSession = page.waitForRequest((request) => request.url().startsWith(`${ONSITE}/session/end`));
    await logOut(page);
    expect(new URLSearchParams((await endSession).postData() ?? '').get('id_token_hint')).toBeTruthy();
    await expect(page.getByTestId('remembered-login')).toHaveText(
      new RegExp(`${VESTLAND.name} · ${ERIK.email} · ${ONSITE}`),
    );
    // The server is chosen: changing it is Reset login's.
    await expect(page.getByRole('link', { name: 'Are you an Onsite customer?' })).toHaveCount(0);

    const authorize = page.waitForRequest((request) => request.url().startsWith(`${ONSITE}/auth?`));
    await page.getByRole('button', { name: 'Log in' }).click();
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get('login_hint')).toBe(ERIK.email);
    expect(params.get('acr_values')).toBe(`tenant:${VESTLAND.id}`);
    await enterOnsitePassword(page);
    await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
  });

  test('Reset login goes back to Online, and nothing of the Onsite session stays on the device', async ({
    page,
  }) => {
    await signInOnsite(page);
    expect(await deviceStorage(page)).toContain(ONSITE);
    await logOut(page);
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
    await page.getByLabel('Email address').fill('anna@example.com');
    const authorize = page.waitForRequest((request) => request.url().startsWith(`${PROVIDER}/auth?`));
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(new URL((await authorize).url()).searchParams.get('prompt')).toBe('login');
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('server')).toHaveCount(0);

    const kept = await deviceStorage(page);
    for (const trace of [ONSITE, 'localhost:4110', ERIK.email, ERIK.name, VESTLAND.id, VESTLAND.name])
      expect(kept, `storage still holds ${trace}`).not.toContain(trace);
    expect(await rememberedRecord(page)).toMatchObject({ email: 'anna@example.com', server: null });
  });

  test('Reset login while an Onsite session lives revokes it at that server, not at Online', async ({
    page,
  }) => {
    await signInOnsite(page);
    const revocations: string[] = [];
    page.on(
      'request',
      (request) => request.url().includes('/token/revocation') && revocations.push(request.url()),
    );
    await page.goto(`${APP}/reset-login`);
    await page.getByLabel('Email address').fill('anna@example.com');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(new RegExp(`^${PROVIDER}/`));
    expect(revocations).toEqual([`${ONSITE}/token/revocation`]);
  });

  test('Reset login offers another server too: the old login goes, and that server asks for the password', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await logOut(page);
    await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
    await page.getByRole('button', { name: 'Use your company’s own server (Onsite) instead' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Connect to your company’s server' }),
    ).toBeVisible();
    expect(await rememberedRecord(page)).toBeUndefined();

    const authorize = page.waitForRequest((request) => request.url().startsWith(`${ONSITE}/auth?`));
    await page.getByLabel('Server address').fill('localhost:4110');
    await page.getByRole('button', { name: 'Connect' }).click();
    const params = new URL((await authorize).url()).searchParams;
    expect(params.get('prompt')).toBe('login');
    expect(params.get('max_age')).toBe('0');
    await enterOnsitePassword(page);
    await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
  });

  test('a link fills in the address and never connects by itself', async ({ page }) => {
    const toServer: string[] = [];
    page.on('request', (request) => request.url().startsWith(ONSITE) && toServer.push(request.url()));
    await page.goto(`${APP}/?server=crm.example.com`);
    await expect(page).toHaveURL(`${APP}/onsite?server=crm.example.com`);
    await expect(page.getByLabel('Server address')).toHaveValue('crm.example.com');

    await page.goto(`${APP}/?server=localhost:4110`);
    await expect(page.getByLabel('Server address')).toHaveValue('localhost:4110');
    await expect(page.getByRole('button', { name: 'Connect' })).toBeEnabled();
    expect(toServer).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(signInHeading(page)).toBeVisible();
    expect(toServer).toEqual([]);
    expect(await rememberedRecord(page)).toBeUndefined();
  });
});

test.describe('every way connecting can fail ends on a screen that names the address, with a way on', () => {
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    stop = await startFailingServers();
  });
  test.afterAll(async () => stop());

  const failures: { typed: string; title: string; message: RegExp; actions: string[] }[] = [
    {
      typed: DOWN,
      title: 'Can’t reach the server',
      message: /^http:\/\/localhost:4109 did not answer\./,
      actions: ['Try again', 'Change the address', 'Back to log in'],
    },
    {
      typed: UNTRUSTED,
      title: 'Can’t reach the server',
      message: /^https:\/\/localhost:4102 did not answer\..*may not trust its security certificate\.$/,
      actions: ['Try again', 'Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/no-sign-in/default.aspx`,
      title: 'No sign-in found',
      message: /^http:\/\/localhost:4101\/no-sign-in answered, but no OpenID Connect sign-in/,
      actions: ['Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/wrong-issuer`,
      title: 'The server’s sign-in can’t be trusted',
      message: /^The sign-in at http:\/\/localhost:4101\/wrong-issuer says it is another server/,
      actions: ['Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/plain-http`,
      title: 'The server’s sign-in can’t be trusted',
      message: /uses plain http addresses \(mixed content\)/,
      actions: ['Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/no-pkce`,
      title: 'The server’s sign-in can’t be trusted',
      message: /\(authorization code with PKCE S256\)/,
      actions: ['Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/refuses`,
      title: 'The server does not accept this app',
      message:
        /^http:\/\/localhost:4101\/refuses does not know this app\..*client id mobile-crm, return address http:\/\/localhost:4173\/callback\.$/,
      actions: ['Change the address', 'Back to log in'],
    },
    {
      typed: `${FIXTURES}/no-cors`,
      title: 'The server does not accept this app',
      message: /does not let this app \(http:\/\/localhost:4173\) finish a sign-in from the browser \(CORS\)/,
      actions: ['Change the address', 'Back to log in'],
    },
  ];

  test('each failure, one after another; the address stays in the field and Anna’s login stays remembered', async ({
    page,
  }) => {
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toBeVisible();
    await logOut(page);
    const remembered = await rememberedRecord(page);

    for (const failure of failures) {
      await test.step(failure.typed, async () => {
        await page.goto(`${APP}/`);
        await connect(page, failure.typed);
        const screen = problemScreen(page);
        await expect(screen.getByRole('heading', { level: 1 })).toHaveText(failure.title);
        await expect(screen.getByRole('alert').getByRole('paragraph')).toHaveText(failure.message);
        await expect(screen.getByRole('button')).toHaveText(failure.actions);
        await expect(page).toHaveURL(`${APP}/onsite`);
        await screen.getByRole('button', { name: 'Change the address' }).click();
        await expect(page.getByLabel('Server address')).toHaveValue(failure.typed);
      });
    }

    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByTestId('remembered-login')).toHaveText(/Nordic Sales AS · anna@example\.com$/);
    expect(await rememberedRecord(page)).toEqual(remembered);
  });

  test('offline, the Onsite screen not yet downloaded: it says so, and comes once back online', async ({
    page,
    context,
  }) => {
    await page.goto(`${APP}/`);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
    await context.setOffline(true);
    await page.getByRole('link', { name: 'Are you an Onsite customer?' }).click();
    const screen = problemScreen(page);
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await context.setOffline(false);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByLabel('Server address')).toBeVisible();
  });

  test('offline, Connect says so; Try again connects once back online', async ({ page, context }) => {
    await page.goto(`${APP}/onsite`);
    await page.getByLabel('Server address').fill('localhost:4110');
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Connect' }).click();
    const screen = problemScreen(page);
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('You are offline');
    await expect(screen).toContainText(
      'Connect to the internet to reach http://localhost:4110. Nothing was sent.',
    );
    await expect(screen.getByRole('button')).toHaveText(['Try again', 'Change the address']);
    await context.setOffline(false);
    await screen.getByRole('button', { name: 'Try again' }).click();
    await enterOnsitePassword(page);
    await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
  });

  test('what cannot be an address, or is not safe, is said at the field, before anything is sent', async ({
    page,
  }) => {
    const sent: string[] = [];
    page.on('request', (request) => !request.url().startsWith(APP) && sent.push(request.url()));
    await page.goto(`${APP}/onsite`);
    const field = page.getByLabel('Server address');
    for (const [typed, said] of [
      ['', 'Enter the server’s address, like crm.example.com.'],
      ['crm example!.com', 'This is not a server address. Check it, or ask your administrator for it.'],
      ['javascript:alert(1)', /^This address can’t be used/],
      ['https://anna:secret@crm.example.com', /^This address can’t be used/],
      [
        'HTTP://CRM.Example.com/SuperOffice/',
        'http://crm.example.com/SuperOffice uses plain http, which is not secure. Use its https address (plain http only works on this device itself).',
      ],
    ] as const) {
      await field.fill(typed);
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByRole('alert')).toHaveText(said);
      await expect(field).toHaveAttribute('aria-invalid', 'true');
    }
    expect(sent).toEqual([]);
  });
});

test.describe('an Onsite sign-in is as safe as Online’s', () => {
  test('an id_token the server did not issue as itself is refused, and nothing is kept', async ({ page }) => {
    await page.goto(`${APP}/`);
    await connect(page, 'localhost:4110');
    await expect(page).toHaveURL(new RegExp(`^${ONSITE}/`));
    // The token answer comes back with an id_token that claims another issuer (its signature is not what
    // oidc-client-ts checks, so only the app's own check stands between it and a session).
    await page.route(`${ONSITE}/token`, async (route) => {
      const answer = await route.fetch();
      const body = (await answer.json()) as { id_token: string };
      const [head, payload, signature] = body.id_token.split('.');
      const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, iss: PROVIDER })).toString('base64url');
      await route.fulfill({
        response: answer,
        json: { ...body, id_token: `${head}.${forged}.${signature}` },
      });
    });
    await enterOnsitePassword(page);
    await expect(page.getByTestId('problem-issuer-mismatch').getByRole('heading', { level: 1 })).toHaveText(
      'The app is set up for another sign-in service',
    );
    expect(await storedUser(page)).toBeNull();
    expect(await rememberedRecord(page)).toBeUndefined();
  });

  test('a status answer that points the tenant API at another server gets no token', async ({ page }) => {
    await page.route(`${ONSITE}/api/state/${VESTLAND.id}`, async (route) => {
      const answer = await route.fetch();
      const status = (await answer.json()) as Record<string, unknown>;
      await route.fulfill({ response: answer, json: { ...status, Api: `${PROVIDER}/${VESTLAND.id}/api` } });
    });
    const elsewhere: string[] = [];
    page.on('request', (request) => request.url().startsWith(PROVIDER) && elsewhere.push(request.url()));
    await page.goto(`${APP}/`);
    await connect(page, 'localhost:4110');
    await enterOnsitePassword(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Can’t check the company’s status' }),
    ).toBeVisible();
    expect(elsewhere).toEqual([]);
  });

  test('a used callback, opened again, redeems nothing and leads where the person belongs', async ({
    page,
  }) => {
    const callback = page.waitForRequest((request) => request.url().startsWith(`${APP}/callback?`));
    await signInOnsite(page);
    const used = (await callback).url();
    const redeemed: string[] = [];
    page.on('request', (request) => request.url() === `${ONSITE}/token` && redeemed.push(request.url()));
    await page.goto(used);
    await expect(page).toHaveURL(`${APP}/start`);
    await expect(startPageHeading(page)).toHaveText(`Hello, ${ERIK.name}`);
    expect(redeemed).toEqual([]);
  });
});

test.describe('for every person', () => {
  let stop: () => Promise<void>;
  test.beforeAll(async () => {
    stop = await startFailingServers();
  });
  test.afterAll(async () => stop());

  /** axe (WCAG 2.1 A and AA) finds nothing. */
  async function expectAccessible(page: Page, screen: string) {
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => violation.id),
      `axe on ${screen}`,
    ).toEqual([]);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the Onsite screen, its errors, a failure screen and the start page with the server pass axe in ${colorScheme}`, async ({
      browser,
    }) => {
      const page = await (await browser.newContext({ colorScheme, serviceWorkers: 'block' })).newPage();
      await page.goto(`${APP}/`);
      await expect(page.getByRole('link', { name: 'Are you an Onsite customer?' })).toBeVisible();
      await expectAccessible(page, 'the sign-in screen with the Onsite link');

      await connect(page, 'http://crm.example.com');
      await expect(page.getByRole('alert')).toContainText('plain http');
      await expectAccessible(page, 'the Onsite screen with an address it refuses');

      await page.getByLabel('Server address').fill(`${FIXTURES}/refuses`);
      await page.getByRole('button', { name: 'Connect' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The server does not accept this app');
      await expectAccessible(page, 'a failure screen');

      await page.getByRole('button', { name: 'Change the address' }).click();
      await page.getByLabel('Server address').fill('localhost:4110');
      await page.getByRole('button', { name: 'Connect' }).click();
      await enterOnsitePassword(page);
      await expect(page.getByTestId('server')).toHaveText(ONSITE);
      await expectAccessible(page, 'the start page at an Onsite server');
      await logOut(page);
      await expect(page.getByTestId('remembered-login')).toContainText(ONSITE);
      await expectAccessible(page, 'the sign-in screen remembering an Onsite server');
      await page.context().close();
    });
  }

  const languages = [
    {
      locale: 'nb-NO',
      link: 'Er du Onsite-kunde?',
      title: 'Koble til firmaets egen server',
      field: 'Serveradresse',
      connect: 'Koble til',
      unreachable: 'Får ikke kontakt med serveren',
      change: 'Endre adressen',
    },
    {
      locale: 'sv-SE',
      link: 'Är du Onsite-kund?',
      title: 'Anslut till företagets egen server',
      field: 'Serveradress',
      connect: 'Anslut',
      unreachable: 'Det går inte att nå servern',
      change: 'Ändra adressen',
    },
    {
      locale: 'da-DK',
      link: 'Er du Onsite-kunde?',
      title: 'Opret forbindelse til firmaets egen server',
      field: 'Serveradresse',
      connect: 'Opret forbindelse',
      unreachable: 'Kan ikke få kontakt til serveren',
      change: 'Ret adressen',
    },
    {
      locale: 'de-DE',
      link: 'Sind Sie Onsite-Kunde?',
      title: 'Mit dem Server Ihrer Firma verbinden',
      field: 'Serveradresse',
      connect: 'Verbinden',
      unreachable: 'Der Server ist nicht erreichbar',
      change: 'Adresse ändern',
    },
    {
      locale: 'nl-NL',
      link: 'Ben je Onsite-klant?',
      title: 'Verbinden met de eigen server van je bedrijf',
      field: 'Serveradres',
      connect: 'Verbinden',
      unreachable: 'De server is niet bereikbaar',
      change: 'Adres wijzigen',
    },
  ];

  test('the Onsite path speaks the device’s language: nb, sv, da, de and nl (English above)', async ({
    browser,
  }) => {
    for (const words of languages) {
      await test.step(words.locale, async () => {
        const context = await browser.newContext({ locale: words.locale, serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.goto(`${APP}/`);
        await page.getByRole('link', { name: words.link }).click();
        await expect(page.getByRole('heading', { level: 1, name: words.title })).toBeVisible();
        await page.getByLabel(words.field).fill(DOWN);
        await page.getByRole('button', { name: words.connect }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.unreachable);
        await expect(page.getByRole('alert')).toContainText('http://localhost:4109');
        await page.getByRole('button', { name: words.change }).click();
        await expect(page.getByLabel(words.field)).toHaveValue(DOWN);
        await context.close();
      });
    }
  });
});
