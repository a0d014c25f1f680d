// `npm run bench`: builds, serves the production build with the local sign-in service, and measures bytes,
// Lighthouse, warm start, the sign-in round trip and a consultant's Choose company (render time at 3, 30 and 300
// companies, the id_token that lists them). Prints one table; writes bench-results/bench.json.
// See docs/performance.md. Flags: --no-build (measure dist/ as it is), --no-lighthouse (the browser figures only).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { loadEnv } from 'vite';
import { loadConfig } from '../build/config.ts';
import { builtPolicy } from '../build/csp-hashes.ts';
import { PortInUseError } from '../sign-in-service/port-in-use.ts';
import { startSignInService, type SignInService } from '../sign-in-service/server.ts';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { startAppServer } from './serve-app.ts';
import { APP, anyStartPageHeading, logIn } from '../tests/support/app.ts';
import { waitForServiceWorker } from '../tests/support/service-worker.ts';
import { runLighthouse, type LighthousePage } from './bench/lighthouse.ts';
import {
  measureSignInRoundTrip,
  type RoundTripFigures,
  type RoundTripScenario,
} from './bench/sign-in-round-trip.ts';
import { measureSizes, type SizeFigures } from './bench/sizes.ts';
import { COMPANY_COUNTS, measureChooseCompany, type ChooseCompanyFigures } from './bench/choose-company.ts';
import { errorText, formatTable, kb, ms, withTimeout } from './bench/util.ts';
import { installHeadingClock, measureWarmStart, type WarmStartFigures } from './bench/warm-start.ts';
import { measureLockedRelaunch, type LockedRelaunchFigures } from './bench/locked-relaunch.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const OUT = join(ROOT, 'bench-results', 'bench.json');
const APP_PORT = 4173;
const SIGNIN_PORT = 4000;
const LIGHTHOUSE_RUNS = 3;
const WARM_RUNS = 7;
const ROUND_TRIPS = 3;
const BARE_PAGE = '/bench-bare.html';
/** The floor for Lighthouse: /mobile's HTML without its scripts (same header, heading, lead and inline CSS). */
const FLOOR_PAGE = '/bench-floor.html';
const LCP_TARGET = 1.2;
const DEMO_EMAIL = 'anna@example.com';
const WATCHDOG_MS = 8 * 60_000;

const args = new Set(process.argv.slice(2));
const info = (message: string) => console.info(message);

interface Results {
  date: string;
  commit: string;
  node: string;
  chromium: string | null;
  built: boolean;
  sizes?: SizeFigures;
  lighthouse?: LighthousePage[];
  warmStart?: WarmStartFigures;
  lockedRelaunch?: LockedRelaunchFigures;
  signIn?: RoundTripFigures;
  chooseCompany?: ChooseCompanyFigures;
  errors: { phase: string; message: string }[];
  seconds?: number;
}

const closers: { name: string; close: () => Promise<unknown> | void }[] = [];

async function closeAll() {
  while (closers.length) {
    const { name, close } = closers.pop()!;
    try {
      await withTimeout(Promise.resolve(close()), 10_000, `closing ${name}`);
    } catch (error) {
      console.warn(`bench: ${errorText(error)}`);
    }
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** The bench's ports are fixed (the build signs in at :4000, which takes redirects to :4173): no variable moves them. */
const fixedPort = (error: unknown) =>
  error instanceof PortInUseError ? new PortInUseError(error.port) : error;

/** A page as it paints with no script at all: every <script> (code and data) left out. */
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');

/**
 * A copy of the build plus two pages served next to it: the Lighthouse floor (/mobile without its scripts) and
 * the warm-start baseline (an h1 and nothing else).
 */
function prepareServedCopy(target: string, sizes: SizeFigures) {
  cpSync(DIST, target, { recursive: true });
  const measured = new Set(Object.values(sizes.screens).flatMap((screen) => screen.files));
  const missing = [...measured].filter((file) => !existsSync(join(target, file)));
  if (missing.length)
    throw new Error(`dist/ changed while the benchmark read it (another build?): ${missing.join(', ')}`);
  writeFileSync(
    join(target, FLOOR_PAGE.slice(1)),
    withoutScripts(readFileSync(join(target, 'mobile.html'), 'utf8')),
  );
  writeFileSync(
    join(target, BARE_PAGE.slice(1)),
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Bare</title><h1>Hello, bare page</h1></html>\n',
  );
}

async function phase<T>(results: Results, name: string, run: () => Promise<T>): Promise<T | undefined> {
  info(`▸ ${name}`);
  const start = performance.now();
  try {
    const result = await run();
    info(`  ${name}: ${Math.round((performance.now() - start) / 1000)} s`);
    return result;
  } catch (error) {
    results.errors.push({ phase: name, message: errorText(error) });
    console.error(`✗ ${name}: ${errorText(error)}`);
    return undefined;
  }
}

/** A page's LCP over the floor's, measured in the same run. */
const lcpRatio = (lcpMs: number | null, floorMs: number) =>
  lcpMs !== null && Number.isFinite(floorMs) && floorMs > 0
    ? Math.round((lcpMs / floorMs) * 100) / 100
    : null;

function table(results: Results): string {
  const rows: string[][] = [];
  const { sizes, lighthouse, warmStart, lockedRelaunch, signIn, chooseCompany } = results;
  if (sizes) {
    rows.push(['Bytes: HTML+CSS+JS loaded before first render']);
    for (const [screen, label] of [
      ['/mobile', '/mobile'],
      ['/', '/ (sign-in)'],
      ['/start', '/start'],
    ] as const) {
      const bytes = sizes.screens[screen];
      rows.push([
        `  ${label}`,
        `${kb(bytes.gzip)} gzip · ${kb(bytes.brotli)} br`,
        `${bytes.files.length} files`,
      ]);
    }
    rows.push(['  all JS', `${kb(sizes.totalJsGzip)} gzip`, '']);
    const { precache } = sizes;
    rows.push([
      '  precache',
      `${kb(precache.raw)} raw · ${kb(precache.gzip)} gzip`,
      `${precache.uniqueEntries} files` +
        (precache.duplicates.length ? `, ${precache.duplicates.length} listed twice` : ''),
    ]);
  }
  if (lighthouse) {
    rows.push([
      `Lighthouse 12 mobile, median of ${LIGHTHOUSE_RUNS} (interleaved with the floor: /mobile without scripts)`,
    ]);
    const floor = lighthouse.find((page) => new URL(page.url).pathname === FLOOR_PAGE)?.median.lcpMs ?? NaN;
    for (const page of lighthouse) {
      const { scores, lcpMs, tbtMs, cls } = page.median;
      const path = new URL(page.url).pathname;
      if (path === FLOOR_PAGE) {
        rows.push([`  floor`, '', `LCP ${ms(lcpMs ?? NaN)}`]);
        continue;
      }
      rows.push([
        `  ${path}`,
        `perf ${scores.performance} · a11y ${scores.accessibility} · bp ${scores['best-practices']} · seo ${scores.seo}`,
        `LCP ${ms(lcpMs ?? NaN)} · TBT ${ms(tbtMs ?? NaN)} · CLS ${cls}`,
      ]);
      const ratio = lcpRatio(lcpMs, floor);
      const ok = ratio !== null && ratio <= LCP_TARGET && (tbtMs ?? Infinity) <= 50;
      rows.push([
        `    LCP / floor`,
        `${ratio ?? 'n/a'}`,
        `target ≤ ${LCP_TARGET}, TBT ≤ 50 ms ${ok ? '✓' : '✗'}`,
      ]);
    }
  }
  if (warmStart) {
    const source = (runs: WarmStartFigures['app']['runs']) =>
      runs.every((run) => run.fromServiceWorker)
        ? 'from the service worker'
        : `network${runs.every((run) => run.controlled) ? ', SW controlling' : ''}`;
    rows.push([`Warm start to h1, median of ${warmStart.n}`]);
    rows.push(['  app /', ms(warmStart.app.medianMs ?? NaN), source(warmStart.app.runs)]);
    rows.push([
      '  app / taken over',
      ms(warmStart.app.medianLiveMs ?? NaN),
      "the app's own render holds the page (the snapshot paints first)",
    ]);
    rows.push(['  bare page', ms(warmStart.bare.medianMs ?? NaN), source(warmStart.bare.runs)]);
    const ok = warmStart.ratio !== null && warmStart.ratio <= 1.5;
    rows.push(['  ratio app/bare', `${warmStart.ratio}`, `target ≤ 1.5 ${ok ? '✓' : '✗'}`]);
  }
  if (lockedRelaunch) {
    rows.push([`Relaunch with fingerprint or face on, median of ${lockedRelaunch.n}`]);
    rows.push(['  to the lock screen', ms(lockedRelaunch.medianLockMs ?? NaN), 'its button in the page']);
    rows.push([
      '  fingerprint → start page',
      ms(lockedRelaunch.medianUnlockMs ?? NaN),
      "press to the app's own render (vault opened, session and cache unsealed)",
    ]);
    rows.push(['  total', ms(lockedRelaunch.medianTotalMs ?? NaN), "the person's touch left out"]);
  }
  if (signIn) {
    rows.push([`Sign-in round trip, median of ${ROUND_TRIPS} (requests after /callback: worst run)`]);
    const line = (label: string, scenario: RoundTripScenario, withForm: boolean) => {
      const c = scenario.maxCounts;
      const ok = c.token <= 1 && c.status <= 1 && c.currentPrincipal <= 1 && c.policy <= 1;
      const time = withForm
        ? `${ms(scenario.medianMs ?? NaN)} (${ms(scenario.medianMsWithoutForm ?? NaN)} w/o form)`
        : ms(scenario.medianMs ?? NaN);
      rows.push([
        `  ${label}`,
        time,
        `token ${c.token} · status ${c.status} · principal ${c.currentPrincipal} · policy ${c.policy} · ` +
          `discovery ${c.discovery} · ` +
          `preflight ${c.preflight} · other ${c.other} ${ok ? '✓' : '✗'}`,
      ]);
    };
    line('provider session alive', signIn.providerSessionAlive, false);
    line('with password', signIn.withPassword, true);
  }
  if (chooseCompany) {
    const { renderMs, keystrokeMs, idTokenBytes, tenantsClaimBytes } = chooseCompany;
    rows.push(['Choose company (the app’s, a consultant), median of 5: route change to painted list']);
    for (const count of COMPANY_COUNTS) {
      const goal = count === 300 ? `target < 100 ms ${(renderMs[count] ?? Infinity) < 100 ? '✓' : '✗'}` : '';
      rows.push([`  ${count} companies`, ms(renderMs[count] ?? NaN), goal]);
    }
    const growth = (renderMs[300] ?? NaN) / (renderMs[30] ?? NaN);
    rows.push([
      '  300 / 30',
      `${growth.toFixed(1)}×`,
      `10× the companies; no worse than linear ${growth <= 10 ? '✓' : '✗'}`,
    ]);
    rows.push(['  filter keystroke at 300', ms(keystrokeMs ?? NaN), 'input event to painted count and list']);
    rows.push([
      '  id_token, 300 companies (local profile)',
      kb(idTokenBytes),
      `tenants claim ${kb(tenantsClaimBytes)}; stored in IndexedDB, posted again at log out`,
    ]);
  }
  for (const { phase: name, message } of results.errors) rows.push([`✗ ${name}: ${message}`]);
  return formatTable(['Figure', 'Value', 'Notes'], rows);
}

async function main(): Promise<number> {
  const started = performance.now();
  process.chdir(ROOT);
  const built = !args.has('--no-build');
  const results: Results = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    chromium: null,
    built,
    errors: [],
  };
  const appConfig = loadConfig(loadEnv('production', ROOT, 'VITE_'));
  const browserChoice = findChromium();
  if (!browserChoice) throw new Error('No Chromium found: install chromium or set CHROMIUM_PATH.');
  const chromePath = process.env.CHROME_PATH ?? browserChoice.executablePath ?? chromium.executablePath();

  // Claim both ports before anything slow, so a clash fails at once.
  const signIn: SignInService = await startSignInService({ port: SIGNIN_PORT }).catch((error: unknown) => {
    throw fixedPort(error);
  });
  closers.push({ name: 'sign-in service', close: () => signIn.close() });
  const served = mkdtempSync(join(tmpdir(), 'mobile-crm-bench-'));
  let policy: string | undefined;
  closers.push({ name: 'served copy', close: () => rmSync(served, { recursive: true, force: true }) });
  const server: Server = await startAppServer({
    root: served,
    port: APP_PORT,
    // Read from the served copy's pages once it is there (the build may still be to come).
    contentSecurityPolicy: () => (policy ??= builtPolicy(served)),
  });
  closers.push({
    name: 'app server',
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  });

  if (built) {
    info('▸ vite build');
    const { build } = await import('vite');
    await withTimeout(build({ root: ROOT, logLevel: 'warn' }), 120_000, 'vite build');
  }

  if (!existsSync(join(DIST, 'sw.js')))
    throw new Error('dist/ holds no production build: run without --no-build (or `npx vite build` first).');
  results.sizes = await phase(results, 'bytes', async () => {
    const sizes = measureSizes(DIST);
    prepareServedCopy(served, sizes);
    return sizes;
  });
  if (!results.sizes) return finish(results, started);

  if (!args.has('--no-lighthouse')) {
    results.lighthouse = await phase(results, 'lighthouse', () =>
      runLighthouse(
        [`${APP}${FLOOR_PAGE}`, `${APP}/mobile`, `${APP}/`],
        LIGHTHOUSE_RUNS,
        chromePath,
        CHROMIUM_ARGS,
        info,
      ),
    );
  }

  if (appConfig.identity.authority !== signIn.issuer) {
    results.errors.push({
      phase: 'browser',
      message: `the build signs in at ${appConfig.identity.authority}, not the local service ${signIn.issuer}: build with the local configuration`,
    });
    return finish(results, started);
  }

  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: browserChoice.executablePath, args: CHROMIUM_ARGS });
    closers.push({ name: 'browser', close: () => browser?.close() });
    results.chromium = browser.version();
    const context = await browser.newContext({ serviceWorkers: 'allow', baseURL: APP });
    await installHeadingClock(context);
    const page = await context.newPage();
    const ready = await phase(results, 'sign in and service worker', async () => {
      const firstSignIn = async () => {
        await logIn(page, DEMO_EMAIL);
        await anyStartPageHeading(page).waitFor({ state: 'visible', timeout: 20_000 });
      };
      await withTimeout(firstSignIn(), 45_000, 'first sign-in');
      await withTimeout(waitForServiceWorker(page), 45_000, 'service worker activation');
      return true;
    });
    if (ready) {
      results.warmStart = await phase(results, 'warm start', () =>
        withTimeout(measureWarmStart(page, WARM_RUNS, BARE_PAGE, info), 120_000, 'warm start'),
      );
      results.lockedRelaunch = await phase(results, 'relaunch with the lock', () =>
        withTimeout(measureLockedRelaunch(browser!, DEMO_EMAIL, WARM_RUNS, info), 120_000, 'locked relaunch'),
      );
      results.signIn = await phase(results, 'sign-in round trip', () =>
        withTimeout(
          measureSignInRoundTrip(page, signIn.issuer, DEMO_EMAIL, ROUND_TRIPS, info),
          150_000,
          'round trip',
        ),
      );
    }
    results.chooseCompany = await phase(results, 'choose company', () =>
      withTimeout(measureChooseCompany(browser!, info), 120_000, 'choose company'),
    );
  } finally {
    await browser?.close().catch(() => undefined);
  }
  return finish(results, started);
}

function finish(results: Results, started: number): number {
  results.seconds = Math.round((performance.now() - started) / 1000);
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
  info(
    `\nMobile CRM benchmark — ${results.date.slice(0, 16)} · commit ${results.commit} · ${results.seconds} s\n`,
  );
  info(table(results));
  info(`\nFigures: ${OUT.replace(ROOT, '')}`);
  // A failed phase is a broken benchmark, not a slow app: exit non-zero so it is noticed.
  return results.errors.length ? 1 : 0;
}

const watchdog = setTimeout(() => {
  console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} minutes`);
  void closeAll().finally(() => process.exit(1));
}, WATCHDOG_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void closeAll().finally(() => process.exit(130)));
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`\nbench: ${errorText(error)}\n`);
} finally {
  await closeAll();
  clearTimeout(watchdog);
}
// Lighthouse and the sign-in service may leave keep-alive sockets and timers: end the process deliberately.
process.exit(code);
