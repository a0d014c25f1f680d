import { afterEach, describe, expect, test, vi } from 'vitest';

/** The names as a build at `base` carries them (Vite writes the base in as import.meta.env.BASE_URL). */
async function builtAt(base: string) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return {
    ...(await import('./storage-names.ts')),
    ...(await import('./boot-contract.ts')),
  };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('names on the device, for two builds under two paths of one origin', () => {
  test('at the root they are the names the app has always used, so nothing kept is lost', async () => {
    const built = await builtAt('/');
    expect(built.storageName('app')).toBe('mobile-crm-app');
    expect(built.channelName('session')).toBe('mobile-crm:session');
    expect([built.LANGUAGE_KEY, built.START_PAGE_KEY]).toEqual([
      'mobile-crm-language',
      'mobile-crm-start-page',
    ]);
  });

  test('under a path every name carries it, so neither build reads the other’s', async () => {
    const built = await builtAt('/crm/');
    expect(built.storageName('app')).toBe('mobile-crm/crm/app');
    expect(built.channelName('session')).toBe('mobile-crm/crm/session');
    expect([built.LANGUAGE_KEY, built.START_PAGE_KEY]).toEqual([
      'mobile-crm/crm/language',
      'mobile-crm/crm/start-page',
    ]);
    const root = await builtAt('/');
    expect(root.storageName('app')).not.toBe(built.storageName('app'));
  });

  test.each(['/', '/crm/', '/sales/mobile/'])(
    'the prefix a build carries is the rule the build uses (%s)',
    async (base) => {
      const built = await builtAt(base);
      expect(built.STORAGE_PREFIX).toBe(built.storagePrefix(base));
    },
  );
});
