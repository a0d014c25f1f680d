// The app's settings (its VITE_* keys, src/shared/config.ts) that point it at this service in a profile: the local
// profile is the app's default; the superid profile needs SuperID's, as for sod/qaonline/online.
import type { ProfileName } from './options.ts';
import { profiles } from './profile.ts';

export function appSettings(issuer: string, profile: ProfileName): Record<string, string> {
  if (profile === 'local') return {};
  const { basePath, routes } = profiles[profile];
  return {
    // Authority and issuer differ, as at SuperOffice: discovery is under /login, tokens name the origin.
    VITE_SIGNIN_AUTHORITY: `${issuer}${basePath}`,
    VITE_SIGNIN_ISSUER: issuer,
    VITE_SIGNIN_END_SESSION_URL: `${issuer}${basePath}${routes.end_session}`,
    VITE_TENANT_STATUS_URL: `${issuer}/api/state/{ctx}`,
    // The token names the one tenant chosen on the service's page.
    VITE_TENANT_SOURCE: 'ctx-claim',
    VITE_SIGNIN_DPOP: 'false',
  };
}
