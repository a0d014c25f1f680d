import { inlineHashes } from '../build/csp-hashes.ts';
import { entryScript, policyProblems } from './check-hosting.ts';

const page = '<script>const a = 1;</script><style>p{}</style>';
const { scripts, styles } = inlineHashes(page);

describe('what the deployment check finds wrong with a policy', () => {
  test.each([
    ["default-src 'self'; frame-ancestors 'none'", []],
    [
      "default-src 'self'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
      ["script-src allows 'unsafe-inline'"],
    ],
    [
      "script-src 'self' 'unsafe-eval'; style-src 'self'; frame-ancestors 'none'",
      ["script-src allows 'unsafe-eval'"],
    ],
    ["script-src *; style-src 'self'; frame-ancestors 'none'", ['script-src allows *']],
    ["script-src 'self'; style-src 'self'", ["frame-ancestors is not 'none'"]],
    ["img-src 'self'; frame-ancestors 'none'", ['no script-src', 'no style-src']],
  ])('%s', (csp, problems) => expect(policyProblems(csp, [])).toEqual(problems));

  test("a page whose inline script or style the policy has no hash for (another build's policy)", () => {
    const policy = `script-src 'self' ${scripts[0]}; style-src 'self' ${styles[0]}; frame-ancestors 'none'`;
    expect(policyProblems(policy, [page])).toEqual([]);
    expect(policyProblems(policy, [page.replace('1', '2').replace('p{}', 'a{}')])).toEqual([
      expect.stringMatching(/^an inline script \('sha256-.+'\) is not allowed$/),
      expect.stringMatching(/^an inline style \('sha256-.+'\) is not allowed$/),
    ]);
  });
});

describe('the script the deployment check fetches from assets/', () => {
  test('is the entry the boot code loads, from the data block the build wrote', () => {
    const page =
      '<script type="application/json" id="boot-files">{"entry":"/crm/assets/index-a.js","app":[]}</script>';
    expect(entryScript(page)).toBe('/crm/assets/index-a.js');
  });

  test("is the page's own module script where there is no boot code", () => {
    expect(entryScript('<script type="module" crossorigin src="/assets/index-b.js"></script>')).toBe(
      '/assets/index-b.js',
    );
    expect(entryScript('<p>no script</p>')).toBeUndefined();
  });
});
