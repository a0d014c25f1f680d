import { useEffect, useState } from 'preact/hooks';

type LockScreens = typeof import('./index.ts');

let loaded: LockScreens | null = null;

/**
 * The lock's screens, a chunk of their own, fetched once when first wanted (only people who use the lock, or are
 * asked about it, download it); `failed` when it could not be (offline before its first use).
 */
export function useLockScreens(wanted: boolean): { screens: LockScreens | null; failed: boolean } {
  const [state, setState] = useState({ screens: loaded, failed: false });
  useEffect(() => {
    if (!wanted || state.screens) return;
    let live = true;
    import('./index.ts').then(
      (screens) => {
        loaded = screens;
        if (live) setState({ screens, failed: false });
      },
      () => live && setState({ screens: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return state;
}
