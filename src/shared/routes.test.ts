import { afterEach, describe, expect, test, vi } from 'vitest';

/** The routes as a build at `base` carries them (Vite writes the base in as import.meta.env.BASE_URL). */
async function builtAt(base: string) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return import('./routes.ts');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the app's paths", () => {
  test('move with the base the app is built for', async () => {
    const { routes } = await builtAt('/crm/');
    expect(routes).toEqual({
      signIn: '/crm/',
      getTheApp: '/crm/mobile',
      callback: '/crm/callback',
      signedOut: '/crm/signed-out',
      chooseTenant: '/crm/choose-tenant',
      start: '/crm/start',
      resetLogin: '/crm/reset-login',
      onsite: '/crm/onsite',
    });
    expect((await builtAt('/')).routes.start).toBe('/start');
  });

  test('are found under any base by build code, whatever base it runs with', async () => {
    const { routesUnder, appPathsUnder } = await builtAt('/crm/');
    expect(routesUnder('/').getTheApp).toBe('/mobile');
    expect(routesUnder('/sales/').callback).toBe('/sales/callback');
    expect((await builtAt('/')).appPathsUnder('/crm/')).toContain('/crm/reset-login');
    expect(appPathsUnder('/')).toEqual([
      '/',
      '/mobile',
      '/callback',
      '/signed-out',
      '/choose-tenant',
      '/start',
      '/reset-login',
      '/onsite',
    ]);
  });
});
