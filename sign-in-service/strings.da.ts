// Danish text of the sign-in service's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const da = {
  'page.serviceName': 'SuperOffice-login',
  'page.localNote': 'Lokal udviklingstjeneste',
  'login.title': 'Log ind',
  'login.intro': 'Brug din SuperOffice-konto.',
  'login.tenant': 'Firma: {company} ({ctx})',
  'login.email': 'E-mail',
  'login.password': 'Adgangskode',
  'login.submit': 'Log ind',
  'login.cancel': 'Annuller',
  'login.continue': 'Fortsæt',
  'login.changeEmail': 'Brug en anden e-mailadresse',
  'login.error.emailInvalid': 'Indtast en hel e-mailadresse, som navn@eksempel.dk.',
  'login.error.credentials': 'E-mailen eller adgangskoden er forkert. Kontrollér dem, og prøv igen.',
  'login.error.emailMissing': 'Indtast din e-mailadresse.',
  'login.error.passwordMissing': 'Indtast din adgangskode.',
  'login.error.emailTooLong': 'E-mailadressen er for lang (højst {max} tegn).',
  'login.error.passwordTooLong': 'Adgangskoden er for lang (højst {max} tegn).',
  'login.error.locked.one':
    'For mange mislykkede forsøg. Kontoen er låst på denne enhed i {count} minut mere. Prøv igen senere.',
  'login.error.locked.other':
    'For mange mislykkede forsøg. Kontoen er låst på denne enhed i {count} minutter mere. Prøv igen senere.',
  'login.error.rateLimited.one': 'For mange loginforsøg fra denne enhed. Vent {count} sekund, og prøv igen.',
  'login.error.rateLimited.other':
    'For mange loginforsøg fra denne enhed. Vent {count} sekunder, og prøv igen.',
  'login.error.csrf': 'Formularen kunne ikke bekræftes. Indtast dine oplysninger igen.',
  'login.error.tooLarge': 'Formularen var for stor til at blive behandlet. Prøv igen.',
  'federated.title': 'Din virksomhed logger dig ind',
  'federated.body':
    'Personer hos {domain} logger ind med virksomhedens eget login ({provider}). Det er endnu ikke forbundet med denne lokale tjeneste.',
  'expired.title': 'Dette login er udløbet',
  'expired.body':
    'Login-siden var åben for længe eller er allerede brugt. Gå tilbage til appen, og log ind igen.',
  'expired.back': 'Tilbage til Mobile CRM',
  'logout.title': 'Log ud?',
  'logout.body': 'Vil du logge ud af SuperOffice-login på denne enhed?',
  'logout.yes': 'Ja, log ud',
  'logout.no': 'Nej, forbliv logget ind',
  'loggedOut.title': 'Du er logget ud',
  'loggedOut.body': 'Du kan lukke denne side eller gå tilbage til appen for at logge ind igen.',
  'error.title': 'Noget gik galt',
  'error.body': 'Login kunne ikke gennemføres. Gå tilbage til appen, og prøv igen.',
  'error.details': 'Detaljer: {details}',
  'notFound.title': 'Siden blev ikke fundet',
  'notFound.body': 'Der er intet på denne adresse.',
  'home.title': 'SuperOffice-login (lokal)',
  'home.body': 'Denne tjeneste logger dig ind i Mobile CRM-appen. Åbn appen for at logge ind: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'SuperOffice-webklienten er ikke en del af denne lokale tjeneste. Firmaet har status {state}, og dets API findes på {api}.',
} satisfies Strings;
