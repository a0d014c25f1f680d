import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';
import { APP, PROVIDER } from './tests/support/app.ts';
import { shapes, type ShapeOptions } from './tests/support/shape.ts';

const browser = findChromium();

// The demo seed plus one test account whose companies include a suspended one, for the Choose company screen.
const seed = JSON.parse(readFileSync('sign-in-service/seed.json', 'utf8'));
const anna = seed.accounts.find((account: { email: string }) => account.email === 'anna@example.com');
seed.accounts.push({
  ...anna,
  email: 'erik@example.com',
  name: 'Erik Berg',
  initials: 'EB',
  memberships: [
    { ctx: 'Cust20001', associateId: 40, isAdministrator: false },
    { ctx: 'Cust30001', associateId: 41, isAdministrator: false },
  ],
});
// One file per checkout: other checkouts on the machine run their own seeds at the same time.
const checkout = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12);
const testSeed = join(tmpdir(), `mobile-crm-e2e-seed-${checkout}.json`);
writeFileSync(testSeed, JSON.stringify(seed));

export default defineConfig<ShapeOptions>({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Files run side by side, the tests inside a file one after another. Files share the one sign-in service: each
  // signs in its own browser context, and a file that serves a second app picks a port no other file uses.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: APP,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } },
    // The journeys again against SuperID's shape (tests/support/shape.ts): its own build, service and company IdP.
    {
      name: 'superid',
      testMatch: /(sign-in-journey|sign-in-problems|federated-sign-in)\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        channel: undefined,
        baseURL: shapes.superid.app,
        shapeName: 'superid',
      },
    },
  ],
  webServer: [
    {
      // The real product: production build on :4173, the local sign-in service on :4000 and, started before it, the
      // local Onsite server on :4110 (its own issuer, sign-in-service/onsite-seed.json, client id mobile-crm).
      command: 'npx tsx scripts/start.ts --no-build',
      url: `${PROVIDER}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        SIGNIN_ACCESS_TOKEN_TTL: process.env.SIGNIN_ACCESS_TOKEN_TTL ?? '75',
        SIGNIN_SEED: testSeed,
        // Copies of the app for the update tests (4174, 4177) and the app behind nginx (4175, hosting.spec.ts; 4178,
        // at the root and under /crm/, hosting-sub-path.spec.ts).
        SIGNIN_APP_ORIGINS:
          'http://localhost:4174, http://localhost:4175, http://localhost:4177, http://localhost:4178',
        SIGNIN_APP_BASE_PATHS: '/, /crm/',
      },
    },
    {
      // SuperID's shape: the app built with ctx-claim and the settings for it (sign-in-service/app-settings.ts).
      command: 'npx tsx scripts/start.ts --superid',
      url: `${shapes.superid.provider}/login/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 180_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        APP_PORT: new URL(shapes.superid.app).port,
        APP_OUT_DIR: 'dist-superid',
        SIGNIN_PORT: new URL(shapes.superid.provider).port,
        SIGNIN_APP_ORIGINS: shapes.superid.app,
        COMPANY_IDP_PORT: new URL(shapes.superid.companyIdp).port,
        SIGNIN_ACCESS_TOKEN_TTL: process.env.SIGNIN_ACCESS_TOKEN_TTL ?? '75',
        SIGNIN_SEED: testSeed,
      },
    },
  ],
});
