// German text of the signed-in app, the same shape as strings.ts.
import type { AppText } from './strings.ts';

export const appText = {
  appName: 'Mobile CRM',
  signIn: {
    title: 'Bei Mobile CRM anmelden',
    lead: 'Verwenden Sie Ihr SuperOffice-Konto. Als Nächstes öffnet sich die Anmeldeseite Ihrer Firma.',
    logIn: 'Anmelden',
    remembered: 'Zuletzt verwendet',
    opening: 'Anmeldeseite wird geöffnet …',
    logoutPending:
      'Sie sind von der App abgemeldet, aber der Anmeldedienst war nicht erreichbar, um die Sitzung dort zu beenden. Beim Anmelden wird nach Ihrem Passwort gefragt.',
  },
  callback: {
    working: 'Sie werden angemeldet …',
  },
  chooseTenant: {
    title: 'Firma wählen',
    lead: (email: string) => `${email} hat Zugriff auf diese Firmen. Welche möchten Sie verwenden?`,
    loadingStatus: 'Status wird geprüft …',
    statusUnknown: 'Status unbekannt',
    notAvailable: 'Nicht verfügbar',
    choose: 'Öffnen',
  },
  start: {
    hello: (name: string) => `Hallo, ${name}`,
    tenant: 'Firma',
    tenantId: 'ID',
    status: 'Status',
    openWebClient: 'SuperOffice im Browser öffnen',
    lastUpdated: (when: string) => `Zuletzt aktualisiert: ${when}`,
    loading: 'Wird geladen …',
    offline:
      'Sie sind offline. Das ist der zuletzt abgerufene Stand; er wird aktualisiert, sobald Sie wieder online sind.',
    maintenance: 'Diese Firma wird gerade gewartet. Manches ist eine Weile langsamer oder nur lesbar.',
    refresh: 'Aktualisieren',
  },
  resetLogin: {
    title: 'Anmeldung zurücksetzen',
    lead: 'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Die App vergisst den bisherigen Benutzer und die bisherige Firma auf diesem Gerät.',
    email: 'E-Mail-Adresse',
    invalidEmail: 'Geben Sie eine vollständige E-Mail-Adresse ein, etwa name@example.com.',
    submit: 'Weiter',
    cancel: 'Abbrechen',
  },
  signedOut: { working: 'Sie werden abgemeldet …' },
  task: {
    button: 'Aufgabe',
    logOut: 'Abmelden',
    resetLogin: 'Anmeldung zurücksetzen',
    getTheApp: 'App holen',
    settings: 'Einstellungen',
    about: 'Info',
  },
  settings: {
    title: 'Einstellungen',
    language: 'Sprache',
    changeFailed:
      'Diese Sprache konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
    close: 'Schließen',
  },
  logOutDialog: {
    title: 'Abmelden?',
    body: 'Sie müssen sich erneut anmelden, um Mobile CRM zu nutzen. Ihre Firma und E-Mail-Adresse bleiben gespeichert.',
    yes: 'Ja',
    no: 'Nein',
  },
  about: {
    title: 'Über Mobile CRM',
    version: 'Version',
    signInService: 'Anmeldedienst',
    tenant: 'Firma',
    none: 'Keine',
    close: 'Schließen',
  },
  storageNotice:
    'Dieser Browser speichert keine Daten (privater Modus?). Sie müssen sich beim nächsten Mal erneut anmelden.',
  states: {
    Unknown: 'Unbekannt',
    Provisioning: 'Wird eingerichtet',
    Running: 'In Betrieb',
    Deleted: 'Gelöscht',
    Suspended: 'Gesperrt',
    OnlineMaintenance: 'In Wartung (verfügbar)',
    OfflineMaintenance: 'In Wartung (nicht verfügbar)',
    ProvisioningFailed: 'Einrichtung fehlgeschlagen',
    Deleting: 'Wird gelöscht',
    DeleteFailed: 'Löschen fehlgeschlagen',
    MigrationPending: 'Wartet auf Migration',
  },
  actions: {
    retry: 'Erneut versuchen',
    'log-in': 'Anmelden',
    'reset-login': 'Anmeldung zurücksetzen',
    'choose-tenant': 'Andere Firma wählen',
    'sign-in-screen': 'Zurück zur Anmeldung',
  },
  problems: {
    offline: {
      title: 'Sie sind offline',
      message: 'Stellen Sie eine Internetverbindung her, um sich anzumelden. Es wurde nichts gesendet.',
    },
    'service-unreachable': {
      title: 'Der Anmeldedienst ist nicht erreichbar',
      message:
        'Der Anmeldedienst hat nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.',
    },
    'sign-in-refused': {
      title: 'Die Anmeldung wurde nicht abgeschlossen',
      message:
        'Der Anmeldedienst hat Sie nicht eingelassen, oder Sie haben abgebrochen. Sie können es erneut versuchen.',
    },
    'tenant-access-removed': {
      title: 'Kein Zugriff auf diese Firma',
      message: (tenant: string) =>
        `Sie haben keinen Zugriff mehr auf ${tenant}. Wählen Sie eine andere Firma, oder bitten Sie Ihren Administrator, Ihnen wieder Zugriff zu geben.`,
    },
    'login-required': {
      title: 'Bitte melden Sie sich erneut an',
      message: 'Ihre Sitzung beim Anmeldedienst ist beendet. Melden Sie sich an, um fortzufahren.',
    },
    'provider-error': {
      title: 'Der Anmeldedienst hatte ein Problem',
      message: (code: string) => `Er antwortete „${code}“. Versuchen Sie es gleich noch einmal.`,
    },
    'no-tenant': {
      title: 'Diesem Konto ist keine Firma zugeordnet',
      message: (email: string) =>
        `${email} ist keine SuperOffice-Firma zugeordnet. Bitten Sie Ihren Administrator, Sie hinzuzufügen, oder setzen Sie die Anmeldung zurück, um eine andere E-Mail-Adresse zu verwenden.`,
    },
    'tenant-not-running': {
      title: 'Diese Firma ist nicht verfügbar',
      message: (tenant: string, state: string) =>
        `${tenant} ist gerade nicht verfügbar (Status: ${state}). Ihr Administrator oder SuperOffice kann Ihnen mehr sagen.`,
    },
    'status-unavailable': {
      title: 'Der Status der Firma lässt sich nicht prüfen',
      message: (tenant: string) =>
        `Wir konnten nicht feststellen, ob ${tenant} verfügbar ist. Versuchen Sie es gleich noch einmal.`,
    },
    'session-expired': {
      title: 'Ihre Sitzung ist beendet',
      message:
        'Zu Ihrer Sicherheit müssen Sie sich erneut anmelden. Ihre Firma und E-Mail-Adresse bleiben gespeichert.',
    },
    // Security review, password proof (new texts; port to src/i18n/ when merging): start
    'password-not-asked': {
      title: 'Mit Ihrem Passwort anmelden',
      message:
        'Der Anmeldedienst hat Sie ohne Passwortabfrage eingelassen, deshalb hat die App das Konto nicht geöffnet. Nach einer Abmeldung oder Zurücksetzung auf diesem Gerät ist das Passwort nötig. Melden Sie sich an und geben Sie es ein.',
    },
    // Security review, password proof: end
    unexpected: {
      title: 'Etwas ist schiefgelaufen',
      message:
        'Die Anmeldung konnte nicht abgeschlossen werden. Versuchen Sie es erneut; passiert es wieder, setzen Sie die Anmeldung zurück.',
    },
  },
} satisfies AppText;
