import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/browser.ts';

const browser = findChromium();

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
    // The real product: production build on :4173 and the local sign-in service on :4000.
    command: 'npx tsx scripts/start.ts --no-build',
    url: 'http://localhost:4000/.well-known/openid-configuration',
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      SIGNIN_ACCESS_TOKEN_TTL: process.env.SIGNIN_ACCESS_TOKEN_TTL ?? '75',
      // A second copy of the app for the update test.
      SIGNIN_APP_ORIGINS: 'http://localhost:4174',
    },
  },
});
