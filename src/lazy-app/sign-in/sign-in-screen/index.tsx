import { useEffect, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';
import type { RememberedLogin } from '../../../shared/remembered-login.ts';
import { loadRememberedLogin } from '../../../storage/remembered-login-store.ts';
import { routes } from '../../../shared/routes.ts';
import { PRERENDERED_CLASS } from '../../../shared/boot-contract.ts';
import { AppFrame, StaticAppFrame } from '../../shell/app-frame/index.tsx';
import { RememberedLoginCard } from './remembered-login.tsx';
import { autoSignOutReason, logIn, logoutWasUnreachable } from '../../../session/sign-in-actions.ts';
import { currentLogin } from '../../../session/login-rules.ts';
import { userFacts } from '../../../session/user-facts.ts';
import { sameTenantId } from '../../../shared/tenant-ref.ts';
import { offersOnsite } from '../../../shared/onsite-servers.ts';

interface Props {
  path?: string;
  default?: boolean;
}

/** What the sign-in screen says first: prerendered into index.html, and the first thing the app renders. */
function SignInIntro() {
  return (
    <>
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.lead')}</p>
    </>
  );
}

/** The sign-in screen as index.html shows it before any script has run (the build renders it). */
export const PrerenderedSignIn = () => (
  <StaticAppFrame mark={PRERENDERED_CLASS}>
    <SignInIntro />
  </StaticAppFrame>
);

/** The installed app's front door: Log in, with the remembered company and email. */
export function SignInScreen(_: Props) {
  const services = useApp();
  const [remembered, setRemembered] = useState<RememberedLogin | null>(null);
  const [logoutUnreachable] = useState(logoutWasUnreachable);
  const [autoSignedOut] = useState(autoSignOutReason);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    // Without a readable session this is simply the way in: show it. A first visit has none to read, and the
    // sign-in library (the app's largest download) waits for Log in.
    const session = services.sessionStored
      ? services.auth.getUser().catch(() => null)
      : Promise.resolve(null);
    void Promise.all([loadRememberedLogin(), session]).then(([record, user]) => {
      if (!live) return;
      setRemembered(record);
      if (!user) return;
      // A live session (relaunch) goes to the start page of the chosen company; one never chosen asks first.
      const bound = userFacts(user.profile, services.auth.identity).boundTenantId;
      const chosen = sameTenantId(record?.tenant?.id, bound);
      route(chosen ? routes.start : routes.chooseTenant, true);
    });
    return () => {
      live = false;
    };
  }, []);

  const onLogIn = async () => {
    setBusy(true);
    // A deep link can ask to come back after sign-in; the callback checks it is one of the app's own paths.
    const returnTo = new URLSearchParams(location.search).get('returnTo') ?? undefined;
    const attempt = () => logIn(services, returnTo ? { returnTo } : {});
    const problem = await attempt();
    if (problem) {
      setBusy(false);
      services.showProblem(problem, attempt);
    }
  };

  return (
    <AppFrame signedIn={false} tenant={remembered?.tenant ?? null}>
      <SignInIntro />
      {remembered && (remembered.tenant || remembered.email) && (
        <RememberedLoginCard
          remembered={remembered}
          server={services.auth.service.server?.authority ?? null}
          onAnother={() => services.open(routes.resetLogin)}
        />
      )}
      {logoutUnreachable && (
        <p class="notice" data-testid="logout-pending-notice">
          {t('signIn.logoutPending')}
        </p>
      )}
      {autoSignedOut && (
        <p class="notice" data-testid="auto-sign-out-notice">
          {autoSignedOut === 'away'
            ? t('signIn.autoLoggedOut', { count: currentLogin().autoLogoutMinutes })
            : autoSignedOut === 'company'
              ? t('signIn.autoLoginOffByCompany')
              : t('signIn.autoLoginOff')}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button" onClick={onLogIn} disabled={busy} aria-busy={busy}>
          {t('signIn.logIn')}
        </button>
      </div>
      {/* Online first; a company's own server is the other way in, until one is remembered. */}
      {offersOnsite(services.config) && !services.auth.service.server && (
        <a class="text-link" href={routes.onsite}>
          {t('signIn.onsite')}
        </a>
      )}
      {/* The live region is there before its message, so screen readers announce the message. */}
      <p role="status">{busy && t('signIn.opening')}</p>
    </AppFrame>
  );
}
