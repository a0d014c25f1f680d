import { useEffect, useRef, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { routes } from '../../shared/routes.ts';
import { SNAPSHOT_CLASS, type StartPageView } from '../../shared/boot-contract.ts';
import { AppFrame, StaticAppFrame } from '../shell/app-frame/index.tsx';
import { userFacts } from '../../session/user-facts.ts';
import { loadStartData } from '../../session/start-data.ts';
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
  const { auth, config } = services;
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

  const load = async () => {
    clearsAtLoad.current = snapshotClears();
    const user = await auth.getUser();
    sessionUntil.current = user ? (user.refresh_token ? null : (user.expires_at ?? null)) : undefined;
    const facts = user ? userFacts(user.profile, config) : null;
    const key = facts?.boundTenantId ? cacheKey(facts.email, facts.boundTenantId) : null;
    const cached = facts?.boundTenantId ? await cachedStartData(facts.email, facts.boundTenantId) : null;
    if (shownKey.current !== key) {
      shownKey.current = key;
      setData(cached);
    } else if (cached) setData((current) => current ?? cached);

    const result = await loadStartData(auth, config);
    if (result.kind === 'signed-out') return route(routes.signIn, true);
    if (result.kind === 'problem') {
      if (result.problem.kind === 'session-expired') await auth.forgetSession();
      // Try again remounts this page, which loads again.
      return services.showProblem(result.problem);
    }
    if (result.kind === 'unreachable') {
      if (cached) return setStale(true);
      return services.showProblem(navigator.onLine ? result.problem : { kind: 'offline' });
    }
    shownKey.current = key;
    setData(result.data);
    setStale(false);
    if (key && clearsAtLoad.current === snapshotClears()) await startPageCache.set(key, result.data);
  };

  // Whatever goes wrong ends on a screen, never on "Loading…" forever.
  const loadSafely = () => load().catch(() => services.showProblem({ kind: 'unexpected' }));

  const view = data && startPageView(data);

  // After every drawing of a current page (a new answer, another language): what the next launch paints first.
  useEffect(() => {
    if (!view || stale || !shownKey.current || sessionUntil.current === undefined) return;
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

  return (
    <AppFrame signedIn={true} tenant={data?.tenant ?? null}>
      {view ? (
        <StartPageContent view={view} offline={stale ? t('start.offline') : null} />
      ) : (
        <p role="status" aria-busy="true">
          {t('start.loading')}
        </p>
      )}
    </AppFrame>
  );
}

/** The page itself, drawn from its view: the same elements whether the app or a relaunch's snapshot drew them. */
function StartPageContent({ view, offline }: { view: StartPageView; offline: string | null }) {
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
      <section class="card" aria-labelledby="tenant-heading" data-testid="tenant-card">
        <h2 id="tenant-heading">{view.tenantName}</h2>
        <dl class="facts">
          <dt>{view.tenantIdLabel}</dt>
          <dd data-testid="tenant-id">{view.tenantId}</dd>
          <dt>{view.statusLabel}</dt>
          <dd data-testid="tenant-status">{view.status}</dd>
        </dl>
        {view.webClient && (
          <a class="button" href={view.webClient.href} target="_blank" rel="noopener noreferrer">
            {view.webClient.label}
          </a>
        )}
      </section>
      <p class="last-updated">{view.lastUpdated}</p>
    </>
  );
}

/** The start page as the build writes it into index.html: a slot for each field, which a relaunch fills as text. */
export const StartPageTemplate = () => (
  <StaticAppFrame mark={SNAPSHOT_CLASS}>
    <StartPageContent view={slotView} offline={null} />
  </StaticAppFrame>
);
