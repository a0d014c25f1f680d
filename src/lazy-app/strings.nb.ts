// Norwegian Bokmål text of the signed-in app, the same shape as strings.ts.
import type { AppText } from './strings.ts';

export const appText = {
  appName: 'Mobile CRM',
  signIn: {
    title: 'Logg inn i Mobile CRM',
    lead: 'Bruk SuperOffice-kontoen din. Påloggingssiden til firmaet ditt åpnes nå.',
    logIn: 'Logg inn',
    remembered: 'Sist brukt',
    opening: 'Åpner påloggingssiden …',
    logoutPending:
      'Du er logget ut av appen, men påloggingstjenesten kunne ikke nås for å avslutte økten der. Logg inn vil be om passordet ditt.',
  },
  callback: {
    working: 'Logger deg inn …',
  },
  chooseTenant: {
    title: 'Velg firma',
    lead: (email: string) => `${email} har tilgang til disse firmaene. Hvilket vil du bruke?`,
    loadingStatus: 'Sjekker status …',
    statusUnknown: 'Ukjent status',
    notAvailable: 'Ikke tilgjengelig',
    choose: 'Åpne',
  },
  start: {
    hello: (name: string) => `Hei, ${name}`,
    tenant: 'Firma',
    tenantId: 'Id',
    status: 'Status',
    openWebClient: 'Åpne SuperOffice i nettleseren',
    lastUpdated: (when: string) => `Sist oppdatert ${when}`,
    loading: 'Laster …',
    offline: 'Du er frakoblet. Dette er det vi hentet sist; det oppdateres når du er på nett igjen.',
    maintenance:
      'Dette firmaet er under vedlikehold. Ting kan gå tregere eller være skrivebeskyttet en stund.',
    refresh: 'Oppdater',
  },
  resetLogin: {
    title: 'Tilbakestill pålogging',
    lead: 'Skriv inn e-postadressen du logger inn med. Appen glemmer forrige bruker og firma på denne enheten.',
    email: 'E-postadresse',
    invalidEmail: 'Skriv inn en fullstendig e-postadresse, som navn@example.com.',
    submit: 'Fortsett',
    cancel: 'Avbryt',
  },
  signedOut: { working: 'Logger ut …' },
  task: {
    button: 'Oppgave',
    logOut: 'Logg ut',
    resetLogin: 'Tilbakestill pålogging',
    getTheApp: 'Få appen',
    settings: 'Innstillinger',
    about: 'Om',
  },
  settings: {
    title: 'Innstillinger',
    language: 'Språk',
    changeFailed: 'Språket kunne ikke lastes inn. Sjekk tilkoblingen og prøv igjen.',
    close: 'Lukk',
  },
  logOutDialog: {
    title: 'Logge ut?',
    body: 'Du må logge inn igjen for å bruke Mobile CRM. Firmaet og e-postadressen din huskes.',
    yes: 'Ja',
    no: 'Nei',
  },
  about: {
    title: 'Om Mobile CRM',
    version: 'Versjon',
    signInService: 'Påloggingstjeneste',
    tenant: 'Firma',
    none: 'Ingen',
    close: 'Lukk',
  },
  storageNotice: 'Denne nettleseren lagrer ikke data (privat modus?). Du må logge inn igjen neste gang.',
  states: {
    Unknown: 'Ukjent',
    Provisioning: 'Settes opp',
    Running: 'Kjører',
    Deleted: 'Slettet',
    Suspended: 'Suspendert',
    OnlineMaintenance: 'Under vedlikehold (tilgjengelig)',
    OfflineMaintenance: 'Under vedlikehold (utilgjengelig)',
    ProvisioningFailed: 'Oppsett mislyktes',
    Deleting: 'Slettes',
    DeleteFailed: 'Sletting mislyktes',
    MigrationPending: 'Venter på migrering',
  },
  actions: {
    retry: 'Prøv igjen',
    'log-in': 'Logg inn',
    'reset-login': 'Tilbakestill pålogging',
    'choose-tenant': 'Velg et annet firma',
    'sign-in-screen': 'Tilbake til pålogging',
  },
  problems: {
    offline: {
      title: 'Du er frakoblet',
      message: 'Koble til internett for å logge inn. Ingenting ble sendt.',
    },
    'service-unreachable': {
      title: 'Får ikke kontakt med påloggingstjenesten',
      message: 'Påloggingstjenesten svarte ikke. Sjekk tilkoblingen, og prøv igjen om litt.',
    },
    'sign-in-refused': {
      title: 'Påloggingen ble ikke fullført',
      message: 'Påloggingstjenesten slapp deg ikke inn, eller du avbrøt. Du kan prøve igjen.',
    },
    'tenant-access-removed': {
      title: 'Ingen tilgang til dette firmaet',
      message: (tenant: string) =>
        `Du har ikke lenger tilgang til ${tenant}. Velg et annet firma, eller be administratoren din om å gi deg tilgang igjen.`,
    },
    'login-required': {
      title: 'Logg inn på nytt',
      message: 'Økten din hos påloggingstjenesten er avsluttet. Logg inn for å fortsette.',
    },
    'provider-error': {
      title: 'Påloggingstjenesten hadde et problem',
      message: (code: string) => `Den svarte «${code}». Prøv igjen om litt.`,
    },
    'no-tenant': {
      title: 'Ingen firma er knyttet til denne kontoen',
      message: (email: string) =>
        `Ingen SuperOffice-firma er knyttet til ${email}. Be administratoren din om å legge deg til, eller tilbakestill påloggingen for å bruke en annen e-postadresse.`,
    },
    'tenant-not-running': {
      title: 'Dette firmaet er ikke tilgjengelig',
      message: (tenant: string, state: string) =>
        `${tenant} er ikke tilgjengelig akkurat nå (status: ${state}). Administratoren din eller SuperOffice kan fortelle deg mer.`,
    },
    'status-unavailable': {
      title: 'Kan ikke sjekke statusen til firmaet',
      message: (tenant: string) => `Vi fant ikke ut om ${tenant} er tilgjengelig. Prøv igjen om litt.`,
    },
    'session-expired': {
      title: 'Økten din er avsluttet',
      message: 'Av sikkerhetshensyn må du logge inn på nytt. Firmaet og e-postadressen din huskes.',
    },
    // Security review, password proof (new texts; port to src/i18n/ when merging): start
    'password-not-asked': {
      title: 'Logg inn med passordet ditt',
      message:
        'Påloggingstjenesten slapp deg inn uten å be om passordet, så appen åpnet ikke kontoen. Etter en utlogging eller tilbakestilling på denne enheten trengs passordet. Logg inn og skriv det inn.',
    },
    // Security review, password proof: end
    unexpected: {
      title: 'Noe gikk galt',
      message:
        'Påloggingen kunne ikke fullføres. Prøv igjen; hvis det skjer igjen, tilbakestill påloggingen.',
    },
  },
} satisfies AppText;
