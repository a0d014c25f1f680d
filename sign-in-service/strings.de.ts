// German text of the sign-in service's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const de = {
  'page.serviceName': 'SuperOffice-Anmeldung',
  'page.localNote': 'Lokaler Entwicklungsdienst',
  'login.title': 'Anmelden',
  'login.intro': 'Verwenden Sie Ihr SuperOffice-Konto.',
  'login.tenant': 'Firma: {company} ({ctx})',
  'login.email': 'E-Mail',
  'login.password': 'Passwort',
  'login.submit': 'Anmelden',
  'login.cancel': 'Abbrechen',
  'login.continue': 'Weiter',
  'login.changeEmail': 'Andere E-Mail-Adresse verwenden',
  'login.error.emailInvalid': 'Geben Sie eine vollständige E-Mail-Adresse ein, z. B. name@beispiel.de.',
  'login.error.credentials':
    'E-Mail oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.',
  'login.error.emailMissing': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'login.error.passwordMissing': 'Geben Sie Ihr Passwort ein.',
  'login.error.emailTooLong': 'Die E-Mail-Adresse ist zu lang (höchstens {max} Zeichen).',
  'login.error.passwordTooLong': 'Das Passwort ist zu lang (höchstens {max} Zeichen).',
  'login.error.locked.one':
    'Zu viele Fehlversuche. Dieses Konto ist auf diesem Gerät noch {count} Minute gesperrt. Versuchen Sie es später erneut.',
  'login.error.locked.other':
    'Zu viele Fehlversuche. Dieses Konto ist auf diesem Gerät noch {count} Minuten gesperrt. Versuchen Sie es später erneut.',
  'login.error.rateLimited.one':
    'Zu viele Anmeldeversuche von diesem Gerät. Warten Sie {count} Sekunde und versuchen Sie es erneut.',
  'login.error.rateLimited.other':
    'Zu viele Anmeldeversuche von diesem Gerät. Warten Sie {count} Sekunden und versuchen Sie es erneut.',
  'login.error.csrf': 'Dieses Formular konnte nicht überprüft werden. Bitte geben Sie Ihre Daten erneut ein.',
  'login.error.tooLarge': 'Das Formular war zu groß zur Verarbeitung. Bitte versuchen Sie es erneut.',
  'federated.returned.title': 'Bei Ihrem Unternehmen angemeldet',
  'federated.returned.body':
    'Die Anmeldung Ihres Unternehmens hat bestätigt, wer Sie sind. Weiter zu SuperOffice …',
  'federated.error.cancelled':
    'Die Anmeldung mit Ihrem Unternehmenskonto ({domain}) wurde abgebrochen. Tippen Sie auf Weiter, um es erneut zu versuchen.',
  'federated.error.failed':
    'Die Anmeldung mit Ihrem Unternehmenskonto ({domain}) konnte nicht abgeschlossen werden. Versuchen Sie es erneut; wenn es wieder fehlschlägt, wenden Sie sich an Ihren Administrator.',
  'federated.error.unreachable':
    'Die Anmeldung Ihres Unternehmens für {domain} ist gerade nicht erreichbar. Versuchen Sie es gleich noch einmal.',
  'federated.error.noAccount':
    '{email} ist bei Ihrem Unternehmen angemeldet, hat aber kein SuperOffice-Konto. Bitten Sie Ihren Administrator um Zugang, oder verwenden Sie eine andere E-Mail-Adresse.',
  'choice.title': 'Firma wählen',
  'choice.intro': '{name}, wählen Sie die Firma, in der Sie arbeiten möchten.',
  'choice.filter': 'Firma nach Name oder ID finden',
  'choice.search': 'Suchen',
  'choice.showing': '{shown} von {total} Firmen werden angezeigt. Suchen Sie, um die anderen zu finden.',
  'choice.matching.one': '{count} Firma passt zu „{query}“.',
  'choice.matching.other': '{count} Firmen passen zu „{query}“.',
  'choice.matchingSome':
    '{shown} der {count} Firmen, die zu „{query}“ passen, werden angezeigt. Suchen Sie nach mehr vom Namen oder der ID.',
  'choice.none':
    'Keine Firma passt zu „{query}“. Prüfen Sie die Schreibweise oder suchen Sie nach der ID, z. B. Cust12345.',
  'choice.lastUsed': 'zuletzt verwendet',
  'choice.cannotChoose': 'Kann nicht gewählt werden.',
  'choice.error.unknown': 'Wählen Sie eine der Firmen in der Liste.',
  'choice.error.notRunning': '{company} kann jetzt nicht gewählt werden. {why}',
  'tenant.running': 'In Betrieb',
  'tenant.onlineMaintenance': 'In Betrieb, Wartung läuft',
  'tenant.offlineMaintenance': 'Wegen Wartung nicht verfügbar',
  'tenant.suspended': 'Gesperrt',
  'tenant.deleted': 'Gelöscht',
  'tenant.notReady': 'Nicht verfügbar',
  'tenant.why.offlineMaintenance': 'Versuchen Sie es nach der Wartung erneut.',
  'tenant.why.suspended': 'Bitten Sie Ihren Administrator, sie wieder zu aktivieren.',
  'tenant.why.deleted': 'Sie kann nicht mehr verwendet werden.',
  'tenant.why.notReady': 'Sie wird eingerichtet oder verschoben. Versuchen Sie es später erneut.',
  'expired.title': 'Diese Anmeldung ist abgelaufen',
  'expired.body':
    'Die Anmeldeseite war zu lange geöffnet oder wurde schon verwendet. Kehren Sie zur App zurück und melden Sie sich erneut an.',
  'expired.back': 'Zurück zu Mobile CRM',
  'logout.title': 'Abmelden?',
  'logout.body': 'Möchten Sie sich auf diesem Gerät von der SuperOffice-Anmeldung abmelden?',
  'logout.yes': 'Ja, abmelden',
  'logout.no': 'Nein, angemeldet bleiben',
  'loggedOut.title': 'Sie sind abgemeldet',
  'loggedOut.body': 'Sie können diese Seite schließen oder zur App zurückkehren, um sich erneut anzumelden.',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.body':
    'Die Anmeldung konnte nicht abgeschlossen werden. Kehren Sie zur App zurück und versuchen Sie es erneut.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Unter dieser Adresse gibt es nichts.',
  'home.title': 'SuperOffice-Anmeldung (lokal)',
  'home.body':
    'Dieser Dienst meldet Sie bei der App Mobile CRM an. Öffnen Sie die App, um sich anzumelden: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'Der SuperOffice-Webclient gehört nicht zu diesem lokalen Dienst. Die Firma hat den Status {state}, ihre API liegt unter {api}.',
} satisfies Strings;
