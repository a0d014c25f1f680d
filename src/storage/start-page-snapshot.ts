// The start page as last shown, kept where a relaunch can read it before any module has loaded: the boot code
// (src/boot/app-boot.ts) paints it at once into the page's start-page template, and the app then takes over the
// very same elements. Only data is kept (src/shared/boot-contract.ts), never markup.
import { START_PAGE_KEY, type StartPageSnapshot } from '../shared/boot-contract.ts';
import { parseStartPageSnapshot } from '../shared/start-page-snapshot-record.ts';

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

/** Counts clears made in other tabs from now on; the app calls it once as it starts. */
export function watchSnapshotClears() {
  addEventListener('storage', (event) => {
    if (event.key === null || (event.key === START_PAGE_KEY && event.newValue === null)) clears += 1;
  });
}

/** False while a relaunch must ask who it is first (auto login off, fingerprint or face): nothing may paint then. */
let allowed = true;

/** Whether a relaunch may paint the start page before asking; when not, the kept snapshot goes at once. */
export function allowStartPageSnapshots(allow: boolean) {
  allowed = allow;
  // Not counted as a clear: the session goes on, and the start page may still keep its cache.
  if (!allow) quietly(() => localStorage.removeItem(START_PAGE_KEY));
}

/**
 * Saves the snapshot unless it was cleared since `since` (a snapshotClears() reading taken when the page loaded), or
 * a relaunch must ask first.
 */
export function saveStartPageSnapshot(snapshot: StartPageSnapshot, since: number) {
  if (since !== clears || !allowed) return;
  quietly(() => localStorage.setItem(START_PAGE_KEY, JSON.stringify(snapshot)));
}

/** The person's name and company leave the device with the session. */
export function clearStartPageSnapshot() {
  clears += 1;
  quietly(() => localStorage.removeItem(START_PAGE_KEY));
}

/** Whose start page the kept snapshot shows (cache key), or null. */
export function startPageSnapshotKey(): string | null {
  try {
    return parseStartPageSnapshot(JSON.parse(localStorage.getItem(START_PAGE_KEY) ?? 'null'))?.key ?? null;
  } catch {
    return null;
  }
}
