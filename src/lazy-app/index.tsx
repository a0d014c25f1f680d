import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import Router, { route } from 'preact-router';
import type { AppConfig } from '../shared/config.ts';
import { onStorageDegraded } from '../storage/key-value-store.ts';
import { routes } from '../shared/routes.ts';
import { ProblemScreen } from './shell/problem-screen/index.tsx';
import type { Problem, ProblemAction } from '../session/problems.ts';
import { Auth } from '../session/auth.ts';
import { CallbackScreen } from './sign-in/callback-screen.tsx';
import { ResetLoginScreen } from './sign-in/reset-login-screen/index.tsx';
import { logIn, logOut, signOutHere } from '../session/sign-in-actions.ts';
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
import { AppContext, type AppServices } from './context.ts';
import { t } from '../i18n/app-text.ts';
import type { WarmStart } from './warm-start.ts';
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

const CHANNEL = 'mobile-crm:session';

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

/** The installed app: sign-in, tenant choice and the start page, with one problem screen for what goes wrong. */
export default function App({ config, warmStart }: Props) {
  const [problem, setProblem] = useState<{ problem: Problem; retry?: () => void } | null>(null);
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
    const services: AppServices = {
      config,
      auth: new Auth(config, warmStart.storageUsable),
      sessionStored: warmStart.sessionStored,
      // With a gate's screen up the routes are not mounted: the address changes, and they mount there later.
      navigate: (path) => void (route(path, true) || history.replaceState(null, '', path)),
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
      setProblem(null);
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

  /** The lock screen's button (and its Try again): fingerprint or face opens the vault, then the start page. */
  const unlock = async () => {
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
    if (outcome === 'done') {
      if (location.pathname === routes.signIn) history.replaceState(null, '', routes.start);
      setScreen(null);
    } else {
      const kind = outcome === 'cancelled' ? 'fingerprint-failed' : 'fingerprint-unavailable';
      services.showProblem({ kind }, () => void unlock());
    }
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
    const next = await logIn(services, {
      withRememberedTenant: action !== 'choose-tenant',
      // From the lock: the password, whatever session the sign-in service still has.
      askPassword: action === 'log-in-with-password',
    });
    if (next) services.showProblem(next);
  };

  const lock = useLockScreens(screen !== null && screen.kind !== 'signing-out');
  useEffect(() => {
    if (!lock.failed) return;
    // Offline before its first use: the lock's screens cannot load; the password still works, and Try again loads
    // the app afresh (back online, they come).
    if (screen?.kind === 'unlock')
      services.showProblem({ kind: 'fingerprint-unavailable' }, () => location.reload());
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
          onUnlock={() => void unlock()}
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
      {problem ? (
        <ProblemScreen problem={problem.problem} onAction={onAction} />
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
          <SignInScreen default />
        </Router>
      )}
    </AppContext.Provider>
  );
}
