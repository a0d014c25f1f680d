import { useEffect, useState } from 'preact/hooks';

type LockScreens = typeof import('./index.ts');

let loaded: LockScreens | null = null;

/**
 * The lock's screens (./index.ts), fetched once when first wanted; `failed` when they could not be (offline before
 * their first use).
 */
export function useLockScreens(wanted: boolean): { screens: LockScreens | null; failed: boolean } {
  const [state, setState] = useState({ screens: loaded, failed: false });
  useEffect(() => {
    if (!wanted || state.screens) return;
    let live = true;
    // Named first: chained at once, the build would put the handlers inside its stylesheet-loading wrapper, and a
    // stylesheet that cannot load would leave them unset (the lock screen "Loading…" for good).
    const screensLoaded = import('./index.ts');
    screensLoaded.then(
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
