// The layers of docs/architecture.md, enforced in `npm test` (npm run deps): arrows point one way, down the cost
// of a first load. A rule names what it protects; `npx depcruise --help` explains the fields.
const test = '\\.test\\.tsx?$';
const layers = {
  boot: '^src/boot/',
  initial: '^src/initial-app/',
  lazy: '^src/lazy-app/',
  session: '^src/session/',
  storage: '^src/storage/',
  i18n: '^src/i18n/',
  shared: '^src/shared/',
};
const outside = '^(build|scripts|tests|sign-in-service)/';

/** Runtime code in `from` may import only these folders (and itself). */
const onlyImports = (name, from, allowed) => ({
  name,
  severity: 'error',
  from: { path: from, pathNot: test },
  to: { path: '^src/', pathNot: [from, ...allowed].join('|') },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module never reaches itself through runtime imports: arrows point one way.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    onlyImports('shared-is-pure', layers.shared, []),
    {
      name: 'shared-needs-no-package',
      comment: 'Pure logic: no framework, no storage, no network library.',
      severity: 'error',
      from: { path: layers.shared, pathNot: test },
      to: { dependencyTypes: ['npm', 'npm-dev'] },
    },
    onlyImports('storage-sits-on-shared', layers.storage, [layers.shared]),
    onlyImports('i18n-sits-on-shared', layers.i18n, [layers.shared]),
    onlyImports('session-never-imports-screens', layers.session, [
      layers.shared,
      layers.storage,
      layers.i18n,
    ]),
    onlyImports('boot-is-tiny', layers.boot, [layers.shared, '^src/i18n/languages\\.ts$']),
    onlyImports('initial-app-stays-small', layers.initial, [
      layers.shared,
      layers.i18n,
      layers.boot,
      // Only by import(): enforced by the next rule.
      layers.lazy,
    ]),
    {
      name: 'lazy-app-loads-lazily',
      comment: 'The first load never pulls the lazy app in: it arrives by import() only.',
      severity: 'error',
      from: { path: layers.initial, pathNot: test },
      to: { path: layers.lazy, dependencyTypesNot: ['dynamic-import'] },
    },
    onlyImports('lazy-app-never-imports-the-entry', layers.lazy, [
      // The lazy parts of /mobile build on its first-load part, in memory already (next rules: only they).
      '^src/initial-app/landing/',
      '^src/initial-app/use-lazy\\.ts$',
      layers.shared,
      layers.storage,
      layers.session,
      layers.i18n,
      layers.boot,
    ]),
    {
      name: 'shell-never-imports-a-feature',
      comment: 'The frame every screen shares gets actions through props and services, never from a screen.',
      severity: 'error',
      from: { path: '^src/lazy-app/shell/' },
      to: { path: '^src/lazy-app/(sign-in|tenant|start-page|landing|lock)/|^src/lazy-app/index\\.tsx$' },
    },
    {
      name: 'screens-never-import-the-root',
      severity: 'error',
      from: { path: '^src/lazy-app/.+/' },
      to: { path: '^src/lazy-app/index\\.tsx$' },
    },
    {
      name: 'sign-in-library-loads-on-first-use',
      comment: 'oidc-client-ts (16 KB gzip) is fetched when first used, never with a first load.',
      severity: 'error',
      from: { path: '^src/', pathNot: test },
      to: { path: 'node_modules/oidc-client-ts/', dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
    {
      name: 'runtime-never-imports-build-or-tests',
      severity: 'error',
      from: { path: '^src/', pathNot: test },
      to: { path: outside },
    },
    {
      name: 'build-never-imports-commands-or-tests',
      severity: 'error',
      from: { path: '^build/', pathNot: test },
      to: { path: '^(scripts|tests|sign-in-service)/' },
    },
    {
      name: 'sign-in-service-stands-alone',
      comment: 'The local sign-in service plays an outside party: it shares no code with the app.',
      severity: 'error',
      from: { path: '^sign-in-service/', pathNot: test },
      to: { path: '^(src|build|scripts|tests)/' },
    },
    {
      name: 'tests-never-import-commands',
      comment:
        'What the bench and the end-to-end tests share lives in tests/support/; the app server is a fixture.',
      severity: 'error',
      from: { path: '^tests/' },
      to: { path: '^scripts/', pathNot: '^scripts/serve-app\\.ts$' },
    },
    {
      name: 'lazy-landing-only-builds-on-landing',
      comment: 'Only /mobile lazy parts may use its first-load part; the app proper never imports the entry.',
      severity: 'error',
      from: { path: '^src/lazy-app/', pathNot: ['^src/lazy-app/landing/', test].join('|') },
      to: { path: layers.initial },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^dist(-superid)?/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.json'] },
  },
};
