// What the app keeps on the device, read and written as the tests and the bench need: the remembered login and the
// session's tokens in IndexedDB, and all of it as text. Never shipped.
import type { Page } from '@playwright/test';

/** The remembered-login record as IndexedDB holds it. */
export const rememberedRecord = (page: Page): Promise<unknown> =>
  deviceRecords(page, 'mobile-crm-app', { get: 'remembered-login' });

/** Puts `record` where the app keeps the remembered login, as an older app or a damaged disk may have left it. */
export async function storeRememberedRecord(page: Page, record: unknown): Promise<void> {
  await deviceRecords(page, 'mobile-crm-app', { put: 'remembered-login', value: record });
}

/** The lock's vault record (which passkey opens it, and its keys), or undefined while fingerprint or face is off. */
export const vaultRecord = (page: Page): Promise<unknown> =>
  deviceRecords(page, 'mobile-crm-app', { get: 'vault' });

export interface StoredUser {
  access_token: string;
  refresh_token?: string;
  token_type: string;
  expires_at: number;
  id_token?: string;
}

/** The oidc user (tokens) as the app keeps it in IndexedDB across launches; edit changes it in place. */
export async function storedUser(page: Page, edit?: Partial<StoredUser>): Promise<StoredUser | null> {
  const records = (await deviceRecords(page, 'mobile-crm-auth-user', { entries: true })) as [
    string,
    string,
  ][];
  const [key, stored] = records.find(([k]) => k.startsWith('user:')) ?? [];
  if (key === undefined || stored === undefined) return null;
  const user = JSON.parse(stored) as StoredUser;
  if (!edit) return user;
  Object.assign(user, edit);
  await deviceRecords(page, 'mobile-crm-auth-user', { put: key, value: JSON.stringify(user) });
  return user;
}

/** Drops the app's tokens (as an expired or lost session would) but keeps the provider's session cookie. */
export async function forgetAppSession(page: Page): Promise<void> {
  await deviceRecords(page, 'mobile-crm-auth-user', { clear: true });
}

type RecordsRequest = { get: string } | { put: string; value: unknown } | { entries: true } | { clear: true };

/**
 * One request to a database the app keeps (idb-keyval's shape: one `records` store), read or written in the page.
 * A database the app has not made yet is made in that same shape, so the app can still open it.
 */
function deviceRecords(page: Page, database: string, request: RecordsRequest): Promise<unknown> {
  return page.evaluate(
    ({ database, request }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(database);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const reads = 'get' in request || 'entries' in request;
          const tx = db.transaction('records', reads ? 'readonly' : 'readwrite');
          const store = tx.objectStore('records');
          let result: unknown;
          if ('get' in request)
            store.get(request.get).onsuccess = (event) => (result = (event.target as IDBRequest).result);
          else if ('put' in request) store.put(request.value, request.put);
          else if ('clear' in request) store.clear();
          else {
            const keys = store.getAllKeys();
            const values = store.getAll();
            values.onsuccess = () => (result = keys.result.map((key, index) => [key, values.result[index]]));
          }
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { database, request },
  );
}

/**
 * Everything the app keeps where a page can read it, as one text: every record of every IndexedDB database (binary
 * as Latin-1 text, so words inside it would show) and every localStorage entry. What someone holding the unlocked
 * phone could read without the app.
 */
export function readableStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const text = (value: unknown): unknown => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) {
        const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : new Uint8Array(value.buffer);
        return String.fromCharCode(...bytes);
      }
      if (Array.isArray(value)) return value.map(text);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, text(inner)]));
      return value;
    };
    const databases = await indexedDB.databases();
    const dumps = await Promise.all(
      databases.map(
        ({ name }) =>
          new Promise<unknown>((resolve, reject) => {
            const open = indexedDB.open(name!);
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const stores = [...db.objectStoreNames];
              if (!stores.length) return resolve({ name, stores: [] });
              const tx = db.transaction(stores, 'readonly');
              const out: Record<string, unknown> = {};
              for (const store of stores) {
                const keys = tx.objectStore(store).getAllKeys();
                const values = tx.objectStore(store).getAll();
                values.onsuccess = () =>
                  (out[store] = keys.result.map((key, i) => [key, text(values.result[i])]));
              }
              tx.oncomplete = () => {
                db.close();
                resolve({ name, out });
              };
            };
          }),
      ),
    );
    const local = Object.fromEntries(
      Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)]),
    );
    return JSON.stringify({ indexedDB: dumps, localStorage: local });
  });
}
