import { useEffect, useRef } from 'preact/hooks';
import { markAway, takeAwayDeadline } from '../storage/away-deadline.ts';
import { awayTooLong } from '../session/launch-gate.ts';
import { currentLogin } from '../session/login-rules.ts';

/**
 * Auto logout's clock: the moment the app goes to the background (or closes) it leaves the deadline for its return
 * and calls `onHidden`; back after that deadline, `onTooLong` (once, however often the page is shown meanwhile).
 */
export function useAway(onHidden: () => void, onTooLong: () => Promise<void>) {
  const returning = useRef(false);
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        onHidden();
        const minutes = currentLogin().autoLogoutMinutes;
        return markAway(minutes > 0 ? Date.now() + minutes * 60_000 : null);
      }
      if (!awayTooLong(takeAwayDeadline(), Date.now()) || returning.current) return;
      returning.current = true;
      void onTooLong().finally(() => (returning.current = false));
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);
}
