// @vitest-environment happy-dom
import { landingPath } from './sign-in-actions.ts';

describe('where the app goes after sign-in', () => {
  test('the start page when nothing was asked for', () => {
    expect(landingPath(undefined)).toBe('/start');
  });

  test('an app path of its own, with its query, when one was asked for', () => {
    expect(landingPath('/start?tab=today')).toBe('/start?tab=today');
    expect(landingPath('/choose-tenant')).toBe('/choose-tenant');
  });

  test.each([
    '//evil.example',
    'https://evil.example/start',
    'javascript:alert(1)',
    '/\\evil.example',
    '\\\\evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    '/%252F%252Fevil.example',
    'http:/evil.example',
  ])('never another origin: %s → /start', (target) => {
    expect(landingPath(target)).toBe('/start');
  });

  test('paths that are not signed-in screens go to the start page', () => {
    expect(landingPath('/callback?code=x')).toBe('/start');
    expect(landingPath('/mobile')).toBe('/start');
    expect(landingPath('/reset-login')).toBe('/start');
  });
});
