// Every text a person sees on the company identity provider's pages, in English here and in
// strings.{nb,sv,da,de,nl}.ts beside it. `{name}` placeholders are filled by the service's `format`.
import { format, type Locale } from '../strings.ts';
import { da } from './strings.da.ts';
import { de } from './strings.de.ts';
import { nb } from './strings.nb.ts';
import { nl } from './strings.nl.ts';
import { sv } from './strings.sv.ts';

export { pickLocale, type Locale } from '../strings.ts';

const en = {
  'page.serviceName': 'Fjord Consulting sign-in',
  'page.localNote': 'Company identity provider · local development',
  'login.title': 'Sign in',
  'login.intro': 'Use your Fjord Consulting work account.',
  'login.email': 'Work email',
  'login.password': 'Password',
  'login.submit': 'Next',
  'login.cancel': 'Cancel',
  'login.error.credentials': 'The email or password is incorrect. Check them and try again.',
  'login.error.emailMissing': 'Enter your work email address.',
  'login.error.passwordMissing': 'Enter your password.',
  'login.error.emailTooLong': 'The email address is too long (at most {max} characters).',
  'login.error.passwordTooLong': 'The password is too long (at most {max} characters).',
  'login.error.locked':
    'Too many failed attempts. This account is locked for {minutes} more minute(s). Try again later.',
  'login.error.rateLimited':
    'Too many sign-in attempts from this device. Wait {seconds} seconds and try again.',
  'login.error.csrf': 'This form could not be verified. Please enter your details again.',
  'login.error.tooLarge': 'The form was too large to process. Please try again.',
  'login.error.timedOut': 'The sign-in took too long. Enter your password again.',
  'code.title': 'Enter your code',
  'code.signingInAs': 'Signing in as {email}',
  'code.label': 'One-time code',
  'code.hint': 'Open your authenticator app and enter the 6-digit code it shows for Fjord Consulting.',
  'code.submit': 'Verify',
  'code.error.missing': 'Enter the 6-digit code from your authenticator app.',
  'code.error.format': 'The code is 6 digits. Enter only the digits your app shows.',
  'code.error.wrong': 'That code is not correct. Enter the code your authenticator app shows now.',
  'code.error.expired': 'That code has expired. Enter the code your authenticator app shows now.',
  'code.error.reused':
    'That code has already been used. Wait for your app to show a new code, then enter it.',
  'expired.title': 'This sign-in has expired',
  'expired.body':
    'The sign-in page was open too long or was already used. Go back to where you started and sign in again.',
  'logout.title': 'Sign out?',
  'logout.body': 'Do you want to sign out of your Fjord Consulting account on this device?',
  'logout.yes': 'Yes, sign out',
  'logout.no': 'No, stay signed in',
  'loggedOut.title': 'You are signed out',
  'loggedOut.body': 'You are signed out of your Fjord Consulting account. You can close this page.',
  'error.title': 'Something went wrong',
  'error.body': 'The sign-in could not be completed. Go back to where you started and try again.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is nothing at this address.',
  'home.title': 'Fjord Consulting sign-in (local)',
  'home.body':
    'The identity provider of Fjord Consulting. SuperOffice sends people with a fjord.example address here to sign in; there is nothing to do on this page itself.',
} as const;

export type StringKey = keyof typeof en;
export type Strings = Record<StringKey, string>;

const locales = { en, nb, sv, da, de, nl } satisfies Record<Locale, Strings>;

/** The text for `key` in `locale`, with placeholders filled. */
export function t(locale: Locale, key: StringKey, values?: Record<string, string | number>): string {
  return format(locales[locale][key], values);
}
