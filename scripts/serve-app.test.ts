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
