import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { startAppServer } from './serve-app.ts';

const CSP = "default-src 'self'";
const SHELL = '<!doctype html><title>shell</title>';
const SCRIPT = 'console.info("app");'.repeat(50);

/** One GET as it went over the wire: no decompression, so a precompressed body can be compared byte for byte. */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      request({ port, path, headers, host: 'localhost' }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the production server over HTTP', () => {
  let server: Server;
  let port: number;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'serve-app-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), SHELL);
    writeFileSync(join(root, 'mobile.html'), '<!doctype html><title>get the app</title>');
    writeFileSync(join(root, 'assets/app-1.js'), SCRIPT);
    writeFileSync(join(root, 'assets/app-1.js.br'), brotliCompressSync(SCRIPT));
    writeFileSync(join(root, 'content-security-policy.txt'), CSP);
    server = await startAppServer({ root, port: 0, contentSecurityPolicy: CSP });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('app routes get the shell and /mobile its own page, each to be re-checked before use', async () => {
    for (const path of ['/', '/start', '/callback']) {
      const answer = await get(port, path);
      expect(answer.status, path).toBe(200);
      expect(answer.body.toString()).toBe(SHELL);
      expect(answer.headers).toMatchObject({
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
      });
    }
    expect((await get(port, '/mobile')).body.toString()).toContain('get the app');
  });

  test('a hashed asset is kept forever, and its brotli copy is sent as it is to a browser that takes it', async () => {
    const plain = await get(port, '/assets/app-1.js');
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(plain.headers).toMatchObject({
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'public, max-age=31536000, immutable',
      vary: 'Accept-Encoding',
    });
    const br = await get(port, '/assets/app-1.js', { 'accept-encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(brotliCompressSync(SCRIPT));
  });

  test('a malformed address gets 400, and paths outside the app or for hosting only get 404, all with the headers', async () => {
    const bad = await get(port, '/%E0%A4%A');
    expect(bad.status).toBe(400);
    expect(bad.headers['content-security-policy']).toBe(CSP);
    for (const path of [
      '/..%2f..%2fetc%2fpasswd',
      '/no-such-page',
      '/content-security-policy.txt',
      '/assets/app-1.js.br',
    ]) {
      const missing = await get(port, path);
      expect(missing.status, path).toBe(404);
      expect(missing.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(missing.headers['content-security-policy']).toBe(CSP);
      expect(missing.headers['cache-control']).toBeUndefined();
    }
  });
});

describe('a build under a sub-path', () => {
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'serve-app-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), SHELL);
    writeFileSync(join(root, 'assets/app-1.js'), SCRIPT);
    server = await startAppServer({ root, port: 0, contentSecurityPolicy: CSP, base: '/crm/' });
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  test('answers its routes and files under the path, and nothing outside it', async () => {
    for (const path of ['/crm/', '/crm/start'])
      expect((await get(port, path)).body.toString(), path).toBe(SHELL);
    expect((await get(port, '/crm/assets/app-1.js')).headers['cache-control']).toContain('immutable');
    for (const path of ['/', '/start', '/assets/app-1.js', '/index.html']) {
      const outside = await get(port, path);
      expect(outside.status, path).toBe(404);
      expect(outside.body.toString(), path).toContain('<a href="/crm/">Open Mobile CRM</a>');
    }
  });
});

describe('a port another process holds', () => {
  test('is named with the way out: stop the other process, or set the variable that moves the port', async () => {
    const { startAppServer } = await import('./serve-app.ts');
    const { PortInUseError } = await import('../sign-in-service/port-in-use.ts');
    const options = { root: '.', contentSecurityPolicy: "default-src 'self'" };
    const first = await startAppServer({ ...options, port: 0 });
    const { port } = first.address() as { port: number };
    try {
      const taken = startAppServer({ ...options, port, portVariable: 'APP_PORT' });
      await expect(taken).rejects.toBeInstanceOf(PortInUseError);
      await expect(taken).rejects.toThrow(
        `Port ${port} is already in use — stop the other process or set APP_PORT`,
      );
      // A fixed port (the tests' second app, the bench) has no variable to name.
      await expect(startAppServer({ ...options, port })).rejects.toThrow(
        new RegExp(`^Port ${port} is already in use — stop the other process$`),
      );
    } finally {
      await new Promise((resolve) => first.close(resolve));
    }
  });
});
