import { criticalFiles } from './check-size.ts';

const html = `<!doctype html><script type="module" crossorigin src="/assets/index-a.js"></script>
<link rel="stylesheet" crossorigin href="/assets/index-a.css">`;

describe('what /mobile needs before it renders', () => {
  test('the linked script and stylesheet and every chunk they import statically', () => {
    const report = {
      'assets/index-a.js': { modules: ['src/initial-app/main.tsx'], imports: ['assets/shared-b.js'] },
      'assets/shared-b.js': { modules: ['node_modules/preact/dist/preact.module.js'], imports: [] },
      'assets/app-c.js': { modules: ['node_modules/oidc-client-ts/dist/esm/oidc-client-ts.js'], imports: [] },
    };
    expect(criticalFiles(html, report)).toEqual([
      'assets/index-a.js',
      'assets/index-a.css',
      'assets/shared-b.js',
    ]);
  });

  test('a lazily imported chunk is not on the critical path, but a static import of it would be', () => {
    const lazy = { 'assets/index-a.js': { modules: [], imports: [] } };
    expect(criticalFiles(html, lazy)).not.toContain('assets/app-c.js');
    const eager = {
      'assets/index-a.js': { modules: [], imports: ['assets/app-c.js'] },
      'assets/app-c.js': { modules: ['node_modules/oidc-client-ts/x.js'], imports: [] },
    };
    expect(criticalFiles(html, eager)).toContain('assets/app-c.js');
  });
});

describe('what a page with boot code needs before it renders', () => {
  test('the entry and the chunks its boot code loads, from the data block the build wrote', () => {
    const page =
      '<!doctype html><script type="application/json" id="boot-files">' +
      '{"entry":"/assets/index-a.js","app":["/assets/app-c.js"]}</script><script>boot()</script>';
    const report = {
      'assets/index-a.js': { modules: [], imports: ['assets/shared-b.js'] },
      'assets/shared-b.js': { modules: [], imports: [] },
      'assets/app-c.js': { modules: [], imports: [] },
    };
    expect(criticalFiles(page, report).sort()).toEqual([
      'assets/app-c.js',
      'assets/index-a.js',
      'assets/shared-b.js',
    ]);
  });
});

describe('a build under a sub-path', () => {
  test("finds the files by their paths under the base, in the page's links and in its boot code's data block", () => {
    const page =
      '<!doctype html><link rel="stylesheet" href="/crm/assets/index-a.css">' +
      '<script type="application/json" id="boot-files">{"entry":"/crm/assets/index-a.js","app":[]}</script>';
    const report = { 'assets/index-a.js': { modules: [], imports: ['assets/shared-b.js'] } };
    expect(criticalFiles(page, report, '/crm/').sort()).toEqual([
      'assets/index-a.css',
      'assets/index-a.js',
      'assets/shared-b.js',
    ]);
  });
});
