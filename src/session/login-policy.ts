// Which rule wins between the person's own settings and the company's policy: the stricter one, always. Pure.
import type { CompanyPolicy } from './company-policy.ts';

/** What the person chose in Settings. */
export interface PersonalLogin {
  autoLogin: boolean;
  /** Minutes in the background before the app logs out; 0 = no limit of their own. */
  autoLogoutMinutes: number;
}

export interface EffectiveLogin {
  /** Whether a relaunch opens the start page without asking. */
  autoLogin: boolean;
  /** Why auto login is off when it is: the company, or fingerprint or face (which needs it off). */
  autoLoginOffBy: 'company' | 'fingerprint' | 'person' | null;
  /** Minutes in the background before the app logs out (or locks); 0 = never. */
  autoLogoutMinutes: number;
  autoLogoutSetByCompany: boolean;
}

/** The person's choices for Auto logout; ones looser than the company's are not offered. */
export const AUTO_LOGOUT_MINUTES = [1, 5, 15, 30, 60] as const;

const stricter = (a: number, b: number) => (a === 0 ? b : b === 0 ? a : Math.min(a, b));

export function effectiveLogin(
  company: CompanyPolicy,
  person: PersonalLogin,
  fingerprint: boolean,
): EffectiveLogin {
  const autoLogoutMinutes = stricter(company.autoLogoutMinutes, person.autoLogoutMinutes);
  const autoLoginOffBy = company.disableAutoLogin
    ? 'company'
    : fingerprint
      ? 'fingerprint'
      : person.autoLogin
        ? null
        : 'person';
  return {
    autoLogin: autoLoginOffBy === null,
    autoLoginOffBy,
    autoLogoutMinutes,
    autoLogoutSetByCompany: company.autoLogoutMinutes > 0 && autoLogoutMinutes === company.autoLogoutMinutes,
  };
}

/** What Settings offers for Auto logout: 0 (the company's limit, or never) and every stricter number of minutes. */
export const autoLogoutChoices = (company: CompanyPolicy): number[] => [
  0,
  ...AUTO_LOGOUT_MINUTES.filter(
    (minutes) => company.autoLogoutMinutes === 0 || minutes < company.autoLogoutMinutes,
  ),
];
