import { loadConfig } from './config.ts';
import { connectOrigins, contentSecurityPolicy } from './content-security-policy.ts';

describe('the Content-Security-Policy', () => {
  test('locally, without Onsite, the app may talk only to itself and the local sign-in service', () => {
    const policy = contentSecurityPolicy(loadConfig({ VITE_ONSITE_SERVERS: 'none' }));
    expect(policy).toContain("connect-src 'self' http://localhost:4000;");
    expect(policy).toContain("script-src 'self';");
    // Log out posts to the local service's end-session endpoint, and comes back to the app.
    expect(policy).toContain("form-action 'self' http://localhost:4000;");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  });

  test("with SuperOffice's environments, the sign-in host and the tenant hosts are allowed", () => {
    const config = loadConfig({ VITE_SIGNIN_ENV: 'sod', VITE_SIGNIN_CLIENT_ID: 'abc' });
    expect(connectOrigins(config)).toEqual(['https://sod.superoffice.com', 'https://*.superoffice.com']);
    // Log out leaves for SuperID by address (GET): no form goes anywhere but the app itself.
    expect(contentSecurityPolicy(config)).toContain("form-action 'self';");
  });

  test('a form may go to the end-session endpoint only when Log out posts to it, and to no other host', () => {
    const posting = loadConfig({
      VITE_SIGNIN_ENV: 'sod',
      VITE_SIGNIN_CLIENT_ID: 'abc',
      VITE_SIGNIN_END_SESSION_METHOD: 'post',
      VITE_SIGNIN_END_SESSION_URL: 'https://logout.example.com/end',
    });
    expect(contentSecurityPolicy(posting)).toContain("form-action 'self' https://logout.example.com;");
  });

  test('Onsite servers: the listed origins, for fetches and for the Log out form', () => {
    const config = loadConfig({
      VITE_SIGNIN_ENV: 'online',
      VITE_SIGNIN_CLIENT_ID: 'abc',
      VITE_ONSITE_SERVERS: 'https://crm.example.com, https://crm.example.org:8443',
    });
    const policy = contentSecurityPolicy(config);
    expect(policy).toContain(
      "connect-src 'self' https://online.superoffice.com https://*.superoffice.com https://crm.example.com https://crm.example.org:8443;",
    );
    expect(policy).toContain("form-action 'self' https://crm.example.com https://crm.example.org:8443;");
  });

  test('any Onsite server: every https origin, and never plain http in a production build', () => {
    const config = loadConfig({
      VITE_SIGNIN_ENV: 'online',
      VITE_SIGNIN_CLIENT_ID: 'a',
      VITE_ONSITE_SERVERS: 'any',
    });
    const policy = contentSecurityPolicy(config);
    expect(policy).toContain(
      "connect-src 'self' https://online.superoffice.com https://*.superoffice.com https:;",
    );
    expect(policy).toContain("form-action 'self' https:;");
    expect(policy).not.toContain('http:');
  });

  test('any Onsite server in a development build also reaches servers on this device', () => {
    const policy = contentSecurityPolicy(loadConfig({}));
    expect(policy).toContain(
      "connect-src 'self' http://localhost:4000 https: http://localhost:* http://127.0.0.1:*;",
    );
    // An IPv6 address is no valid CSP source: Chrome logs an error on every page and ignores it.
    expect(policy).not.toContain('[');
  });

  test('no Onsite: nothing more than Online', () => {
    const config = loadConfig({ VITE_SIGNIN_ENV: 'online', VITE_SIGNIN_CLIENT_ID: 'a' });
    expect(contentSecurityPolicy(config)).toContain(
      "connect-src 'self' https://online.superoffice.com https://*.superoffice.com;",
    );
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
