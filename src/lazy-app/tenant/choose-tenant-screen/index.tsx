import { useEffect, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';
import { routes } from '../../../shared/routes.ts';
import { AppFrame } from '../../shell/app-frame/index.tsx';
import { stepForChosenTenant } from '../../../session/next-step.ts';
import { followStep } from '../../../session/sign-in-actions.ts';
import { userFacts, type UserFacts } from '../../../session/user-facts.ts';
import type { TenantRef } from '../../../shared/tenant-ref.ts';
import { tenantAvailability, type TenantStatus } from '../../../session/tenant-status.ts';
import { fetchTenantStatus } from '../../../session/status-client.ts';
import './style.css';

interface Props {
  path?: string;
}

type StatusOf = Record<string, TenantStatus | 'loading' | 'unknown'>;

/** Choose tenant: each company linked to the email, with its status; ones that are not running cannot be chosen. */
export function ChooseTenantScreen(_: Props) {
  const services = useApp();
  const [facts, setFacts] = useState<UserFacts | null>(null);
  const [statuses, setStatuses] = useState<StatusOf>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    services.auth.getUser().then(
      (user) => {
        if (!user) return route(routes.signIn, true);
        const found = userFacts(user.profile, services.auth.identity);
        setFacts(found);
        setStatuses(Object.fromEntries(found.tenants.map((tenant) => [tenant.id, 'loading' as const])));
        for (const tenant of found.tenants) {
          fetchTenantStatus(services.auth.identity.statusUrlTemplate, tenant.id).then(
            (status) => setStatuses((all) => ({ ...all, [tenant.id]: status })),
            () => setStatuses((all) => ({ ...all, [tenant.id]: 'unknown' })),
          );
        }
      },
      () => services.showProblem({ kind: 'unexpected' }),
    );
  }, []);

  const choose = async (tenant: TenantRef) => {
    if (!facts || busy) return;
    setBusy(true);
    const problem = await followStep(services, stepForChosenTenant(tenant, facts.boundTenantId), facts.email);
    if (problem) {
      setBusy(false);
      services.showProblem(problem, () => void choose(tenant));
    }
  };

  return (
    <AppFrame signedIn={true}>
      <h1>{t('chooseTenant.title')}</h1>
      {facts && <p>{t('chooseTenant.lead', { email: facts.email })}</p>}
      <ul class="tenant-list" aria-busy={!facts}>
        {facts?.tenants.map((tenant) => {
          const status = statuses[tenant.id];
          const known = typeof status === 'object' ? status : null;
          const unavailable = known !== null && tenantAvailability(known) === 'unavailable';
          const statusText =
            status === 'loading'
              ? t('chooseTenant.loadingStatus')
              : known
                ? t(`states.${known.state}`)
                : t('chooseTenant.statusUnknown');
          return (
            <li key={tenant.id}>
              <button
                type="button"
                class="tenant-choice"
                data-tenant={tenant.id}
                disabled={unavailable || busy}
                aria-describedby={`tenant-${tenant.id}-status`}
                onClick={() => choose(tenant)}
              >
                <span class="tenant-name">{tenant.name}</span>
                <span class="tenant-id">{tenant.id}</span>
                <span
                  id={`tenant-${tenant.id}-status`}
                  class={`tenant-status tenant-status-${known ? tenantAvailability(known) : 'pending'}`}
                >
                  {unavailable ? `${t('chooseTenant.notAvailable')}: ${statusText}` : statusText}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </AppFrame>
  );
}
