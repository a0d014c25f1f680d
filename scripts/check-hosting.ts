// `npm run check-hosting -- https://host/path [--csp dist/content-security-policy.txt]`: fetches a deployment's
// pages and reports each header and cache rule of build/hosting/rules.ts as pass or fail; exits 1 on a fail.
import { readFileSync } from 'node:fs';
import { inlineHashes } from '../build/csp-hashes.ts';
import { BOOT_FILES_ID, type BootFiles } from '../src/shared/boot-contract.ts';
import { appRoutes, CACHE, contentType, getTheAppPaths, securityHeaders } from '../build/hosting/rules.ts';

export interface Verdict {
  pass: boolean;
  /** What was checked, with what was expected and, on a fail, what came. */
  text: string;
}

interface Answer {
  status: number;
  headers: Headers;
  body: string;
}

/** Problems of a policy: anything that lets in code it does not name, and inline code it lacks a hash for. */
export function policyProblems(csp: string, pages: string[]): string[] {
  const directives = new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values] as const),
  );
  const problems: string[] = [];
  for (const name of ['script-src', 'style-src']) {
    const values = directives.get(name) ?? directives.get('default-src');
    if (!values) problems.push(`no ${name}`);
    for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:'])
      if (values?.includes(loose)) problems.push(`${name} allows ${loose}`);
  }
  if (directives.get('frame-ancestors')?.join(' ') !== "'none'")
    problems.push("frame-ancestors is not 'none'");
  for (const page of pages) {
    const { scripts, styles } = inlineHashes(page);
    for (const hash of scripts)
      if (!directives.get('script-src')?.includes(hash))
        problems.push(`an inline script (${hash}) is not allowed`);
    for (const hash of styles)
      if (!directives.get('style-src')?.includes(hash))
        problems.push(`an inline style (${hash}) is not allowed`);
  }
  return problems;
}

const NONE = '(none)';
const ANY_POLICY = '(a policy)';

/** One GET, redirects not followed: a redirect where a page belongs is a fail. */
async function get(url: URL, encoding = 'identity'): Promise<Answer> {
  const response = await fetch(url, { redirect: 'manual', headers: { 'accept-encoding': encoding } });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** The checks of one deployment, in the order they are reported: one a path, one a policy problem. */
export async function checkHosting(site: string, expectedPolicy?: string): Promise<Verdict[]> {
  const root = new URL(site.endsWith('/') ? site : `${site}/`);
  const base = root.pathname;
  // Paths are absolute (they start with the base already).
  const at = (path: string) => new URL(path, root.origin);
  const verdicts: Verdict[] = [];

  const shell = await get(at(`${base}index.html`));
  const getTheApp = await get(at(`${base}mobile.html`));
  const csp = shell.headers.get('content-security-policy');
  // Every answer sends the build's policy where it is known, else the one index.html sends (whatever it is).
  const policy = expectedPolicy ?? csp ?? ANY_POLICY;
  const policySource = expectedPolicy === undefined ? 'index.html' : 'the build';
  const security = securityHeaders(policy);
  const holds = (name: string, expected: string | number, actual: string | number) =>
    expected === ANY_POLICY && name === 'Content-Security-Policy' ? actual !== NONE : actual === expected;

  /**
   * One path's verdict: the status and every expected header as the rules say (the security headers always), and
   * the body the same as `sameAs`'s where given; else each difference.
   */
  const check = (
    path: string,
    answer: Answer,
    expected: Record<string, string | number>,
    summary: string,
    sameAs?: [name: string, body: string],
  ) => {
    const wrong = Object.entries({ status: 200, ...expected, ...security }).flatMap(([name, value]) => {
      const actual = name === 'status' ? answer.status : (answer.headers.get(name) ?? NONE);
      if (holds(name, value, actual)) return [];
      if (name === 'Content-Security-Policy')
        return [actual === NONE ? `${name}: missing` : `${name}: not ${policySource}'s`];
      return [`${name}: expected ${value}, got ${actual}`];
    });
    if (sameAs && answer.body !== sameAs[1]) wrong.push(`not the same body as ${sameAs[0]}`);
    const headers = `${summary}, the security headers`;
    verdicts.push({ pass: !wrong.length, text: `${path}: ${wrong.length ? wrong.join('; ') : headers}` });
  };
  const file = async (path: string, type: string, cacheControl: string, sameAs?: [string, string]) => {
    const answer = await get(at(path));
    const summary = `${sameAs ? `${sameAs[0]}, ` : ''}${type}, ${cacheControl}`;
    check(path, answer, { 'Content-Type': type, 'Cache-Control': cacheControl }, summary, sameAs);
    return answer;
  };

  verdicts.push({
    pass: csp !== null && (expectedPolicy === undefined || csp === expectedPolicy),
    text: `index.html's Content-Security-Policy${expectedPolicy === undefined ? '' : " (must be the build's)"}: ${csp ?? NONE}`,
  });
  for (const path of appRoutes(base))
    await file(path, contentType('.html'), CACHE.revalidate, ['index.html', shell.body]);
  for (const path of getTheAppPaths(base))
    await file(path, contentType('.html'), CACHE.revalidate, ['mobile.html', getTheApp.body]);
  await file(`${base}sw.js`, contentType('.js'), CACHE.revalidate);
  await file(`${base}manifest.webmanifest`, contentType('.webmanifest'), CACHE.revalidate);
  await file(`${base}icons/icon.svg`, contentType('.svg'), CACHE.day);
  await file(`${base}badges/app-store-en.svg`, contentType('.svg'), CACHE.day);

  // The page's boot code loads its entry named in the boot-files block (src/boot/paint-first.ts), not by <script src>.
  const bootFiles = new RegExp(`<script type="application/json" id="${BOOT_FILES_ID}">([^<]*)</script>`).exec(
    shell.body,
  )?.[1];
  const script = bootFiles ? (JSON.parse(bootFiles) as BootFiles).entry : undefined;
  if (!script?.includes('/assets/'))
    verdicts.push({ pass: false, text: 'index.html loads no script from assets/' });
  else {
    const path = new URL(script, root).pathname;
    const plain = await file(path, contentType('.js'), CACHE.forever);
    for (const encoding of ['br', 'gzip']) {
      check(
        `${path} (Accept-Encoding: ${encoding})`,
        await get(at(path), encoding),
        { 'Content-Encoding': encoding, Vary: 'Accept-Encoding' },
        `sent as ${encoding}`,
        ['the file itself', plain.body],
      );
    }
  }

  const hidden = ['no-such-page', 'hosting/nginx.conf', 'content-security-policy.txt'].map(
    (path) => base + path,
  );
  if (script) hidden.push(`${new URL(script, root).pathname}.br`);
  for (const path of hidden) check(path, await get(at(path)), { status: 404 }, 'not found (404)');

  for (const problem of policyProblems(csp ?? '', [shell.body, getTheApp.body]))
    verdicts.push({ pass: false, text: `Content-Security-Policy: ${problem}` });
  return verdicts;
}

async function main() {
  const args = process.argv.slice(2);
  const cspAt = args.indexOf('--csp');
  const cspFile = cspAt >= 0 ? args.splice(cspAt, 2)[1] : undefined;
  const [site] = args;
  if (!site || !/^https?:\/\//.test(site) || (cspAt >= 0 && !cspFile)) {
    console.error(
      'Usage: npm run check-hosting -- https://host/path [--csp dist/content-security-policy.txt]',
    );
    process.exit(2);
  }
  const verdicts = await checkHosting(site, cspFile && readFileSync(cspFile, 'utf8').trim());
  for (const { pass, text } of verdicts) console.info(`${pass ? '✓' : '✗'} ${text}`);
  const failed = verdicts.filter((verdict) => !verdict.pass).length;
  console.info(
    failed ? `\n${failed} of ${verdicts.length} checks fail.` : `\nAll ${verdicts.length} checks pass.`,
  );
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === `file://${process.argv[1]}`)
  main().catch((error: unknown) => {
    console.error(
      `Could not check ${process.argv[2]}: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
