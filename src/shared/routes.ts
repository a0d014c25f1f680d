/** Every path the app owns; the service worker answers only these from its cached shell. */
export const routes = {
  signIn: '/',
  getTheApp: '/mobile',
  callback: '/callback',
  signedOut: '/signed-out',
  chooseTenant: '/choose-tenant',
  start: '/start',
  resetLogin: '/reset-login',
  onsite: '/onsite',
} as const;

export type AppPath = (typeof routes)[keyof typeof routes];

export const appPaths: readonly string[] = Object.values(routes);
