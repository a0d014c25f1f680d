// Whether the sign-in service may still hold a session this app tried to end. Until it confirms a log out, the
// next Log in asks for the password, so on a shared phone the next person cannot walk into the last one's account.
import { keyValueStore } from '../storage/key-value-store.ts';

const store = keyValueStore('app');
const KEY = 'provider-logout-pending';

/** Set before leaving for the provider's logout (the trip may never arrive), and by Reset login, which ends none. */
export const markProviderLogoutPending = () => store.set(KEY, true);

/** The provider confirmed the log out, or proved (auth_time) that someone has since typed a password. */
export const clearProviderLogoutPending = () => store.delete(KEY);

export const isProviderLogoutPending = async () => (await store.get(KEY)) !== undefined;
