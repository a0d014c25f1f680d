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

  test('moves with the base path', () => {
    const under = locations(nginxConfig({ csp: CSP, base: '/crm/' }));
    expect(under.get('= /crm/start')).toContain('try_files /crm/index.html =404;');
    expect(under.get('/crm/assets/')).toContain('immutable');
  });

  test('escapes quotes and refuses a "$", which nginx would read as a variable', () => {
    expect(nginxConfig({ csp: 'a "b"' })).toContain('"a \\"b\\"" always;');
    expect(() => nginxConfig({ csp: "script-src 'nonce-$x'" })).toThrow('"$"');
  });
});
