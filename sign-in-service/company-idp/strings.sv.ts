// Swedish text of the company identity provider's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const sv = {
  'page.serviceName': 'Fjord Consulting-inloggning',
  'page.localNote': 'Företagets identitetsleverantör · lokal utveckling',
  'login.title': 'Logga in',
  'login.intro': 'Använd ditt jobbkonto på Fjord Consulting.',
  'login.email': 'Jobbmejl',
  'login.password': 'Lösenord',
  'login.submit': 'Nästa',
  'login.cancel': 'Avbryt',
  'login.error.credentials': 'E-postadressen eller lösenordet är fel. Kontrollera dem och försök igen.',
  'login.error.emailMissing': 'Ange e-postadressen du använder i jobbet.',
  'login.error.passwordMissing': 'Ange ditt lösenord.',
  'login.error.emailTooLong': 'E-postadressen är för lång (högst {max} tecken).',
  'login.error.passwordTooLong': 'Lösenordet är för långt (högst {max} tecken).',
  'login.error.locked':
    'För många misslyckade försök. Kontot är låst i {minutes} minut(er) till. Försök igen senare.',
  'login.error.rateLimited':
    'För många inloggningsförsök från den här enheten. Vänta {seconds} sekunder och försök igen.',
  'login.error.csrf': 'Formuläret kunde inte verifieras. Ange dina uppgifter igen.',
  'login.error.tooLarge': 'Formuläret var för stort för att behandlas. Försök igen.',
  'login.error.timedOut': 'Inloggningen tog för lång tid. Ange ditt lösenord igen.',
  'code.title': 'Ange din kod',
  'code.signingInAs': 'Loggar in som {email}',
  'code.label': 'Engångskod',
  'code.hint':
    'Öppna din autentiseringsapp och ange den sexsiffriga koden som den visar för Fjord Consulting.',
  'code.submit': 'Verifiera',
  'code.error.missing': 'Ange den sexsiffriga koden från din autentiseringsapp.',
  'code.error.format': 'Koden har sex siffror. Ange bara siffrorna som appen visar.',
  'code.error.wrong': 'Koden är fel. Ange koden som autentiseringsappen visar nu.',
  'code.error.expired': 'Koden har gått ut. Ange koden som autentiseringsappen visar nu.',
  'code.error.reused': 'Koden har redan använts. Vänta tills appen visar en ny kod och ange den.',
  'expired.title': 'Inloggningen har gått ut',
  'expired.body':
    'Inloggningssidan var öppen för länge eller har redan använts. Gå tillbaka dit du började och logga in igen.',
  'logout.title': 'Logga ut?',
  'logout.body': 'Vill du logga ut från ditt Fjord Consulting-konto på den här enheten?',
  'logout.yes': 'Ja, logga ut',
  'logout.no': 'Nej, förbli inloggad',
  'loggedOut.title': 'Du är utloggad',
  'loggedOut.body': 'Du är utloggad från ditt Fjord Consulting-konto. Du kan stänga den här sidan.',
  'error.title': 'Något gick fel',
  'error.body': 'Inloggningen kunde inte slutföras. Gå tillbaka dit du började och försök igen.',
  'error.details': 'Detaljer: {details}',
  'notFound.title': 'Sidan hittades inte',
  'notFound.body': 'Det finns ingenting på den här adressen.',
  'home.title': 'Fjord Consulting-inloggning (lokal)',
  'home.body':
    'Identitetsleverantören för Fjord Consulting. SuperOffice skickar personer med en fjord.example-adress hit för att logga in; det finns inget att göra på själva den här sidan.',
} satisfies Strings;
