// When the app went to the background, as the deadline Auto logout sets for its return: in localStorage, written in
// the moment the page is hidden (a closing app may get no other), and read by the relaunch's boot code too.
import { AWAY_KEY } from '../shared/boot-contract.ts';

/** Marks the app as gone to the background until `deadline` (ms since the epoch); null: no Auto logout applies. */
export function markAway(deadline: number | null) {
  try {
    if (deadline === null) localStorage.removeItem(AWAY_KEY);
    else localStorage.setItem(AWAY_KEY, String(deadline));
  } catch {
    // Blocked storage: the deadline lives on in this page's memory only (below).
  }
  kept = deadline;
}

let kept: number | null = null;

/** The deadline the app left when it went away (this page, or the last launch), and forgets it. */
export function takeAwayDeadline(): number | null {
  let deadline = kept;
  try {
    const text = localStorage.getItem(AWAY_KEY);
    localStorage.removeItem(AWAY_KEY);
    // Unreadable counts as already past: the safe side.
    if (text !== null) deadline = /^\d+$/.test(text) ? Number(text) : 0;
  } catch {
    // Blocked storage: the memory copy is all there is.
  }
  kept = null;
  return deadline;
}
