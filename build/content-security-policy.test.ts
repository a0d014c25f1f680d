import { loadConfig } from './config.ts';
import { connectOrigins, contentSecurityPolicy } from './content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  test('locally the app may talk only to itself and the local sign-in service', () => {
    const policy = contentSecurityPolicy(loadConfig({}));
    expect(policy).toContain("connect-src 'self' http://localhost:4000;");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test("with SuperOffice's environments, the sign-in host and the tenant hosts are allowed", () => {
    const config = loadConfig({ VITE_SIGNIN_ENV: 'sod', VITE_SIGNIN_CLIENT_ID: 'abc' });
    expect(connectOrigins(config)).toEqual(['https://sod.superoffice.com', 'https://*.superoffice.com']);
    expect(contentSecurityPolicy(config)).toContain("form-action 'self' https://sod.superoffice.com;");
  });

  test('inline code is allowed only by the hashes given, never wholesale', () => {
    const policy = contentSecurityPolicy(loadConfig({}), {
      scripts: ["'sha256-AAA='", "'sha256-BBB='"],
      styles: ["'sha256-CCC='"],
    });
    expect(policy).toContain("script-src 'self' 'sha256-AAA=' 'sha256-BBB=';");
    expect(policy).toContain("style-src 'self' 'sha256-CCC=';");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
  });
});
