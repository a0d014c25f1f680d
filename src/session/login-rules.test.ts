// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { START_PAGE_KEY } from '../shared/boot-contract.ts';
import { startPageSnapshot } from '../../tests/support/start-page-snapshot.ts';

/** The modules as a relaunch finds them, over the same databases. */
async function relaunch() {
  vi.resetModules();
  const [rules, snapshot] = await Promise.all([
    import('./login-rules.ts'),
    import('../storage/start-page-snapshot.ts'),
  ]);
  await rules.readLoginRules();
  return { ...rules, ...snapshot };
}

const keptSnapshot = () => localStorage.getItem(START_PAGE_KEY);

beforeEach(() => {
  vi.stubGlobal('indexedDB', new IDBFactory());
  localStorage.clear();
});

test('by default a relaunch opens without asking, and may paint the last start page', async () => {
  const app = await relaunch();
  expect(app.currentLogin()).toMatchObject({ autoLogin: true, autoLogoutMinutes: 0 });
  app.saveStartPageSnapshot(startPageSnapshot(), app.snapshotClears());
  expect(keptSnapshot()).not.toBeNull();
});

test('the company’s policy is kept with the session, and enforced by the next (offline) launch', async () => {
  const app = await relaunch();
  app.saveStartPageSnapshot(startPageSnapshot(), app.snapshotClears());
  await app.keepCompanyPolicy('Cust20003', { autoLogoutMinutes: 5, disableAutoLogin: true });
  // Nothing of the start page is kept for a launch that must ask first.
  expect(keptSnapshot()).toBeNull();
  app.saveStartPageSnapshot(startPageSnapshot(), app.snapshotClears());
  expect(keptSnapshot()).toBeNull();

  const next = await relaunch();
  expect(next.currentLogin()).toEqual({
    autoLogin: false,
    autoLoginOffBy: 'company',
    autoLogoutMinutes: 5,
    autoLogoutSetByCompany: true,
  });
});

test('the person’s own stricter choices are kept; another person or company starts from the defaults', async () => {
  const app = await relaunch();
  await app.changeLoginSettings({ autoLogin: false, autoLogoutMinutes: 1, fingerprintAsked: true });
  const next = await relaunch();
  expect(next.loginSettings()).toEqual({
    autoLogin: false,
    autoLogoutMinutes: 1,
    fingerprintAsked: true,
    noPrf: false,
  });
  await next.keepCompanyPolicy('Cust20002', { autoLogoutMinutes: 5, disableAutoLogin: false });
  await next.forgetLoginRules();
  const after = await relaunch();
  expect(after.loginSettings()).toMatchObject({
    autoLogin: true,
    autoLogoutMinutes: 0,
    fingerprintAsked: false,
  });
  expect(after.companyPolicy()).toEqual({ autoLogoutMinutes: 0, disableAutoLogin: false });
});

test.each([
  [
    { autoLogin: 'no', autoLogoutMinutes: -3, fingerprintAsked: 1 },
    { autoLogin: true, autoLogoutMinutes: 0 },
  ],
  ['not a record', { autoLogin: true, autoLogoutMinutes: 0 }],
])('a damaged settings record (%j) reads as the defaults where it is unusable', async (kept, expected) => {
  const { keyValueStore } = await import('../storage/key-value-store.ts');
  await keyValueStore('app').set('login-settings', kept);
  expect((await relaunch()).loginSettings()).toMatchObject(expected);
});
