import {
  answerFor,
  appRoutes,
  cacheControl,
  contentType,
  getTheAppPaths,
  isCompressible,
  securityHeaders,
} from './rules.ts';

describe('what hosting answers for a path', () => {
  test.each([
    ['/', { status: 200, file: 'index.html' }],
    ['/start', { status: 200, file: 'index.html' }],
    ['/callback', { status: 200, file: 'index.html' }],
    ['/choose-tenant', { status: 200, file: 'index.html' }],
    ['/signed-out', { status: 200, file: 'index.html' }],
    ['/reset-login', { status: 200, file: 'index.html' }],
    ['/mobile', { status: 200, file: 'mobile.html' }],
    ['/mobile/', { status: 200, file: 'mobile.html' }],
    ['/assets/index-a.js', { status: 200, file: 'assets/index-a.js' }],
    ['/sw.js', { status: 200, file: 'sw.js' }],
    ['/index.html', { status: 200, file: 'index.html' }],
    // Not a route: the service worker's navigation fallback does not answer it either.
    ['/start/', { status: 404 }],
    ['/hosting/nginx.conf', { status: 404 }],
    ['/content-security-policy.txt', { status: 404 }],
    ['/.vite/chunk-modules.json', { status: 404 }],
    ['/.well-known/x', { status: 404 }],
    ['/assets/index-a.js.br', { status: 404 }],
    ['/assets/index-a.js.gz', { status: 404 }],
    ['/../etc/passwd', { status: 404 }],
    ['/assets/', { status: 404 }],
    ['/a\\b', { status: 404 }],
  ])('%s', (path, answer) => expect(answerFor(path)).toEqual(answer));

  test('under another base, the same rules move with it and nothing outside it is ours', () => {
    expect(appRoutes('/crm/')).toContain('/crm/start');
    expect(appRoutes('/crm/')).toContain('/crm/');
    expect(getTheAppPaths('/crm/')).toEqual(['/crm/mobile', '/crm/mobile/']);
    expect(answerFor('/crm/start', '/crm/')).toEqual({ status: 200, file: 'index.html' });
    expect(answerFor('/crm/assets/a.js', '/crm/')).toEqual({ status: 200, file: 'assets/a.js' });
    expect(answerFor('/start', '/crm/')).toEqual({ status: 404 });
    expect(cacheControl('/crm/assets/a.js', '/crm/')).toContain('immutable');
  });
});

describe('how long a browser or CDN may keep an answer', () => {
  test.each([
    ['/assets/index-a.js', 'public, max-age=31536000, immutable'],
    ['/assets/lazy-app-b.css', 'public, max-age=31536000, immutable'],
    ['/icons/icon.svg', 'public, max-age=86400'],
    ['/badges/app-store-en.svg', 'public, max-age=86400'],
    ['/screenshots/narrow-sign-in.png', 'public, max-age=86400'],
    ['/', 'no-cache'],
    ['/start', 'no-cache'],
    ['/mobile', 'no-cache'],
    ['/index.html', 'no-cache'],
    ['/sw.js', 'no-cache'],
    ['/workbox-abc.js', 'no-cache'],
    ['/manifest.webmanifest', 'no-cache'],
  ])('%s: %s', (path, rule) => expect(cacheControl(path)).toBe(rule));
});

describe('the type each file is sent as', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/a.js', 'text/javascript; charset=utf-8'],
    ['assets/a.css', 'text/css; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json'],
    ['icons/icon.svg', 'image/svg+xml'],
    ['icons/icon-192.png', 'image/png'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['unknown.bin', 'application/octet-stream'],
  ])('%s: %s', (file, type) => expect(contentType(file)).toBe(type));

  test('text is precompressed, images are not', () => {
    expect(['a.html', 'a.js', 'a.css', 'a.svg', 'manifest.webmanifest', 'a.json'].every(isCompressible)).toBe(
      true,
    );
    expect(['a.png', 'a.ico', 'a.bin'].some(isCompressible)).toBe(false);
  });
});

test('every answer carries the security headers hosting must set', () => {
  expect(securityHeaders("default-src 'self'")).toEqual({
    'Content-Security-Policy': "default-src 'self'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  });
});
