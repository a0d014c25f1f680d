// The companies' statuses, asked for the rows a person can see (and a little beyond), at most four requests at a
// time, each company once per visit: a consultant's 300 companies cost what the screen shows, not 300 requests.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fetchTenantStatus } from '../../../session/status-client.ts';
import type { TenantStatus } from '../../../session/tenant-status.ts';

/** A company's status; absent until its row has been seen. */
export type StatusOf = Record<string, TenantStatus | 'loading' | 'unknown'>;

const PARALLEL = 4;

interface Requests {
  asked: Set<string>;
  waiting: string[];
  running: number;
  /** Each row's element and the company it shows. */
  rows: Map<Element, string>;
  /** One ref callback per company, so a render does not observe its row again. */
  refs: Map<string, (element: Element | null) => void>;
  observer: IntersectionObserver | null;
  live: boolean;
}

/** Statuses by company id, and `watch(id)`: the ref for that company's row, which asks for it once it shows. */
export function useVisibleStatuses(statusUrlTemplate: string) {
  const [statuses, setStatuses] = useState<StatusOf>({});
  const requests = useRef<Requests | null>(null);

  const state = (requests.current ??= {
    asked: new Set<string>(),
    waiting: [] as string[],
    running: 0,
    rows: new Map<Element, string>(),
    refs: new Map<string, (element: Element | null) => void>(),
    observer: null,
    live: true,
  });

  const settle = (id: string, status: TenantStatus | 'unknown') => {
    if (state.live) setStatuses((all) => ({ ...all, [id]: status }));
  };

  const next = () => {
    while (state.live && state.running < PARALLEL && state.waiting.length > 0) {
      const id = state.waiting.shift()!;
      state.running += 1;
      fetchTenantStatus(statusUrlTemplate, id)
        .then(
          (status) => settle(id, status),
          () => settle(id, 'unknown'),
        )
        .finally(() => {
          state.running -= 1;
          next();
        });
    }
  };

  const ask = (id: string) => {
    if (state.asked.has(id)) return;
    state.asked.add(id);
    state.waiting.push(id);
    setStatuses((all) => ({ ...all, [id]: 'loading' }));
    next();
  };

  // Rows come into view (200 px ahead of scrolling); without IntersectionObserver, every row counts as seen.
  state.observer ??=
    typeof IntersectionObserver === 'function'
      ? new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              if (!entry.isIntersecting) continue;
              const id = state.rows.get(entry.target);
              state.observer?.unobserve(entry.target);
              if (id !== undefined) ask(id);
            }
          },
          { rootMargin: '200px 0px' },
        )
      : null;

  useEffect(
    () => () => {
      state.live = false;
      state.observer?.disconnect();
    },
    [],
  );

  const watch = (id: string) => {
    let ref = state.refs.get(id);
    if (!ref) {
      ref = (element: Element | null) => {
        if (!element) return;
        if (!state.observer) return ask(id);
        state.rows.set(element, id);
        state.observer.observe(element);
      };
      state.refs.set(id, ref);
    }
    return ref;
  };

  return { statuses, watch };
}
