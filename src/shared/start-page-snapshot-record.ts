// Reading a kept start-page snapshot (src/shared/boot-contract.ts): the relaunch's boot code and the app both accept
// only a record whose every field is text, and take those fields alone. Pure.
import type { StartPageSnapshot } from './boot-contract.ts';

const isText = (value: unknown): value is string => typeof value === 'string';

/** A stored record as a snapshot, or null when any field is missing or of another kind (old or tampered). */
export function parseStartPageSnapshot(stored: unknown): StartPageSnapshot | null {
  if (!stored || typeof stored !== 'object') return null;
  const { key, lang, until, view } = stored as Record<string, unknown>;
  if (!isText(key) || !isText(lang) || !(until === null || typeof until === 'number')) return null;
  if (!view || typeof view !== 'object') return null;
  const v = view as Record<string, unknown>;
  const texts = [
    'heading',
    'tenantName',
    'tenantIdLabel',
    'tenantId',
    'statusLabel',
    'status',
    'lastUpdated',
  ];
  // Fields that may be absent from what the page showed: null, or missing in a snapshot from before they came.
  const optional = ['notice', 'loginNameLabel', 'loginName', 'serverLabel', 'server'];
  if (!texts.every((field) => isText(v[field]))) return null;
  if (
    !optional.every(
      (field) => v[field] === null || (field !== 'notice' && v[field] === undefined) || isText(v[field]),
    )
  )
    return null;
  const text = (field: string) => v[field] as string;
  const maybe = (field: string) => (isText(v[field]) ? v[field] : null);
  return {
    key,
    lang,
    until,
    view: {
      heading: text('heading'),
      notice: v.notice as string | null,
      tenantName: text('tenantName'),
      tenantIdLabel: text('tenantIdLabel'),
      tenantId: text('tenantId'),
      statusLabel: text('statusLabel'),
      status: text('status'),
      loginNameLabel: maybe('loginNameLabel'),
      loginName: maybe('loginName'),
      serverLabel: maybe('serverLabel'),
      server: maybe('server'),
      lastUpdated: text('lastUpdated'),
    },
  };
}
