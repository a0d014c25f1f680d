// The start page as last drawn, kept where a relaunch can read it before any module has loaded:
// src/boot/app-boot.js paints it at once, and the app then takes over the very same elements.
import { isRecord } from '../shared/is-record.ts';

/** Where the snapshot lives (src/boot/app-boot.js reads the same key). */
export const SNAPSHOT_KEY = 'mobile-crm-start-page';

export interface StartPageSnapshot {
  /** The app frame's markup, closed menus and dialogs only. */
  html: string;
  /** Whose page it is (user and tenant), as the start-page cache names it. */
  key: string;
  /** The language it was drawn in: another would flash the wrong words. */
  lang: string;
  /** Seconds since the epoch after which the session cannot be live; null while it can be renewed. */
  until: number | null;
}

/** The frame's markup as a relaunch should first see it: no open menu, no open dialog. */
export function snapshotMarkup(frame: Element): string {
  const copy = frame.cloneNode(true) as Element;
  copy.querySelectorAll('[role="menu"]').forEach((menu) => menu.remove());
  copy.querySelectorAll('[aria-expanded="true"]').forEach((button) => {
    button.setAttribute('aria-expanded', 'false');
    button.removeAttribute('aria-controls');
  });
  copy.querySelectorAll('dialog[open]').forEach((dialog) => dialog.removeAttribute('open'));
  return copy.outerHTML;
}

// Blocked storage (some private modes) only means no instant relaunch: never an error.
function quietly(action: () => void) {
  try {
    action();
  } catch {
    // Nothing to do: the app starts the usual way.
  }
}

/** Counts clears (here or in another tab): a page loaded before one must not write its snapshot back. */
let clears = 0;
export const snapshotClears = () => clears;
addEventListener('storage', (event) => {
  if (event.key === null || (event.key === SNAPSHOT_KEY && event.newValue === null)) clears += 1;
});

/** Saves the snapshot unless it was cleared since `since` (a snapshotClears() reading taken when the page loaded). */
export function saveStartPageSnapshot(snapshot: StartPageSnapshot, since: number) {
  if (since !== clears) return;
  quietly(() => localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot)));
}

/** The person's name and company leave the device with the session. */
export function clearStartPageSnapshot() {
  clears += 1;
  quietly(() => localStorage.removeItem(SNAPSHOT_KEY));
}

/** Whose start page the kept snapshot shows (cache key), or null. */
export function startPageSnapshotKey(): string | null {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(SNAPSHOT_KEY) ?? 'null');
    return isRecord(kept) && typeof kept.key === 'string' ? kept.key : null;
  } catch {
    return null;
  }
}
