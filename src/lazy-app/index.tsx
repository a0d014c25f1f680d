import { useEffect, useMemo, useState } from 'preact/hooks';
import Router, { route } from 'preact-router';
import type { AppConfig } from '../shared/config.ts';
import { onStorageDegraded } from '../storage/key-value-store.ts';
import { routes } from '../shared/routes.ts';
import { ProblemScreen } from './shell/problem-screen/index.tsx';
import type { Problem, ProblemAction } from '../session/problems.ts';
import { Auth } from '../session/auth.ts';
import { CallbackScreen } from './sign-in/callback-screen.tsx';
import { ResetLoginScreen } from './sign-in/reset-login-screen/index.tsx';
import { chooseAtSignInService, logIn, logOut } from '../session/sign-in-actions.ts';
import { companySwitch } from '../session/company-switch.ts';
import { SignInScreen } from './sign-in/sign-in-screen/index.tsx';
import { SignedOutScreen } from './sign-in/signed-out-screen.tsx';
import { StartPage } from './start-page/index.tsx';
import { clearStartPageSnapshot, startPageSnapshotKey } from '../storage/start-page-snapshot.ts';
import { ChooseTenantScreen } from './tenant/choose-tenant-screen/index.tsx';
import type { SessionMessage } from '../session/session-services.ts';
import { AppContext, type AppServices } from './context.ts';
import { t } from '../i18n/app-text.ts';
import type { WarmStart } from './warm-start.ts';

interface Props {
  config: AppConfig;
  warmStart: WarmStart;
}

const CHANNEL = 'mobile-crm:session';

/** The installed app: sign-in, tenant choice and the start page, with one problem screen for what goes wrong. */
export default function App({ config, warmStart }: Props) {
  const [problem, setProblem] = useState<{ problem: Problem; retry?: () => void } | null>(null);
  const [storageDegraded, setStorageDegraded] = useState(false);
  const channel = useMemo(() => ('BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null), []);

  const services = useMemo<AppServices>(() => {
    // Only a launch that opens the app (not a callback or another screen) paints the start page it read.
    const opensTheApp = ([routes.signIn, routes.start] as string[]).includes(location.pathname);
    let warmStartPage = opensTheApp ? warmStart.startPage : null;
    // No live session with a start page to go back to, or the snapshot src/boot/app-boot.js may have painted is
    // someone else's page: it is not shown again.
    if (warmStart.startPage?.key !== startPageSnapshotKey()) clearStartPageSnapshot();
    // A relaunch with a live session and its company chosen opens on the start page, painted from its cache.
    if (warmStartPage && location.pathname === routes.signIn && !location.search)
      history.replaceState(null, '', routes.start);
    const services: AppServices = {
      config,
      auth: new Auth(config, warmStart.storageUsable),
      navigate: (path) => route(path, true),
      logOut: () => logOut(services),
      showProblem: (next, retry) => setProblem({ problem: next, ...(retry ? { retry } : {}) }),
      broadcast: (message: SessionMessage) => channel?.postMessage(message),
      takeWarmStartPage: () => {
        const data = warmStartPage;
        warmStartPage = null;
        return data;
      },
    };
    return services;
  }, []);

  useEffect(() => onStorageDegraded(setStorageDegraded), []);
  useEffect(() => {
    // Back from the sign-in service can restore this page from the back/forward cache with half-finished state.
    const restart = (event: PageTransitionEvent) => event.persisted && location.reload();
    addEventListener('pageshow', restart);
    return () => removeEventListener('pageshow', restart);
  }, []);
  useEffect(() => {
    if (!channel) return;
    // Another tab signed out or in: follow it, so no tab shows a session that has ended.
    channel.onmessage = ({ data }: MessageEvent<SessionMessage>) => {
      if (data?.type === 'signed-out') {
        setProblem(null);
        route(routes.signIn, true);
      } else if (data?.type === 'signed-in' && location.pathname === routes.signIn) {
        route(routes.start, true);
      }
    };
    return () => channel.close();
  }, []);

  // The router is not mounted while a problem shows: set the address first, then let it mount there.
  const goTo = (path: string) => {
    history.pushState(null, '', path);
    setProblem(null);
  };

  const onAction = async (action: ProblemAction) => {
    const current = problem;
    if (action === 'reset-login') return goTo(routes.resetLogin);
    if (action === 'sign-in-screen') return goTo(routes.signIn);
    // A tenant that stopped running: pick another where the companies are listed (company-switch.ts). Access
    // removed: sign in afresh.
    if (action === 'choose-tenant' && current?.problem.kind === 'tenant-not-running') {
      const where = companySwitch(config.identity.tenantSource, { fromTenantId: current.problem.tenant.id });
      if (where.kind === 'app-screen') return goTo(routes.chooseTenant);
      setProblem(null);
      const next = await chooseAtSignInService(services, where.request);
      return next && services.showProblem(next);
    }
    setProblem(null);
    if (action === 'retry') return current?.retry?.();
    const next = await logIn(services, { withRememberedTenant: action !== 'choose-tenant' });
    if (next) services.showProblem(next);
  };

  return (
    <AppContext.Provider value={services}>
      {storageDegraded && (
        <p class="notice storage-notice" role="status" data-testid="storage-notice">
          {t('app.storageNotice')}
        </p>
      )}
      {problem ? (
        <ProblemScreen problem={problem.problem} onAction={onAction} />
      ) : (
        <Router>
          <SignInScreen path={routes.signIn} />
          <CallbackScreen path={routes.callback} />
          <SignedOutScreen path={routes.signedOut} />
          <ChooseTenantScreen path={routes.chooseTenant} />
          <StartPage path={routes.start} />
          <ResetLoginScreen path={routes.resetLogin} />
          <SignInScreen default />
        </Router>
      )}
    </AppContext.Provider>
  );
}
