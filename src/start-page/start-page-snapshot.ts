// The start page as last drawn, kept where a relaunch can read it before any module has loaded:
// src/boot/app-boot.js paints it at once, and the app then takes over the very same elements.

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

export function saveStartPageSnapshot(snapshot: StartPageSnapshot) {
  quietly(() => localStorage.setItem(SNAPSHOT_KEY, JSON.stringify(snapshot)));
}

/** The person's name and company leave the device with the session. */
export function clearStartPageSnapshot() {
  quietly(() => localStorage.removeItem(SNAPSHOT_KEY));
}

/** Whether a snapshot is kept (app-boot.js may have painted it). */
export function hasStartPageSnapshot(): boolean {
  try {
    return localStorage.getItem(SNAPSHOT_KEY) !== null;
  } catch {
    return false;
  }
}
