import { useEffect, useRef, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { activeLocale } from '../../i18n/locale.ts';
import { routes } from '../../shared/routes.ts';
import { AppFrame } from '../shell/app-frame/index.tsx';
import { userFacts } from '../../session/user-facts.ts';
import { tenantAvailability } from '../../session/tenant-status.ts';
import { loadStartData } from '../../session/start-data.ts';
import { cachedStartData, cacheKey, startPageCache, type StartData } from '../../session/start-page-cache.ts';
import { saveStartPageSnapshot, snapshotClears, snapshotMarkup } from '../../storage/start-page-snapshot.ts';
import { activeLanguage } from '../../i18n/active-language.ts';
import './style.css';

interface Props {
  path?: string;
}

const formatTime = (time: number) =>
  new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));

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

  const load = async () => {
    clearsAtLoad.current = snapshotClears();
    const user = await auth.getUser();
    sessionUntil.current = user ? (user.refresh_token ? null : (user.expires_at ?? null)) : undefined;
    const facts = user ? userFacts(user.profile, auth.identity) : null;
    const key = facts?.boundTenantId ? cacheKey(facts.email, facts.boundTenantId) : null;
    const cached = facts?.boundTenantId ? await cachedStartData(facts.email, facts.boundTenantId) : null;
    if (shownKey.current !== key) {
      shownKey.current = key;
      setData(cached);
    } else if (cached) setData((current) => current ?? cached);

    const result = await loadStartData(auth);
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

  // After every drawing of a current page (a new answer, another language): what the next launch paints first.
  useEffect(() => {
    const frame = document.querySelector('#app > .app-frame');
    if (!data || stale || !frame || !shownKey.current || sessionUntil.current === undefined) return;
    saveStartPageSnapshot(
      {
        html: snapshotMarkup(frame),
        key: shownKey.current,
        lang: activeLanguage(),
        until: sessionUntil.current,
      },
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
      {!data ? (
        <p role="status" aria-busy="true">
          {t('start.loading')}
        </p>
      ) : (
        <>
          <h1>{t('start.hello', { name: data.principal.fullName })}</h1>
          {/* One live region, there before its notices, so a notice that comes later is announced. */}
          <div class="notices" role="status">
            {stale && (
              <p class="notice" data-testid="offline-banner">
                {t('start.offline')}
              </p>
            )}
            {tenantAvailability(data.status) === 'flagged' && (
              <p class="notice" data-testid="maintenance-notice">
                {t('start.maintenance')}
              </p>
            )}
          </div>
          <section class="card" aria-labelledby="tenant-heading" data-testid="tenant-card">
            <h2 id="tenant-heading">{data.tenant.name}</h2>
            <dl class="facts">
              <dt>{t('start.tenantId')}</dt>
              <dd data-testid="tenant-id">{data.tenant.id}</dd>
              <dt>{t('start.status')}</dt>
              <dd data-testid="tenant-status">{t(`states.${data.status.state}`)}</dd>
              {auth.service.server && <dt>{t('start.server')}</dt>}
              {auth.service.server && <dd data-testid="server">{auth.identity.authority}</dd>}
            </dl>
            {data.status.endpoint && (
              <a class="button" href={data.status.endpoint} target="_blank" rel="noopener noreferrer">
                {t('start.openWebClient')}
              </a>
            )}
          </section>
          <p class="last-updated">{t('start.lastUpdated', { when: formatTime(data.fetchedAt) })}</p>
        </>
      )}
    </AppFrame>
  );
}
