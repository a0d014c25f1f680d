// Lighthouse 12 (Node API, default = mobile config with simulated throttling) against the system Chromium.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { median, round, withTimeout } from './util.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
  scores: Record<Category, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  warnings: string[];
  /** The audits that cost points (`category: audit-id`). */
  failed: string[];
}

export interface LighthousePage {
  url: string;
  runs: LighthouseRun[];
  median: Omit<LighthouseRun, 'warnings' | 'failed'>;
}

const medianOf = (values: (number | null)[], digits = 0) =>
  round(median(values.filter((value): value is number => value !== null)), digits);

/** The first items of an audit's table (a console message, a URL), to say what it found. */
function auditItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  const said = items.slice(0, 2).map((item) => String(item.description ?? item.url ?? ''));
  return said.length ? ` (${said.join('; ')})` : '';
}

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
  const result = await withTimeout(
    lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }),
    120_000,
    `Lighthouse on ${url}`,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
  const score = (category: Category) => {
    const value = lhr.categories[category]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const numeric = (audit: string) => lhr.audits[audit]?.numericValue ?? null;
  // What cost points, so a score under 100 says why.
  const failed = CATEGORIES.flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category}: ${ref.id}${auditItems(lhr.audits[ref.id]?.details)}`),
  );
  return {
    scores: Object.fromEntries(CATEGORIES.map((category) => [category, score(category)])) as Record<
      Category,
      number | null
    >,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    warnings: lhr.runWarnings,
    failed,
  };
}

async function launchChrome(chromePath: string, chromeFlags: string[]) {
  return withTimeout(
    launch({ chromePath, chromeFlags, logLevel: 'silent' }),
    30_000,
    'starting Chromium for Lighthouse',
  );
}

/** One run in a fresh browser profile; retried once, as Lighthouse itself advises for trace failures (NO_NAVSTART …). */
async function runFresh(url: string, chromePath: string, chromeFlags: string[]): Promise<LighthouseRun> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= 2; attempt += 1) {
    const chrome = await launchChrome(chromePath, chromeFlags);
    try {
      return await runOnce(url, chrome.port);
    } catch (error) {
      lastError = error;
    } finally {
      chrome.kill();
    }
  }
  throw lastError;
}

/** Runs every URL `runs` times (interleaved, so drift on a busy machine hits all pages alike). */
export async function runLighthouse(
  urls: readonly string[],
  runs: number,
  chromePath: string,
  extraFlags: readonly string[],
  log: (message: string) => void,
): Promise<LighthousePage[]> {
  const chromeFlags = [...new Set(['--headless=new', '--no-sandbox', '--disable-gpu', ...extraFlags])];
  const results = new Map<string, LighthouseRun[]>(urls.map((url) => [url, []]));
  for (let run = 1; run <= runs; run += 1) {
    for (const url of urls) {
      log(`  lighthouse ${new URL(url).pathname} run ${run}/${runs}`);
      results.get(url)!.push(await runFresh(url, chromePath, chromeFlags));
    }
  }
  return urls.map((url) => {
    const pageRuns = results.get(url)!;
    return {
      url,
      runs: pageRuns,
      median: {
        scores: Object.fromEntries(
          CATEGORIES.map((category) => [category, medianOf(pageRuns.map((r) => r.scores[category]))]),
        ) as Record<Category, number | null>,
        lcpMs: medianOf(pageRuns.map((r) => r.lcpMs)),
        tbtMs: medianOf(pageRuns.map((r) => r.tbtMs)),
        cls: medianOf(
          pageRuns.map((r) => r.cls),
          3,
        ),
      },
    };
  });
}
