// The lock's vault on this device: with fingerprint or face on, the stores that hold the person's session and start
// page keep every value sealed (vault-crypto.ts). The vault's private key lives in this page's memory only, from an
// unlock until the app locks; while locked a sealed value reads as absent.
import { keyValueStore, type KeyValueStore } from './key-value-store.ts';
import type { SealedRecord, VaultKeys } from './vault-crypto.ts';

/** The cryptography, fetched when first needed: a device without the lock never loads it. */
const crypto = () => import('./vault-crypto.ts');

/** A sealed value, told from a plain one (the vault keeps both kinds of store). */
export const isSealedRecord = (value: unknown): value is SealedRecord => {
  if (!value || typeof value !== 'object') return false;
  const { sealed, epk, iv, data } = value as Record<string, unknown>;
  return (
    sealed === 1 && !!epk && typeof epk === 'object' && typeof iv === 'string' && typeof data === 'string'
  );
};

/** What the device keeps of the vault, readable while locked: which passkey opens it, and its keys. */
export interface VaultRecord {
  /** The passkey (base64url credential id) whose PRF output unwraps the vault's private key. */
  credentialId: string;
  keys: VaultKeys;
}

/** The stores the vault seals: the oidc-client-ts user store (tokens, id_token, profile) and the start-page cache. */
export const SEALED_STORE_NAMES = ['auth-user', 'cache'] as const;
export type SealedStoreName = (typeof SEALED_STORE_NAMES)[number];

const app = keyValueStore('app');
const VAULT_KEY = 'vault';

export type VaultState = 'off' | 'locked' | 'open';

let vault: VaultRecord | null = null;
let privateKey: CryptoKey | null = null;
/** Values this page sealed, by place: a page that signed in with its password reads back what it wrote. */
const written = new Map<string, { record: SealedRecord; value: unknown }>();

function parseVaultRecord(value: unknown): VaultRecord | null {
  if (!value || typeof value !== 'object') return null;
  const { credentialId, keys } = value as Partial<VaultRecord>;
  const wrapped = keys?.wrappedPrivateKey;
  return typeof credentialId === 'string' &&
    keys?.publicKey &&
    typeof wrapped?.iv === 'string' &&
    typeof wrapped.data === 'string'
    ? { credentialId, keys }
    : null;
}

/** The kept vault record, read afresh: another tab may have turned the lock on or off. */
async function keptVault(): Promise<VaultRecord | null> {
  return parseVaultRecord(await app.get(VAULT_KEY));
}

/** Reads the vault record as the app launches; afterwards vaultState() answers without waiting. */
export async function loadVault(): Promise<VaultRecord | null> {
  vault = await keptVault();
  return vault;
}

export const vaultState = (): VaultState => (!vault ? 'off' : privateKey ? 'open' : 'locked');

/** The vault's record, when the lock is on. */
export const currentVault = () => vault;

/** Keeps the unwrapped private key in memory: sealed values read as they were. */
export function openVault(key: CryptoKey) {
  privateKey = key;
}

/** Drops the private key and every value it opened from memory: nothing sealed reads until the next unlock. */
export function lockVault() {
  privateKey = null;
  written.clear();
}

const place = (store: SealedStoreName, key: string) => `${store}/${key}`;

/** A kept value as this page can read it: plain, opened with the private key, or one it sealed itself. */
async function readable(store: SealedStoreName, key: string, kept: unknown): Promise<unknown> {
  if (!isSealedRecord(kept)) return kept;
  const mine = written.get(place(store, key));
  // Only while it is still the kept one: another tab may have replaced it since.
  if (mine?.record.data === kept.data) return mine.value;
  if (!privateKey) return undefined;
  try {
    const { unseal } = await crypto();
    return JSON.parse(await unseal(kept, privateKey, place(store, key))) as unknown;
  } catch {
    // Sealed for another vault (an older one): as good as absent.
    return undefined;
  }
}

const stores = new Map<SealedStoreName, KeyValueStore>();

/** A store whose values are sealed while the lock is on, and read as absent while it is locked. */
export function sealedStore(name: SealedStoreName): KeyValueStore {
  let store = stores.get(name);
  if (!store) stores.set(name, (store = openSealedStore(name)));
  return store;
}

function openSealedStore(name: SealedStoreName): KeyValueStore {
  const raw = keyValueStore(name);
  const readAll = async <T>() => {
    const all = await Promise.all(
      (await raw.entries()).map(async ([key, kept]) => [key, await readable(name, key, kept)] as const),
    );
    return all.filter((entry): entry is [string, T] => entry[1] !== undefined);
  };
  return {
    get: async <T>(key: string) => (await readable(name, key, await raw.get(key))) as T | undefined,
    set: async (key, value) => {
      const current = await keptVault();
      if (!current) {
        written.delete(place(name, key));
        return raw.set(key, value);
      }
      const { seal } = await crypto();
      const record = await seal(JSON.stringify(value), current.keys.publicKey, place(name, key));
      written.set(place(name, key), { record, value });
      await raw.set(key, record);
    },
    delete: async (key) => {
      written.delete(place(name, key));
      await raw.delete(key);
    },
    keys: () => raw.keys(),
    entries: readAll,
    clear: async () => {
      for (const id of written.keys()) if (id.startsWith(`${name}/`)) written.delete(id);
      await raw.clear();
    },
  };
}

/** Turns the lock on: keeps the vault, opens it here, and seals every value the sealed stores hold. */
export async function turnVaultOn(record: VaultRecord, key: CryptoKey): Promise<void> {
  await app.set(VAULT_KEY, record);
  vault = record;
  openVault(key);
  for (const name of SEALED_STORE_NAMES) {
    const store = sealedStore(name);
    for (const [entry, value] of await store.entries()) await store.set(entry, value);
  }
}

/**
 * Turns the lock off: what this page can read is kept plain again; what it cannot (sealed for a session it never
 * opened) goes. Returns the record that was kept, so its passkey can be let go.
 */
export async function turnVaultOff(): Promise<VaultRecord | null> {
  const previous = await keptVault();
  const plain = await Promise.all(
    SEALED_STORE_NAMES.map(async (name) => {
      const store = keyValueStore(name);
      const readableNow = new Map(await sealedStore(name).entries());
      return { store, keys: await store.keys(), readableNow };
    }),
  );
  await app.delete(VAULT_KEY);
  vault = null;
  lockVault();
  for (const { store, keys, readableNow } of plain) {
    for (const key of keys) {
      if (readableNow.has(key)) await store.set(key, readableNow.get(key));
      else await store.delete(key);
    }
  }
  return previous;
}
