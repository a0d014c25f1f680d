// Registers the service worker after first paint and reports a waiting update; never reloads by itself.

type UpdateListener = (applyUpdate: () => Promise<void>) => void;

let pendingUpdate: (() => Promise<void>) | null = null;
const listeners = new Set<UpdateListener>();

/** Subscribes to "a new version is waiting"; fires at once if one already is. */
export function onUpdateWaiting(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pendingUpdate) listener(pendingUpdate);
  return () => listeners.delete(listener);
}

/** Loads the registration code lazily, so it never weighs on the first screen. */
export async function startServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { registerSW } = await import('virtual:pwa-register');
  const updateSW = registerSW({
    immediate: true,
    onNeedRefresh() {
      pendingUpdate = async () => {
        // workbox-window reloads only for updates it found itself; the browser's own update checks need this.
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        await updateSW(true);
      };
      listeners.forEach((listener) => listener(pendingUpdate!));
    },
    onRegisterError(error: unknown) {
      console.warn('Service worker registration failed; the app still works online.', error);
    },
  });
}
