// German text of the company identity provider's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const de = {
  'page.serviceName': 'Fjord Consulting-Anmeldung',
  'page.localNote': 'Identitätsanbieter des Unternehmens · lokale Entwicklung',
  'login.title': 'Anmelden',
  'login.intro': 'Verwenden Sie Ihr Arbeitskonto bei Fjord Consulting.',
  'login.email': 'Geschäftliche E-Mail',
  'login.password': 'Passwort',
  'login.submit': 'Weiter',
  'login.cancel': 'Abbrechen',
  'login.error.credentials':
    'E-Mail oder Passwort ist falsch. Prüfen Sie beides und versuchen Sie es erneut.',
  'login.error.emailMissing': 'Geben Sie Ihre geschäftliche E-Mail-Adresse ein.',
  'login.error.passwordMissing': 'Geben Sie Ihr Passwort ein.',
  'login.error.emailTooLong': 'Die E-Mail-Adresse ist zu lang (höchstens {max} Zeichen).',
  'login.error.passwordTooLong': 'Das Passwort ist zu lang (höchstens {max} Zeichen).',
  'login.error.locked':
    'Zu viele Fehlversuche. Dieses Konto ist noch {minutes} Minute(n) gesperrt. Versuchen Sie es später erneut.',
  'login.error.rateLimited':
    'Zu viele Anmeldeversuche von diesem Gerät. Warten Sie {seconds} Sekunden und versuchen Sie es erneut.',
  'login.error.csrf': 'Dieses Formular konnte nicht bestätigt werden. Geben Sie Ihre Daten erneut ein.',
  'login.error.tooLarge': 'Das Formular war zu groß. Versuchen Sie es erneut.',
  'login.error.timedOut': 'Die Anmeldung hat zu lange gedauert. Geben Sie Ihr Passwort erneut ein.',
  'code.title': 'Code eingeben',
  'code.signingInAs': 'Anmeldung als {email}',
  'code.label': 'Einmalcode',
  'code.hint':
    'Öffnen Sie Ihre Authenticator-App und geben Sie den 6-stelligen Code ein, den sie für Fjord Consulting anzeigt.',
  'code.submit': 'Bestätigen',
  'code.error.missing': 'Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.',
  'code.error.format': 'Der Code hat 6 Ziffern. Geben Sie nur die Ziffern ein, die Ihre App anzeigt.',
  'code.error.wrong':
    'Dieser Code ist falsch. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.',
  'code.error.expired':
    'Dieser Code ist abgelaufen. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.',
  'code.error.reused':
    'Dieser Code wurde schon verwendet. Warten Sie, bis Ihre App einen neuen Code anzeigt, und geben Sie diesen ein.',
  'expired.title': 'Diese Anmeldung ist abgelaufen',
  'expired.body':
    'Die Anmeldeseite war zu lange geöffnet oder wurde schon verwendet. Kehren Sie dorthin zurück, wo Sie begonnen haben, und melden Sie sich erneut an.',
  'logout.title': 'Abmelden?',
  'logout.body': 'Möchten Sie sich auf diesem Gerät von Ihrem Fjord Consulting-Konto abmelden?',
  'logout.yes': 'Ja, abmelden',
  'logout.no': 'Nein, angemeldet bleiben',
  'loggedOut.title': 'Sie sind abgemeldet',
  'loggedOut.body': 'Sie sind von Ihrem Fjord Consulting-Konto abgemeldet. Sie können diese Seite schließen.',
  'error.title': 'Etwas ist schiefgelaufen',
  'error.body':
    'Die Anmeldung konnte nicht abgeschlossen werden. Kehren Sie dorthin zurück, wo Sie begonnen haben, und versuchen Sie es erneut.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Seite nicht gefunden',
  'notFound.body': 'Unter dieser Adresse gibt es nichts.',
  'home.title': 'Fjord Consulting-Anmeldung (lokal)',
  'home.body':
    'Der Identitätsanbieter von Fjord Consulting. SuperOffice schickt Personen mit einer fjord.example-Adresse zur Anmeldung hierher; auf dieser Seite selbst gibt es nichts zu tun.',
} satisfies Strings;
