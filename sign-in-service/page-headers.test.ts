import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignInService, type SignInService } from './server.ts';
import { authorizationRequest, Browser, expectPage, submitLogin, testOptions } from './test-support.ts';

let service: SignInService;
let issuer: string;

beforeAll(async () => {
  service = await startSignInService(testOptions({ loginRateLimit: 1000 }));
  issuer = service.issuer;
});

afterAll(() => service.close());

/** The service's own pages and the ones oidc-provider renders itself, each as a browser would reach it. */
async function everyKindOfPage() {
  const get = async (path: string) => expectPage(await new Browser(issuer).navigate(path));

  const formPostError = await get(
    authorizationRequest(issuer, { prompt: 'none', params: { response_mode: 'form_post' } }).url.href,
  );
  const browser = new Browser(issuer);
  const loginPage = expectPage(
    await browser.navigate(authorizationRequest(issuer, { params: { response_mode: 'form_post' } }).url),
  );
  const formPostCode = expectPage(await submitLogin(browser, loginPage, 'anna@example.com', 'demo'));

  return {
    'the login page': loginPage,
    'the form_post answer with a code': formPostCode,
    'the form_post answer with an error': formPostError,
    'the end-session page without a session': await get('/session/end'),
    'the logged-out page': await get('/session/end/success'),
    'an error page of the provider': await get(`/auth?client_id=unknown&response_type=code`),
    'the expired-sign-in page': await get('/interaction/unknown'),
    'the not-found page': await get('/no/such/page'),
    'the home page': await get('/'),
    'a tenant’s placeholder page': await get('/Cust10001'),
  };
}

describe('every HTML answer of the service', () => {
  it('carries the strict CSP, nosniff and no-referrer, whoever renders it', async () => {
    const pages = await everyKindOfPage();
    for (const [name, page] of Object.entries(pages)) {
      expect(page.headers.get('content-type'), name).toMatch(/^text\/html/);
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp, name).toContain("default-src 'none'");
      expect(csp, name).toContain("frame-ancestors 'none'");
      // The login steps' forms may also lead on to the company identity provider (federated domains).
      expect(csp, name).toMatch(/form-action 'self' http:\/\/localhost:4173( http:\/\/localhost:4300)?(;|$)/);
      expect(csp, name).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(page.headers.get('x-content-type-options'), name).toBe('nosniff');
      expect(page.headers.get('referrer-policy'), name).toBe('no-referrer');
      expect(page.headers.get('x-frame-options'), name).toBe('DENY');
    }
  });

  it('lets the form_post page run its one inline script (by hash) and nothing else', async () => {
    const { 'the form_post answer with a code': page } = await everyKindOfPage();
    expect(page.html).toContain(`name="code"`);
    const script = /<script>([\s\S]*?)<\/script>/.exec(page.html)?.[1] ?? '';
    const hash = createHash('sha256').update(script).digest('base64');
    const scriptSrc = /script-src ([^;]*)/.exec(page.headers.get('content-security-policy') ?? '')?.[1];
    expect(scriptSrc?.split(' ')).toContain(`'sha256-${hash}'`);
    expect(scriptSrc).not.toMatch(/'self'|https?:|\*/);
  });
});
