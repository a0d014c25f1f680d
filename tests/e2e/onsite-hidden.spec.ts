// A build whose allow-list is none (VITE_ONSITE_SERVERS=none, the SuperOffice presets' default) offers no Onsite
// path at all: one extra build in the run, served on its own port, and one test that looks everywhere for the path.
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { build } from 'vite';
import { builtPolicy } from '../../build/csp-hashes.ts';
import { startAppServer } from '../../scripts/serve-app.ts';
import { openTaskMenu } from '../support/app.ts';

const port = 4176;
const app = `http://localhost:${port}`;
let dir: string;
let server: Server;

test.beforeAll(async () => {
  // A production build takes about half a minute on this machine.
  test.setTimeout(180_000);
  dir = mkdtempSync(join(tmpdir(), 'mobile-crm-no-onsite-'));
  process.env.VITE_ONSITE_SERVERS = 'none';
  try {
    await build({ logLevel: 'error', build: { outDir: dir, emptyOutDir: true } });
  } finally {
    delete process.env.VITE_ONSITE_SERVERS;
  }
  server = await startAppServer({ root: dir, port, contentSecurityPolicy: builtPolicy(dir) });
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

test.use({ serviceWorkers: 'block' });

test('without Onsite servers, no way to one: no link, no screen, no pre-filled link, no Reset login choice, no CSP opening', async ({
  page,
}) => {
  const response = await page.goto(`${app}/`);
  const csp = response?.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/connect-src 'self' http:\/\/localhost:4000;/);
  expect(csp).toMatch(/form-action 'self' http:\/\/localhost:4000;/);

  await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
  await expect(page.getByText('Are you an Onsite customer?')).toHaveCount(0);

  // Its address and a link that would fill it in both land on the sign-in screen.
  for (const path of ['/onsite', '/?server=crm.example.com']) {
    await page.goto(app + path);
    await expect(page.getByRole('button', { name: 'Log in' })).toBeEnabled();
    await expect(page.getByLabel('Server address')).toHaveCount(0);
  }

  await (await openTaskMenu(page)).getByRole('menuitem', { name: 'Reset login' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reset login' })).toBeVisible();
  await expect(page.getByText(/Onsite/)).toHaveCount(0);
});
