// Photographs the running app for the manifest's install dialog and the README; run after UI changes.
// Needs a build (npm run build); starts the app and the sign-in service itself on the default ports.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { builtPolicy } from '../build/csp-hashes.ts';
import { startAppServer } from './serve-app.ts';
import { startSignInService } from '../sign-in-service/server.ts';
import { APP, landingRendered, logIn, startPageHeading } from '../tests/support/app.ts';

const iphone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
};
const laptop: BrowserContextOptions = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

async function shoot(
  browser: Browser,
  options: BrowserContextOptions,
  colorScheme: 'light' | 'dark',
  file: string,
  go: (page: Page) => Promise<void>,
) {
  const context = await browser.newContext({ ...options, colorScheme, serviceWorkers: 'block' });
  const page = await context.newPage();
  await go(page);
  await page.screenshot({ path: file, animations: 'disabled' });
  await context.close();
  console.info(`wrote ${file}`);
}

async function signInAsAnna(page: Page) {
  await logIn(page, 'anna@example.com');
  await startPageHeading(page).waitFor();
}

const dist = new URL('../dist', import.meta.url).pathname;
const app = await startAppServer({
  root: dist,
  port: 4173,
  contentSecurityPolicy: builtPolicy(dist),
});
const service = await startSignInService();
const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: CHROMIUM_ARGS,
});
mkdirSync('public/screenshots', { recursive: true });
mkdirSync('docs/screenshots', { recursive: true });
try {
  const mobile = async (page: Page) => {
    await page.goto(`${APP}/mobile`);
    await landingRendered(page).waitFor();
  };
  const signInScreen = async (page: Page) => {
    await page.goto(`${APP}/`);
    await page.getByRole('button', { name: 'Log in' }).waitFor();
  };
  // The install dialog's gallery (manifest screenshots): light, as the store listings are.
  await shoot(browser, iphone, 'light', 'public/screenshots/narrow-get-the-app.png', mobile);
  await shoot(browser, iphone, 'light', 'public/screenshots/narrow-sign-in.png', signInScreen);
  await shoot(browser, laptop, 'light', 'public/screenshots/wide-get-the-app.png', mobile);
  // The README: /mobile and the start page, light and dark.
  for (const scheme of ['light', 'dark'] as const) {
    await shoot(browser, iphone, scheme, `docs/screenshots/get-the-app-${scheme}.png`, mobile);
    await shoot(browser, iphone, scheme, `docs/screenshots/start-page-${scheme}.png`, signInAsAnna);
  }
} finally {
  await browser.close();
  await service.close();
  await new Promise((resolve) => app.close(resolve));
}
