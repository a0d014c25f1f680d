// Every text a person sees on the sign-in service's pages, in English here and in strings.{nb,sv,da,de,nl}.ts.
// `{name}` placeholders are filled by `format`. A text that depends on a number has one key per plural category
// (`key.one`, `key.other`, …); `t(locale, 'key', { count })` picks the form by Intl.PluralRules.
import { da } from './strings.da.ts';
import { de } from './strings.de.ts';
import { nb } from './strings.nb.ts';
import { nl } from './strings.nl.ts';
import { sv } from './strings.sv.ts';

const en = {
  'page.serviceName': 'SuperOffice sign-in',
  'page.localNote': 'Local development service',
  'login.title': 'Log in',
  'login.intro': 'Use your SuperOffice account.',
  'login.tenant': 'Tenant: {company} ({ctx})',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.cancel': 'Cancel',
  'login.continue': 'Continue',
  'login.changeEmail': 'Use another email',
  'login.error.emailInvalid': 'Enter a full email address, like name@example.com.',
  'login.error.credentials': 'The email or password is incorrect. Check them and try again.',
  'login.error.emailMissing': 'Enter your email address.',
  'login.error.passwordMissing': 'Enter your password.',
  'login.error.emailTooLong': 'The email address is too long (at most {max} characters).',
  'login.error.passwordTooLong': 'The password is too long (at most {max} characters).',
  'login.error.locked.one':
    'Too many failed attempts. This account is locked on this device for {count} more minute. Try again later.',
  'login.error.locked.other':
    'Too many failed attempts. This account is locked on this device for {count} more minutes. Try again later.',
  'login.error.rateLimited.one':
    'Too many sign-in attempts from this device. Wait {count} second and try again.',
  'login.error.rateLimited.other':
    'Too many sign-in attempts from this device. Wait {count} seconds and try again.',
  'login.error.csrf': 'This form could not be verified. Please enter your details again.',
  'login.error.tooLarge': 'The form was too large to process. Please try again.',
  'federated.returned.title': 'Signed in at your company',
  'federated.returned.body': 'Your company’s sign-in confirmed who you are. Going on to SuperOffice…',
  'federated.error.cancelled':
    'The sign-in with your company account ({domain}) was cancelled. Press Continue to try again.',
  'federated.error.failed':
    'The sign-in with your company account ({domain}) could not be completed. Try again; if it fails again, contact your administrator.',
  'federated.error.unreachable':
    'Your company’s sign-in for {domain} cannot be reached right now. Try again in a moment.',
  'federated.error.noAccount':
    '{email} signed in at your company, but has no SuperOffice account. Ask your administrator for access, or use another email.',
  'choice.title': 'Choose company',
  'choice.intro': '{name}, choose the company to work in.',
  'choice.filter': 'Find a company by name or id',
  'choice.search': 'Search',
  'choice.showing': 'Showing {shown} of {total} companies. Search to find the others.',
  'choice.matching.one': '{count} company matches “{query}”.',
  'choice.matching.other': '{count} companies match “{query}”.',
  'choice.matchingSome':
    'Showing {shown} of the {count} companies that match “{query}”. Search for more of the name or id.',
  'choice.none': 'No company matches “{query}”. Check the spelling, or search by id, like Cust12345.',
  'choice.lastUsed': 'last used',
  'choice.cannotChoose': 'Cannot be chosen.',
  'choice.error.unknown': 'Choose one of the companies in the list.',
  'choice.error.notRunning': '{company} cannot be chosen now. {why}',
  'tenant.running': 'Running',
  'tenant.onlineMaintenance': 'Running, maintenance under way',
  'tenant.offlineMaintenance': 'Down for maintenance',
  'tenant.suspended': 'Suspended',
  'tenant.deleted': 'Deleted',
  'tenant.notReady': 'Not available',
  'tenant.why.offlineMaintenance': 'Try again when the maintenance is over.',
  'tenant.why.suspended': 'Ask your administrator to reactivate it.',
  'tenant.why.deleted': 'It can no longer be used.',
  'tenant.why.notReady': 'It is being set up or moved. Try again later.',
  'expired.title': 'This sign-in has expired',
  'expired.body':
    'The sign-in page was open too long or was already used. Go back to the app and log in again.',
  'expired.back': 'Back to Mobile CRM',
  'logout.title': 'Log out?',
  'logout.body': 'Do you want to log out of the SuperOffice sign-in service on this device?',
  'logout.yes': 'Yes, log out',
  'logout.no': 'No, stay logged in',
  'loggedOut.title': 'You are logged out',
  'loggedOut.body': 'You can close this page, or go back to the app to log in again.',
  'error.title': 'Something went wrong',
  'error.body': 'The sign-in could not be completed. Go back to the app and try again.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'home.title': 'SuperOffice sign-in (local)',
  'home.body': 'This service signs you in to the Mobile CRM app. Open the app to log in: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'The SuperOffice web client is not part of this local service. The tenant is {state} and its API is at {api}.',
} as const;

export type StringKey = keyof typeof en;
/** Texts with plural forms, named without their `.one`/`.other` ending. */
export type PluralKey = StringKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
export type Strings = Record<StringKey, string>;

export const locales = { en, nb, sv, da, de, nl } satisfies Record<string, Strings>;
export type Locale = keyof typeof locales;
export const defaultLocale: Locale = 'en';

interface Ranked {
  tag: string;
  q: number;
}

/** A preference list's tags, most wanted first: `ui_locales` is space separated in order, Accept-Language has q. */
function ranked(preference: string): Ranked[] {
  return preference
    .split(',')
    .flatMap((part): Ranked[] => {
      const [tags = '', ...params] = part.split(';');
      const q = Number(/(?:^|;)\s*q=([\d.]+)/.exec(params.join(';'))?.[1] ?? 1);
      return tags
        .trim()
        .split(/\s+/)
        .map((tag) => ({ tag, q: Number.isNaN(q) ? 0 : q }));
    })
    .filter(({ tag, q }) => tag !== '' && q > 0)
    .sort((a, b) => b.q - a.q);
}

/** Picks the first supported language from `ui_locales` or Accept-Language; nb, nn and no are all Norwegian. */
export function pickLocale(...preferences: (string | undefined)[]): Locale {
  for (const preference of preferences) {
    for (const { tag } of ranked(preference ?? '')) {
      const base = tag.split('-')[0]!.toLowerCase();
      const language = base === 'nn' || base === 'no' ? 'nb' : base;
      if (Object.hasOwn(locales, language)) return language as Locale;
    }
  }
  return defaultLocale;
}

export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The plural form of `key` that `count` needs in `locale`'s grammar. */
function pluralForm(locale: Locale, key: PluralKey, count: number): StringKey {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = `${key}.${rules.select(count)}`;
  return Object.hasOwn(locales[locale], form) ? (form as StringKey) : `${key}.other`;
}

const isPluralKey = (key: StringKey | PluralKey): key is PluralKey => !Object.hasOwn(en, key);

/** The text for `key` in `locale`, with placeholders filled; for a plural key, in the form `values.count` needs. */
export function t(
  locale: Locale,
  key: StringKey | PluralKey,
  values?: Record<string, string | number>,
): string {
  const form = isPluralKey(key) ? pluralForm(locale, key, Number(values?.count)) : key;
  return format(locales[locale][form], values);
}
