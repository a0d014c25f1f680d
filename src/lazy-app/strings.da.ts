// Danish text of the signed-in app, the same shape as strings.ts.
import type { AppText } from './strings.ts';

export const appText = {
  appName: 'Mobile CRM',
  signIn: {
    title: 'Log ind i Mobile CRM',
    lead: 'Brug din SuperOffice-konto. Din virksomheds login-side åbner nu.',
    logIn: 'Log ind',
    remembered: 'Senest brugt',
    opening: 'Åbner login-siden …',
    logoutPending:
      'Du er logget ud af appen, men login-tjenesten kunne ikke nås for at afslutte sessionen der. Log ind vil bede om din adgangskode.',
  },
  callback: {
    working: 'Logger dig ind …',
  },
  chooseTenant: {
    title: 'Vælg firma',
    lead: (email: string) => `${email} har adgang til disse firmaer. Hvilket vil du bruge?`,
    loadingStatus: 'Kontrollerer status …',
    statusUnknown: 'Ukendt status',
    notAvailable: 'Ikke tilgængeligt',
    choose: 'Åbn',
  },
  start: {
    hello: (name: string) => `Hej, ${name}`,
    tenant: 'Firma',
    tenantId: 'Id',
    status: 'Status',
    openWebClient: 'Åbn SuperOffice i browseren',
    lastUpdated: (when: string) => `Senest opdateret ${when}`,
    loading: 'Indlæser …',
    offline: 'Du er offline. Det her er det, vi sidst hentede; det opdateres, når du er online igen.',
    maintenance:
      'Dette firma er under vedligeholdelse. Tingene kan gå langsommere eller være skrivebeskyttede et stykke tid.',
    refresh: 'Opdater',
  },
  resetLogin: {
    title: 'Nulstil login',
    lead: 'Indtast den e-mailadresse, du logger ind med. Appen glemmer den tidligere bruger og det tidligere firma på denne enhed.',
    email: 'E-mailadresse',
    invalidEmail: 'Indtast en fuld e-mailadresse, f.eks. navn@example.com.',
    submit: 'Fortsæt',
    cancel: 'Annuller',
  },
  signedOut: { working: 'Logger ud …' },
  task: {
    button: 'Opgave',
    logOut: 'Log ud',
    resetLogin: 'Nulstil login',
    getTheApp: 'Hent appen',
    settings: 'Indstillinger',
    about: 'Om',
  },
  settings: {
    title: 'Indstillinger',
    language: 'Sprog',
    changeFailed: 'Sproget kunne ikke indlæses. Kontrollér forbindelsen, og prøv igen.',
    close: 'Luk',
  },
  logOutDialog: {
    title: 'Log ud?',
    body: 'Du skal logge ind igen for at bruge Mobile CRM. Dit firma og din e-mail huskes.',
    yes: 'Ja',
    no: 'Nej',
  },
  about: {
    title: 'Om Mobile CRM',
    version: 'Version',
    signInService: 'Login-tjeneste',
    tenant: 'Firma',
    none: 'Intet',
    close: 'Luk',
  },
  storageNotice: 'Denne browser gemmer ikke data (privat tilstand?). Du skal logge ind igen næste gang.',
  states: {
    Unknown: 'Ukendt',
    Provisioning: 'Bliver sat op',
    Running: 'Kører',
    Deleted: 'Slettet',
    Suspended: 'Suspenderet',
    OnlineMaintenance: 'Under vedligeholdelse (tilgængeligt)',
    OfflineMaintenance: 'Under vedligeholdelse (utilgængeligt)',
    ProvisioningFailed: 'Opsætning mislykkedes',
    Deleting: 'Bliver slettet',
    DeleteFailed: 'Sletning mislykkedes',
    MigrationPending: 'Venter på migrering',
  },
  actions: {
    retry: 'Prøv igen',
    'log-in': 'Log ind',
    'reset-login': 'Nulstil login',
    'choose-tenant': 'Vælg et andet firma',
    'sign-in-screen': 'Tilbage til login',
  },
  problems: {
    offline: {
      title: 'Du er offline',
      message: 'Opret forbindelse til internettet for at logge ind. Intet blev sendt.',
    },
    'service-unreachable': {
      title: 'Kan ikke få kontakt til login-tjenesten',
      message: 'Login-tjenesten svarede ikke. Kontrollér forbindelsen, og prøv igen om lidt.',
    },
    'sign-in-refused': {
      title: 'Login blev ikke gennemført',
      message: 'Login-tjenesten lukkede dig ikke ind, eller du annullerede. Du kan prøve igen.',
    },
    'tenant-access-removed': {
      title: 'Ingen adgang til dette firma',
      message: (tenant: string) =>
        `Du har ikke længere adgang til ${tenant}. Vælg et andet firma, eller bed din administrator om at give dig adgang igen.`,
    },
    'login-required': {
      title: 'Log ind igen',
      message: 'Din session hos login-tjenesten er udløbet. Log ind for at fortsætte.',
    },
    'provider-error': {
      title: 'Login-tjenesten havde et problem',
      message: (code: string) => `Den svarede »${code}«. Prøv igen om lidt.`,
    },
    'no-tenant': {
      title: 'Intet firma er knyttet til denne konto',
      message: (email: string) =>
        `Intet SuperOffice-firma er knyttet til ${email}. Bed din administrator om at tilføje dig, eller nulstil login for at bruge en anden e-mailadresse.`,
    },
    'tenant-not-running': {
      title: 'Dette firma er ikke tilgængeligt',
      message: (tenant: string, state: string) =>
        `${tenant} er ikke tilgængeligt lige nu (status: ${state}). Din administrator eller SuperOffice kan fortælle dig mere.`,
    },
    'status-unavailable': {
      title: 'Kan ikke kontrollere firmaets status',
      message: (tenant: string) =>
        `Vi kunne ikke finde ud af, om ${tenant} er tilgængeligt. Prøv igen om lidt.`,
    },
    'session-expired': {
      title: 'Din session er udløbet',
      message: 'Af sikkerhedshensyn skal du logge ind igen. Dit firma og din e-mail huskes.',
    },
    // Security review, password proof (new texts; port to src/i18n/ when merging): start
    'password-not-asked': {
      title: 'Log ind med din adgangskode',
      message:
        'Login-tjenesten lukkede dig ind uden at bede om adgangskoden, så appen åbnede ikke kontoen. Efter et log ud eller en nulstilling på denne enhed kræves adgangskoden. Log ind, og indtast den.',
    },
    // Security review, password proof: end
    unexpected: {
      title: 'Noget gik galt',
      message: 'Login kunne ikke gennemføres. Prøv igen; hvis det bliver ved, så nulstil login.',
    },
  },
} satisfies AppText;
