import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSignInService, type SignInService } from './server.ts';
import { testOptions } from './test-support.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; `untilOutput` sends SIGTERM once stdout contains it. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, untilOutput?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (untilOutput && !signalled && untilOutput.test(stdout)) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let busy: SignInService;

beforeAll(async () => {
  busy = await startSignInService(testOptions());
});

afterAll(() => busy.close());

// Each test starts Node with tsx, which takes seconds on a busy machine.
describe('main.ts', { timeout: 30_000 }, () => {
  it('says in one line that the port is taken and exits 1', async () => {
    const result = await run('npx', ['tsx', 'sign-in-service/main.ts'], { SIGNIN_PORT: String(busy.port) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `Port ${busy.port} is already in use — stop the other process or set SIGNIN_PORT`,
    );
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it('prints the issuer and the accounts, and stops cleanly on SIGTERM', async () => {
    const tsx = fileURLToPath(import.meta.resolve('tsx'));
    const result = await run(
      process.execPath,
      ['--import', tsx, 'sign-in-service/main.ts'],
      { SIGNIN_PORT: '0' },
      /kari@partner\.example.*\n/,
    );
    expect(result.stdout).toMatch(/Sign-in service running at http:\/\/localhost:\d+ \(profile local\)\n/);
    expect(result.stdout).toMatch(/anna@example\.com\s+Cust10001 Nordic Sales AS \(Running\)/);
    expect(result.stdout).toMatch(/dag@example\.com\s+no tenant/);
    expect(result.stdout).toMatch(
      /frida@fjord\.example\s+Cust40001 Fjord Shipping AS \(Running\), .* — signs in at company-idp/,
    );
    expect(result.stdout).toMatch(/kari@partner\.example\s+300 tenants \(Cust50001 … Cust50300\)\n/);
    expect(result.stdout).toContain('Sign-in service stopped.');
    expect(result.code).toBe(0);
  });
});
