import { useEffect, useMemo, useState } from 'preact/hooks';
import Router, { route } from 'preact-router';
import type { AppConfig } from '../shared/config.ts';
import { onStorageDegraded } from '../storage/key-value-store.ts';
import { routes } from '../shared/routes.ts';
import { ProblemScreen } from './shell/problem-screen/index.tsx';
import type { AppProblem, ProblemAction } from '../session/problems.ts';
import { Auth } from '../session/auth.ts';
import { CallbackScreen } from './sign-in/callback-screen.tsx';
import { ResetLoginScreen } from './sign-in/reset-login-screen/index.tsx';
import { logIn, logOut } from '../session/sign-in-actions.ts';
import { SignInScreen } from './sign-in/sign-in-screen/index.tsx';
import { SignedOutScreen } from './sign-in/signed-out-screen.tsx';
import { StartPage } from './start-page/index.tsx';
import { clearStartPageSnapshot, startPageSnapshotKey } from '../storage/start-page-snapshot.ts';
import { ChooseTenantScreen } from './tenant/choose-tenant-screen/index.tsx';
import type { SessionMessage } from '../session/session-services.ts';
import { AppContext, type AppServices } from './context.ts';
import { t } from '../i18n/app-text.ts';
import type { WarmStart } from './warm-start.ts';
import { signInServiceFor, type SignInService } from '../shared/sign-in-service.ts';
import { offersOnsite } from '../shared/onsite-servers.ts';
import { loadRememberedLogin } from '../storage/remembered-login-store.ts';
import { OnsiteRoute } from './sign-in/onsite-screen/route.tsx';

interface Props {
  config: AppConfig;
  warmStart: WarmStart;
}

const CHANNEL = 'mobile-crm:session';

/** The installed app: sign-in, tenant choice and the start page, with one problem screen for what goes wrong. */
export default function App({ config, warmStart }: Props) {
  const [problem, setProblem] = useState<{ problem: AppProblem; retry?: () => void } | null>(null);
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
    // A link an administrator handed out (/?server=…) opens the Onsite screen with the address filled in, no more.
    if (location.pathname === routes.signIn && /[?&]server=/.test(location.search) && offersOnsite(config))
      history.replaceState(null, '', routes.onsite + location.search);
    const auths = new Map<string, Auth>();
    const authFor = (service: SignInService) => {
      const key = JSON.stringify(service);
      if (!auths.has(key)) auths.set(key, new Auth(service, warmStart.storageUsable));
      return auths.get(key)!;
    };
    const services: AppServices = {
      config,
      auth: authFor(warmStart.service),
      authFor,
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
    // Another tab signed out or in: follow it, so no tab shows a session that has ended, nor another server's.
    channel.onmessage = async ({ data }: MessageEvent<SessionMessage>) => {
      services.auth = services.authFor(signInServiceFor(config, (await loadRememberedLogin())?.server));
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
    // A tenant that stopped running: pick another with the tokens we have. Access removed: sign in afresh.
    if (action === 'choose-tenant' && current?.problem.kind === 'tenant-not-running')
      return goTo(routes.chooseTenant);
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
          {offersOnsite(config) && <OnsiteRoute path={routes.onsite} />}
          <SignInScreen default />
        </Router>
      )}
    </AppContext.Provider>
  );
}
