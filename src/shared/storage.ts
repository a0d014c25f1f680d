// The one storage module: small records in IndexedDB through idb-keyval, in memory when IndexedDB is unusable.
import { clear, createStore, del, get, keys, set, type UseStore } from 'idb-keyval';

export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  clear(): Promise<void>;
}

type StorageListener = (degraded: boolean) => void;
let degraded = false;
const listeners = new Set<StorageListener>();

/** True once IndexedDB failed and data lives only in memory until the app closes. */
export const isStorageDegraded = () => degraded;

export function onStorageDegraded(listener: StorageListener): () => void {
  listeners.add(listener);
  if (degraded) listener(true);
  return () => listeners.delete(listener);
}

function degrade(error: unknown) {
  if (!degraded) console.warn('IndexedDB is unavailable; keeping data in memory for this session.', error);
  degraded = true;
  listeners.forEach((listener) => listener(true));
}

function memoryStore(): KeyValueStore {
  const map = new Map<string, unknown>();
  return {
    get: async <T>(key: string) => map.get(key) as T | undefined,
    set: async (key, value) => void map.set(key, value),
    delete: async (key) => void map.delete(key),
    keys: async () => [...map.keys()],
    clear: async () => map.clear(),
  };
}

/** A named store; every call falls back to memory when IndexedDB throws (private mode, quota, corruption). */
export function keyValueStore(name: string): KeyValueStore {
  const memory = memoryStore();
  let idb: UseStore | null = null;
  const database = () => (idb ??= createStore(`mobile-crm-${name}`, 'records'));
  const attempt = async <T>(useIdb: (store: UseStore) => Promise<T>, useMemory: () => Promise<T>) => {
    if (degraded || typeof indexedDB === 'undefined') return useMemory();
    try {
      return await useIdb(database());
    } catch (error) {
      degrade(error);
      return useMemory();
    }
  };
  return {
    get: <T>(key: string) =>
      attempt(
        async (store) => (await get<T>(key, store)) ?? (await memory.get<T>(key)),
        () => memory.get<T>(key),
      ),
    set: (key, value) =>
      attempt(
        (store) => set(key, value, store),
        () => memory.set(key, value),
      ),
    delete: (key) =>
      attempt(
        async (store) => {
          await memory.delete(key);
          await del(key, store);
        },
        () => memory.delete(key),
      ),
    keys: () =>
      attempt(
        async (store) => (await keys(store)).map(String),
        () => memory.keys(),
      ),
    clear: () =>
      attempt(
        async (store) => {
          await memory.clear();
          await clear(store);
        },
        () => memory.clear(),
      ),
  };
}
