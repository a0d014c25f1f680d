/** Runs `work` once the browser is idle (after the first screen has painted), or soon where it cannot tell. */
export function whenIdle(work: () => void): void {
  // Safari has no requestIdleCallback.
  if ('requestIdleCallback' in window) requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 200);
}
