// The ways into the sign-in service, each returning a Problem instead of leaving when it cannot go.
import type { SessionServices } from './session-services.ts';
import type { AppProblem } from './problems.ts';
import {
  forgetRememberedLogin,
  loadRememberedLogin,
  saveRememberedLogin,
} from '../storage/remembered-login-store.ts';
import { forgetStartPages } from './start-page-cache.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';
import type { Auth, SignInOptions } from './auth.ts';
import { isProviderLogoutPending, markProviderLogoutPending } from './provider-logout.ts';
import type { NextStep } from './next-step.ts';
import { routes } from '../shared/routes.ts';
import { safeReturnPath } from '../shared/safe-path.ts';
import { IssuerMismatchError, issuerMismatchProblem } from './issuer-check.ts';
import { sameTenantId } from '../shared/tenant-ref.ts';
import { switchRequest } from './company-switch.ts';
import { signInServiceFor } from '../shared/sign-in-service.ts';
import type { OnsiteServer } from '../shared/onsite-server.ts';
import { storedSessionKey } from '../storage/stored-session.ts';
import { turnVaultOff, vaultState } from '../storage/vault.ts';
import { forgetLoginRules } from './login-rules.ts';

/** Leaves for the sign-in service with these options (by `auth`'s server); a Problem, staying here, when it cannot go. */
export async function signInWith(
  services: SessionServices,
  options: SignInOptions,
  auth = services.auth,
): Promise<AppProblem | null> {
  if (!navigator.onLine) return { kind: 'offline' };
  try {
    await auth.signIn(options);
    return null;
  } catch (error) {
    if (error instanceof IssuerMismatchError) return issuerMismatchProblem(error);
    return { kind: 'service-unreachable' };
  }
}

/**
 * "Log in": straight back to the remembered tenant with the remembered email, when there are some; or to `tenantId`,
 * a company a switch asked for when the service's session had ended. `askPassword`: the sign-in service must ask
 * for it (the lock screen's "Log in with password"), whatever session it has.
 */
export async function logIn(
  services: SessionServices,
  options: {
    withRememberedTenant?: boolean;
    tenantId?: string;
    returnTo?: string;
    askPassword?: boolean;
  } = {},
) {
  const [stored, logoutPending] = await Promise.all([loadRememberedLogin(), isProviderLogoutPending()]);
  // The email and company of another server than this one (one this build no longer allows) mean nothing here.
  const server = services.auth.service.server;
  const remembered = (stored?.server?.authority ?? null) === (server?.authority ?? null) ? stored : null;
  const tenantId =
    options.tenantId ?? (options.withRememberedTenant === false ? undefined : remembered?.tenant?.id);
  return signInWith(services, {
    purpose: 'login',
    // The provider's session may have outlived a log out, and behind the lock only the person may open the app:
    // make it ask for the password, not wave anyone in.
    ...(logoutPending || options.askPassword || vaultState() === 'locked'
      ? { prompt: 'login' as const }
      : {}),
    ...(remembered?.email ? { loginHint: remembered.email } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(options.returnTo ? { returnTo: options.returnTo } : {}),
  });
}

/**
 * "Choose another company" at the sign-in service (company-switch.ts decides where): its request, with the
 * remembered email as login_hint in case the service's session has ended meanwhile.
 */
export async function chooseAtSignInService(services: SessionServices, request: SignInOptions) {
  const remembered = await loadRememberedLogin();
  return signInWith(services, { ...(remembered?.email ? { loginHint: remembered.email } : {}), ...request });
}

/** Set when a log out in this tab could not reach the sign-in service; the sign-in screen then says so. */
let logoutUnreachableHere = false;

/**
 * Log out: the session ends here first; then the sign-in service ends its own. Rejects (staying here) when the
 * service cannot be reached; the next Log in then asks for the password.
 */
export async function logOut(services: SessionServices): Promise<void> {
  // The person's name and company leave the device with the session; the remembered login stays.
  await Promise.all([markProviderLogoutPending(), forgetStartPages()]);
  try {
    await services.auth.signOut(() => services.broadcast({ type: 'signed-out' }));
  } catch (error) {
    logoutUnreachableHere = true;
    throw error;
  }
}

/** Whether a log out in this tab could not reach the sign-in service (other tabs only followed it). */
export const logoutWasUnreachable = () => logoutUnreachableHere;

/**
 * Reset login: forget the old user, tenant and cache first (revoking the old refresh token), then authenticate the
 * new email from scratch. The old person's session at the sign-in service may outlive this, so until a sign-in
 * proves a password was asked for, Log in asks for one.
 */
export async function resetLogin(services: SessionServices, email: string) {
  if (!navigator.onLine) return { kind: 'offline' } as const;
  try {
    await Promise.all([markProviderLogoutPending(), forgetEverything(services)]);
  } catch {
    // The old session could not be forgotten (the sign-in library did not load): no new sign-in on top of it.
    return { kind: 'unexpected' } as const;
  }
  return signInWith(services, { purpose: 'reset', loginHint: email, prompt: 'login' });
}

/**
 * Forgets the old server's session (revoking it there), the remembered login and every cached page; from then on
 * the app speaks to Online until a sign-in elsewhere.
 */
export async function forgetEverything(services: SessionServices) {
  await Promise.all([services.auth.forgetSession(), forgetRememberedLogin(), forgetStartPages()]);
  await forgetPersonsLogin();
  services.auth = services.authFor(signInServiceFor(services.config, null));
  services.broadcast({ type: 'signed-out' });
}

/** Fingerprint or face (and its passkey), the person's own login settings and their company's policy. */
async function forgetPersonsLogin() {
  // After the session and start pages have gone: turning the lock off keeps plain only what is still there.
  const removed = await turnVaultOff();
  // Telling the device the passkey is unused is a courtesy: the passkey code is the lock's, fetched for it.
  if (removed) void import('./passkey.ts').then((passkey) => passkey.forgetPasskey(removed.credentialId));
  await forgetLoginRules();
}

/** Why the app ended the session by itself, for the sign-in screen to say; null when it did not. */
export type AutoSignOutReason = 'away' | 'auto-login-off' | 'company';
let autoSignOut: AutoSignOutReason | null = null;
export const autoSignOutReason = () => autoSignOut;

/**
 * The session ends here, not at the sign-in service (Auto logout; auto login off at a relaunch): tokens and start
 * pages go, and until a password is proven the next Log in asks for it. Email and company stay remembered.
 */
export async function signOutHere(services: SessionServices, reason: AutoSignOutReason): Promise<void> {
  autoSignOut = reason;
  await Promise.all([markProviderLogoutPending(), forgetStartPages()]);
  await services.auth.forgetSession();
  services.broadcast({ type: 'signed-out' });
}

/** Reset login towards another server: the old login goes now, and the next sign-in must ask for the password. */
export async function resetForAnotherServer(services: SessionServices): Promise<void> {
  await Promise.all([markProviderLogoutPending(), forgetEverything(services)]);
}

/** Connect: leaves for the sign-in page of the server found at Connect; nothing changes here until it succeeds. */
export async function signInAtServer(
  services: SessionServices,
  server: OnsiteServer,
): Promise<AppProblem | null> {
  const auth = services.authFor(signInServiceFor(services.config, server));
  // As after a log out: the last person's session may still live at the old service.
  const prompt = (await isProviderLogoutPending()) ? ({ prompt: 'login' } as const) : {};
  return signInWith(services, { purpose: 'login', ...prompt }, auth);
}

/**
 * After a sign-in at `auth`'s service: when it is another server than the one in use, the old one's session,
 * remembered login and pages go (its refresh token revoked there), and this server is remembered with the email.
 */
export async function adoptService(services: SessionServices, auth: Auth, email: string): Promise<void> {
  const previous = services.auth;
  services.auth = auth;
  if (storedSessionKey(previous.identity) === storedSessionKey(auth.identity)) return;
  await Promise.all([previous.forgetSession().catch(() => undefined), forgetStartPages()]);
  await saveRememberedLogin(email, null, auth.service.server);
}

/** Carries out where a sign-in leads; returns a Problem when it ends on one. */
export async function followStep(
  services: SessionServices,
  step: NextStep,
  email: string,
  returnTo?: string,
): Promise<AppProblem | null> {
  switch (step.kind) {
    case 'start':
      await rememberChoice(services, email, step.tenant);
      services.broadcast({ type: 'signed-in' });
      // The app may ask one question first ("Log in with fingerprint or face next time?").
      await services.afterSignIn();
      services.navigate(landingPath(returnTo));
      return null;
    case 'choose-tenant':
      services.navigate(routes.chooseTenant);
      return null;
    case 'switch-tenant':
      return signInWith(services, switchRequest(step.tenant, email, returnTo));
    case 'no-tenant':
      // The service's session is still this person's: until a password is given again, Log in asks for one, so
      // it leads to another account instead of back to this screen.
      await Promise.all([services.auth.forgetSession(), markProviderLogoutPending()]);
      return { kind: 'no-tenant', email };
  }
}

/** A same-origin path of the app's own to land on after sign-in; anything else means the start page. */
export function landingPath(returnTo: string | undefined): string {
  const path = safeReturnPath(returnTo, routes.start);
  const pathname = new URL(path, 'https://app.invalid').pathname;
  const signedInRoutes: string[] = [routes.start, routes.chooseTenant];
  return signedInRoutes.includes(pathname) ? path : routes.start;
}

async function rememberChoice(services: SessionServices, email: string, tenant: TenantRef) {
  const previous = await loadRememberedLogin();
  // Another user or tenant on this device: its cached data must not show for this one.
  if (previous && (previous.email !== email.toLowerCase() || !sameTenantId(previous.tenant?.id, tenant.id))) {
    await forgetStartPages();
    await forgetPersonsLogin();
  }
  await saveRememberedLogin(email, tenant, services.auth.service.server);
}
