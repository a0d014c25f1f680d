// Everything the start page shows, fetched in order: session, tenant status, then who is signed in.
import { isProviderError, type Auth, type User } from './auth.ts';
import type { AppProblem } from './problems.ts';
import { loadRememberedLogin } from '../storage/remembered-login-store.ts';
import { userFacts } from './user-facts.ts';
import { StatusUnavailableError, fetchTenantStatus } from './status-client.ts';
import { TenantStatusError, tenantAvailability, type TenantStatus } from './tenant-status.ts';
import { fetchCurrentPrincipal, PrincipalUnauthorizedError, type Principal } from './current-principal.ts';
import type { StartData } from './start-page-cache.ts';
import { sameTenantId } from '../shared/tenant-ref.ts';
import { mayChooseAnotherCompany } from './company-switch.ts';
import type { SignInPurpose } from './auth.ts';
import { isServiceApi } from '../shared/sign-in-service.ts';
import { refreshCompanyPolicy } from './company-policy-client.ts';

export type StartResult =
  | { kind: 'ready'; data: StartData }
  | { kind: 'signed-out' }
  | { kind: 'problem'; problem: AppProblem }
  /** Nothing fresh could be fetched: shown from cache when there is one, else as this problem. */
  | { kind: 'unreachable'; problem: AppProblem };

async function principalFor(auth: Auth, user: User, api: string): Promise<Principal> {
  const url = `${api}/v1/User/currentPrincipal`;
  try {
    return await fetchCurrentPrincipal(api, await auth.authorizationHeaders(user, url));
  } catch (error) {
    if (!(error instanceof PrincipalUnauthorizedError)) throw error;
    if (error.dpopNonce)
      return fetchCurrentPrincipal(api, await auth.authorizationHeaders(user, url, 'GET', error.dpopNonce));
    // The access token was refused (revoked or expired early): renew once, then give up.
    const renewed = await auth.renewTokens(user);
    if (!renewed) throw error;
    return fetchCurrentPrincipal(api, await auth.authorizationHeaders(renewed, url));
  }
}

export async function loadStartData(auth: Auth): Promise<StartResult> {
  const stored = await auth.getUser();
  if (!stored) return { kind: 'signed-out' };
  let user: User | null;
  try {
    user = await auth.currentUser();
  } catch (error) {
    // Only a refused grant ends the session; a sign-in service that is down or slow is worth another try.
    const refused = isProviderError(error, 'invalid_grant');
    return refused
      ? { kind: 'problem', problem: { kind: 'session-expired' } }
      : { kind: 'unreachable', problem: { kind: 'service-unreachable' } };
  }
  if (!user) return { kind: 'problem', problem: { kind: 'session-expired' } };

  const facts = userFacts(user.profile, auth.identity);
  const remembered = await loadRememberedLogin();
  const tenantId = facts.boundTenantId;
  if (!tenantId) return { kind: 'problem', problem: { kind: 'no-tenant', email: facts.email } };
  const tenant = facts.tenants.find((t) => sameTenantId(t.id, tenantId)) ??
    (sameTenantId(remembered?.tenant?.id, tenantId) ? remembered!.tenant : null) ?? {
      id: tenantId,
      name: tenantId,
    };

  let status: TenantStatus;
  try {
    status = await fetchTenantStatus(auth.identity.statusUrlTemplate, tenantId);
  } catch (error) {
    // Unreachable, or an answer that cannot be used (a portal's HTML, a missing Endpoint): both mean "not now".
    if (
      error instanceof StatusUnavailableError ||
      error instanceof TenantStatusError ||
      error instanceof SyntaxError
    ) {
      return { kind: 'unreachable', problem: { kind: 'status-unavailable', tenant } };
    }
    throw error;
  }
  if (tenantAvailability(status) === 'unavailable') {
    return {
      kind: 'problem',
      problem: {
        kind: 'tenant-not-running',
        tenant,
        state: status.state,
        otherTenants: mayChooseAnotherCompany({
          source: auth.identity.tenantSource,
          tenantCount: facts.tenants.length,
          boundTenantId: tenantId,
          signIn: user.state as SignInPurpose | undefined,
        }),
      },
    };
  }
  // An Onsite server's status answer may not send its tokens to another host.
  if (!isServiceApi(auth.service, status.api))
    return { kind: 'unreachable', problem: { kind: 'status-unavailable', tenant } };
  // The company's policies, read after each sign-in in parallel with who is signed in: known (and the relaunch
  // snapshot's rule applied) before the page keeps its snapshot.
  const policy = refreshCompanyPolicy(auth, user, status.api, tenantId);
  try {
    const [principal] = await Promise.all([principalFor(auth, user, status.api), policy]);
    return { kind: 'ready', data: { principal, tenant, status, fetchedAt: Date.now() } };
  } catch (error) {
    if (error instanceof PrincipalUnauthorizedError)
      return { kind: 'problem', problem: { kind: 'session-expired' } };
    return { kind: 'unreachable', problem: { kind: 'service-unreachable' } };
  }
}
