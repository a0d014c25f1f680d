// The one storage module: small records in IndexedDB through idb-keyval, in session storage when it is unusable.
import { clear, createStore, del, entries, get, keys, set, type UseStore } from 'idb-keyval';
import { storageName } from '../shared/storage-names.ts';

export interface KeyValueStore {
  get<T = unknown>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** Every record, read in one request. */
  entries<T = unknown>(): Promise<[string, T][]>;
  clear(): Promise<void>;
}

type StorageListener = (degraded: boolean) => void;
let degraded = false;
const listeners = new Set<StorageListener>();

/** True once IndexedDB failed and data lives only until the app closes. */
export const isStorageDegraded = () => degraded;

export function onStorageDegraded(listener: StorageListener): () => void {
  listeners.add(listener);
  if (degraded) listener(true);
  return () => listeners.delete(listener);
}

function degrade(error: unknown) {
  if (!degraded) console.warn('IndexedDB is unavailable; keeping data for this session only.', error);
  degraded = true;
  listeners.forEach((listener) => listener(true));
}

/** The fallback: sessionStorage (it survives the sign-in redirect), else plain memory. */
function fallbackStore(name: string): KeyValueStore {
  const map = new Map<string, unknown>();
  const prefix = `${storageName(name)}:`;
  const session = (() => {
    try {
      return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
      return null;
    }
  })();
  const read = (key: string) => {
    if (map.has(key)) return map.get(key);
    const text = session?.getItem(prefix + key);
    return text == null ? undefined : JSON.parse(text);
  };
  const write = (key: string, value: unknown) => {
    map.set(key, value);
    try {
      session?.setItem(prefix + key, JSON.stringify(value));
    } catch {
      // Full or unavailable: memory still holds it for this page.
    }
  };
  const ownKeys = () => [
    ...new Set([
      ...map.keys(),
      ...Object.keys(session ?? {})
        .filter((key) => key.startsWith(prefix))
        .map((key) => key.slice(prefix.length)),
    ]),
  ];
  return {
    get: async <T>(key: string) => read(key) as T | undefined,
    set: async (key, value) => write(key, value),
    delete: async (key) => {
      map.delete(key);
      session?.removeItem(prefix + key);
    },
    keys: async () => ownKeys(),
    entries: async <T>() => ownKeys().map((key): [string, T] => [key, read(key) as T]),
    clear: async () => {
      for (const key of ownKeys()) session?.removeItem(prefix + key);
      map.clear();
    },
  };
}

/** Whether IndexedDB can really be used here (private modes and broken profiles fail on open). */
export async function indexedDbUsable(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return false;
  try {
    const probe = createStore(storageName('probe'), 'records');
    await set('probe', Date.now(), probe);
    return true;
  } catch {
    degrade(new Error('IndexedDB probe failed'));
    return false;
  }
}

/**
 * False when the named store was never written on this device (so reading it would only create it); true when it
 * exists, or when that cannot be told cheaply.
 */
export async function mayHoldRecords(name: string): Promise<boolean> {
  if (degraded || typeof indexedDB === 'undefined' || !('databases' in indexedDB)) return true;
  try {
    return (await indexedDB.databases()).some((database) => database.name === storageName(name));
  } catch {
    return true;
  }
}

const stores = new Map<string, KeyValueStore>();

/** A named store; every call falls back when IndexedDB throws (private mode, quota, corruption). */
export function keyValueStore(name: string): KeyValueStore {
  // One per name: one database connection, and one fallback that every reader of the name shares.
  let store = stores.get(name);
  if (!store) stores.set(name, (store = openKeyValueStore(name)));
  return store;
}

function openKeyValueStore(name: string): KeyValueStore {
  const fallback = fallbackStore(name);
  let idb: UseStore | null = null;
  const database = () => (idb ??= createStore(storageName(name), 'records'));
  const attempt = async <T>(useIdb: (store: UseStore) => Promise<T>, useMemory: () => Promise<T>) => {
    if (degraded || typeof indexedDB === 'undefined') return useMemory();
    try {
      return await useIdb(database());
    } catch (error) {
      degrade(error);
      return useMemory();
    }
  };
  const bestEffort = async (useIdb: (store: UseStore) => Promise<void>) => {
    if (typeof indexedDB === 'undefined') return;
    try {
      await useIdb(database());
    } catch (error) {
      degrade(error);
    }
  };
  return {
    get: <T>(key: string) =>
      attempt(
        async (store) => (await get<T>(key, store)) ?? (await fallback.get<T>(key)),
        () => fallback.get<T>(key),
      ),
    set: (key, value) =>
      attempt(
        (store) => set(key, value, store),
        () => fallback.set(key, value),
      ),
    // Forgetting must reach IndexedDB even after a failure moved new writes elsewhere, or old data comes back.
    delete: async (key) => {
      await fallback.delete(key);
      await bestEffort((store) => del(key, store));
    },
    keys: () =>
      attempt(
        async (store) => (await keys(store)).map(String),
        () => fallback.keys(),
      ),
    entries: <T>() =>
      attempt(
        async (store) => {
          const stored = (await entries<IDBValidKey, T>(store)).map(([key, value]): [string, T] => [
            String(key),
            value,
          ]);
          const found = new Set(stored.map(([key]) => key));
          // Records written while IndexedDB had failed, as get() finds them.
          return [...stored, ...(await fallback.entries<T>()).filter(([key]) => !found.has(key))];
        },
        () => fallback.entries<T>(),
      ),
    clear: async () => {
      await fallback.clear();
      await bestEffort((store) => clear(store));
    },
  };
}
