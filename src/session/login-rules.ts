// How the app may open for this person on this device: their own settings, the company's policy (kept with the
// session, so an offline launch enforces it too) and whether fingerprint or face is on. Kept in the app's store,
// and held in memory once read, for what cannot wait for a database (the moment the app goes to the background).
import { keyValueStore } from '../storage/key-value-store.ts';
import { currentVault } from '../storage/vault.ts';
import { allowStartPageSnapshots } from '../storage/start-page-snapshot.ts';
import { NO_COMPANY_POLICY, parseCompanyPolicy, type CompanyPolicy } from './company-policy.ts';
import { effectiveLogin, type EffectiveLogin, type PersonalLogin } from './login-policy.ts';

export interface LoginSettings extends PersonalLogin {
  /** "Log in with fingerprint or face next time?" was answered (it is asked once). */
  fingerprintAsked: boolean;
  /** This device's fingerprint or face turned out to have no PRF: it cannot protect the data, so it is not offered. */
  noPrf: boolean;
}

const DEFAULT_SETTINGS: LoginSettings = {
  autoLogin: true,
  autoLogoutMinutes: 0,
  fingerprintAsked: false,
  noPrf: false,
};

const store = keyValueStore('app');
const SETTINGS_KEY = 'login-settings';
const POLICY_KEY = 'company-policy';

let settings = DEFAULT_SETTINGS;
let policy = NO_COMPANY_POLICY;

function parseSettings(value: unknown): LoginSettings {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const minutes = record.autoLogoutMinutes;
  return {
    autoLogin: record.autoLogin !== false,
    autoLogoutMinutes: typeof minutes === 'number' && Number.isInteger(minutes) && minutes > 0 ? minutes : 0,
    fingerprintAsked: record.fingerprintAsked === true,
    noPrf: record.noPrf === true,
  };
}

/** A relaunch may paint the last start page only when it would open it without asking. */
const applyToSnapshots = () => allowStartPageSnapshots(currentLogin().autoLogin);

/** Reads the person's settings and the kept company policy (at launch). */
export async function readLoginRules(): Promise<void> {
  const [kept, keptPolicy] = await Promise.all([store.get(SETTINGS_KEY), store.get(POLICY_KEY)]);
  settings = parseSettings(kept);
  policy = parseCompanyPolicy((keptPolicy as { policy?: unknown } | undefined)?.policy);
  applyToSnapshots();
}

export const loginSettings = () => settings;
export const companyPolicy = () => policy;

/** The rules as they apply now (the stricter wins: login-policy.ts). */
export const currentLogin = (): EffectiveLogin => effectiveLogin(policy, settings, currentVault() !== null);

export async function changeLoginSettings(change: Partial<LoginSettings>): Promise<void> {
  settings = { ...settings, ...change };
  await store.set(SETTINGS_KEY, settings);
  applyToSnapshots();
}

/** Keeps the company's policy, read from the tenant after a sign-in, with the session. */
export async function keepCompanyPolicy(tenantId: string, next: CompanyPolicy): Promise<void> {
  policy = next;
  await store.set(POLICY_KEY, { tenantId, policy: next });
  applyToSnapshots();
}

/** For another person or company, or Reset login: their settings and company's policy are not this one's. */
export async function forgetLoginRules(): Promise<void> {
  settings = DEFAULT_SETTINGS;
  policy = NO_COMPANY_POLICY;
  await Promise.all([store.delete(SETTINGS_KEY), store.delete(POLICY_KEY)]);
  applyToSnapshots();
}

/** Fingerprint or face turned on or off: auto login and the snapshot follow. */
export const lockChanged = applyToSnapshots;
