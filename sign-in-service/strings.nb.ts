// Norwegian Bokmål text of the sign-in service's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const nb = {
  'page.serviceName': 'SuperOffice-pålogging',
  'page.localNote': 'Lokal utviklingstjeneste',
  'login.title': 'Logg inn',
  'login.intro': 'Bruk SuperOffice-kontoen din.',
  'login.tenant': 'Firma: {company} ({ctx})',
  'login.email': 'E-post',
  'login.password': 'Passord',
  'login.submit': 'Logg inn',
  'login.cancel': 'Avbryt',
  'login.continue': 'Fortsett',
  'login.changeEmail': 'Bruk en annen e-postadresse',
  'login.error.emailInvalid': 'Skriv inn en hel e-postadresse, som navn@eksempel.no.',
  'login.error.credentials': 'E-postadressen eller passordet er feil. Sjekk dem og prøv igjen.',
  'login.error.emailMissing': 'Skriv inn e-postadressen din.',
  'login.error.passwordMissing': 'Skriv inn passordet ditt.',
  'login.error.emailTooLong': 'E-postadressen er for lang (høyst {max} tegn).',
  'login.error.passwordTooLong': 'Passordet er for langt (høyst {max} tegn).',
  'login.error.locked.one':
    'For mange mislykkede forsøk. Kontoen er låst på denne enheten i {count} minutt til. Prøv igjen senere.',
  'login.error.locked.other':
    'For mange mislykkede forsøk. Kontoen er låst på denne enheten i {count} minutter til. Prøv igjen senere.',
  'login.error.rateLimited.one':
    'For mange påloggingsforsøk fra denne enheten. Vent {count} sekund og prøv igjen.',
  'login.error.rateLimited.other':
    'For mange påloggingsforsøk fra denne enheten. Vent {count} sekunder og prøv igjen.',
  'login.error.csrf': 'Skjemaet kunne ikke bekreftes. Skriv inn opplysningene på nytt.',
  'login.error.tooLarge': 'Skjemaet var for stort til å behandles. Prøv igjen.',
  'federated.title': 'Firmaet ditt logger deg inn',
  'federated.body':
    'Personer i {domain} logger inn med firmaets egen pålogging ({provider}). Den er ikke koblet til denne lokale tjenesten ennå.',
  'expired.title': 'Denne påloggingen er utløpt',
  'expired.body':
    'Påloggingssiden var åpen for lenge eller er allerede brukt. Gå tilbake til appen og logg inn på nytt.',
  'expired.back': 'Tilbake til Mobile CRM',
  'logout.title': 'Logge ut?',
  'logout.body': 'Vil du logge ut av SuperOffice-påloggingen på denne enheten?',
  'logout.yes': 'Ja, logg ut',
  'logout.no': 'Nei, forbli pålogget',
  'loggedOut.title': 'Du er logget ut',
  'loggedOut.body': 'Du kan lukke denne siden, eller gå tilbake til appen for å logge inn igjen.',
  'error.title': 'Noe gikk galt',
  'error.body': 'Påloggingen kunne ikke fullføres. Gå tilbake til appen og prøv igjen.',
  'error.details': 'Detaljer: {details}',
  'notFound.title': 'Finner ikke siden',
  'notFound.body': 'Det finnes ingenting på denne adressen.',
  'home.title': 'SuperOffice-pålogging (lokal)',
  'home.body': 'Denne tjenesten logger deg inn i Mobile CRM-appen. Åpne appen for å logge inn: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'SuperOffice-nettklienten er ikke en del av denne lokale tjenesten. Firmaet har status {state}, og API-et ligger på {api}.',
} satisfies Strings;
