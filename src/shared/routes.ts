import { APP_BASE } from './app-base.ts';

/** Every path the app owns, under the base this build lives at (`/start`, or `/crm/start`). */
export const routes = {
  signIn: APP_BASE,
  getTheApp: `${APP_BASE}mobile`,
  callback: `${APP_BASE}callback`,
  signedOut: `${APP_BASE}signed-out`,
  chooseTenant: `${APP_BASE}choose-tenant`,
  start: `${APP_BASE}start`,
  resetLogin: `${APP_BASE}reset-login`,
  onsite: `${APP_BASE}onsite`,
} as const;

type Routes = Record<keyof typeof routes, string>;

/** The same paths under another base, for build code (which runs with none of its own). */
export const routesUnder = (base: string) =>
  Object.fromEntries(
    Object.entries(routes).map(([name, path]) => [name, base + path.slice(APP_BASE.length)]),
  ) as Routes;

/** Every path the app owns under `base`; the service worker answers only these from its cached shell. */
export const appPathsUnder = (base: string): string[] => Object.values(routesUnder(base));
