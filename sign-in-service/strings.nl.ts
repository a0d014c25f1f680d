// Dutch text of the sign-in service's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const nl = {
  'page.serviceName': 'SuperOffice-aanmelding',
  'page.localNote': 'Lokale ontwikkeldienst',
  'login.title': 'Inloggen',
  'login.intro': 'Gebruik je SuperOffice-account.',
  'login.tenant': 'Bedrijf: {company} ({ctx})',
  'login.email': 'E-mail',
  'login.password': 'Wachtwoord',
  'login.submit': 'Inloggen',
  'login.cancel': 'Annuleren',
  'login.continue': 'Doorgaan',
  'login.changeEmail': 'Ander e-mailadres gebruiken',
  'login.error.emailInvalid': 'Voer een volledig e-mailadres in, zoals naam@voorbeeld.nl.',
  'login.error.credentials':
    'Het e-mailadres of wachtwoord klopt niet. Controleer ze en probeer het opnieuw.',
  'login.error.emailMissing': 'Vul je e-mailadres in.',
  'login.error.passwordMissing': 'Vul je wachtwoord in.',
  'login.error.emailTooLong': 'Het e-mailadres is te lang (maximaal {max} tekens).',
  'login.error.passwordTooLong': 'Het wachtwoord is te lang (maximaal {max} tekens).',
  'login.error.locked.one':
    'Te veel mislukte pogingen. Dit account is op dit apparaat nog {count} minuut geblokkeerd. Probeer het later opnieuw.',
  'login.error.locked.other':
    'Te veel mislukte pogingen. Dit account is op dit apparaat nog {count} minuten geblokkeerd. Probeer het later opnieuw.',
  'login.error.rateLimited.one':
    'Te veel inlogpogingen vanaf dit apparaat. Wacht {count} seconde en probeer het opnieuw.',
  'login.error.rateLimited.other':
    'Te veel inlogpogingen vanaf dit apparaat. Wacht {count} seconden en probeer het opnieuw.',
  'login.error.csrf': 'Dit formulier kon niet worden gecontroleerd. Vul je gegevens opnieuw in.',
  'login.error.tooLarge': 'Het formulier was te groot om te verwerken. Probeer het opnieuw.',
  'federated.title': 'Uw bedrijf meldt u aan',
  'federated.body':
    'Mensen bij {domain} melden zich aan via de eigen aanmelding van hun bedrijf ({provider}). Die is nog niet met deze lokale dienst verbonden.',
  'expired.title': 'Deze aanmelding is verlopen',
  'expired.body':
    'De inlogpagina stond te lang open of is al gebruikt. Ga terug naar de app en log opnieuw in.',
  'expired.back': 'Terug naar Mobile CRM',
  'logout.title': 'Uitloggen?',
  'logout.body': 'Wil je op dit apparaat uitloggen bij de SuperOffice-aanmelding?',
  'logout.yes': 'Ja, uitloggen',
  'logout.no': 'Nee, ingelogd blijven',
  'loggedOut.title': 'Je bent uitgelogd',
  'loggedOut.body': 'Je kunt deze pagina sluiten, of teruggaan naar de app om opnieuw in te loggen.',
  'error.title': 'Er ging iets mis',
  'error.body': 'Het inloggen kon niet worden afgerond. Ga terug naar de app en probeer het opnieuw.',
  'error.details': 'Details: {details}',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Op dit adres staat niets.',
  'home.title': 'SuperOffice-aanmelding (lokaal)',
  'home.body': 'Deze dienst logt je in bij de Mobile CRM-app. Open de app om in te loggen: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'De SuperOffice-webclient hoort niet bij deze lokale dienst. Het bedrijf heeft status {state} en de API staat op {api}.',
} satisfies Strings;
