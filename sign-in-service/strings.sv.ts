// Swedish text of the sign-in service's pages, the same keys and placeholders as strings.ts.
import type { Strings } from './strings.ts';

export const sv = {
  'page.serviceName': 'SuperOffice-inloggning',
  'page.localNote': 'Lokal utvecklingstjänst',
  'login.title': 'Logga in',
  'login.intro': 'Använd ditt SuperOffice-konto.',
  'login.tenant': 'Företag: {company} ({ctx})',
  'login.email': 'E-post',
  'login.password': 'Lösenord',
  'login.submit': 'Logga in',
  'login.cancel': 'Avbryt',
  'login.continue': 'Fortsätt',
  'login.changeEmail': 'Använd en annan e-postadress',
  'login.error.emailInvalid': 'Ange en fullständig e-postadress, som namn@exempel.se.',
  'login.error.credentials': 'E-postadressen eller lösenordet är fel. Kontrollera dem och försök igen.',
  'login.error.emailMissing': 'Ange din e-postadress.',
  'login.error.passwordMissing': 'Ange ditt lösenord.',
  'login.error.emailTooLong': 'E-postadressen är för lång (högst {max} tecken).',
  'login.error.passwordTooLong': 'Lösenordet är för långt (högst {max} tecken).',
  'login.error.locked.one':
    'För många misslyckade försök. Kontot är låst på den här enheten i {count} minut till. Försök igen senare.',
  'login.error.locked.other':
    'För många misslyckade försök. Kontot är låst på den här enheten i {count} minuter till. Försök igen senare.',
  'login.error.rateLimited.one':
    'För många inloggningsförsök från den här enheten. Vänta {count} sekund och försök igen.',
  'login.error.rateLimited.other':
    'För många inloggningsförsök från den här enheten. Vänta {count} sekunder och försök igen.',
  'login.error.csrf': 'Formuläret kunde inte verifieras. Ange dina uppgifter igen.',
  'login.error.tooLarge': 'Formuläret var för stort för att behandlas. Försök igen.',
  'federated.title': 'Ditt företag loggar in dig',
  'federated.body':
    'Personer på {domain} loggar in med företagets egen inloggning ({provider}). Den är inte ansluten till den här lokala tjänsten ännu.',
  'expired.title': 'Den här inloggningen har gått ut',
  'expired.body':
    'Inloggningssidan var öppen för länge eller har redan använts. Gå tillbaka till appen och logga in igen.',
  'expired.back': 'Tillbaka till Mobile CRM',
  'logout.title': 'Logga ut?',
  'logout.body': 'Vill du logga ut från SuperOffice-inloggningen på den här enheten?',
  'logout.yes': 'Ja, logga ut',
  'logout.no': 'Nej, förbli inloggad',
  'loggedOut.title': 'Du är utloggad',
  'loggedOut.body': 'Du kan stänga den här sidan, eller gå tillbaka till appen för att logga in igen.',
  'error.title': 'Något gick fel',
  'error.body': 'Inloggningen kunde inte slutföras. Gå tillbaka till appen och försök igen.',
  'error.details': 'Detaljer: {details}',
  'notFound.title': 'Sidan hittades inte',
  'notFound.body': 'Det finns inget på den här adressen.',
  'home.title': 'SuperOffice-inloggning (lokal)',
  'home.body': 'Den här tjänsten loggar in dig i Mobile CRM-appen. Öppna appen för att logga in: {origins}',
  'tenantHome.title': '{company} ({ctx})',
  'tenantHome.body':
    'SuperOffice webbklient ingår inte i den här lokala tjänsten. Företaget har status {state} och dess API finns på {api}.',
} satisfies Strings;
