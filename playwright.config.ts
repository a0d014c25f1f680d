import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';

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
// One file per checkout: other checkouts on this machine run their tests with seeds of their own.
const testSeed = join(tmpdir(), `mobile-crm-e2e-seed${process.cwd().replace(/\W+/g, '-')}.json`);
writeFileSync(testSeed, JSON.stringify(seed));

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://localhost:4173',
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser?.executablePath, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    // The real product: production build on :4173, the local sign-in service on :4000 and, started before it, the
    // local Onsite server on :4100 (its own issuer, sign-in-service/onsite-seed.json, client id mobile-crm).
    command: 'npx tsx scripts/start.ts --no-build',
    url: 'http://localhost:4000/.well-known/openid-configuration',
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      SIGNIN_ACCESS_TOKEN_TTL: process.env.SIGNIN_ACCESS_TOKEN_TTL ?? '75',
      SIGNIN_SEED: testSeed,
      // A second copy of the app for the update test; the app behind nginx (hosting.spec.ts).
      SIGNIN_APP_ORIGINS: 'http://localhost:4174, http://localhost:4175',
    },
  },
});
