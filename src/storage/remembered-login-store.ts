// The remembered email and tenant, in IndexedDB; read leniently so one bad field never loses the rest.
import { keyValueStore } from './key-value-store.ts';
import { parseRememberedLogin, rememberLogin, type RememberedLogin } from '../shared/remembered-login.ts';
import type { TenantRef } from '../shared/tenant-ref.ts';

const store = keyValueStore('app');
const KEY = 'remembered-login';

export async function loadRememberedLogin(): Promise<RememberedLogin | null> {
  return parseRememberedLogin(await store.get(KEY));
}

/** `server`: the Onsite server the login is at; null for Online. */
export async function saveRememberedLogin(
  email: string,
  tenant: TenantRef | null,
  server: object | null = null,
): Promise<RememberedLogin> {
  const record = rememberLogin(email, tenant, server);
  await store.set(KEY, record);
  return record;
}

export async function forgetRememberedLogin(): Promise<void> {
  await store.delete(KEY);
}
