import { useEffect, useMemo, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';
import { activeLocale } from '../../../i18n/locale.ts';
import { routes } from '../../../shared/routes.ts';
import { AppFrame } from '../../shell/app-frame/index.tsx';
import { breakable } from '../../shell/breakable.tsx';
import { stepForChosenTenant } from '../../../session/next-step.ts';
import { followStep } from '../../../session/sign-in-actions.ts';
import { userFacts, type UserFacts } from '../../../session/user-facts.ts';
import { orderTenants, tenantMatcher } from '../../../session/tenant-filter.ts';
import { loadRememberedLogin } from '../../../storage/remembered-login-store.ts';
import { sameTenantId, type TenantRef } from '../../../shared/tenant-ref.ts';
import { tenantAvailability } from '../../../session/tenant-status.ts';
import { useVisibleStatuses, type StatusOf } from './visible-statuses.ts';
import './style.css';

interface Props {
  path?: string;
}

/** From this many companies on, a filter box finds one by name or id (a consultant may have hundreds). */
export const FILTER_FROM = 8;

interface Listing {
  facts: UserFacts;
  /** The remembered company first, then by name. */
  tenants: TenantRef[];
  rememberedId: string | undefined;
  /** The company this person works in now (Switch company): chosen before, and the one the session is bound to. */
  currentId: string | null;
}

function TenantButton({
  tenant,
  status,
  remembered,
  current,
  busy,
  watch,
  onChoose,
}: {
  tenant: TenantRef;
  status: StatusOf[string] | undefined;
  remembered: boolean;
  current: boolean;
  busy: boolean;
  watch: (element: Element | null) => void;
  onChoose: () => void;
}) {
  const known = typeof status === 'object' ? status : null;
  const unavailable = known !== null && tenantAvailability(known) === 'unavailable';
  const statusText =
    status === 'unknown'
      ? t('chooseTenant.statusUnknown')
      : known
        ? t(`states.${known.state}`)
        : t('chooseTenant.loadingStatus');
  return (
    <li ref={watch}>
      <button
        type="button"
        class="tenant-choice"
        data-tenant={tenant.id}
        disabled={unavailable || busy}
        aria-describedby={`tenant-${tenant.id}-status`}
        onClick={onChoose}
      >
        <span class="tenant-text">
          <span class="tenant-name">{tenant.name}</span>
          <span class="tenant-id">{tenant.id}</span>
          <span
            id={`tenant-${tenant.id}-status`}
            class={`tenant-status tenant-status-${known ? tenantAvailability(known) : 'pending'}`}
          >
            {remembered && !current && <span class="tenant-last-used">{t('chooseTenant.lastUsed')} · </span>}
            {unavailable ? `${t('chooseTenant.notAvailable')}: ${statusText}` : statusText}
            {current && ` · ${t('chooseTenant.current')}`}
          </span>
        </span>
        {/* It opens: a chevron says so, as on a native list; one that cannot be chosen has none. */}
        {!unavailable && (
          <svg class="tenant-chevron" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
            <path d="m9 5 7 7-7 7" fill="none" stroke="currentColor" stroke-width="2.5" />
          </svg>
        )}
      </button>
    </li>
  );
}

/**
 * Choose tenant: each company linked to the email, with its status (asked for the rows in view); ones that are
 * not running cannot be chosen. Many companies get a filter box and a live count.
 */
export function ChooseTenantScreen(_: Props) {
  const services = useApp();
  const [listing, setListing] = useState<Listing | null>(null);
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState(false);
  const { statuses, watch } = useVisibleStatuses(services.auth.identity.statusUrlTemplate);

  useEffect(() => {
    Promise.all([services.auth.getUser(), loadRememberedLogin()]).then(
      ([user, remembered]) => {
        if (!user) return route(routes.signIn, true);
        const facts = userFacts(user.profile, services.auth.identity);
        const rememberedId = remembered?.tenant?.id;
        const collator = new Intl.Collator(activeLocale(), { sensitivity: 'base', numeric: true });
        const chosen = remembered?.email === facts.email && sameTenantId(rememberedId, facts.boundTenantId);
        setListing({
          facts,
          tenants: orderTenants(facts.tenants, rememberedId, collator),
          rememberedId,
          currentId: chosen ? facts.boundTenantId : null,
        });
      },
      () => services.showProblem({ kind: 'unexpected' }),
    );
  }, []);

  const find = useMemo(() => tenantMatcher(listing?.tenants ?? []), [listing]);
  const shown = useMemo(() => find(query), [find, query]);
  const filtering = (listing?.tenants.length ?? 0) >= FILTER_FROM;

  const choose = async (tenant: TenantRef) => {
    if (!listing || busy) return;
    setBusy(true);
    const { facts } = listing;
    const attempt = () => followStep(services, stepForChosenTenant(tenant, facts.boundTenantId), facts.email);
    const problem = await attempt();
    if (problem) {
      setBusy(false);
      services.showProblem(problem, attempt);
    }
  };

  return (
    <AppFrame signedIn={true}>
      <h1>{t('chooseTenant.title')}</h1>
      {listing && <p>{breakable(t('chooseTenant.lead', { email: listing.facts.email }))}</p>}
      {listing && filtering && (
        <div class="field tenant-filter" role="search">
          <label for="tenant-filter">{t('chooseTenant.filter')}</label>
          <input
            id="tenant-filter"
            type="search"
            enterKeyHint="search"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            maxLength={100}
            value={query}
            aria-describedby="tenant-count"
            aria-controls="tenant-list"
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p id="tenant-count" class="tenant-count" role="status">
            {shown.length === 0
              ? t('chooseTenant.noMatch', { query: query.trim() })
              : t('chooseTenant.count', { shown: shown.length, count: listing.tenants.length })}
          </p>
        </div>
      )}
      <ul id="tenant-list" class="tenant-list" aria-busy={!listing}>
        {shown.map((tenant) => (
          <TenantButton
            key={tenant.id}
            tenant={tenant}
            status={statuses[tenant.id]}
            remembered={sameTenantId(tenant.id, listing?.rememberedId)}
            current={sameTenantId(tenant.id, listing?.currentId)}
            busy={busy}
            watch={watch(tenant.id)}
            onChoose={() => void choose(tenant)}
          />
        ))}
      </ul>
    </AppFrame>
  );
}
