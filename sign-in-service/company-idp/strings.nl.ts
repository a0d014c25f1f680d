// Dutch text of the company identity provider's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const nl = {
  'page.serviceName': 'Fjord Consulting-aanmelding',
  'page.localNote': 'Identiteitsprovider van het bedrijf · lokale ontwikkeling',
  'login.title': 'Aanmelden',
  'login.intro': 'Gebruik je werkaccount van Fjord Consulting.',
  'login.email': 'Werk-e-mail',
  'login.password': 'Wachtwoord',
  'login.submit': 'Volgende',
  'login.cancel': 'Annuleren',
  'login.error.credentials':
    'Het e-mailadres of wachtwoord is onjuist. Controleer ze en probeer het opnieuw.',
  'login.error.emailMissing': 'Vul het e-mailadres in dat je op je werk gebruikt.',
  'login.error.passwordMissing': 'Vul je wachtwoord in.',
  'login.error.emailTooLong': 'Het e-mailadres is te lang (maximaal {max} tekens).',
  'login.error.passwordTooLong': 'Het wachtwoord is te lang (maximaal {max} tekens).',
  'login.error.locked':
    'Te veel mislukte pogingen. Dit account is nog {minutes} minuut/minuten geblokkeerd. Probeer het later opnieuw.',
  'login.error.rateLimited':
    'Te veel aanmeldpogingen vanaf dit apparaat. Wacht {seconds} seconden en probeer het opnieuw.',
  'login.error.csrf': 'Dit formulier kon niet worden gecontroleerd. Vul je gegevens opnieuw in.',
  'login.error.tooLarge': 'Het formulier was te groot om te verwerken. Probeer het opnieuw.',
  'login.error.timedOut': 'Het aanmelden duurde te lang. Vul je wachtwoord opnieuw in.',
  'code.title': 'Vul je code in',
  'code.signingInAs': 'Aanmelden als {email}',
  'code.label': 'Eenmalige code',
  'code.hint':
    'Open je authenticator-app en vul de 6-cijferige code in die deze voor Fjord Consulting toont.',
  'code.submit': 'Bevestigen',
  'code.error.missing': 'Vul de 6-cijferige code uit je authenticator-app in.',
  'code.error.format': 'De code heeft 6 cijfers. Vul alleen de cijfers in die je app toont.',
  'code.error.wrong': 'Die code is onjuist. Vul de code in die je authenticator-app nu toont.',
  'code.error.expired': 'Die code is verlopen. Vul de code in die je authenticator-app nu toont.',
  'code.error.reused': 'Die code is al gebruikt. Wacht tot je app een nieuwe code toont en vul die in.',
  'expired.title': 'Deze aanmelding is verlopen',
  'expired.body':
    'De aanmeldpagina stond te lang open of is al gebruikt. Ga terug naar waar je begon en meld je opnieuw aan.',
  'logout.title': 'Afmelden?',
  'logout.body': 'Wil je je op dit apparaat afmelden bij je Fjord Consulting-account?',
  'logout.yes': 'Ja, afmelden',
  'logout.no': 'Nee, aangemeld blijven',
  'loggedOut.title': 'Je bent afgemeld',
  'loggedOut.body': 'Je bent afgemeld bij je Fjord Consulting-account. Je kunt deze pagina sluiten.',
  'error.title': 'Er ging iets mis',
  'error.body': 'Het aanmelden kon niet worden afgerond. Ga terug naar waar je begon en probeer het opnieuw.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Er is niets op dit adres.',
  'home.title': 'Fjord Consulting-aanmelding (lokaal)',
  'home.body':
    'De identiteitsprovider van Fjord Consulting. SuperOffice stuurt mensen met een fjord.example-adres hierheen om zich aan te melden; op deze pagina zelf valt niets te doen.',
} satisfies Strings;
