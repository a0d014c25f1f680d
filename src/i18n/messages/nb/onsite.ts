// Norwegian Bokmål for the Onsite screen: in the nb catalog, downloaded only when nb is active.
import type { Translation } from '../../translate.ts';
import type { onsite as english } from '../en/onsite.ts';

export const onsite = {
  'onsite.title': 'Koble til firmaets egen server',
  'onsite.lead':
    'SuperOffice Onsite kjører på firmaets egen server. Skriv inn adressen slik administratoren ga deg den.',
  'onsite.address': 'Serveradresse',
  'onsite.example': 'For eksempel crm.example.com eller https://crm.example.com/SuperOffice',
  'onsite.connect': 'Koble til',
  'onsite.cancel': 'Avbryt',
  'onsite.connecting': 'Kobler til {address} …',
  'onsite.empty': 'Skriv inn adressen til serveren, for eksempel crm.example.com.',
  'onsite.invalid': 'Dette er ikke en serveradresse. Sjekk den, eller spør administratoren om den.',
  'onsite.unsafe':
    'Denne adressen kan ikke brukes: en serveradresse har ikke brukernavn, passord, skjulte tegn eller en annen type lenke i seg.',
  'onsite.not-https':
    '{address} bruker vanlig http, som ikke er sikkert. Bruk https-adressen (vanlig http virker bare på denne enheten selv).',
  'onsite.not-allowed':
    'Denne appen kan ikke koble til {address}. Administratoren bestemmer hvilke servere den kan bruke.',
  'problems.onsite-offline.title': 'Du er frakoblet',
  'problems.onsite-offline.message': 'Koble til internett for å nå {address}. Ingenting ble sendt.',
  'problems.onsite-unreachable.title': 'Får ikke kontakt med serveren',
  'problems.onsite-unreachable.message':
    '{address} svarte ikke. Sjekk adressen. Serveren kan være nede eller bare nås innenfor firmaets nettverk, eller denne enheten stoler ikke på sikkerhetssertifikatet.',
  'problems.onsite-no-sign-in.title': 'Fant ingen pålogging',
  'problems.onsite-no-sign-in.message':
    '{address} svarte, men det finnes ingen OpenID Connect-pålogging der som denne appen kan bruke. Sjekk adressen, eller spør administratoren om serveren tilbyr pålogging for Mobile CRM.',
  'problems.onsite-untrusted.title': 'Påloggingen på serveren kan ikke stoles på',
  'problems.onsite-untrusted.issuer':
    'Påloggingen på {address} oppgir at den er en annen server, så appen bruker den ikke. Be administratoren sjekke påloggingsinnstillingene på serveren.',
  'problems.onsite-untrusted.http':
    'Påloggingen på {address} bruker vanlige http-adresser (blandet innhold), som ikke er sikre. Be administratoren bruke https for alt.',
  'problems.onsite-untrusted.pkce':
    'Påloggingen på {address} tilbyr ikke den sikre påloggingen denne appen trenger (autorisasjonskode med PKCE S256). Spør administratoren.',
  'problems.onsite-untrusted.elsewhere':
    'Påloggingen på {address} bruker andre servere som denne appen ikke kan koble til. Spør administratoren.',
  'problems.onsite-refuses-app.title': 'Serveren godtar ikke denne appen',
  'problems.onsite-refuses-app.client':
    '{address} kjenner ikke denne appen. Administratoren må registrere den i påloggingen på serveren: klient-ID {clientId}, returadresse {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} lar ikke denne appen ({origin}) fullføre en pålogging fra nettleseren (CORS). Administratoren må tillate {origin} i påloggingen på serveren.',
} satisfies Translation<typeof english>;
