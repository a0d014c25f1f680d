// The build behind real nginx, configured by nothing but the files the build wrote (dist/hosting/).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appRoutes, getTheAppPaths, isCompressible, securityHeaders } from '../../build/hosting/rules.ts';
import { deployNewServiceWorker } from '../support/deploy.ts';
import { canInstallNginx, nginxMissing, startNginx, type RunningNginx } from '../support/nginx.ts';
import { APP, enterPassword, startPageHeading } from '../support/app.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';

/** The sign-in service trusts this origin (playwright.config.ts, SIGNIN_APP_ORIGINS). */
const NGINX_PORT = 4175;
/** A second nginx, without the build's configuration, for the check to fail on. */
const BARE_NGINX_PORT = 4176;

const missing = nginxMissing();
// The one allowed skip: where nginx cannot be had. As root on Debian the test command installs it, so a missing
// nginx there is a failure (in beforeAll), not a skip.
const unavailable = missing && !canInstallNginx() ? `${missing}; only root on Debian installs it here` : null;
if (unavailable) console.info(`[hosting] skipping the nginx tests: ${unavailable}`);
test.skip(!!unavailable, unavailable ?? '');

/** One GET as it went over the wire, not decompressed. */
function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

/** `npm run check-hosting -- <site> --csp dist/content-security-policy.txt` (without npm's start-up): its exit code and report. */
function checkHosting(site: string) {
  return new Promise<{ code: number; report: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-hosting.ts', site, '--csp', 'dist/content-security-policy.txt'],
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, report: stdout + stderr }),
    );
  });
}

test.describe('the app behind nginx, configured by the build', () => {
  let dir: string;
  let nginx: RunningNginx;

  test.beforeAll(async () => {
    if (missing)
      throw new Error(`${missing}: run \`npx tsx scripts/ensure-nginx.ts\` (npm run test:e2e does)`);
    // A copy, so a deployment can be changed under the running server.
    dir = mkdtempSync(join(tmpdir(), 'mobile-crm-hosting-'));
    cpSync('dist', dir, { recursive: true });
    nginx = await startNginx({ root: dir, port: NGINX_PORT });
  });
  test.afterAll(async () => {
    await nginx?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('npm run check-hosting finds every header and cache rule in place, on nginx and on npm start', async () => {
    const sites = [nginx.url, APP];
    const checks = await Promise.all(sites.map(checkHosting));
    checks.forEach(({ code, report }, i) => {
      expect(report, sites[i]).not.toContain('✗');
      expect(report, sites[i]).toContain('✓ /start: index.html, text/html; charset=utf-8, no-cache');
      expect(code, `${sites[i]}\n${report}`).toBe(0);
    });
  });

  test('npm run check-hosting fails on nginx serving the build without its configuration', async () => {
    const bare = await startNginx({ root: dir, port: BARE_NGINX_PORT, server: [] });
    try {
      const { code, report } = await checkHosting(bare.url);
      expect(code).toBe(1);
      expect(report).toContain('✗ /start: status: expected 200, got 404');
      expect(report).toMatch(
        /✗ \/: .*Cache-Control: expected no-cache, got \(none\); Content-Security-Policy: missing/,
      );
    } finally {
      await bare.stop();
    }
  });

  test('nginx answers every path of the build as npm start does: status, type, caching, security headers', async () => {
    // Files and folders, the precompressed copies and the notes for hosting among them.
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
    const paths = [
      ...appRoutes(),
      ...getTheAppPaths(),
      ...files.map((file) => `/${file}`),
      '/no-such-page',
      '/start/',
      '/assets/',
      '/.vite/chunk-modules.json',
    ];
    const compared = [
      'content-type',
      'cache-control',
      ...Object.keys(securityHeaders('')).map((h) => h.toLowerCase()),
    ];
    const answers = async (origin: string, path: string) => {
      const answer = await rawGet(origin + path);
      return {
        status: answer.status,
        ...Object.fromEntries(compared.map((name) => [name, answer.headers[name]])),
      };
    };
    for (const path of paths) expect(await answers(nginx.url, path), path).toEqual(await answers(APP, path));
    const csp = (await rawGet(`${nginx.url}/`)).headers['content-security-policy'];
    expect(csp).toBe(readFileSync('dist/content-security-policy.txt', 'utf8').trim());
  });

  test("the build's .br and .gz files are sent as they are to browsers that take them, the plain file otherwise", async () => {
    const compressed = readdirSync(join(dir, 'assets')).filter((file) => isCompressible(file));
    expect(compressed.length).toBeGreaterThan(5);
    for (const path of ['/', '/mobile', ...compressed.map((file) => `/assets/${file}`)]) {
      const file = path === '/' ? 'index.html' : path === '/mobile' ? 'mobile.html' : path.slice(1);
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
        ['identity', ''],
      ] as const) {
        const answer = await rawGet(nginx.url + path, { 'accept-encoding': encoding });
        expect(answer.headers['content-encoding'], `${path} ${encoding}`).toBe(suffix ? encoding : undefined);
        expect(answer.headers.vary, `${path} ${encoding}`).toBe('Accept-Encoding');
        expect(answer.body.equals(readFileSync(join(dir, file + suffix))), `${path} ${encoding}`).toBe(true);
      }
    }
  });

  test('the service worker installs, and a new deployment is offered as an update', async ({ page }) => {
    await page.goto(`${nginx.url}/mobile`);
    await waitForServiceWorker(page);
    deployNewServiceWorker(dir);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const banner = page.getByRole('status').filter({ hasText: 'Update available' });
    await expect(banner).toBeVisible();
    await banner.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
  });

  test('a person signs in through nginx, and the app opens again offline on the start page', async ({
    page,
    context,
  }) => {
    await page.goto(`${nginx.url}/`);
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page).toHaveURL(`${nginx.url}/start`);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await context.setOffline(false);
  });
});
