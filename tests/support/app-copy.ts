// A copy of the built app served on a port of its own, for tests that deploy a new version under a running app.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppServer } from '../../scripts/serve-app.ts';
import { builtPolicy } from '../../build/csp-hashes.ts';

export interface AppCopy {
  origin: string;
  /** The copy's files: change them to deploy a new version. */
  dir: string;
  close(): Promise<void>;
}

/** Copies dist/ and serves it on `port` (each test file its own port: files run side by side). */
export async function serveAppCopy(port: number): Promise<AppCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'mobile-crm-copy-'));
  cpSync('dist', dir, { recursive: true });
  const server = await startAppServer({ root: dir, port, contentSecurityPolicy: builtPolicy(dir) });
  return {
    origin: `http://localhost:${port}`,
    dir,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
