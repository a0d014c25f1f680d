import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignInService, type SignInService } from './server.ts';
import {
  authorizationRequest,
  authorize,
  Browser,
  chooseTenant,
  expectPage,
  expectRedirect,
  isTenantChoice,
  searchTenants,
  signIn,
  so,
  submitLogin,
  testOptions,
  type Page,
} from './test-support.ts';

let service: SignInService;
let authority: string;

beforeAll(async () => {
  service = await startSignInService(testOptions({ loginRateLimit: 1000, profile: 'superid' }));
  ({ authority } = service);
});

afterAll(() => service.close());

/** Logs in on a fresh browser and returns the tenant choice page that follows the password. */
async function choicePageAfterPassword(email: string): Promise<{ browser: Browser; page: Page }> {
  const browser = new Browser(authority);
  const login = expectPage(await browser.navigate(authorizationRequest(authority).url));
  const page = expectPage(await submitLogin(browser, login, email, 'demo'));
  expect(isTenantChoice(page.html)).toBe(true);
  return { browser, page };
}

const tenantButtons = (page: Page) =>
  [...page.html.matchAll(/<button type="submit" name="ctx" value="([^"]+)"[^>]*>([\s\S]*?)<\/button>/g)].map(
    ([, ctx, label]) =>
      `${ctx}: ${(label ?? '')
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim()}`,
  );
const count = (page: Page) => /<p id="tenant-count" class="count">([^<]*)<\/p>/.exec(page.html)?.[1];
const alert = (page: Page) => /<p class="alert" role="alert"[^>]*>([^<]*)<\/p>/.exec(page.html)?.[1];

describe('the tenant choice on the service’s page (superid profile)', () => {
  it('shows after the password to a person with several tenants: company name, id and status', async () => {
    const { browser, page } = await choicePageAfterPassword('bjorn@example.com');
    expect(page.url.pathname).toMatch(/^\/login\/interaction\/[\w-]+$/);
    expect(page.html).toContain('<h1>Choose company</h1>');
    expect(page.html).toContain('Bjørn Haugland, choose the company to work in.');
    expect(tenantButtons(page)).toEqual([
      'Cust20002: Bergen Marine Cust20002 · Running',
      'Cust20001: Fjord Consulting Cust20001 · Running',
      'Cust20003: Oslo Retail Cust20003 · Running, maintenance under way',
    ]);
    expect(page.html).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");

    const callback = expectRedirect(await chooseTenant(browser, page, 'Cust20003'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('binds the token to the chosen tenant, one ctx', async () => {
    const { claims, sawTenantChoice } = await signIn(new Browser(authority), {
      email: 'bjorn@example.com',
      tenant: 'Cust20001',
      dpop: null,
    });
    expect(sawTenantChoice).toBe(true);
    expect(claims[so('ctx')]).toBe('Cust20001');
    expect(claims[so('company_name')]).toBe('Fjord Consulting');
    expect(claims[so('associateid')]).toBe('12');
    expect(claims).not.toHaveProperty('tenants');
  });

  it('is skipped by acr_values=tenant:…', async () => {
    const { claims, sawTenantChoice } = await signIn(new Browser(authority), {
      email: 'bjorn@example.com',
      acrValues: 'tenant:Cust20003',
      tenant: 'Cust20001',
      dpop: null,
    });
    expect(sawTenantChoice).toBe(false);
    expect(claims[so('ctx')]).toBe('Cust20003');
  });

  it('lets a person switch company while the session lives: the choice shows again, the password does not', async () => {
    const browser = new Browser(authority);
    const first = await signIn(browser, { email: 'bjorn@example.com', tenant: 'Cust20001', dpop: null });
    expect(first.claims[so('ctx')]).toBe('Cust20001');

    // prompt=none may not show a page: without a tenant named it cannot know which one.
    const silent = await authorize(browser, { prompt: 'none' });
    expect(silent.callback.searchParams.get('error')).toBe('interaction_required');
    // A known tenant silently, as a renewal with the remembered tenant does.
    const renewal = await signIn(browser, { prompt: 'none', acrValues: 'tenant:Cust20001', dpop: null });
    expect(renewal.claims[so('ctx')]).toBe('Cust20001');

    const pagesBefore = browser.pages.length;
    const switched = await signIn(browser, { tenant: 'Cust20002', dpop: null });
    expect(switched.sawLoginPage).toBe(false);
    expect(switched.sawTenantChoice).toBe(true);
    expect(browser.pages.slice(pagesBefore).every((page) => isTenantChoice(page.html))).toBe(true);
    expect(switched.claims[so('ctx')]).toBe('Cust20002');
    // The tenant used last comes first next time.
    const again = expectPage(await browser.navigate(authorizationRequest(authority).url));
    expect(tenantButtons(again)[0]).toBe('Cust20002: Bergen Marine Cust20002 · Running · last used');
  });

  it('refuses a tenant that is not running, and says why on the page', async () => {
    const { browser, page } = await choicePageAfterPassword('kari@partner.example');
    const found = await searchTenants(browser, page, '50008');
    expect(found.html).toMatch(
      /<li class="unavailable"><span class="company">Harstad Bygg Partner AS<\/span>\s*<span class="meta">Cust50008 · Suspended<\/span>\s*<span class="why">Cannot be chosen\. Ask your administrator to reactivate it\.<\/span><\/li>/,
    );
    expect(tenantButtons(found)).toEqual([]);

    const forced = expectPage(await chooseTenant(browser, found, 'Cust50008'));
    expect(forced.status).toBe(409);
    expect(alert(forced)).toBe(
      'Harstad Bygg Partner AS cannot be chosen now. Ask your administrator to reactivate it.',
    );
    const elsewhere = expectPage(await chooseTenant(browser, found, 'Cust10001'));
    expect(elsewhere.status).toBe(400);
    expect(alert(elsewhere)).toBe('Choose one of the companies in the list.');
    expect(elsewhere.html).toMatch(
      /<button type="submit" name="ctx" value="[^"]+" class="tenant" autofocus>/,
    );
    expect(
      expectRedirect(await chooseTenant(browser, elsewhere, 'Cust50009')).searchParams.get('code'),
    ).toBeTruthy();
  });

  it('stays usable with 300 tenants: a page of them, and a search by name or id that needs no script', async () => {
    const { browser, page } = await choicePageAfterPassword('kari@partner.example');
    expect(tenantButtons(page).length + (page.html.match(/class="unavailable"/g)?.length ?? 0)).toBe(25);
    expect(count(page)).toBe('Showing 25 of 300 companies. Search to find the others.');
    expect(page.html).toMatch(
      /<form class="search" method="get" action="\/login\/interaction\/[\w-]+" role="search">\s*<label for="q">Find a company by name or id<\/label>/,
    );
    expect(page.html).toMatch(
      /<input id="q" name="q" type="search"[^>]*aria-describedby="tenant-count"[^>]*autofocus>/,
    );

    const byName = await searchTenants(browser, page, 'tromso fisk');
    expect(tenantButtons(byName)).toEqual(['Cust50118: Tromsø Fisk Service AS Cust50118 · Running']);
    expect(count(byName)).toBe('1 company matches “tromso fisk”.');
    expect(byName.html).toContain('value="tromso fisk"');

    const byId = await searchTenants(browser, page, 'Cust50123');
    expect(tenantButtons(byId)).toEqual(['Cust50123: Bodø Frakt AS Cust50123 · Running']);

    const broad = await searchTenants(browser, page, 'bygg');
    expect(count(broad)).toBe('20 companies match “bygg”.');
    const many = await searchTenants(browser, page, 'AS');
    expect(count(many)).toBe(
      'Showing 25 of the 300 companies that match “AS”. Search for more of the name or id.',
    );
    const none = await searchTenants(browser, page, 'oslo');
    expect(count(none)).toBe(
      'No company matches “oslo”. Check the spelling, or search by id, like Cust12345.',
    );

    const callback = expectRedirect(await chooseTenant(browser, byId, 'Cust50123'));
    expect(callback.searchParams.get('code')).toBeTruthy();
  });

  it('speaks the person’s language', async () => {
    const browser = new Browser(authority);
    const request = authorizationRequest(authority, { params: { ui_locales: 'nb' } });
    const login = expectPage(await browser.navigate(request.url));
    const page = expectPage(await submitLogin(browser, login, 'bjorn@example.com', 'demo'));
    expect(page.html).toContain('<html lang="nb">');
    expect(page.html).toContain('<h1>Velg firma</h1>');
    expect(tenantButtons(page)[2]).toBe('Cust20003: Oslo Retail Cust20003 · Kjører, vedlikehold pågår');
  });
});
