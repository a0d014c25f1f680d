import { useEffect, useRef, useState } from 'preact/hooks';
import { useApp, type Retry } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { routes } from '../../shared/routes.ts';
import { SNAPSHOT_CLASS, type StartPageView } from '../../shared/boot-contract.ts';
import { AppFrame, StaticAppFrame } from '../shell/app-frame/index.tsx';
import { userFacts } from '../../session/user-facts.ts';
import { loadStartData, type StartResult } from '../../session/start-data.ts';
import type { AppProblem } from '../../session/problems.ts';
import { switchFromTaskMenu, type CompanySwitch } from '../../session/company-switch.ts';
import { signInWith } from '../../session/sign-in-actions.ts';
import { useOnline } from '../use-online.ts';
import { cachedStartData, cacheKey, startPageCache, type StartData } from '../../session/start-page-cache.ts';
import { saveStartPageSnapshot, snapshotClears } from '../../storage/start-page-snapshot.ts';
import { activeLanguage } from '../../i18n/active-language.ts';
import { keptView, slotView, startPageView } from './view.ts';
import './style.css';

interface Props {
  path?: string;
}

/** The start page: who is signed in, to which company, and a way into it. */
export function StartPage(_: Props) {
  const services = useApp();
  const { auth } = services;
  // A relaunch paints at once from what was read while the app loaded; the refresh below follows.
  const [warm] = useState(services.takeWarmStartPage);
  const [data, setData] = useState<StartData | null>(warm?.data ?? null);
  /** Whose page (user and tenant) is on screen, so another person's or company's never stays. */
  const shownKey = useRef(warm?.key ?? null);
  const [stale, setStale] = useState(false);
  /** Until when the session can be live (null while renewable); known once the stored session is read. */
  const sessionUntil = useRef<number | null | undefined>(undefined);

  /** Clears seen when the last load began: one since (a log out meanwhile) means this page must not be kept. */
  const clearsAtLoad = useRef(snapshotClears());
  /** How Task → Switch company works for this person, or null when there is nothing to switch to. */
  const [switchWay, setSwitchWay] = useState<CompanySwitch | null>(null);
  const online = useOnline();

  /** The problem an answer ends on; null when there is a page to show (fresh, or cached while unreachable). */
  const problemOf = async (result: StartResult, cached: boolean): Promise<AppProblem | null> => {
    if (result.kind === 'ready') return null;
    if (result.kind === 'signed-out') {
      services.navigate(routes.signIn);
      return null;
    }
    if (result.kind === 'problem') {
      if (result.problem.kind === 'session-expired') await auth.forgetSession();
      return result.problem;
    }
    if (cached) return null;
    return navigator.onLine ? result.problem : { kind: 'offline' };
  };
  // Try again on this page's problems: fetch again; once it works, this page mounts again and shows it.
  const retry: Retry = async () => problemOf(await loadStartData(auth), false);

  const load = async () => {
    clearsAtLoad.current = snapshotClears();
    const user = await auth.getUser();
    sessionUntil.current = user ? (user.refresh_token ? null : (user.expires_at ?? null)) : undefined;
    const facts = user ? userFacts(user.profile, auth.identity) : null;
    setSwitchWay(facts && switchFromTaskMenu(auth.identity.tenantSource, facts.tenants.length, facts.email));
    const key = facts?.boundTenantId ? cacheKey(facts.email, facts.boundTenantId) : null;
    const cached = facts?.boundTenantId ? await cachedStartData(facts.email, facts.boundTenantId) : null;
    if (shownKey.current !== key) {
      shownKey.current = key;
      setData(cached);
    } else if (cached) setData((current) => current ?? cached);

    const result = await loadStartData(auth);
    if (result.kind !== 'ready') {
      const problem = await problemOf(result, !!cached);
      if (problem) services.showProblem(problem, retry);
      else if (result.kind === 'unreachable') setStale(true);
      return;
    }
    shownKey.current = key;
    setData(result.data);
    setStale(false);
    if (key && clearsAtLoad.current === snapshotClears()) await startPageCache.set(key, result.data);
  };

  // Whatever goes wrong ends on a screen, never on "Loading…" forever.
  const loadSafely = () => load().catch(() => services.showProblem({ kind: 'unexpected' }));

  const view = data && startPageView(data, auth.service.server ? auth.identity.authority : null);

  // After every drawing of a current page (a new answer, another language): what the next launch paints first.
  useEffect(() => {
    // Offline, the page carries a note about it that the next launch must not paint.
    if (!view || stale || !online || !shownKey.current || sessionUntil.current === undefined) return;
    saveStartPageSnapshot(
      { view: keptView(view), key: shownKey.current, lang: activeLanguage(), until: sessionUntil.current },
      clearsAtLoad.current,
    );
  });

  useEffect(() => {
    void loadSafely();
    const refresh = () => void loadSafely();
    addEventListener('online', refresh);
    return () => removeEventListener('online', refresh);
  }, []);

  const switchCompany = () => {
    if (switchWay?.kind === 'app-screen') return services.open(routes.chooseTenant);
    if (!switchWay) return;
    // SuperID's shape: its own choice page, reached without a password while its session lives.
    const leave = () => signInWith(services, switchWay.request);
    void leave().then((problem) => problem && services.showProblem(problem, leave));
  };

  return (
    <AppFrame
      signedIn={true}
      tenant={data?.tenant ?? null}
      {...(switchWay ? { onSwitchCompany: switchCompany } : {})}
    >
      {view ? (
        <StartPageContent view={view} offline={stale ? t('start.offline') : null} online={online} />
      ) : (
        <p role="status" aria-busy="true">
          {t('start.loading')}
        </p>
      )}
    </AppFrame>
  );
}

/** The page itself, drawn from its view: the same elements whether the app or a relaunch's snapshot drew them. */
function StartPageContent(props: { view: StartPageView; offline: string | null; online: boolean }) {
  const { view, offline, online } = props;
  return (
    <>
      <h1>{view.heading}</h1>
      {/* One live region, there before its notices, so a notice that comes later is announced. */}
      <div class="notices" role="status">
        {offline && (
          <p class="notice" data-testid="offline-banner">
            {offline}
          </p>
        )}
        {view.notice && (
          <p class="notice" data-testid="maintenance-notice">
            {view.notice}
          </p>
        )}
      </div>
      <section class="card tenant-card" aria-labelledby="tenant-heading" data-testid="tenant-card">
        <h2 id="tenant-heading">{view.tenantName}</h2>
        <dl class="facts">
          <dt>{view.tenantIdLabel}</dt>
          <dd data-testid="tenant-id">{view.tenantId}</dd>
          <dt>{view.statusLabel}</dt>
          <dd data-testid="tenant-status">{view.status}</dd>
          {view.loginName !== null && (
            <>
              <dt>{view.loginNameLabel}</dt>
              <dd data-testid="login-name">{view.loginName}</dd>
            </>
          )}
          {view.server !== null && (
            <>
              <dt>{view.serverLabel}</dt>
              <dd data-testid="server">{view.server}</dd>
            </>
          )}
        </dl>
        {view.webClient && (
          <a
            class="button"
            href={view.webClient.href}
            target="_blank"
            rel="noopener noreferrer"
            // Offline it would open a browser error page: it says why instead.
            aria-disabled={!online}
            aria-describedby={online ? undefined : 'web-client-offline'}
            onClick={(event) => !online && event.preventDefault()}
          >
            {view.webClient.label}
          </a>
        )}
        {view.webClient && !online && (
          <p id="web-client-offline" class="hint" data-testid="needs-connection">
            {t('start.needsConnection')}
          </p>
        )}
      </section>
      <p class="last-updated">{view.lastUpdated}</p>
    </>
  );
}

/** The start page as the build writes it into index.html: a slot for each field, which a relaunch fills as text. */
export const StartPageTemplate = () => (
  <StaticAppFrame mark={SNAPSHOT_CLASS}>
    <StartPageContent view={slotView} offline={null} online={true} />
  </StaticAppFrame>
);
