// German for the signed-in app: in the de catalog, downloaded only when de is active.
import type { Translation } from '../../translate.ts';
import type { app as english } from '../en/app.ts';

export const app = {
  'app.name': 'Mobile CRM',
  'signIn.title': 'Bei Mobile CRM anmelden',
  'signIn.lead':
    'Verwenden Sie Ihr SuperOffice-Konto. Als Nächstes öffnet sich die Anmeldeseite Ihrer Firma.',
  'signIn.logIn': 'Anmelden',
  'signIn.remembered': 'Zuletzt verwendet',
  'signIn.opening': 'Anmeldeseite wird geöffnet …',
  'signIn.onsite': 'Sind Sie Onsite-Kunde?',
  'signIn.logoutPending':
    'Sie sind von der App abgemeldet, aber der Anmeldedienst war nicht erreichbar, um die Sitzung dort zu beenden. Beim Anmelden wird nach Ihrem Passwort gefragt.',
  'callback.working': 'Sie werden angemeldet …',
  'chooseTenant.title': 'Firma wählen',
  'chooseTenant.lead': '{email} hat Zugriff auf diese Firmen. Welche möchten Sie verwenden?',
  'chooseTenant.loadingStatus': 'Status wird geprüft …',
  'chooseTenant.statusUnknown': 'Status unbekannt',
  'chooseTenant.notAvailable': 'Nicht verfügbar',
  'chooseTenant.filter': 'Firma nach Name oder ID suchen',
  'chooseTenant.count.one': '{shown} von {count} Firma',
  'chooseTenant.count.other': '{shown} von {count} Firmen',
  'chooseTenant.noMatch':
    'Keine Firma passt zu „{query}“. Prüfen Sie die Schreibweise, oder suchen Sie nach der ID, etwa Cust12345.',
  'chooseTenant.lastUsed': 'Zuletzt verwendet',
  'start.hello': 'Hallo, {name}',
  'start.tenantId': 'ID',
  'start.status': 'Status',
  'start.loginName': 'Anmeldename',
  'start.openWebClient': 'SuperOffice im Browser öffnen',
  'start.lastUpdated': 'Zuletzt aktualisiert: {when}',
  'start.server': 'Server',
  'start.loading': 'Wird geladen …',
  'start.offline':
    'Sie sind offline. Das ist der zuletzt abgerufene Stand; er wird aktualisiert, sobald Sie wieder online sind.',
  'start.maintenance': 'Diese Firma wird gerade gewartet. Manches ist eine Weile langsamer oder nur lesbar.',
  'resetLogin.title': 'Anmeldung zurücksetzen',
  'resetLogin.lead':
    'Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Die App vergisst den bisherigen Benutzer und die bisherige Firma auf diesem Gerät.',
  'resetLogin.email': 'E-Mail-Adresse',
  'resetLogin.invalidEmail': 'Geben Sie eine vollständige E-Mail-Adresse ein, etwa name@example.com.',
  'resetLogin.submit': 'Weiter',
  'resetLogin.cancel': 'Abbrechen',
  'resetLogin.onsite': 'Stattdessen den eigenen Server Ihrer Firma (Onsite) verwenden',
  'signedOut.working': 'Sie werden abgemeldet …',
  'task.button': 'Aufgabe',
  'task.logOut': 'Abmelden',
  'task.resetLogin': 'Anmeldung zurücksetzen',
  'task.getTheApp': 'App holen',
  'task.settings': 'Einstellungen',
  'task.about': 'Info',
  'settings.title': 'Einstellungen',
  'settings.language': 'Sprache',
  'settings.changeFailed':
    'Diese Sprache konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  'settings.close': 'Schließen',
  'logOutDialog.title': 'Abmelden?',
  'logOutDialog.body':
    'Sie müssen sich erneut anmelden, um Mobile CRM zu nutzen. Ihre Firma und E-Mail-Adresse bleiben gespeichert.',
  'logOutDialog.yes': 'Ja',
  'logOutDialog.no': 'Nein',
  'about.title': 'Über Mobile CRM',
  'about.version': 'Version',
  'about.signInService': 'Anmeldedienst',
  'about.tenant': 'Firma',
  'about.none': 'Keine',
  'about.close': 'Schließen',
  'app.storageNotice':
    'Dieser Browser speichert keine Daten (privater Modus?). Sie müssen sich beim nächsten Mal erneut anmelden.',
  'states.Unknown': 'Unbekannt',
  'states.Provisioning': 'Wird eingerichtet',
  'states.Running': 'In Betrieb',
  'states.Deleted': 'Gelöscht',
  'states.Suspended': 'Gesperrt',
  'states.OnlineMaintenance': 'In Wartung (verfügbar)',
  'states.OfflineMaintenance': 'In Wartung (nicht verfügbar)',
  'states.ProvisioningFailed': 'Einrichtung fehlgeschlagen',
  'states.Deleting': 'Wird gelöscht',
  'states.DeleteFailed': 'Löschen fehlgeschlagen',
  'states.MigrationPending': 'Wartet auf Migration',
  'actions.retry': 'Erneut versuchen',
  'actions.log-in': 'Anmelden',
  'actions.reset-login': 'Anmeldung zurücksetzen',
  'actions.choose-tenant': 'Andere Firma wählen',
  'actions.sign-in-screen': 'Zurück zur Anmeldung',
  'actions.change-server': 'Adresse ändern',
  'problems.offline.title': 'Sie sind offline',
  'problems.offline.message':
    'Stellen Sie eine Internetverbindung her, um sich anzumelden. Es wurde nichts gesendet.',
  'problems.service-unreachable.title': 'Der Anmeldedienst ist nicht erreichbar',
  'problems.service-unreachable.message':
    'Der Anmeldedienst hat nicht geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es gleich noch einmal.',
  'problems.tenant-access-removed.title': 'Kein Zugriff auf diese Firma',
  'problems.tenant-access-removed.message':
    'Sie haben keinen Zugriff mehr auf {tenant}. Wählen Sie eine andere Firma, oder bitten Sie Ihren Administrator, Ihnen wieder Zugriff zu geben.',
  'problems.login-required.title': 'Bitte melden Sie sich erneut an',
  'problems.login-required.message':
    'Ihre Sitzung beim Anmeldedienst ist beendet. Melden Sie sich an, um fortzufahren.',
  'problems.provider-error.title': 'Der Anmeldedienst hatte ein Problem',
  'problems.provider-error.message': 'Er antwortete „{code}“. Versuchen Sie es gleich noch einmal.',
  'problems.no-tenant.title': 'Diesem Konto ist keine Firma zugeordnet',
  'problems.no-tenant.message':
    '{email} ist keine SuperOffice-Firma zugeordnet. Bitten Sie Ihren Administrator, Sie hinzuzufügen, oder setzen Sie die Anmeldung zurück, um eine andere E-Mail-Adresse zu verwenden.',
  'problems.tenant-not-running.title': 'Diese Firma ist nicht verfügbar',
  'problems.tenant-not-running.message':
    '{tenant} ist gerade nicht verfügbar (Status: {state}). Ihr Administrator oder SuperOffice kann Ihnen mehr sagen.',
  'problems.status-unavailable.title': 'Der Status der Firma lässt sich nicht prüfen',
  'problems.status-unavailable.message':
    'Wir konnten nicht feststellen, ob {tenant} verfügbar ist. Versuchen Sie es gleich noch einmal.',
  'problems.session-expired.title': 'Ihre Sitzung ist beendet',
  'problems.session-expired.message':
    'Zu Ihrer Sicherheit müssen Sie sich erneut anmelden. Ihre Firma und E-Mail-Adresse bleiben gespeichert.',
  'problems.password-not-asked.title': 'Mit Ihrem Passwort anmelden',
  'problems.password-not-asked.message':
    'Der Anmeldedienst hat Sie ohne Passwortabfrage eingelassen, deshalb hat die App das Konto nicht geöffnet. Nach einer Abmeldung oder Zurücksetzung auf diesem Gerät ist das Passwort nötig. Melden Sie sich an und geben Sie es ein.',
  'problems.issuer-mismatch.title': 'Die App ist für einen anderen Anmeldedienst eingerichtet',
  'problems.issuer-mismatch.message':
    'Die Antwort des Anmeldedienstes passte nicht zu dem Dienst, für den diese App eingerichtet ist, deshalb wurden Sie nicht angemeldet. Das ist ein Konfigurationsproblem: Bitte melden Sie es der Person, die Mobile CRM in Ihrem Unternehmen betreut.',
  'problems.unexpected.title': 'Etwas ist schiefgelaufen',
  'problems.unexpected.message':
    'Die Anmeldung konnte nicht abgeschlossen werden. Versuchen Sie es erneut; passiert es wieder, setzen Sie die Anmeldung zurück.',
  'signIn.notYou': 'Nicht Sie? Anderes Konto verwenden',
  'task.switchCompany': 'Firma wechseln',
  'chooseTenant.current': 'Aktuelle Firma',
  'start.needsConnection':
    'Sie sind offline. Um SuperOffice im Browser zu öffnen, ist eine Internetverbindung nötig.',
  'settings.save': 'Speichern',
  'problems.retrying': 'Neuer Versuch …',
  'problems.triedAgain': 'Um {time} erneut versucht, mit demselben Ergebnis.',
  'signIn.autoLoggedOut.one':
    'Sie wurden nach {count} Minute im Hintergrund abgemeldet. Melden Sie sich an, um fortzufahren.',
  'signIn.autoLoggedOut.other':
    'Sie wurden nach {count} Minuten im Hintergrund abgemeldet. Melden Sie sich an, um fortzufahren.',
  'signIn.autoLoginOff':
    'Die automatische Anmeldung ist aus, daher fragt Mobile CRM bei jedem Öffnen nach Ihrem Passwort.',
  'signIn.autoLoginOffByCompany':
    'Ihre Firma hat die automatische Anmeldung ausgeschaltet, daher fragt Mobile CRM bei jedem Öffnen nach Ihrem Passwort.',
  'lock.title': 'Mobile CRM ist gesperrt',
  'lock.account': 'Gesperrtes Konto',
  'lock.lead':
    'Was die App auf diesem Gerät speichert, bleibt verschlüsselt, bis Sie sich mit Fingerabdruck oder Gesicht anmelden.',
  'lock.unlock': 'Mit Fingerabdruck oder Gesicht anmelden',
  'lock.waiting': 'Warten auf Fingerabdruck oder Gesicht …',
  'lock.away.one': 'Mobile CRM hat sich nach {count} Minute im Hintergrund gesperrt.',
  'lock.away.other': 'Mobile CRM hat sich nach {count} Minuten im Hintergrund gesperrt.',
  'fingerprint.title': 'Nächstes Mal mit Fingerabdruck oder Gesicht anmelden?',
  'fingerprint.lead':
    'Öffnen Sie Mobile CRM mit Fingerabdruck oder Gesicht statt mit Passwort. Was die App auf diesem Gerät speichert, bleibt bis dahin verschlüsselt. Die automatische Anmeldung wird ausgeschaltet.',
  'fingerprint.yes': 'Ja',
  'fingerprint.notNow': 'Nicht jetzt',
  'fingerprint.cancelled':
    'Fingerabdruck oder Gesicht wurde nicht eingerichtet: Die Prüfung wurde abgebrochen oder war nicht erfolgreich. Sie können es später in den Einstellungen einschalten.',
  'fingerprint.noPrf':
    'Fingerabdruck oder Gesicht auf diesem Gerät kann nicht verschlüsseln, was die App speichert, daher nutzt Mobile CRM es hier nicht. Sie melden sich wie bisher mit Ihrem Passwort an.',
  'fingerprint.unavailable':
    'Fingerabdruck oder Gesicht konnte auf diesem Gerät nicht eingerichtet werden. Sie melden sich wie bisher mit Ihrem Passwort an.',
  'fingerprint.continue': 'Weiter',
  'loginSettings.title': 'Anmeldung',
  'loginSettings.fingerprint': 'Mit Fingerabdruck oder Gesicht anmelden',
  'loginSettings.autoLogin': 'Automatische Anmeldung',
  'loginSettings.autoLoginHint': 'Öffnet die App ohne Nachfrage, solange Ihre Sitzung besteht.',
  'loginSettings.autoLoginByCompany': 'Aus: von Ihrer Firma festgelegt.',
  'loginSettings.autoLoginByFingerprint': 'Aus, solange Sie sich mit Fingerabdruck oder Gesicht anmelden.',
  'loginSettings.autoLogout': 'Automatische Abmeldung',
  'loginSettings.autoLogoutNever': 'Nie',
  'loginSettings.autoLogoutAfter.one': 'Nach {count} Minute im Hintergrund',
  'loginSettings.autoLogoutAfter.other': 'Nach {count} Minuten im Hintergrund',
  'loginSettings.autoLogoutByCompany.one': 'Nach {count} Minute im Hintergrund (von Ihrer Firma festgelegt)',
  'loginSettings.autoLogoutByCompany.other':
    'Nach {count} Minuten im Hintergrund (von Ihrer Firma festgelegt)',
  'actions.log-in-with-password': 'Mit Passwort anmelden',
  'problems.fingerprint-failed.title': 'Fingerabdruck oder Gesicht nicht erkannt',
  'problems.fingerprint-failed.message':
    'Die Prüfung war nicht erfolgreich oder wurde abgebrochen. Versuchen Sie es erneut, oder melden Sie sich mit Ihrem Passwort an.',
  'problems.fingerprint-unavailable.title': 'Fingerabdruck oder Gesicht kann die App nicht öffnen',
  'problems.fingerprint-unavailable.message':
    'Fingerabdruck oder Gesicht auf diesem Gerät konnte nicht öffnen, was Mobile CRM hier speichert. Melden Sie sich mit Ihrem Passwort an; Sie können Fingerabdruck oder Gesicht in den Einstellungen ausschalten.',
} satisfies Translation<typeof english>;
