// Reading a kept start-page snapshot (src/shared/boot-contract.ts): the relaunch's boot code and the app both accept
// only a record whose every field is text, and a web-client link only to a safe address. Pure.
import type { StartPageSnapshot } from './boot-contract.ts';

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

/**
 * A web-client address a snapshot may link to: https (http only on this machine, where the local sign-in service
 * plays SuperOffice), no credentials; never script, data or another scheme.
 */
export function safeWebClientHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value);
    const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.includes(url.hostname));
    return secure && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

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
  if (!texts.every((field) => isText(v[field])) || !(v.notice === null || isText(v.notice))) return null;
  const link = (v.webClient ?? {}) as Record<string, unknown>;
  const href = safeWebClientHref(link.href);
  // A link to anywhere else is left out; the app's own render shows the page's real one.
  const webClient = href && isText(link.label) ? { label: link.label, href } : null;
  const text = (field: string) => v[field] as string;
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
      webClient,
      lastUpdated: text('lastUpdated'),
    },
  };
}
