import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPolicy, inlineHashes, mergedInlineHashes } from './csp-hashes.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inline hashes for the CSP', () => {
  test('each inline script and style, exactly as written; scripts with src and data blocks are not inline code', () => {
    const html =
      '<head><script>var a = 1;\n</script><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<script type="application/json" id="boot-files">{"entry":"/assets/index.js","app":[]}</script>' +
      '<style data-href="/assets/a.css">body{color:red}</style></head><body><script>b()</script></body>';
    expect(inlineHashes(html)).toEqual({
      scripts: [sha('var a = 1;\n'), sha('b()')],
      styles: [sha('body{color:red}')],
    });
  });

  test('a page with none gives none', () => {
    expect(inlineHashes('<p>plain</p>')).toEqual({ scripts: [], styles: [] });
  });

  test('several pages together, each hash once', () => {
    expect(
      mergedInlineHashes([
        '<script>gate()</script><script>boot()</script><style>a{}</style>',
        '<script>gate()</script><style>b{}</style>',
      ]),
    ).toEqual({ scripts: [sha('gate()'), sha('boot()')], styles: [sha('a{}'), sha('b{}')] });
  });

  test('a build is served with the policy it wrote for itself', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-hashes-'));
    try {
      writeFileSync(join(dist, 'content-security-policy.txt'), "default-src 'self'\n");
      expect(builtPolicy(dist)).toBe("default-src 'self'");
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  test('without a build, the error says to build first', () => {
    const dist = mkdtempSync(join(tmpdir(), 'csp-hashes-'));
    try {
      expect(() => builtPolicy(dist)).toThrow(
        /No build in .*content-security-policy\.txt is missing.*npm run build/,
      );
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
