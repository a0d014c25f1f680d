// Sign-in round trip with a remembered tenant: "Log in" on `/` → provider → /callback → start page, timed and counted.
import type { CDPSession, Page } from '@playwright/test';
import { APP, anyStartPageHeading, enterPassword, logOut } from '../../tests/support/app.ts';
import { forgetAppSession } from '../../tests/support/device-storage.ts';
import { median, round } from './util.ts';

const GROUPS = ['token', 'status', 'currentPrincipal', 'policy', 'discovery', 'preflight', 'other'] as const;
export type Group = (typeof GROUPS)[number];

interface Seen {
  id: string;
  url: string;
  method: string;
  type: string;
  at: number;
  afterCallback: boolean;
  fromServiceWorker?: boolean;
}

export interface CountedRequest {
  group: Group;
  method: string;
  url: string;
  fromServiceWorker: boolean;
  afterHeading: boolean;
}

export interface RoundTripRun {
  /** Click on "Log in" until the start page's h1 is visible (Node clock, Playwright visibility wait). */
  ms: number;
  /** The same without the time spent on the provider's form (from the form showing to the submit click). */
  msWithoutForm: number;
  askedPassword: boolean;
  authorize: { acr_values: string | null; login_hint: string | null; prompt: string | null };
  counts: Record<Group, number>;
  requests: CountedRequest[];
}

export interface RoundTripScenario {
  runs: RoundTripRun[];
  medianMs: number | null;
  medianMsWithoutForm: number | null;
  /** Worst run per group. */
  maxCounts: Record<Group, number>;
}

export interface RoundTripFigures {
  providerSessionAlive: RoundTripScenario;
  withPassword: RoundTripScenario;
}

/** Every request the page makes (CDP sees CORS preflights too; the service worker's own fetches are not the page's). */
class RequestLog {
  private seen: Seen[] = [];
  private afterCallback = false;
  private lastActivity = performance.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (event) => {
      const { url, method } = event.request;
      const type = event.type ?? 'Other';
      this.lastActivity = performance.now();
      const isCallback = type === 'Document' && url.startsWith(`${APP}/callback`);
      this.seen.push({
        id: event.requestId,
        url,
        method,
        type,
        at: this.lastActivity,
        afterCallback: this.afterCallback,
      });
      if (isCallback) this.afterCallback = true;
    });
    cdp.on('Network.responseReceived', (event) => {
      this.lastActivity = performance.now();
      for (const entry of this.seen) {
        if (entry.id === event.requestId) entry.fromServiceWorker = !!event.response.fromServiceWorker;
      }
    });
    const touch = () => (this.lastActivity = performance.now());
    cdp.on('Network.loadingFinished', touch);
    cdp.on('Network.loadingFailed', touch);
  }

  reset() {
    this.seen = [];
    this.afterCallback = false;
  }

  /** Resolves once the page has made no request and received no response for `quietMs` (at most `maxMs`). */
  async settle(quietMs = 1_000, maxMs = 8_000) {
    const start = performance.now();
    while (performance.now() - this.lastActivity < quietMs && performance.now() - start < maxMs) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  authorizeParams(): RoundTripRun['authorize'] {
    const authorize = this.seen.find((entry) => entry.type === 'Document' && /\/auth\?/.test(entry.url));
    const params = authorize ? new URL(authorize.url).searchParams : new URLSearchParams();
    return {
      acr_values: params.get('acr_values'),
      login_hint: params.get('login_hint'),
      prompt: params.get('prompt'),
    };
  }

  counted(tokenPath: string, headingAt: number): CountedRequest[] {
    return this.seen
      .filter((entry) => entry.afterCallback)
      .map((entry) => ({
        group: classify(entry, tokenPath),
        method: entry.method,
        url: entry.url.length > 160 ? `${entry.url.slice(0, 160)}…` : entry.url,
        fromServiceWorker: !!entry.fromServiceWorker,
        afterHeading: entry.at > headingAt,
      }));
  }
}

function classify(entry: Seen, tokenPath: string): Group {
  const url = new URL(entry.url);
  if (entry.type === 'Preflight' || entry.method === 'OPTIONS') return 'preflight';
  if (url.pathname === tokenPath) return 'token';
  if (url.pathname.startsWith('/api/state/')) return 'status';
  if (url.pathname.endsWith('/v1/User/currentPrincipal')) return 'currentPrincipal';
  if (url.pathname.endsWith('/v1/Agents/Preference/GetPreferences')) return 'policy';
  if (url.pathname.startsWith('/.well-known/')) return 'discovery';
  return 'other';
}

const countBy = (requests: CountedRequest[]) =>
  Object.fromEntries(
    GROUPS.map((group) => [group, requests.filter((request) => request.group === group).length]),
  ) as Record<Group, number>;

/** On `/` with the remembered login shown: press "Log in" and follow through to the start page. */
async function roundTrip(
  page: Page,
  email: string,
  log: RequestLog,
  tokenPath: string,
): Promise<RoundTripRun> {
  await page.getByTestId('remembered-login').waitFor({ state: 'visible', timeout: 10_000 });
  log.reset();
  const heading = anyStartPageHeading(page);
  const form = page.getByLabel('Password');
  const t0 = performance.now();
  await page.getByRole('button', { name: 'Log in' }).click();
  await heading.or(form).waitFor({ state: 'visible', timeout: 20_000 });
  let formMs = 0;
  const askedPassword = await form.isVisible();
  if (askedPassword) {
    const shown = performance.now();
    await enterPassword(page, email);
    formMs = performance.now() - shown;
  }
  await heading.waitFor({ state: 'visible', timeout: 20_000 });
  const headingAt = performance.now();
  await log.settle();
  const requests = log.counted(tokenPath, headingAt);
  return {
    ms: round(headingAt - t0, 1)!,
    msWithoutForm: round(headingAt - t0 - formMs, 1)!,
    askedPassword,
    authorize: log.authorizeParams(),
    counts: countBy(requests),
    requests,
  };
}

function summarise(runs: RoundTripRun[]): RoundTripScenario {
  return {
    runs,
    medianMs: round(median(runs.map((run) => run.ms)), 1),
    medianMsWithoutForm: round(median(runs.map((run) => run.msWithoutForm)), 1),
    maxCounts: Object.fromEntries(
      GROUPS.map((group) => [group, Math.max(0, ...runs.map((run) => run.counts[group]))]),
    ) as Record<Group, number>,
  };
}

/** Expects `page` signed in as `email` (remembered tenant saved, provider session alive). */
export async function measureSignInRoundTrip(
  page: Page,
  issuer: string,
  email: string,
  reps: number,
  log: (message: string) => void,
): Promise<RoundTripFigures> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as {
    token_endpoint: string;
  };
  const tokenPath = new URL(discovery.token_endpoint).pathname;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new RequestLog(cdp);
  try {
    const alive: RoundTripRun[] = [];
    for (let rep = 1; rep <= reps; rep += 1) {
      log(`  sign-in round trip, provider session alive ${rep}/${reps}`);
      await page.goto(`${APP}/start`);
      await forgetAppSession(page);
      await page.goto(`${APP}/`);
      alive.push(await roundTrip(page, email, requests, tokenPath));
    }
    const password: RoundTripRun[] = [];
    for (let rep = 1; rep <= reps; rep += 1) {
      log(`  sign-in round trip, with password ${rep}/${reps}`);
      await page.goto(`${APP}/start`);
      await anyStartPageHeading(page).waitFor({ state: 'visible', timeout: 15_000 });
      await logOut(page);
      password.push(await roundTrip(page, email, requests, tokenPath));
    }
    return { providerSessionAlive: summarise(alive), withPassword: summarise(password) };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
