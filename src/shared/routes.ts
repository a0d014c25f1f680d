/** Every path the app owns; the service worker answers only these from its cached shell. */
export const routes = {
  signIn: '/',
  getTheApp: '/mobile',
  callback: '/callback',
  signedOut: '/signed-out',
  chooseTenant: '/choose-tenant',
  start: '/start',
  resetLogin: '/reset-login',
} as const;

export type AppPath = (typeof routes)[keyof typeof routes];

// Pure: the boot code imports routes, and must not carry this list.
export const appPaths: readonly string[] = /* @__PURE__ */ Object.values(routes);
