// The one place every name the app gives to what an origin shares between its pages gets its prefix: IndexedDB
// databases, localStorage and sessionStorage keys, caches, locks and channels. Two builds under two paths of one
// origin (`/` and `/crm/`) share all of these, so each keeps to names of its own; at the root they are as ever.
import { APP_BASE } from './app-base.ts';

/** The prefix of the storage names of the build that lives at `base`: `mobile-crm-`, `mobile-crm/crm/`. */
export const storagePrefix = (base: string) => (base === '/' ? 'mobile-crm-' : `mobile-crm${base}`);

/** This build's prefix: the same rule, spelled out rather than called, so a build carries a string, not the rule. */
export const STORAGE_PREFIX = APP_BASE === '/' ? 'mobile-crm-' : `mobile-crm${APP_BASE}`;

/** An IndexedDB database, a localStorage or sessionStorage key, a cache of this build: `mobile-crm-app`. */
export const storageName = (name: string) => STORAGE_PREFIX + name;

/** A Web Lock or a BroadcastChannel of this build: `mobile-crm:session` at the root, `mobile-crm/crm/session`. */
export const channelName = (name: string) => (APP_BASE === '/' ? 'mobile-crm:' : STORAGE_PREFIX) + name;
