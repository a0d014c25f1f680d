import { describe, expect, it } from 'vitest';
import { appSettings } from './app-settings.ts';

describe('the app’s settings for a profile', () => {
  it('are the app’s defaults for the local profile', () => {
    expect(appSettings('http://localhost:4000', 'local')).toEqual({});
  });

  it('point the app at SuperID’s shape for the superid profile', () => {
    expect(appSettings('http://localhost:4000', 'superid')).toEqual({
      VITE_SIGNIN_AUTHORITY: 'http://localhost:4000/login',
      VITE_SIGNIN_ISSUER: 'http://localhost:4000',
      VITE_SIGNIN_END_SESSION_URL: 'http://localhost:4000/login/logout',
      VITE_TENANT_STATUS_URL: 'http://localhost:4000/api/state/{ctx}',
      VITE_TENANT_SOURCE: 'ctx-claim',
      VITE_SIGNIN_DPOP: 'false',
    });
  });
});
