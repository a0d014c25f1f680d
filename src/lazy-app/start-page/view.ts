// What the start page shows, as text in the active language: the page renders it, and a relaunch paints it from
// its snapshot before the app has loaded.
import type { StartPageSnapshot, StartPageView } from '../../shared/boot-contract.ts';
import { templateSlot } from '../../shared/boot-contract.ts';
import type { StartData } from '../../session/start-page-cache.ts';
import { tenantAvailability } from '../../session/tenant-status.ts';
import { activeLocale } from '../../i18n/locale.ts';
import { t } from '../../i18n/app-text.ts';

const formatTime = (time: number) =>
  new Intl.DateTimeFormat(activeLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(time));

/** `server`: the Onsite server the session is at; null for Online. */
export function startPageView(data: StartData, server: string | null): StartPageView {
  return {
    heading: t('start.hello', { name: data.principal.fullName }),
    notice: tenantAvailability(data.status) === 'flagged' ? t('start.maintenance') : null,
    tenantName: data.tenant.name,
    tenantIdLabel: t('start.tenantId'),
    tenantId: data.tenant.id,
    statusLabel: t('start.status'),
    status: t(`states.${data.status.state}`),
    loginNameLabel: data.principal.loginName ? t('start.loginName') : null,
    loginName: data.principal.loginName || null,
    serverLabel: server && t('start.server'),
    server,
    webClient: data.status.endpoint ? { label: t('start.openWebClient'), href: data.status.endpoint } : null,
    lastUpdated: t('start.lastUpdated', { when: formatTime(data.fetchedAt) }),
  };
}

/** A view whose every field is its slot: what the build renders into index.html's start-page template (no link: a
 * snapshot never keeps one). */
export const slotView: StartPageView = {
  heading: templateSlot('heading'),
  notice: templateSlot('notice'),
  tenantName: templateSlot('tenantName'),
  tenantIdLabel: templateSlot('tenantIdLabel'),
  tenantId: templateSlot('tenantId'),
  statusLabel: templateSlot('statusLabel'),
  status: templateSlot('status'),
  loginNameLabel: templateSlot('loginNameLabel'),
  loginName: templateSlot('loginName'),
  serverLabel: templateSlot('serverLabel'),
  server: templateSlot('server'),
  webClient: null,
  lastUpdated: templateSlot('lastUpdated'),
};

/** What a relaunch's snapshot keeps of the view: its text, and no link. */
export function keptView(view: StartPageView): StartPageSnapshot['view'] {
  const { webClient, ...text } = view;
  void webClient;
  return text;
}
