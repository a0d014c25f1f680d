// The HTML of SuperID's tenant choice: a search form (a GET, so it works without script) over a list of buttons,
// one per tenant that can be chosen; a tenant that cannot says why instead.
import type { Membership } from './accounts.ts';
import { escapeHtml, layout } from './pages.ts';
import { t, type Locale } from './strings.ts';
import { canChoose, statusGroup, type StatusGroup, type TenantListing } from './tenant-list.ts';

export interface TenantChoiceModel {
  locale: Locale;
  page: string;
  csrf: string;
  name: string;
  query: string;
  listing: TenantListing;
  last: string | undefined;
  /** Already localised. */
  error?: string;
}

const whyNot: Partial<
  Record<StatusGroup, `tenant.why.${Exclude<StatusGroup, 'running' | 'onlineMaintenance'>}`>
> = {
  offlineMaintenance: 'tenant.why.offlineMaintenance',
  suspended: 'tenant.why.suspended',
  deleted: 'tenant.why.deleted',
  notReady: 'tenant.why.notReady',
};

/** Why a tenant cannot be chosen, in the person's language; undefined when it can. */
export function unavailableReason(locale: Locale, membership: Membership): string | undefined {
  const key = whyNot[statusGroup(membership.tenant.state)];
  return canChoose(membership) || !key ? undefined : t(locale, key);
}

export const statusText = (locale: Locale, membership: Membership) =>
  t(locale, `tenant.${statusGroup(membership.tenant.state)}`);

function summary({ locale, query, listing }: TenantChoiceModel): string {
  const { shown, matching, total } = listing;
  if (!query) return shown.length < total ? t(locale, 'choice.showing', { shown: shown.length, total }) : '';
  if (matching === 0) return t(locale, 'choice.none', { query });
  if (shown.length < matching)
    return t(locale, 'choice.matchingSome', { shown: shown.length, count: matching, query });
  return t(locale, 'choice.matching', { count: matching, query });
}

function item(model: TenantChoiceModel, membership: Membership, focus: boolean): string {
  const { locale, last } = model;
  const { ctx, companyName } = membership.tenant;
  const meta = [ctx, statusText(locale, membership), ...(ctx === last ? [t(locale, 'choice.lastUsed')] : [])];
  const label = `<span class="company">${escapeHtml(companyName)}</span>
<span class="meta">${escapeHtml(meta.join(' · '))}</span>`;
  const why = unavailableReason(locale, membership);
  if (why) {
    return `<li class="unavailable">${label}
<span class="why">${escapeHtml(`${t(locale, 'choice.cannotChoose')} ${why}`)}</span></li>`;
  }
  const autofocus = focus ? ' autofocus' : '';
  return `<li><button type="submit" name="ctx" value="${escapeHtml(ctx)}" class="tenant"${autofocus}>${label}</button></li>`;
}

export function tenantChoicePage(model: TenantChoiceModel): string {
  const { locale, page, csrf, name, query, listing, error } = model;
  const count = summary(model);
  // After a refused choice the focus goes to the first company that can be chosen; after a search, to the search.
  const firstChoosable = error ? listing.shown.find(canChoose) : undefined;
  const searchFocus = !error && (query || listing.shown.length < listing.total) ? ' autofocus' : '';
  return layout(
    locale,
    t(locale, 'choice.title'),
    `<h1>${escapeHtml(t(locale, 'choice.title'))}</h1>
<p class="lead">${escapeHtml(t(locale, 'choice.intro', { name }))}</p>
${error ? `<p class="alert" role="alert" id="choice-error">${escapeHtml(error)}</p>` : ''}
<form class="search" method="get" action="${escapeHtml(page)}" role="search">
<label for="q">${escapeHtml(t(locale, 'choice.filter'))}</label>
<div class="search-row">
<input id="q" name="q" type="search" enterkeyhint="search" autocomplete="off" maxlength="100" value="${escapeHtml(query)}"${count ? ' aria-describedby="tenant-count"' : ''}${searchFocus}>
<button type="submit" class="secondary">${escapeHtml(t(locale, 'choice.search'))}</button>
</div>
</form>
${count ? `<p id="tenant-count" class="count">${escapeHtml(count)}</p>` : ''}
<form id="tenant-form" method="post" action="${escapeHtml(page)}/tenant">
<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
<ul class="tenants">
${listing.shown.map((membership) => item(model, membership, membership === firstChoosable)).join('\n')}
</ul>
</form>
<form id="cancel-form" method="post" action="${escapeHtml(page)}/abort">
<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">
<button type="submit" class="secondary">${escapeHtml(t(locale, 'login.cancel'))}</button>
</form>`,
  );
}
