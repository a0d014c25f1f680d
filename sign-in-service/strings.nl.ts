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
  'federated.returned.title': 'Aangemeld bij uw bedrijf',
  'federated.returned.body':
    'De aanmelding van uw bedrijf heeft bevestigd wie u bent. Door naar SuperOffice …',
  'federated.error.cancelled':
    'De aanmelding met uw bedrijfsaccount ({domain}) is geannuleerd. Tik op Doorgaan om het opnieuw te proberen.',
  'federated.error.failed':
    'De aanmelding met uw bedrijfsaccount ({domain}) kon niet worden voltooid. Probeer het opnieuw; lukt het weer niet, neem dan contact op met uw beheerder.',
  'federated.error.unreachable':
    'De aanmelding van uw bedrijf voor {domain} is nu niet bereikbaar. Probeer het zo opnieuw.',
  'federated.error.noAccount':
    '{email} is aangemeld bij uw bedrijf, maar heeft geen SuperOffice-account. Vraag uw beheerder om toegang, of gebruik een ander e-mailadres.',
  'choice.title': 'Kies bedrijf',
  'choice.intro': '{name}, kies het bedrijf waarin u wilt werken.',
  'choice.filter': 'Zoek een bedrijf op naam of id',
  'choice.search': 'Zoeken',
  'choice.showing': '{shown} van {total} bedrijven worden getoond. Zoek om de andere te vinden.',
  'choice.matching.one': '{count} bedrijf past bij ‘{query}’.',
  'choice.matching.other': '{count} bedrijven passen bij ‘{query}’.',
  'choice.matchingSome':
    '{shown} van de {count} bedrijven die bij ‘{query}’ passen worden getoond. Zoek op meer van de naam of het id.',
  'choice.none': 'Geen bedrijf past bij ‘{query}’. Controleer de spelling, of zoek op id, zoals Cust12345.',
  'choice.lastUsed': 'laatst gebruikt',
  'choice.cannotChoose': 'Kan niet worden gekozen.',
  'choice.error.unknown': 'Kies een van de bedrijven in de lijst.',
  'choice.error.notRunning': '{company} kan nu niet worden gekozen. {why}',
  'tenant.running': 'Actief',
  'tenant.onlineMaintenance': 'Actief, onderhoud bezig',
  'tenant.offlineMaintenance': 'Buiten gebruik voor onderhoud',
  'tenant.suspended': 'Opgeschort',
  'tenant.deleted': 'Verwijderd',
  'tenant.notReady': 'Niet beschikbaar',
  'tenant.why.offlineMaintenance': 'Probeer het opnieuw als het onderhoud klaar is.',
  'tenant.why.suspended': 'Vraag uw beheerder om het weer te activeren.',
  'tenant.why.deleted': 'Het kan niet meer worden gebruikt.',
  'tenant.why.notReady': 'Het wordt ingericht of verplaatst. Probeer het later opnieuw.',
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
