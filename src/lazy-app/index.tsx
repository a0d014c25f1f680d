import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Router, { route } from 'preact-router';
import type { AppConfig } from '../shared/config.ts';
import { onStorageDegraded } from '../storage/key-value-store.ts';
import { routes } from '../shared/routes.ts';
import { channelName } from '../shared/storage-names.ts';
import { ProblemScreen } from './shell/problem-screen/index.tsx';
import type { AppProblem, ProblemAction } from '../session/problems.ts';
import { Auth } from '../session/auth.ts';
import { CallbackScreen } from './sign-in/callback-screen.tsx';
import { ResetLoginScreen } from './sign-in/reset-login-screen/index.tsx';
import { chooseAtSignInService, logIn, logOut } from '../session/sign-in-actions.ts';
import { companySwitch } from '../session/company-switch.ts';
import { SignInScreen } from './sign-in/sign-in-screen/index.tsx';
import { SignedOutScreen } from './sign-in/signed-out-screen.tsx';
import { StartPage } from './start-page/index.tsx';
import {
  clearStartPageSnapshot,
  startPageSnapshotKey,
  watchSnapshotClears,
} from '../storage/start-page-snapshot.ts';
import { ChooseTenantScreen } from './tenant/choose-tenant-screen/index.tsx';
import type { SessionMessage } from '../session/session-services.ts';
import { AppContext, type AppServices, type Retry } from './context.ts';
import { hasStoredSession } from '../storage/stored-session.ts';
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

const CHANNEL = channelName('session');

/** What the app starts as it arrives, before its first render. */
export function startApp() {
  watchSnapshotClears();
}

interface ShownProblem {
  problem: AppProblem;
  retry?: Retry;
  /** When Try again last ended on this same problem. */
  triedAt: number | null;
}

/** The installed app: sign-in, tenant choice and the start page, with one problem screen for what goes wrong. */
export default function App({ config, warmStart }: Props) {
  const [shown, setShown] = useState<ShownProblem | null>(null);
  // Read synchronously by navigation, which must know whether the router is mounted (it is not under a problem).
  const showing = useRef<ShownProblem | null>(null);
  const showProblemState = (next: ShownProblem | null) => {
    showing.current = next;
    setShown(next);
  };
  const [busy, setBusy] = useState<ProblemAction | null>(null);
  const [sessionStored, setSessionStored] = useState(false);
  const [storageDegraded, setStorageDegraded] = useState(false);
  const channel = useMemo(() => ('BroadcastChannel' in window ? new BroadcastChannel(CHANNEL) : null), []);

  // The router is not mounted while a problem shows: set the address first, then let it mount there.
  const show = (path: string, replace: boolean) => {
    if (!showing.current) return void route(path, replace);
    history[replace ? 'replaceState' : 'pushState'](null, '', path);
    showProblemState(null);
  };

  const services = useMemo<AppServices>(() => {
    // Only a launch that opens the app (not a callback or another screen) paints the start page it read.
    const opensTheApp = ([routes.signIn, routes.start] as string[]).includes(location.pathname);
    let warmStartPage = opensTheApp ? warmStart.startPage : null;
    // No live session with a start page to go back to, or the snapshot src/boot/app-boot.ts may have painted is
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
      sessionStored: warmStart.sessionStored,
      navigate: (path) => show(path, true),
      open: (path) => show(path, false),
      logOut: () => logOut(services),
      showProblem: (next, retry) =>
        showProblemState({ problem: next, triedAt: null, ...(retry ? { retry } : {}) }),
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
      if (data?.type === 'signed-out') show(routes.signIn, true);
      else if (data?.type === 'signed-in' && location.pathname === routes.signIn) show(routes.start, true);
    };
    return () => channel.close();
  }, []);

  // Which Task menu the problem's frame offers: Log out with a stored session, Reset login without.
  useEffect(() => {
    let live = true;
    if (shown) void hasStoredSession(config.identity).then((stored) => live && setSessionStored(stored));
    return () => {
      live = false;
    };
  }, [shown?.problem]);

  const onAction = async (action: ProblemAction) => {
    const current = showing.current;
    if (!current || busy) return;
    if (action === 'reset-login') return show(routes.resetLogin, false);
    if (action === 'sign-in-screen') return show(routes.signIn, false);
    // A tenant that stopped running: pick another with the tokens we have. Access removed: sign in afresh.
    // Where the companies are listed: the app's own screen, or the service's (company-switch.ts).
    const elsewhere =
      action === 'choose-tenant' && current.problem.kind === 'tenant-not-running'
        ? companySwitch(config.identity.tenantSource, { fromTenantId: current.problem.tenant.id })
        : null;
    if (elsewhere?.kind === 'app-screen') return show(routes.chooseTenant, false);
    // Without a retry of its own, the screen behind the problem mounts again and tries again.
    if (action === 'retry' && !current.retry) return showProblemState(null);
    const { problem } = current;
    // After a switch whose silent authorization found the service's session over: the company asked for.
    const switchedTo = problem.kind === 'login-required' ? problem.tenantId : undefined;
    const attempt: Retry =
      action === 'retry' && current.retry
        ? current.retry
        : elsewhere?.kind === 'sign-in-service'
          ? () => chooseAtSignInService(services, elsewhere.request)
          : () =>
              logIn(services, {
                withRememberedTenant: action !== 'choose-tenant',
                ...(switchedTo ? { tenantId: switchedTo } : {}),
              });
    setBusy(action);
    const next = await attempt().catch((): AppProblem => ({ kind: 'unexpected' }));
    setBusy(null);
    // Gone on: the attempt has shown another screen (or is leaving for the sign-in service).
    if (!next) return showProblemState(null);
    // The same problem again says when it tried; another one is a new screen.
    const again = next.kind === current.problem.kind;
    showProblemState({ problem: next, retry: attempt, triedAt: again ? Date.now() : null });
  };

  return (
    <AppContext.Provider value={services}>
      {storageDegraded && (
        <p class="notice storage-notice" role="status" data-testid="storage-notice">
          {t('app.storageNotice')}
        </p>
      )}
      {shown ? (
        <ProblemScreen
          problem={shown.problem}
          onAction={onAction}
          signedIn={sessionStored}
          busy={busy}
          triedAt={shown.triedAt}
        />
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
