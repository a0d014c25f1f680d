import { cacheControl, fileForPath, securityHeaders } from './serve-app.ts';

describe('the production server', () => {
  test('answers the app routes with the shell and /mobile with its own page', () => {
    expect(fileForPath('/')).toEqual({ file: 'index.html', status: 200 });
    expect(fileForPath('/start')).toEqual({ file: 'index.html', status: 200 });
    expect(fileForPath('/callback')).toEqual({ file: 'index.html', status: 200 });
    expect(fileForPath('/mobile')).toEqual({ file: 'mobile.html', status: 200 });
    expect(fileForPath('/assets/index-a.js')).toEqual({ file: 'assets/index-a.js', status: 200 });
  });

  test('lets hashed assets be cached forever but makes HTML and the service worker be re-checked', () => {
    expect(cacheControl('/assets/index-a.js')).toContain('immutable');
    expect(cacheControl('/icons/icon.svg')).toBe('public, max-age=86400');
    for (const path of ['/', '/mobile', '/sw.js', '/manifest.webmanifest'])
      expect(cacheControl(path)).toBe('no-cache');
  });

  test('sends the security headers hosting must set', () => {
    const headers = securityHeaders("default-src 'self'");
    expect(headers).toMatchObject({
      'Content-Security-Policy': "default-src 'self'",
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
  });
});

describe('the production server over HTTP', () => {
  test('a malformed address gets 400 with the security headers, and a path outside the build gets 404', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { startAppServer } = await import('./serve-app.ts');
    const root = mkdtempSync(join(tmpdir(), 'serve-app-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
    const server = await startAppServer({ root, port: 0, contentSecurityPolicy: "default-src 'self'" });
    const { port } = server.address() as { port: number };
    try {
      const bad = await fetch(`http://localhost:${port}/%E0%A4%A`);
      expect(bad.status).toBe(400);
      expect(bad.headers.get('content-security-policy')).toBe("default-src 'self'");
      const outside = await fetch(`http://localhost:${port}/..%2f..%2fetc%2fpasswd`);
      expect(outside.status).toBe(404);
      const shell = await fetch(`http://localhost:${port}/start`);
      expect(shell.status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
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
