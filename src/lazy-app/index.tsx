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
import { chooseAtSignInService, logIn, logOut, signOutHere } from '../session/sign-in-actions.ts';
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
import { useLockScreens } from './lock/use-lock-screens.ts';
import { keyValueStore } from '../storage/key-value-store.ts';
import { lockVault, vaultState } from '../storage/vault.ts';
import { takeAwayDeadline } from '../storage/away-deadline.ts';
import { useAway } from './use-away.ts';
import { awayTooLong, gateAtLaunch, gateOnReturn, type Gate } from '../session/launch-gate.ts';
import { currentLogin, loginSettings } from '../session/login-rules.ts';
import type { FingerprintOutcome } from '../session/fingerprint.ts';

interface Props {
  config: AppConfig;
  warmStart: WarmStart;
}

const CHANNEL = channelName('session');

/** What shows instead of the app's routes while it must first know who is there, or ask one question. */
type Screen =
  | { kind: 'unlock'; away: boolean }
  | { kind: 'ask-fingerprint' }
  /** Ending the session here (auto login off, Auto logout) before the sign-in screen shows. */
  | { kind: 'signing-out'; why: 'away' | 'auto-login-off' | 'company' };

/** Settings' login part, from the lock's chunk. */
function LoginSettings() {
  const Settings = useLockScreens(true).screens?.LoginSettings;
  return Settings ? <Settings /> : null;
}

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
  // Whether the app may show the person's things at this launch (launch-gate.ts), decided once, before any render.
  const launch = useMemo<Gate>(() => {
    const deadline = takeAwayDeadline();
    // A sign-in coming back is never held back (one this app did not start relaunches it at /: callback-screen.tsx).
    if (location.pathname === routes.callback && location.search) return { kind: 'open' };
    const login = currentLogin();
    return gateAtLaunch({
      sessionKept: warmStart.sessionKept,
      fingerprint: vaultState() !== 'off',
      autoLogin: login.autoLogin,
      autoLoginOffByCompany: login.autoLoginOffBy === 'company',
      awayTooLong: awayTooLong(deadline, Date.now()),
    });
  }, []);
  const [screen, setScreen] = useState<Screen | null>(() =>
    launch.kind === 'unlock'
      ? { kind: 'unlock', away: launch.away }
      : launch.kind === 'sign-in'
        ? { kind: 'signing-out', why: launch.why }
        : null,
  );
  const [unlocking, setUnlocking] = useState(false);

  // The router is not mounted while a problem or a gate's screen shows: set the address first, then let it mount
  // there (a gate's screen mounts it once it is done).
  const show = (path: string, replace: boolean) => {
    if (!showing.current && route(path, replace)) return;
    history[replace ? 'replaceState' : 'pushState'](null, '', path);
    showProblemState(null);
  };

  const services = useMemo<AppServices>(() => {
    // Only a launch that opens the app (not a callback or another screen) paints the start page it read, and only
    // when it may show it without asking first.
    const opensTheApp = ([routes.signIn, routes.start] as string[]).includes(location.pathname);
    let warmStartPage = opensTheApp && launch.kind === 'open' ? warmStart.startPage : null;
    // No live session with a start page to go back to, or the snapshot src/boot/app-boot.ts may have painted is
    // someone else's page (or must not show yet): it is not shown again.
    if (warmStartPage?.key !== startPageSnapshotKey()) clearStartPageSnapshot();
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
      afterSignIn: async () => {
        const { fingerprintAsked, noPrf } = loginSettings();
        if (vaultState() !== 'off' || fingerprintAsked || noPrf) return;
        // WebAuthn's code comes with the lock's: fetched only for people who may be asked.
        const passkeysLoaded = import('../session/passkey.ts');
        const passkeys = await passkeysLoaded.catch(() => null);
        if (!(await passkeys?.canUsePasskeys())) return;
        setScreen({ kind: 'ask-fingerprint' });
      },
      LoginSettings,
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
    if (screen?.kind !== 'signing-out') return;
    const { why } = screen;
    // Auto login off, or away too long: the session ends here, and the sign-in screen says why.
    void signOutHere(services, why)
      .catch(() => undefined)
      .then(() => {
        // Reset login was where the person was going; anything else starts again at the sign-in screen.
        if (location.pathname !== routes.resetLogin) history.replaceState(null, '', routes.signIn);
        setScreen(null);
      });
  }, [screen]);
  /** The fingerprint or face check under way, if any: the app going to the background cancels it. */
  const check = useRef<AbortController | null>(null);
  // Back after Auto logout's time: the lock screen (fingerprint or face), or the session ends here.
  useAway(
    // A check left pending would block the next one (the browser allows one at a time): it counts as cancelled.
    () => check.current?.abort(),
    async () => {
      const kept = await keyValueStore('auth-user').keys();
      const gate = gateOnReturn({
        sessionKept: kept.length > 0,
        fingerprint: vaultState() !== 'off',
        awayTooLong: true,
      });
      if (gate.kind === 'open') return;
      showProblemState(null);
      if (gate.kind === 'unlock') {
        lockVault();
        setScreen({ kind: 'unlock', away: true });
      } else setScreen({ kind: 'signing-out', why: 'away' });
    },
  );
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
    if (shown)
      void hasStoredSession(services.auth.identity).then((stored) => live && setSessionStored(stored));
    return () => {
      live = false;
    };
  }, [shown?.problem]);

  /**
   * The lock screen's button (and its Try again): fingerprint or face opens the vault, then the start page; resolves
   * with the problem when it did not.
   */
  const unlock = async (): Promise<AppProblem | null> => {
    setUnlocking(true);
    const abort = (check.current = new AbortController());
    // Its code comes with the lock's (cached once used); a download that fails means the password is the way now.
    const fingerprintLoaded = import('../session/fingerprint.ts');
    const outcome: FingerprintOutcome = await fingerprintLoaded.then(
      (fingerprint) => fingerprint.unlockWithFingerprint(abort.signal),
      () => 'unavailable',
    );
    check.current = null;
    setUnlocking(false);
    if (outcome !== 'done')
      return { kind: outcome === 'cancelled' ? 'fingerprint-failed' : 'fingerprint-unavailable' };
    if (location.pathname === routes.signIn) history.replaceState(null, '', routes.start);
    setScreen(null);
    return null;
  };
  const unlockFromLockScreen = async () => {
    const problem = await unlock();
    if (problem) services.showProblem(problem, unlock);
  };

  const onAction = async (action: ProblemAction) => {
    const current = showing.current;
    if (!current || busy) return;
    if (action === 'reset-login') return show(routes.resetLogin, false);
    if (action === 'sign-in-screen') return show(routes.signIn, false);
    // A tenant that stopped running: pick another with the tokens we have. Access removed: sign in afresh.
    // Where the companies are listed: the app's own screen, or the service's (company-switch.ts).
    const elsewhere =
      action === 'choose-tenant' && current.problem.kind === 'tenant-not-running'
        ? companySwitch(services.auth.identity.tenantSource, { fromTenantId: current.problem.tenant.id })
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
                // From the lock: the password, whatever session the sign-in service still has.
                askPassword: action === 'log-in-with-password',
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

  const lock = useLockScreens(screen !== null && screen.kind !== 'signing-out');
  useEffect(() => {
    if (!lock.failed) return;
    // Offline before its first use: the lock's screens cannot load; the password still works, and Try again loads
    // the app afresh (back online, they come).
    if (screen?.kind === 'unlock')
      services.showProblem({ kind: 'fingerprint-unavailable' }, () => {
        location.reload();
        return new Promise<never>(() => {});
      });
    else setScreen(null);
  }, [lock.failed]);

  /** The gate's screen, with the one way out it needs (Reset login from the lock's Task menu) routed beside it. */
  const gateScreen = (current: Screen) => {
    const { LockScreen, FingerprintQuestion } = lock.screens ?? {};
    if (current.kind === 'signing-out' || !LockScreen || !FingerprintQuestion)
      return (
        <main class="app-main" aria-busy="true">
          <p role="status">{current.kind === 'signing-out' ? t('signedOut.working') : t('start.loading')}</p>
        </main>
      );
    if (current.kind === 'ask-fingerprint') return <FingerprintQuestion onDone={() => setScreen(null)} />;
    return (
      <Router>
        <ResetLoginScreen path={routes.resetLogin} />
        <LockScreen
          default
          onUnlock={() => void unlockFromLockScreen()}
          busy={unlocking}
          awayMinutes={current.away ? currentLogin().autoLogoutMinutes : null}
        />
      </Router>
    );
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
      ) : screen ? (
        gateScreen(screen)
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
