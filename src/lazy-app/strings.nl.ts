// Dutch text of the signed-in app, the same shape as strings.ts.
import type { AppText } from './strings.ts';

export const appText = {
  appName: 'Mobile CRM',
  signIn: {
    title: 'Inloggen bij Mobile CRM',
    lead: 'Gebruik je SuperOffice-account. Hierna opent de inlogpagina van je bedrijf.',
    logIn: 'Inloggen',
    remembered: 'Laatst gebruikt',
    opening: 'Inlogpagina wordt geopend…',
    logoutPending:
      'Je bent uitgelogd uit de app, maar de aanmeldservice was niet bereikbaar om de sessie daar te beëindigen. Bij inloggen wordt om je wachtwoord gevraagd.',
  },
  callback: {
    working: 'Je wordt ingelogd…',
  },
  chooseTenant: {
    title: 'Kies een bedrijf',
    lead: (email: string) => `${email} heeft toegang tot deze bedrijven. Welk bedrijf wil je gebruiken?`,
    loadingStatus: 'Status controleren…',
    statusUnknown: 'Status onbekend',
    notAvailable: 'Niet beschikbaar',
    choose: 'Openen',
  },
  start: {
    hello: (name: string) => `Hallo, ${name}`,
    tenant: 'Bedrijf',
    tenantId: 'Id',
    status: 'Status',
    openWebClient: 'SuperOffice openen in de browser',
    lastUpdated: (when: string) => `Laatst bijgewerkt ${when}`,
    loading: 'Laden…',
    offline:
      'Je bent offline. Dit is wat we het laatst hebben opgehaald; het wordt bijgewerkt zodra je weer online bent.',
    maintenance: 'Dit bedrijf is in onderhoud. Het kan een tijdje trager zijn of alleen-lezen.',
    refresh: 'Vernieuwen',
  },
  resetLogin: {
    title: 'Login opnieuw instellen',
    lead: 'Vul het e-mailadres in waarmee je inlogt. De app vergeet de vorige gebruiker en het vorige bedrijf op dit apparaat.',
    email: 'E-mailadres',
    invalidEmail: 'Vul een volledig e-mailadres in, zoals naam@example.com.',
    submit: 'Doorgaan',
    cancel: 'Annuleren',
  },
  signedOut: { working: 'Uitloggen…' },
  task: {
    button: 'Taak',
    logOut: 'Uitloggen',
    resetLogin: 'Login opnieuw instellen',
    getTheApp: 'Download de app',
    settings: 'Instellingen',
    about: 'Over',
  },
  settings: {
    title: 'Instellingen',
    language: 'Taal',
    changeFailed: 'Die taal kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
    close: 'Sluiten',
  },
  logOutDialog: {
    title: 'Uitloggen?',
    body: 'Je moet opnieuw inloggen om Mobile CRM te gebruiken. Je bedrijf en e-mailadres worden onthouden.',
    yes: 'Ja',
    no: 'Nee',
  },
  about: {
    title: 'Over Mobile CRM',
    version: 'Versie',
    signInService: 'Inlogdienst',
    tenant: 'Bedrijf',
    none: 'Geen',
    close: 'Sluiten',
  },
  storageNotice:
    'Deze browser slaat geen gegevens op (privémodus?). Je moet de volgende keer opnieuw inloggen.',
  states: {
    Unknown: 'Onbekend',
    Provisioning: 'Wordt ingericht',
    Running: 'Actief',
    Deleted: 'Verwijderd',
    Suspended: 'Opgeschort',
    OnlineMaintenance: 'In onderhoud (beschikbaar)',
    OfflineMaintenance: 'In onderhoud (niet beschikbaar)',
    ProvisioningFailed: 'Inrichten mislukt',
    Deleting: 'Wordt verwijderd',
    DeleteFailed: 'Verwijderen mislukt',
    MigrationPending: 'Wacht op migratie',
  },
  actions: {
    retry: 'Opnieuw proberen',
    'log-in': 'Inloggen',
    'reset-login': 'Login opnieuw instellen',
    'choose-tenant': 'Kies een ander bedrijf',
    'sign-in-screen': 'Terug naar inloggen',
  },
  problems: {
    offline: {
      title: 'Je bent offline',
      message: 'Maak verbinding met internet om in te loggen. Er is niets verstuurd.',
    },
    'service-unreachable': {
      title: 'De inlogdienst is niet bereikbaar',
      message: 'De inlogdienst gaf geen antwoord. Controleer je verbinding en probeer het zo opnieuw.',
    },
    'sign-in-refused': {
      title: 'Het inloggen is niet afgerond',
      message:
        'De inlogdienst heeft je niet toegelaten, of je hebt geannuleerd. Je kunt het opnieuw proberen.',
    },
    'tenant-access-removed': {
      title: 'Geen toegang tot dit bedrijf',
      message: (tenant: string) =>
        `Je hebt geen toegang meer tot ${tenant}. Kies een ander bedrijf of vraag je beheerder om je weer toegang te geven.`,
    },
    'login-required': {
      title: 'Log opnieuw in',
      message: 'Je sessie bij de inlogdienst is beëindigd. Log in om verder te gaan.',
    },
    'provider-error': {
      title: 'De inlogdienst had een probleem',
      message: (code: string) => `Het antwoord was ‘${code}’. Probeer het zo opnieuw.`,
    },
    'no-tenant': {
      title: 'Geen bedrijf gekoppeld aan dit account',
      message: (email: string) =>
        `Er is geen SuperOffice-bedrijf gekoppeld aan ${email}. Vraag je beheerder om je toe te voegen, of stel je login opnieuw in om een ander e-mailadres te gebruiken.`,
    },
    'tenant-not-running': {
      title: 'Dit bedrijf is niet beschikbaar',
      message: (tenant: string, state: string) =>
        `${tenant} is nu niet beschikbaar (status: ${state}). Je beheerder of SuperOffice kan je meer vertellen.`,
    },
    'status-unavailable': {
      title: 'De status van het bedrijf kan niet worden gecontroleerd',
      message: (tenant: string) =>
        `We konden niet nagaan of ${tenant} beschikbaar is. Probeer het zo opnieuw.`,
    },
    'session-expired': {
      title: 'Je sessie is beëindigd',
      message: 'Voor je veiligheid moet je opnieuw inloggen. Je bedrijf en e-mailadres worden onthouden.',
    },
    // Security review, password proof (new texts; port to src/i18n/ when merging): start
    'password-not-asked': {
      title: 'Log in met je wachtwoord',
      message:
        'De aanmeldservice liet je binnen zonder om het wachtwoord te vragen, dus de app heeft het account niet geopend. Na een afmelding of reset op dit apparaat is het wachtwoord nodig. Log in en voer het in.',
    },
    // Security review, password proof: end
    unexpected: {
      title: 'Er ging iets mis',
      message:
        'Het inloggen kon niet worden afgerond. Probeer het opnieuw; blijft het gebeuren, stel je login dan opnieuw in.',
    },
  },
} satisfies AppText;
