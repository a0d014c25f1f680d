// A build under a sub-path (VITE_BASE_PATH=/crm/), behind real nginx beside the root build on one host, each
// configured by nothing but its own hosting/nginx.conf: the hosting tests again, at /crm/, and the two apps of one
// origin kept apart (storage, service worker, offline copy).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { builtPolicy } from '../../build/csp-hashes.ts';
import { startAppServer } from '../../scripts/serve-app.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { enterPassword, logOut, signInHeading, startPageHeading } from '../support/app.ts';
import {
  checkHosting,
  hostingTests,
  rawGet,
  requireNginx,
  skipWithoutNginx,
} from '../support/hosting-suite.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

const BASE = '/crm/';
/** nginx with both builds; the sign-in service trusts this origin and /crm/ (playwright.config.ts). */
const NGINX_PORT = 4178;
/** `npm start`'s server for the sub-path build. */
const APP_PORT = 4179;

skipWithoutNginx();

/** `VITE_BASE_PATH=/crm/ vite build --outDir <outDir>`, as from the command line; how long it took. */
function buildUnderPath(outDir: string): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'],
      { env: { ...process.env, VITE_BASE_PATH: BASE } },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`the sub-path build failed:\n${stdout}${stderr}`))
          : resolve(Date.now() - started),
    );
  });
}

type FirstFrame = { lang?: string; startPage: boolean };

/**
 * Each page of the context notes what its inline boot code did before any module ran: the language it chose, and
 * whether it painted a relaunch's start page (a `.snapshot` in #app, which only the boot code adds).
 */
const noteFirstFrames = (context: BrowserContext) =>
  context.addInitScript(() => {
    let startPage = false;
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (
            node instanceof Element &&
            node.classList.contains('snapshot') &&
            node.parentElement?.id === 'app'
          )
            startPage = true;
    }).observe(document, { childList: true, subtree: true });
    addEventListener('load', () => {
      const frame: FirstFrame = { lang: document.documentElement.dataset.lang, startPage };
      (window as unknown as { firstFrame: FirstFrame }).firstFrame = frame;
    });
  });

/** Opens `url`: the language the page speaks, and whether it relaunched on a start page, before any module ran. */
async function firstFrame(page: Page, url: string): Promise<FirstFrame> {
  await page.goto(url);
  const noted = await page.waitForFunction(
    () => (window as unknown as { firstFrame?: FirstFrame }).firstFrame,
  );
  return (await noted.jsonValue())!;
}

test.describe('the app under /crm/ behind nginx, beside the app at the root', () => {
  let site: string;
  let nginx: RunningNginx;
  let app: Server;
  const crm = () => join(site, BASE);

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    requireNginx();
    site = mkdtempSync(join(tmpdir(), 'mobile-crm-sub-path-'));
    cpSync('dist', site, { recursive: true });
    const took = await buildUnderPath(crm());
    console.info(`[hosting] the /crm/ build took ${(took / 1000).toFixed(1)} s`);
    // One server, two includes: each build's nginx.conf, and the brotli line once.
    nginx = await startNginx({
      root: site,
      port: NGINX_PORT,
      server: [
        `include ${join(site, 'hosting/nginx.conf')};`,
        `include ${join(site, 'hosting/nginx-brotli.conf')};`,
        `include ${join(crm(), 'hosting/nginx.conf')};`,
      ],
    });
    app = await startAppServer({
      root: crm(),
      port: APP_PORT,
      contentSecurityPolicy: builtPolicy(crm()),
      base: BASE,
    });
  });
  test.afterAll(async () => {
    await nginx?.stop();
    await new Promise((resolve) => (app ? app.close(resolve) : resolve(null)));
    if (site) rmSync(site, { recursive: true, force: true });
  });

  hostingTests(() => ({ base: BASE, dir: crm(), nginx: nginx.url, app: `http://localhost:${APP_PORT}` }));

  test("outside /crm/ nothing is the sub-path app's: npm start answers 404, nginx the root app", async () => {
    const root = readFileSync(join(site, 'index.html'));
    const crmPolicy = readFileSync(join(crm(), 'content-security-policy.txt'), 'utf8').trim();
    for (const path of ['/', '/start', '/mobile', '/sw.js', '/manifest.webmanifest']) {
      const answer = await rawGet(`http://localhost:${APP_PORT}${path}`);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).toContain('<a href="/crm/">Open Mobile CRM</a>');
    }
    const atRoot = await rawGet(`${nginx.url}/start`);
    expect(atRoot.body.equals(root)).toBe(true);
    expect(atRoot.headers['content-security-policy']).toBe(
      readFileSync(join(site, 'content-security-policy.txt'), 'utf8').trim(),
    );
    const underCrm = await rawGet(`${nginx.url}/crm/start`);
    expect(underCrm.body.equals(readFileSync(join(crm(), 'index.html')))).toBe(true);
    expect(underCrm.headers['content-security-policy']).toBe(crmPolicy);
    // A missing file under /crm/ gets the sub-path app's 404, with its headers.
    const missing = await rawGet(`${nginx.url}/crm/no-such-page.js.br`);
    expect(missing.status).toBe(404);
    expect(missing.headers['content-security-policy']).toBe(crmPolicy);
    expect(missing.body.toString()).toContain('<a href="/crm/">');
    // Both apps pass the deployment check on the one host.
    const rootCheck = await checkHosting(`${nginx.url}/`, join(site, 'content-security-policy.txt'));
    expect(rootCheck.code, rootCheck.report).toBe(0);
  });

  test('npm run size measures the sub-path build: /crm/mobile within its budget, without oidc-client-ts', async () => {
    const { code, report } = await new Promise<{ code: number; report: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'scripts/check-size.ts', crm()],
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, report: stdout + stderr }),
      ),
    );
    expect(report).toMatch(/\/mobile critical path \(2 files: mobile\.html, assets\/index-[\w-]+\.js\)/);
    expect(report).toContain('✓ within budget');
    expect(code, report).toBe(0);
  });

  test('two builds on one origin read neither storage nor service worker of the other', async ({
    context,
  }) => {
    await noteFirstFrames(context);
    const crmPage = await context.newPage();
    await crmPage.goto(`${nginx.url}${BASE}`);
    await crmPage.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(crmPage, 'anna@example.com');
    await expect(startPageHeading(crmPage)).toHaveText('Hello, Anna Larsen');
    await waitForServiceWorker(crmPage);
    // What the boot code reads before the first paint: /crm/ relaunches on its start page, and speaks Norwegian.
    await expect
      .poll(() => crmPage.evaluate(() => localStorage.getItem('mobile-crm/crm/start-page')))
      .toContain('Anna Larsen');
    expect(await firstFrame(crmPage, `${nginx.url}${BASE}`)).toEqual({ lang: 'en', startPage: true });
    await crmPage.evaluate(() => localStorage.setItem('mobile-crm/crm/language', 'nb'));
    expect(await firstFrame(crmPage, `${nginx.url}${BASE}`)).toEqual({ lang: 'nb', startPage: false });

    // The root app, in the same browser: a first visit, with nothing of /crm/'s.
    const rootPage = await context.newPage();
    expect(await firstFrame(rootPage, `${nginx.url}/`)).toEqual({ lang: 'en', startPage: false });
    await crmPage.evaluate(() => localStorage.removeItem('mobile-crm/crm/language'));
    await expect(signInHeading(rootPage)).toBeVisible();
    await expect(rootPage.getByRole('button', { name: 'Log in' })).toBeEnabled();
    await expect(rootPage.getByTestId('remembered-login')).toHaveCount(0);
    await waitForServiceWorker(rootPage);
    const scopes = await rootPage.evaluate(async () =>
      (await navigator.serviceWorker.getRegistrations()).map((registration) => registration.scope).sort(),
    );
    expect(scopes).toEqual([`${nginx.url}/`, `${nginx.url}${BASE}`]);
    const databases = await rootPage.evaluate(async () =>
      (await indexedDB.databases()).map((database) => database.name),
    );
    expect(databases).toEqual(expect.arrayContaining(['mobile-crm/crm/auth-user', 'mobile-crm/crm/dpop']));
    expect(databases).not.toContain('mobile-crm-auth-user');
    expect(databases).not.toContain('oidc');

    // The root app's service worker, now installed too, left /crm/'s offline copy alone.
    await context.setOffline(true);
    await crmPage.goto(`${nginx.url}${BASE}start`);
    await expect(startPageHeading(crmPage)).toHaveText('Hello, Anna Larsen');
    await context.setOffline(false);

    // Log out returns to /crm/ (its post-logout URI), which still remembers Anna; the root app does not.
    await logOut(crmPage);
    await expect(crmPage).toHaveURL(`${nginx.url}${BASE}`);
    await expect(crmPage.getByTestId('remembered-login')).toContainText('anna@example.com');
    await rootPage.reload();
    await expect(rootPage.getByRole('button', { name: 'Log in' })).toBeEnabled();
    await expect(rootPage.getByTestId('remembered-login')).toHaveCount(0);
  });
});
