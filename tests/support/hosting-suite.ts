// The hosting tests every deployment of a build gets, at the root and under a sub-path: the build behind real nginx,
// configured by nothing but the files the build wrote (hosting/), held to what `npm start`'s server answers.
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { appRoutes, getTheAppPaths, isCompressible, securityHeaders } from '../../build/hosting/rules.ts';
import { enterPassword, startPageHeading } from './app.ts';
import { deployNewServiceWorker } from './deploy.ts';
import { canInstallNginx, nginxMissing } from './nginx.ts';
import { waitForServiceWorker } from './service-worker.ts';

/** One build, deployed: behind nginx and behind `npm start`'s server. */
export interface HostedBuild {
  /** Where it lives on its host: `/` or `/crm/`. */
  base: string;
  /** The build folder nginx serves (a copy: a test deploys a new service worker into it). */
  dir: string;
  /** nginx's origin. */
  nginx: string;
  /** The origin of `npm start`'s server for the same build. */
  app: string;
}

/**
 * Skips the file, saying why, where nginx cannot be had (not Debian, not root); as root on Debian the test command
 * installs it, so a missing nginx there is a failure (thrown by `requireNginx`), not a skip.
 */
export function skipWithoutNginx() {
  const missing = nginxMissing();
  const unavailable =
    missing && !canInstallNginx() ? `${missing}; only root on Debian installs it here` : null;
  if (unavailable) console.info(`[hosting] skipping the nginx tests: ${unavailable}`);
  test.skip(!!unavailable, unavailable ?? '');
}

export function requireNginx() {
  const missing = nginxMissing();
  if (missing) throw new Error(`${missing}: run \`npx tsx scripts/ensure-nginx.ts\` (npm run test:e2e does)`);
}

/** One GET as it went over the wire, not decompressed. */
export function rawGet(url: string, headers: Record<string, string> = {}) {
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

/** `npm run check-hosting -- <site> --csp <policy file>` (without npm's start-up): its exit code and report. */
export function checkHosting(site: string, cspFile: string) {
  return new Promise<{ code: number; report: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-hosting.ts', site, '--csp', cspFile],
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, report: stdout + stderr }),
    );
  });
}

/** The tests of one hosted build; `hosted` is read once the file's beforeAll has deployed it. */
export function hostingTests(hosted: () => HostedBuild) {
  test('npm run check-hosting finds every header and cache rule in place, on nginx and on npm start', async () => {
    const { base, dir, nginx, app } = hosted();
    const sites = [nginx, app].map((origin) => origin + base);
    const checks = await Promise.all(
      sites.map((site) => checkHosting(site, join(dir, 'content-security-policy.txt'))),
    );
    checks.forEach(({ code, report }, i) => {
      expect(report, sites[i]).not.toContain('✗');
      expect(report, sites[i]).toContain(`✓ ${base}start: index.html, text/html; charset=utf-8, no-cache`);
      expect(code, `${sites[i]}\n${report}`).toBe(0);
    });
  });

  test('nginx answers every path of the build as npm start does: status, type, caching, security headers', async () => {
    const { base, dir, nginx, app } = hosted();
    // Files and folders, the precompressed copies and the notes for hosting among them.
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    const paths = [
      ...appRoutes(base),
      ...getTheAppPaths(base),
      ...files.map((file) => base + file),
      `${base}no-such-page`,
      `${base}start/`,
      `${base}assets/`,
      `${base}.vite/chunk-modules.json`,
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
    for (const path of paths) expect(await answers(nginx, path), path).toEqual(await answers(app, path));
    const csp = (await rawGet(nginx + base)).headers['content-security-policy'];
    expect(csp).toBe(readFileSync(join(dir, 'content-security-policy.txt'), 'utf8').trim());
  });

  test("the build's .br and .gz files are sent as they are to browsers that take them, the plain file otherwise", async () => {
    const { base, dir, nginx } = hosted();
    const compressed = readdirSync(join(dir, 'assets')).filter((file) => isCompressible(file));
    expect(compressed.length).toBeGreaterThan(5);
    const pages = [
      [base, 'index.html'],
      [`${base}mobile`, 'mobile.html'],
      ...compressed.map((file) => [`${base}assets/${file}`, `assets/${file}`]),
    ];
    for (const [path, file] of pages) {
      for (const [encoding, suffix] of [
        ['br', '.br'],
        ['gzip', '.gz'],
        ['identity', ''],
      ] as const) {
        const answer = await rawGet(nginx + path, { 'accept-encoding': encoding });
        expect(answer.headers['content-encoding'], `${path} ${encoding}`).toBe(suffix ? encoding : undefined);
        expect(answer.headers.vary, `${path} ${encoding}`).toBe('Accept-Encoding');
        expect(answer.body.equals(readFileSync(join(dir, file! + suffix))), `${path} ${encoding}`).toBe(true);
      }
    }
  });

  test('the service worker installs, and a new deployment is offered as an update', async ({ page }) => {
    const { base, dir, nginx } = hosted();
    await page.goto(`${nginx}${base}mobile`);
    // The page's own links and images are the build's, under its path.
    await expect(page.getByRole('link', { name: 'Open Mobile CRM' })).toHaveAttribute('href', base);
    const badge = page.locator('.store-badge img').first();
    await expect(badge).toHaveAttribute('src', new RegExp(`^${base}badges/`));
    await expect
      .poll(() => badge.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await waitForServiceWorker(page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(
      nginx + base,
    );
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
    const { base, nginx } = hosted();
    await page.goto(nginx + base);
    await page.getByRole('button', { name: 'Log in' }).click();
    await enterPassword(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page).toHaveURL(`${nginx}${base}start`);
    await waitForServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    await expect(page.getByTestId('offline-banner')).toBeVisible();
    await context.setOffline(false);
  });
}
