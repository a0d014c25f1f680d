// English text of the signed-in app; strings.{nb,sv,da,de,nl}.ts mirror it and load only when active.
import { translatable } from '../i18n/active-language.ts';
import type { TenantState } from '../session/tenant-status.ts';

export const appText = translatable('app', {
  appName: 'Mobile CRM',
  signIn: {
    title: 'Log in to Mobile CRM',
    lead: 'Use your SuperOffice account. Your company’s sign-in page opens next.',
    logIn: 'Log in',
    remembered: 'Last used',
    opening: 'Opening the sign-in page…',
    logoutPending:
      'You are logged out of this app, but the sign-in service could not be reached to end your session there. Log in will ask for your password.',
  },
  callback: {
    working: 'Signing you in…',
  },
  chooseTenant: {
    title: 'Choose company',
    lead: (email: string) => `${email} has access to these companies. Which one do you want to use?`,
    loadingStatus: 'Checking status…',
    statusUnknown: 'Status unknown',
    notAvailable: 'Not available',
    choose: 'Open',
  },
  start: {
    hello: (name: string) => `Hello, ${name}`,
    tenant: 'Company',
    tenantId: 'Id',
    status: 'Status',
    openWebClient: 'Open SuperOffice in the browser',
    lastUpdated: (when: string) => `Last updated ${when}`,
    loading: 'Loading…',
    offline: 'You are offline. This is what we last fetched; it refreshes when you are back online.',
    maintenance: 'This company is in maintenance. Things may be slower or read-only for a while.',
    refresh: 'Refresh',
  },
  resetLogin: {
    title: 'Reset login',
    lead: 'Enter the email address you sign in with. The app forgets the previous user and company on this device.',
    email: 'Email address',
    invalidEmail: 'Enter a full email address, like name@example.com.',
    submit: 'Continue',
    cancel: 'Cancel',
  },
  signedOut: { working: 'Logging out…' },
  task: {
    button: 'Task',
    logOut: 'Log out',
    resetLogin: 'Reset login',
    getTheApp: 'Get the app',
    settings: 'Settings',
    about: 'About',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    changeFailed: 'That language could not be loaded. Check your connection and try again.',
    close: 'Close',
  },
  logOutDialog: {
    title: 'Log out?',
    body: 'You will need to log in again to use Mobile CRM. Your company and email are remembered.',
    yes: 'Yes',
    no: 'No',
  },
  about: {
    title: 'About Mobile CRM',
    version: 'Version',
    signInService: 'Sign-in service',
    tenant: 'Company',
    none: 'None',
    close: 'Close',
  },
  storageNotice: 'This browser is not saving data (private mode?). You will need to log in again next time.',
  states: {
    Unknown: 'Unknown',
    Provisioning: 'Being set up',
    Running: 'Running',
    Deleted: 'Deleted',
    Suspended: 'Suspended',
    OnlineMaintenance: 'In maintenance (available)',
    OfflineMaintenance: 'In maintenance (unavailable)',
    ProvisioningFailed: 'Setup failed',
    Deleting: 'Being deleted',
    DeleteFailed: 'Deletion failed',
    MigrationPending: 'Waiting for migration',
  } satisfies Record<TenantState, string>,
  actions: {
    retry: 'Try again',
    'log-in': 'Log in',
    'reset-login': 'Reset login',
    'choose-tenant': 'Choose another company',
    'sign-in-screen': 'Back to log in',
  },
  problems: {
    offline: {
      title: 'You are offline',
      message: 'Connect to the internet to log in. Nothing was sent.',
    },
    'service-unreachable': {
      title: 'Can’t reach the sign-in service',
      message: 'The sign-in service did not answer. Check your connection, then try again in a moment.',
    },
    'sign-in-refused': {
      title: 'Sign-in was not completed',
      message: 'The sign-in service did not let you in, or you cancelled. You can try again.',
    },
    'tenant-access-removed': {
      title: 'No access to this company',
      message: (tenant: string) =>
        `You no longer have access to ${tenant}. Choose another company, or ask your administrator to give you access again.`,
    },
    'login-required': {
      title: 'Please log in again',
      message: 'Your session with the sign-in service has ended. Log in to continue.',
    },
    'provider-error': {
      title: 'The sign-in service had a problem',
      message: (code: string) => `It answered “${code}”. Try again in a moment.`,
    },
    'no-tenant': {
      title: 'No company linked to this account',
      message: (email: string) =>
        `No SuperOffice company is linked to ${email}. Ask your administrator to add you, or reset login to use another email address.`,
    },
    'tenant-not-running': {
      title: 'This company is not available',
      message: (tenant: string, state: string) =>
        `${tenant} is not available right now (status: ${state}). Your administrator or SuperOffice can tell you more.`,
    },
    'status-unavailable': {
      title: 'Can’t check the company’s status',
      message: (tenant: string) =>
        `We could not find out whether ${tenant} is available. Try again in a moment.`,
    },
    'session-expired': {
      title: 'Your session has ended',
      message: 'For your security you need to log in again. Your company and email are remembered.',
    },
    // Security review, password proof (new texts; port to src/i18n/ when merging): start
    'password-not-asked': {
      title: 'Log in with your password',
      message:
        'The sign-in service let you in without asking for the password, so the app did not open the account. After a log out or a reset on this device, the password is needed. Log in and enter it.',
    },
    // Security review, password proof: end
    unexpected: {
      title: 'Something went wrong',
      message: 'The sign-in could not be completed. Try again; if it keeps happening, reset login.',
    },
  },
});
export type AppText = typeof appText;
