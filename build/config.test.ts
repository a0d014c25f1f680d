import { describe, expect, it } from 'vitest';
import { urlProblem, type AppConfig } from '../src/shared/config.ts';
import { ConfigError, loadBasePath, loadConfig, presets } from './config.ts';
import { routes, routesUnder } from '../src/shared/routes.ts';

const superOfficeClaim = 'http://schemes.superoffice.net/identity/';

/** Runs loadConfig and returns the ConfigError it throws, failing the test when it throws nothing else. */
function configError(env: Record<string, string | boolean | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig defaults', () => {
  it('points at the local sign-in service when nothing is set', () => {
    expect(loadConfig({})).toEqual<AppConfig>({
      environment: 'local',
      identity: {
        authority: 'http://localhost:4000',
        issuer: 'http://localhost:4000',
        clientId: 'mobile-crm',
        scope: 'openid',
        redirectPath: '/callback',
        postLogoutPath: '/signed-out',
        claims: {
          ctx: 'http://schemes.superoffice.net/identity/ctx',
          companyName: 'http://schemes.superoffice.net/identity/company_name',
          email: 'http://schemes.superoffice.net/identity/email',
          tenants: 'tenants',
          name: 'name',
        },
        tenantSource: 'tenants-claim',
        statusUrlTemplate: 'http://localhost:4000/api/state/{ctx}',
        endSessionUrl: null,
        endSessionMethod: 'post',
        dpop: true,
      },
      onsite: { servers: 'any', clientId: 'mobile-crm' },
      stores: {
        appStoreUrl: 'https://apps.apple.com/app/superoffice-mobile-crm/id1516435957',
        appStoreId: '1516435957',
        googlePlayUrl: 'https://play.google.com/store/apps/details?id=no.superoffice.mobile',
        googlePlayId: 'no.superoffice.mobile',
      },
    });
  });

  it('uses the routes the app actually serves for the callback and the signed-out page', () => {
    const { identity } = loadConfig({});
    expect(identity.redirectPath).toBe(routes.callback);
    expect(identity.postLogoutPath).toBe(routes.signedOut);
  });

  it('ignores the keys Vite adds on its own', () => {
    const viteEnv = {
      MODE: 'production',
      DEV: false,
      PROD: true,
      SSR: false,
      BASE_URL: '/',
      VITE_OTHER: 'x',
    };
    expect(loadConfig(viteEnv)).toEqual(loadConfig({}));
  });

  it('treats an empty or blank key as unset, as in a .env file with `VITE_X=`', () => {
    expect(loadConfig({ VITE_SIGNIN_ENV: '', VITE_SIGNIN_AUTHORITY: '  ', VITE_SIGNIN_DPOP: '' })).toEqual(
      loadConfig({}),
    );
  });

  it('returns a fresh object each time, so one caller cannot change another’s config', () => {
    const first = loadConfig({});
    first.identity.claims.ctx = 'changed';
    expect(loadConfig({}).identity.claims.ctx).toBe(superOfficeClaim + 'ctx');
  });
});

describe('loadConfig SuperOffice presets', () => {
  it.each(['sod', 'qaonline', 'online'] as const)('%s signs in at its /login authority', (env) => {
    const config = loadConfig({ VITE_SIGNIN_ENV: env, VITE_SIGNIN_CLIENT_ID: 'abc123' });
    expect(config.environment).toBe(env);
    expect(config.identity).toEqual({
      ...loadConfig({}).identity,
      authority: `https://${env}.superoffice.com/login`,
      issuer: `https://${env}.superoffice.com`,
      clientId: 'abc123',
      statusUrlTemplate: `https://${env}.superoffice.com/api/state/{ctx}`,
      endSessionUrl: `https://${env}.superoffice.com/login/logout`,
      endSessionMethod: 'get',
      tenantSource: 'ctx-claim',
      dpop: false,
    });
    expect(config.stores).toEqual(loadConfig({}).stores);
    // Onsite is a deployment's choice: hidden until VITE_ONSITE_SERVERS names servers, or any.
    expect(config.onsite).toEqual({ servers: 'none', clientId: 'mobile-crm' });
  });

  it.each(['sod', 'qaonline', 'online'] as const)(
    '%s has an issuer without /login, unlike its authority',
    (env) => {
      const { identity } = loadConfig({ VITE_SIGNIN_ENV: env, VITE_SIGNIN_CLIENT_ID: 'abc' });
      expect(identity.authority).toBe(identity.issuer + '/login');
    },
  );

  it.each(['sod', 'qaonline', 'online'] as const)(
    '%s requires a client id registered with SuperOffice',
    (env) => {
      const error = configError({ VITE_SIGNIN_ENV: env });
      expect(error.key).toBe('VITE_SIGNIN_CLIENT_ID');
      expect(error.message).toContain('VITE_SIGNIN_CLIENT_ID');
      expect(error.message).toContain(env);
      expect(error.message).toContain('SuperOffice');
    },
  );

  it('publishes the presets it uses, with no client id for SuperOffice', () => {
    expect(Object.keys(presets)).toEqual(['local', 'sod', 'qaonline', 'online']);
    expect(presets.local.clientId).toBe('mobile-crm');
    expect(presets.sod.clientId).toBeNull();
    expect(presets.qaonline.clientId).toBeNull();
    expect(presets.online.clientId).toBeNull();
    expect(presets.online.authority).toBe('https://online.superoffice.com/login');
  });

  it('leaves the preset objects unchanged after an override', () => {
    loadConfig({
      VITE_SIGNIN_ENV: 'sod',
      VITE_SIGNIN_CLIENT_ID: 'x',
      VITE_SIGNIN_AUTHORITY: 'https://a.example',
    });
    expect(presets.sod.authority).toBe('https://sod.superoffice.com/login');
  });
});

describe('loadConfig overrides', () => {
  it('takes the authority, and the local issuer follows it', () => {
    const { identity } = loadConfig({ VITE_SIGNIN_AUTHORITY: 'https://id.example.com/realm' });
    expect(identity.authority).toBe('https://id.example.com/realm');
    expect(identity.issuer).toBe('https://id.example.com/realm');
  });

  it('keeps a SuperOffice issuer when only the authority changes', () => {
    const { identity } = loadConfig({
      VITE_SIGNIN_ENV: 'online',
      VITE_SIGNIN_CLIENT_ID: 'c',
      VITE_SIGNIN_AUTHORITY: 'https://online.superoffice.com/login/',
    });
    expect(identity.authority).toBe('https://online.superoffice.com/login');
    expect(identity.issuer).toBe('https://online.superoffice.com');
  });

  it('takes the issuer exactly as given, because it is compared with `iss` character for character', () => {
    const { identity } = loadConfig({ VITE_SIGNIN_ISSUER: 'https://tenant.auth.example/' });
    expect(identity.issuer).toBe('https://tenant.auth.example/');
    expect(identity.authority).toBe('http://localhost:4000');
  });

  it('drops trailing slashes from URLs so that paths can be appended', () => {
    const { identity, stores } = loadConfig({
      VITE_SIGNIN_AUTHORITY: 'https://id.example.com//',
      VITE_SIGNIN_END_SESSION_URL: 'https://id.example.com/logout/',
      VITE_TENANT_STATUS_URL: 'https://id.example.com/state/{ctx}/',
      VITE_APP_STORE_URL: 'https://apps.apple.com/app/x/id1/',
    });
    expect(identity.authority).toBe('https://id.example.com');
    expect(identity.endSessionUrl).toBe('https://id.example.com/logout');
    expect(identity.statusUrlTemplate).toBe('https://id.example.com/state/{ctx}');
    expect(stores.appStoreUrl).toBe('https://apps.apple.com/app/x/id1');
  });

  it('trims values', () => {
    expect(loadConfig({ VITE_SIGNIN_CLIENT_ID: '  spa \n' }).identity.clientId).toBe('spa');
  });

  it('takes the client id', () => {
    expect(loadConfig({ VITE_SIGNIN_CLIENT_ID: '1f0c7a9e-app' }).identity.clientId).toBe('1f0c7a9e-app');
  });

  it('takes the scope, with its whitespace tidied', () => {
    expect(loadConfig({ VITE_SIGNIN_SCOPE: 'openid   offline_access\tprofile' }).identity.scope).toBe(
      'openid offline_access profile',
    );
  });

  it('takes an end-session URL for the local preset too', () => {
    expect(
      loadConfig({ VITE_SIGNIN_END_SESSION_URL: 'http://localhost:4000/session/end' }).identity,
    ).toMatchObject({
      endSessionUrl: 'http://localhost:4000/session/end',
    });
  });

  it.each(['post', 'get'] as const)('takes VITE_SIGNIN_END_SESSION_METHOD=%s for any preset', (method) => {
    expect(loadConfig({ VITE_SIGNIN_END_SESSION_METHOD: method }).identity.endSessionMethod).toBe(method);
    expect(
      loadConfig({
        VITE_SIGNIN_ENV: 'sod',
        VITE_SIGNIN_CLIENT_ID: 'c',
        VITE_SIGNIN_END_SESSION_METHOD: method,
      }).identity.endSessionMethod,
    ).toBe(method);
  });

  it.each([
    ['true', true],
    ['false', false],
    [true, true],
    [false, false],
  ] as const)('takes VITE_SIGNIN_DPOP=%s', (value, expected) => {
    expect(loadConfig({ VITE_SIGNIN_DPOP: value }).identity.dpop).toBe(expected);
    expect(
      loadConfig({ VITE_SIGNIN_ENV: 'sod', VITE_SIGNIN_CLIENT_ID: 'c', VITE_SIGNIN_DPOP: value }).identity
        .dpop,
    ).toBe(expected);
  });

  it('takes the tenant source', () => {
    expect(loadConfig({ VITE_TENANT_SOURCE: 'ctx-claim' }).identity.tenantSource).toBe('ctx-claim');
    expect(
      loadConfig({ VITE_SIGNIN_ENV: 'sod', VITE_SIGNIN_CLIENT_ID: 'c', VITE_TENANT_SOURCE: 'tenants-claim' })
        .identity.tenantSource,
    ).toBe('tenants-claim');
  });

  it('takes the status URL template', () => {
    expect(
      loadConfig({ VITE_TENANT_STATUS_URL: 'https://status.example.com/tenants/{ctx}/state?v=2' }).identity
        .statusUrlTemplate,
    ).toBe('https://status.example.com/tenants/{ctx}/state?v=2');
  });

  it('takes the store links and ids', () => {
    expect(
      loadConfig({
        VITE_APP_STORE_URL: 'https://apps.apple.com/no/app/other/id42',
        VITE_APP_STORE_ID: '42',
        VITE_GOOGLE_PLAY_URL: 'https://play.google.com/store/apps/details?id=com.example.app',
        VITE_GOOGLE_PLAY_ID: 'com.example.app_2',
      }).stores,
    ).toEqual({
      appStoreUrl: 'https://apps.apple.com/no/app/other/id42',
      appStoreId: '42',
      googlePlayUrl: 'https://play.google.com/store/apps/details?id=com.example.app',
      googlePlayId: 'com.example.app_2',
    });
  });

  it.each(['http://localhost:4001', 'http://127.0.0.1:4000', 'http://[::1]:4000'])(
    'allows plain http for this machine: %s',
    (authority) => {
      expect(loadConfig({ VITE_SIGNIN_AUTHORITY: authority }).identity.authority).toBe(authority);
    },
  );
});

describe('loadConfig Onsite servers', () => {
  it.each<[string, string, string[] | 'none' | 'any']>([
    ['none', 'none', 'none'],
    ['any', 'any', 'any'],
    ['one origin', 'https://crm.example.com', ['https://crm.example.com']],
    [
      'origins, tidied and without repeats',
      ' https://CRM.example.com:443/ ,https://crm.example.com, http://localhost:4100,',
      ['https://crm.example.com', 'http://localhost:4100'],
    ],
  ])('takes %s', (_what, value, servers) => {
    expect(loadConfig({ VITE_ONSITE_SERVERS: value }).onsite.servers).toEqual(servers);
  });

  it('lets a SuperOffice build offer Onsite to everyone', () => {
    const env = { VITE_SIGNIN_ENV: 'online', VITE_SIGNIN_CLIENT_ID: 'x', VITE_ONSITE_SERVERS: 'any' };
    expect(loadConfig(env).onsite.servers).toBe('any');
  });

  it('takes the client id the app presents to Onsite servers', () => {
    expect(loadConfig({ VITE_ONSITE_CLIENT_ID: 'crm-web' }).onsite.clientId).toBe('crm-web');
  });
});

describe('loadConfig rejects bad values, naming the key', () => {
  it.each<[string, Record<string, string | boolean>, RegExp]>([
    [
      'an unknown environment',
      { VITE_SIGNIN_ENV: 'production' },
      /local, sod, qaonline, online.*"production"/,
    ],
    ['an environment in the wrong case', { VITE_SIGNIN_ENV: 'SOD' }, /must be one of/],
    ['an inherited property name as environment', { VITE_SIGNIN_ENV: 'toString' }, /must be one of/],
    ['a relative authority', { VITE_SIGNIN_AUTHORITY: '/login' }, /absolute http\(s\) URL/],
    ['a non-http authority', { VITE_SIGNIN_AUTHORITY: 'ftp://id.example.com' }, /https/],
    ['a javascript: authority', { VITE_SIGNIN_AUTHORITY: 'javascript:alert(1)' }, /https/],
    [
      'plain http to another host',
      { VITE_SIGNIN_AUTHORITY: 'http://id.example.com' },
      /http is allowed only for localhost, 127\.0\.0\.1 and \[::1\]/,
    ],
    [
      'http to a look-alike of localhost',
      { VITE_SIGNIN_AUTHORITY: 'http://localhost.evil.example' },
      /https/,
    ],
    ['a user name in a URL', { VITE_SIGNIN_AUTHORITY: 'https://admin@id.example.com' }, /credentials/],
    ['an issuer that is not a URL', { VITE_SIGNIN_ISSUER: 'superoffice' }, /absolute/],
    ['a client id with spaces', { VITE_SIGNIN_CLIENT_ID: 'my app' }, /spaces.*"my app"/],
    ['a scope without openid', { VITE_SIGNIN_SCOPE: 'profile openid2' }, /"openid"/],
    [
      'an end-session URL over plain http',
      { VITE_SIGNIN_END_SESSION_URL: 'http://id.example.com/x' },
      /https/,
    ],
    [
      'an end-session method other than post or get',
      { VITE_SIGNIN_END_SESSION_METHOD: 'form' },
      /post or get.*"form"/,
    ],
    ['a dpop value other than true or false', { VITE_SIGNIN_DPOP: 'yes' }, /true or false.*"yes"/],
    ['a dpop value in the wrong case', { VITE_SIGNIN_DPOP: 'TRUE' }, /true or false/],
    ['an unknown tenant source', { VITE_TENANT_SOURCE: 'userinfo' }, /tenants-claim or ctx-claim/],
    ['a status URL without {ctx}', { VITE_TENANT_STATUS_URL: 'https://s.example/state' }, /exactly once/],
    [
      'a status URL with {ctx} twice',
      { VITE_TENANT_STATUS_URL: 'https://s.example/{ctx}/{ctx}' },
      /exactly once/,
    ],
    ['a status URL over plain http', { VITE_TENANT_STATUS_URL: 'http://s.example/{ctx}' }, /https/],
    ['a relative status URL', { VITE_TENANT_STATUS_URL: '/api/state/{ctx}' }, /absolute/],
    ['an App Store URL that is not a URL', { VITE_APP_STORE_URL: 'apps.apple.com/app' }, /absolute/],
    ['an App Store id with letters', { VITE_APP_STORE_ID: 'id1516435957' }, /digits only/],
    ['a Google Play URL over plain http', { VITE_GOOGLE_PLAY_URL: 'http://play.google.com/x' }, /https/],
    ['a Google Play id without a dot', { VITE_GOOGLE_PLAY_ID: 'superoffice' }, /package name/],
    ['a Google Play id starting with a digit', { VITE_GOOGLE_PLAY_ID: 'no.1superoffice' }, /package name/],
    ['a Google Play id with a dash', { VITE_GOOGLE_PLAY_ID: 'no.super-office' }, /package name/],
    ['an Onsite server over plain http', { VITE_ONSITE_SERVERS: 'http://crm.example.com' }, /https/],
    ['an Onsite server with a path', { VITE_ONSITE_SERVERS: 'https://crm.example.com/SO' }, /origins only/],
    ['an Onsite server that is a host name', { VITE_ONSITE_SERVERS: 'crm.example.com' }, /absolute/],
    ['Onsite servers in upper case', { VITE_ONSITE_SERVERS: 'ANY' }, /absolute/],
    ['Onsite servers that are only commas', { VITE_ONSITE_SERVERS: ', ,' }, /none, any, or a list/],
    ['an Onsite client id with spaces', { VITE_ONSITE_CLIENT_ID: 'my app' }, /spaces/],
  ])('%s', (_behaviour, env, problem) => {
    const [key] = Object.keys(env) as [string];
    const error = configError(env);
    expect(error.key).toBe(key);
    expect(error.name).toBe('ConfigError');
    expect(error.message.startsWith(key + ' ')).toBe(true);
    expect(error.message).toMatch(problem);
  });

  it('does not repeat a password from a URL in its message', () => {
    const error = configError({ VITE_SIGNIN_AUTHORITY: 'https://admin:hunter2@id.example.com' });
    expect(error.key).toBe('VITE_SIGNIN_AUTHORITY');
    expect(error.message).not.toContain('hunter2');
  });

  it('does not repeat a password from an Onsite server in its message', () => {
    const error = configError({ VITE_ONSITE_SERVERS: 'https://admin:hunter2@crm.example.com' });
    expect(error.key).toBe('VITE_ONSITE_SERVERS');
    expect(error.message).not.toContain('hunter2');
  });

  it('names the first bad key when several are bad', () => {
    expect(configError({ VITE_SIGNIN_ENV: 'prod', VITE_SIGNIN_DPOP: 'yes' }).key).toBe('VITE_SIGNIN_ENV');
  });

  it('is an Error, so that anything that catches errors shows it', () => {
    expect(new ConfigError('VITE_X', 'is bad')).toBeInstanceOf(Error);
    expect(new ConfigError('VITE_X', 'is bad').message).toBe('VITE_X is bad');
  });
});

describe('VITE_BASE_PATH: where the app lives on its host', () => {
  it.each<[string | undefined, string]>([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/crm/', '/crm/'],
    ['/crm', '/crm/'],
    [' /crm/ ', '/crm/'],
    ['/sales/mobile-crm/', '/sales/mobile-crm/'],
    ['/v1.2_x~y/', '/v1.2_x~y/'],
  ])('reads %j as %j', (value, base) => {
    expect(loadBasePath({ VITE_BASE_PATH: value })).toBe(base);
  });

  it('puts the callback and the signed-out page under the base, where the app serves them', () => {
    const { identity } = loadConfig({ VITE_BASE_PATH: '/crm/' });
    expect(identity.redirectPath).toBe('/crm/callback');
    expect(identity.postLogoutPath).toBe('/crm/signed-out');
    expect(identity.redirectPath).toBe(routesUnder('/crm/').callback);
    expect(loadConfig({ VITE_BASE_PATH: '/crm/' }).stores).toEqual(loadConfig({}).stores);
  });

  it.each([
    'crm/',
    '//crm/',
    '/crm//x/',
    '/../',
    '/./',
    '/.hidden/',
    '/crm?x=1/',
    '/crm#x/',
    '/cr m/',
    '/crm/$x/',
  ])('refuses %j, naming the key', (value) => {
    const error = configError({ VITE_BASE_PATH: value });
    expect(error.key).toBe('VITE_BASE_PATH');
    expect(error.message).toContain('a path such as /crm/');
    expect(error.message).toContain(JSON.stringify(value));
  });

  it('refuses a URL: the base is a path on whatever host serves the build', () => {
    expect(configError({ VITE_BASE_PATH: 'https://example.com/crm/' }).key).toBe('VITE_BASE_PATH');
  });
});

describe('urlProblem', () => {
  it.each(['https://a.example', 'https://a.example:8443/p?q#h', 'http://localhost', 'http://127.0.0.1:1/x'])(
    'accepts %s',
    (url) => {
      expect(urlProblem(url)).toBeNull();
    },
  );

  it.each(['', 'a.example', '//a.example', 'data:text/html,x', 'http://10.0.0.1', 'https://:p@a.example'])(
    'rejects %j',
    (url) => {
      expect(urlProblem(url)).toMatch(/^must /);
    },
  );
});
