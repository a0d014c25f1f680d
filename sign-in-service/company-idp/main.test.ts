import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { base32Decode, currentCode } from './totp.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(import.meta.resolve('tsx'));

/** Runs a script under tsx; `untilOutput` sends SIGTERM once stdout contains it. */
function run(script: string, args: string[], env: NodeJS.ProcessEnv, untilOutput?: RegExp) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', tsx, script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: 'pipe',
    });
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

describe('the company identity provider’s command line', () => {
  it('prints the issuer, the client, the people with their TOTP secrets, and stops cleanly on SIGTERM', async () => {
    const result = await run(
      'sign-in-service/company-idp/main.ts',
      [],
      { COMPANY_IDP_PORT: '0' },
      /current-code\.ts <email>\n/,
    );
    expect(result.stdout).toMatch(
      /Company identity provider \(Fjord Consulting\) running at http:\/\/localhost:\d+\n/,
    );
    expect(result.stdout).toContain(
      'Client: superid (client secret, basic or post), redirect URIs: http://localhost:4000/federation/callback',
    );
    expect(result.stdout).toMatch(/frida@fjord\.example\s+TOTP secret I2RTPVZ6YYBMDERJ4YGKCP2XZQWTSVYH\n/);
    expect(result.stdout).toContain(
      'otpauth://totp/Fjord%20Consulting%3Ageir%40fjord.example?secret=MPN3WQ7C',
    );
    expect(result.stdout).toContain('Company identity provider stopped.');
    expect(result.code).toBe(0);
  });

  it('says in one line what is wrong with a bad option and exits 1', async () => {
    const result = await run('sign-in-service/company-idp/main.ts', [], { COMPANY_IDP_PORT: 'x' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('COMPANY_IDP_PORT must be a whole number from 0 to 65535, got "x"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('prints the code an authenticator app shows now', async () => {
    const result = await run('sign-in-service/company-idp/current-code.ts', ['frida@fjord.example'], {});
    expect(result.code).toBe(0);
    const secret = base32Decode('I2RTPVZ6YYBMDERJ4YGKCP2XZQWTSVYH')!;
    const now = Date.now();
    expect([currentCode(secret, now), currentCode(secret, now - 30_000)]).toContain(result.stdout.trim());
  });
});
