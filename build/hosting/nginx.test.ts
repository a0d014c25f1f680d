import { nginxConfig } from './nginx.ts';

const CSP = "default-src 'self'; script-src 'self' 'sha256-abc='";

/** The body of each `location … { }` block, by its match. */
function locations(conf: string): Map<string, string> {
  return new Map([...conf.matchAll(/^location (.+?) \{\n([\s\S]*?)^\}/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('the nginx configuration a build writes', () => {
  const conf = nginxConfig({ csp: CSP });
  const blocks = locations(conf);

  test('sends the security headers once, at the server level, and no location drops them with its own', () => {
    expect(conf).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
    expect(conf.match(/Content-Security-Policy/g)).toHaveLength(1);
    for (const [match, body] of blocks) expect(body, match).not.toContain('add_header');
  });

  test("answers the app's routes with its shell and /mobile with its page, each re-checked", () => {
    for (const route of ['/', '/start', '/callback', '/choose-tenant', '/signed-out', '/reset-login'])
      expect(blocks.get(`= ${route}`), route).toMatch(
        /set \$mobile_crm_cache_control "no-cache";\n\s+try_files \/index\.html =404;/,
      );
    for (const path of ['/mobile', '/mobile/'])
      expect(blocks.get(`= ${path}`), path).toContain('try_files /mobile.html =404;');
  });

  test('keeps hashed assets forever and icons and badges for a day', () => {
    expect(blocks.get('/assets/')).toContain('"public, max-age=31536000, immutable"');
    expect(blocks.get('/icons/')).toContain('"public, max-age=86400"');
    expect(blocks.get('/badges/')).toContain('"public, max-age=86400"');
  });

  test("never serves the build's notes for hosting", () => {
    expect(blocks.get('/hosting/')).toContain('return 404;');
    expect(blocks.get('= /content-security-policy.txt')).toContain('return 404;');
  });

  test('escapes quotes and refuses a "$", which nginx would read as a variable', () => {
    expect(nginxConfig({ csp: 'a "b"' })).toContain('"a \\"b\\"" always;');
    expect(() => nginxConfig({ csp: "script-src 'nonce-$x'" })).toThrow('"$"');
  });
});

describe('the nginx configuration of a build under a sub-path', () => {
  const conf = nginxConfig({ csp: CSP, base: '/crm/' });
  const top = locations(conf);
  const path = top.get('^~ /crm/')!;
  /** The locations inside the path's block, by their match. */
  const nested = new Map(
    [...path.matchAll(/^ {4}location (.+?) \{\n([\s\S]*?)^ {4}\}/gm)].map((m) => [m[1]!, m[2]!]),
  );

  test("is one block for its path and its own not-found page, so it sits beside another app's", () => {
    expect([...top.keys()]).toEqual(['^~ /crm/', '@mobile_crm_not_found/crm/']);
    expect(nginxConfig({ csp: CSP, base: '/sales/' })).toContain('location @mobile_crm_not_found/sales/ {');
  });

  test('sends its own headers on every answer of its path, the not-found page included', () => {
    for (const block of [path, top.get('@mobile_crm_not_found/crm/')!])
      expect(block).toContain(`add_header Content-Security-Policy "${CSP}" always;`);
    for (const [match, body] of nested) expect(body, match).not.toContain('add_header');
  });

  test("answers the app's routes under the path with its shell and /crm/mobile with its page", () => {
    for (const route of ['/crm/', '/crm/start', '/crm/callback', '/crm/signed-out'])
      expect(nested.get(`= ${route}`), route).toContain('try_files /crm/index.html =404;');
    expect(nested.get('= /crm/mobile')).toContain('try_files /crm/mobile.html =404;');
    expect(nested.has('= /start')).toBe(false);
    expect(nested.get('/crm/assets/')).toContain('immutable');
    expect(nested.get('/crm/hosting/')).toContain('return 404;');
  });

  test('leads its 404 page back into the app under the path', () => {
    expect(top.get('@mobile_crm_not_found/crm/')).toContain('<a href=\\"/crm/\\">Open Mobile CRM</a>');
  });
});
