import { useEffect, useState } from 'preact/hooks';

/** Loads a module when first needed; null until it arrives, or when loading failed (error says why). */
export function useLazy<T>(load: () => Promise<T>, enabled = true): { module: T | null; error: unknown } {
  const [state, setState] = useState<{ module: T | null; error: unknown }>({ module: null, error: null });
  useEffect(() => {
    if (!enabled || state.module) return;
    let live = true;
    load().then(
      (module) => live && setState({ module, error: null }),
      (error: unknown) => live && setState({ module: null, error }),
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}
