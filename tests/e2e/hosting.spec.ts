// The build behind real nginx, configured by nothing but the files the build wrote (dist/hosting/), at the root of
// its host. hosting-sub-path.spec.ts does the same for a build under a path, beside this one.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { APP } from '../support/app.ts';
import { checkHosting, hostingTests, requireNginx, skipWithoutNginx } from '../support/hosting-suite.ts';

/** The sign-in service trusts this origin (playwright.config.ts, SIGNIN_APP_ORIGINS). */
const NGINX_PORT = 4175;
/** A second nginx, without the build's configuration, for the check to fail on. */
const BARE_NGINX_PORT = 4176;

skipWithoutNginx();

test.describe('the app behind nginx, configured by the build', () => {
  let dir: string;
  let nginx: RunningNginx;

  test.beforeAll(async () => {
    requireNginx();
    // A copy, so a deployment can be changed under the running server.
    dir = mkdtempSync(join(tmpdir(), 'mobile-crm-hosting-'));
    cpSync('dist', dir, { recursive: true });
    nginx = await startNginx({ root: dir, port: NGINX_PORT });
  });
  test.afterAll(async () => {
    await nginx?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  hostingTests(() => ({ base: '/', dir, nginx: nginx.url, app: APP }));

  test('npm run check-hosting fails on nginx serving the build without its configuration', async () => {
    const bare = await startNginx({ root: dir, port: BARE_NGINX_PORT, server: [] });
    try {
      const { code, report } = await checkHosting(bare.url, 'dist/content-security-policy.txt');
      expect(code).toBe(1);
      expect(report).toContain('✗ /start: status: expected 200, got 404');
      expect(report).toMatch(
        /✗ \/: .*Cache-Control: expected no-cache, got \(none\); Content-Security-Policy: missing/,
      );
    } finally {
      await bare.stop();
    }
  });
});
