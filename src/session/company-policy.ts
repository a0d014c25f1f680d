// The company's policies for the app, as SuperOffice keeps them in the tenant's preferences (Settings and
// maintenance → Preferences → Global preferences → Mobile CRM; SOD docs/en/mobile/security.md). Pure.

export interface CompanyPolicy {
  /** Minutes in the background before the app logs out by itself; 0 = never (SuperOffice's default). */
  autoLogoutMinutes: number;
  /** The app never signs in by itself at start-up (SuperOffice's default: no). */
  disableAutoLogin: boolean;
}

export const NO_COMPANY_POLICY: CompanyPolicy = { autoLogoutMinutes: 0, disableAutoLogin: false };

/**
 * The one place that names them. SuperOffice's docs give only the labels the administrator sees, not the preference
 * section and keys, so these are those labels, unconfirmed against a real tenant: a name the tenant does not know
 * comes back empty (Level "Undefined"), which reads as SuperOffice's default.
 */
export const MOBILE_CRM_PREFERENCES = {
  autoLogoutMinutes: { Section: 'Mobile CRM', Key: 'Autologout time' },
  disableAutoLogin: { Section: 'Mobile CRM', Key: 'Disable autologin' },
} as const;

/** A week: anything longer is kept as a week rather than trusted as a number of any size. */
const MAX_MINUTES = 7 * 24 * 60;

const same = (a: unknown, b: string) => typeof a === 'string' && a.trim().toLowerCase() === b.toLowerCase();

/** The raw text of one preference in a GetPreferences answer, or '' when it is not there. */
function rawValue(answer: unknown, wanted: { Section: string; Key: string }): string {
  if (!Array.isArray(answer)) return '';
  const found = answer.find((item: unknown) => {
    const specification = (item as { Specification?: Record<string, unknown> } | null)?.Specification;
    return same(specification?.Section, wanted.Section) && same(specification?.Key, wanted.Key);
  }) as { RawValue?: unknown } | undefined;
  return typeof found?.RawValue === 'string' ? found.RawValue.trim() : '';
}

/** The policy a GetPreferences answer gives; anything missing or unreadable is SuperOffice's default. */
export function policyFromPreferences(answer: unknown): CompanyPolicy {
  const minutes = rawValue(answer, MOBILE_CRM_PREFERENCES.autoLogoutMinutes);
  const autoLogoutMinutes = /^\d+$/.test(minutes) ? Math.min(Number(minutes), MAX_MINUTES) : 0;
  const disable = rawValue(answer, MOBILE_CRM_PREFERENCES.disableAutoLogin);
  return { autoLogoutMinutes, disableAutoLogin: /^(1|true|yes|on)$/i.test(disable) };
}

/** A kept policy, read leniently (an older app, a damaged disk): the defaults where a field is unusable. */
export function parseCompanyPolicy(value: unknown): CompanyPolicy {
  const record = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const minutes = record.autoLogoutMinutes;
  return {
    autoLogoutMinutes:
      typeof minutes === 'number' && Number.isInteger(minutes) && minutes >= 0
        ? Math.min(minutes, MAX_MINUTES)
        : 0,
    disableAutoLogin: record.disableAutoLogin === true,
  };
}
