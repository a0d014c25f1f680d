// @vitest-environment node
// The build prerenders the pages in Node: every part of i18n loads there, with no DOM, and speaks English.
import { activeLanguage } from './active-language.ts';
import { t as appT } from './app-text.ts';
import { t as inAppT } from './in-app-text.ts';
import { t as installT } from './install-text.ts';
import { t as landingT } from './landing-text.ts';

test('t says every part of the app in English in Node, where there is no document', () => {
  expect(typeof document).toBe('undefined');
  expect(activeLanguage()).toBe('en');
  expect(landingT('landing.title')).toBe('Get Mobile CRM');
  expect(appT('signIn.title')).toBe('Log in to Mobile CRM');
  expect(appT('start.hello', { name: 'Ada' })).toBe('Hello, Ada');
  expect(installT('install.chooseDevice')).toBe('Choose your device type');
  expect(inAppT('inApp.lead', { app: 'LinkedIn' })).toMatch(/^You are in LinkedIn’s built-in browser/);
});
