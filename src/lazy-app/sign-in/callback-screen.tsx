import { useEffect } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { routes } from '../../shared/routes.ts';
import type { AppProblem } from '../../session/problems.ts';
import { loadRememberedLogin } from '../../storage/remembered-login-store.ts';
import { vaultState } from '../../storage/vault.ts';
import {
  isProviderError,
  PasswordNotAskedError,
  pendingSignIn,
  type Auth,
  type SignInPurpose,
} from '../../session/auth.ts';
import { nextStepAfterSignIn } from '../../session/next-step.ts';
import { followStep, adoptService, logIn } from '../../session/sign-in-actions.ts';
import { denialOf } from '../../session/denial.ts';
import { signInServiceFor } from '../../shared/sign-in-service.ts';
import { clearProviderLogoutPending } from '../../session/provider-logout.ts';
import { userFacts } from '../../session/user-facts.ts';
import { sameTenantId } from '../../shared/tenant-ref.ts';
import { checkIssuer, IssuerMismatchError, issuerMismatchProblem } from '../../session/issuer-check.ts';

interface Props {
  path?: string;
}

/**
 * RFC 9207: when the provider names itself in the response, it must be the issuer of the service this sign-in went
 * to (IssuerMismatchError otherwise); a provider that says it names itself must do so (true when it did not).
 */
async function issuerMissing(auth: Auth, params: URLSearchParams): Promise<boolean> {
  const iss = params.get('iss');
  if (iss !== null) {
    checkIssuer(auth.identity.issuer, iss, 'callback');
    return false;
  }
  const metadata = (await auth
    .userManager()
    .then((manager) => manager.metadataService.getMetadata())
    .catch(() => null)) as Record<string, unknown> | null;
  return metadata?.authorization_response_iss_parameter_supported === true;
}

/** The problem a failed sign-in ends on; 'cancelled' when the person said no on the service's page. */
async function problemFromError(error: unknown): Promise<AppProblem | 'cancelled'> {
  if (error instanceof PasswordNotAskedError) return { kind: 'password-not-asked' };
  if (error instanceof IssuerMismatchError) return issuerMismatchProblem(error);
  if (isProviderError(error)) {
    const requested = (error.state as SignInPurpose | undefined)?.tenantId;
    if (error.error === 'access_denied') {
      if (!requested || denialOf(requested, error.error_description) === 'cancelled') return 'cancelled';
      const remembered = await loadRememberedLogin();
      const name =
        sameTenantId(remembered?.tenant?.id, requested) && remembered?.tenant
          ? remembered.tenant.name
          : requested;
      return { kind: 'tenant-access-removed', tenant: { id: requested, name } };
    }
    if (error.error === 'login_required' || error.error === 'interaction_required')
      return { kind: 'login-required', ...(requested ? { tenantId: requested } : {}) };
    return { kind: 'provider-error', code: error.error ?? 'unknown' };
  }
  if (!navigator.onLine) return { kind: 'offline' };
  if (error instanceof TypeError) return { kind: 'service-unreachable' };
  return { kind: 'unexpected' };
}

/** Where the sign-in service sends the person back: finish the sign-in, then the tenant, then the start page. */
export function CallbackScreen(_: Props) {
  const services = useApp();

  useEffect(() => {
    const url = location.href;
    const params = new URL(url).searchParams;
    // Code and state leave the address bar and history at once; a reload or Back then lands here without them.
    history.replaceState(null, '', routes.callback);

    const finish = async () => {
      const pending = await pendingSignIn(params.get('state'));
      if (!pending) {
        // A reload, Back, or a callback URL that is not from a sign-in this app started: the app opens afresh, as
        // a launch, so the lock or Auto login decides whether it asks who is there first.
        if (url !== location.origin + routes.callback) return location.replace(routes.signIn);
        // This screen again within the app (after a problem shown here): where the person belongs.
        const user = await services.auth.getUser();
        route(user ? routes.start : routes.signIn, true);
        return;
      }
      // The service this sign-in went to: Online, or the Onsite server it was started for.
      const auth = services.authFor(signInServiceFor(services.config, pending.server ?? null));
      if (await issuerMissing(auth, params)) {
        services.showProblem({ kind: 'unexpected' });
        return;
      }
      try {
        const user = await auth.completeSignIn(url);
        const facts = userFacts(user.profile, auth.identity);
        await adoptService(services, auth, facts.email);
        const state = (user.state ?? { purpose: 'login' }) as SignInPurpose;
        // The provider proved it asked for the password (completeSignIn checks auth_time): its session is now this
        // person's, whatever an old log out left.
        if (state.passwordRequestedAt !== undefined) await clearProviderLogoutPending();
        const step = nextStepAfterSignIn({
          tenants: facts.tenants,
          boundTenantId: facts.boundTenantId,
          purpose: state.purpose,
          ...(state.tenantId ? { requestedTenantId: state.tenantId } : {}),
        });
        const problem = await followStep(services, step, facts.email, state.returnTo);
        if (problem) services.showProblem(problem);
      } catch (error) {
        await fail(error);
      }
    };
    const fail = async (error: unknown) => {
      const problem = await problemFromError(error);
      // Cancel is a choice: back where the person came from (the sign-in screen sends a live session on; behind the
      // lock, the app opens afresh as a launch, which shows the lock).
      if (problem === 'cancelled')
        return vaultState() === 'locked' ? location.replace(routes.signIn) : services.navigate(routes.signIn);
      services.showProblem(problem, () => logIn(services));
    };
    // Whatever fails on the way (even loading the sign-in library) ends on a screen, not on "Signing you in…".
    void finish().catch(fail);
  }, []);

  return (
    <main class="app-main" aria-busy="true">
      <p role="status">{t('callback.working')}</p>
    </main>
  );
}
