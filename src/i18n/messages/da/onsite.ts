// Danish for the Onsite screen: in the da catalog, downloaded only when da is active.
import type { Translation } from '../../translate.ts';
import type { onsite as english } from '../en/onsite.ts';

export const onsite = {
  'onsite.title': 'Opret forbindelse til firmaets egen server',
  'onsite.lead':
    'SuperOffice Onsite kører på firmaets egen server. Indtast adressen, som din administrator gav dig den.',
  'onsite.address': 'Serveradresse',
  'onsite.example': 'For eksempel crm.example.com eller https://crm.example.com/SuperOffice',
  'onsite.connect': 'Opret forbindelse',
  'onsite.cancel': 'Annuller',
  'onsite.connecting': 'Opretter forbindelse til {address} …',
  'onsite.empty': 'Indtast serverens adresse, for eksempel crm.example.com.',
  'onsite.invalid': 'Dette er ikke en serveradresse. Kontrollér den, eller spørg din administrator om den.',
  'onsite.unsafe':
    'Adressen kan ikke bruges: en serveradresse indeholder ikke brugernavn, adgangskode, skjulte tegn eller en anden slags link.',
  'onsite.not-https':
    '{address} bruger almindelig http, som ikke er sikkert. Brug dens https-adresse (almindelig http virker kun på selve denne enhed).',
  'onsite.not-allowed':
    'Denne app må ikke oprette forbindelse til {address}. Din administrator bestemmer, hvilke servere den kan bruge.',
  'problems.onsite-offline.title': 'Du er offline',
  'problems.onsite-offline.message':
    'Opret forbindelse til internettet for at nå {address}. Intet blev sendt.',
  'problems.onsite-unreachable.title': 'Kan ikke få kontakt til serveren',
  'problems.onsite-unreachable.message':
    '{address} svarede ikke. Kontrollér adressen. Serveren kan være nede eller kun kunne nås inde fra firmaets netværk, eller denne enhed stoler ikke på dens sikkerhedscertifikat.',
  'problems.onsite-no-sign-in.title': 'Intet login fundet',
  'problems.onsite-no-sign-in.message':
    '{address} svarede, men der er intet OpenID Connect-login, som denne app må bruge. Kontrollér adressen, eller spørg din administrator, om serveren tilbyder login til Mobile CRM.',
  'problems.onsite-untrusted.title': 'Serverens login kan ikke stoles på',
  'problems.onsite-untrusted.issuer':
    'Login på {address} siger, at det er en anden server, så appen bruger det ikke. Bed din administrator om at kontrollere serverens login-indstillinger.',
  'problems.onsite-untrusted.http':
    'Login på {address} bruger almindelige http-adresser (blandet indhold), som ikke er sikre. Bed din administrator om at bruge https til det hele.',
  'problems.onsite-untrusted.pkce':
    'Login på {address} tilbyder ikke det sikre login, som appen har brug for (autorisationskode med PKCE S256). Spørg din administrator.',
  'problems.onsite-untrusted.elsewhere':
    'Login på {address} bruger andre servere, som denne app ikke må oprette forbindelse til. Spørg din administrator.',
  'problems.onsite-refuses-app.title': 'Serveren accepterer ikke denne app',
  'problems.onsite-refuses-app.client':
    '{address} kender ikke denne app. Din administrator skal registrere den i serverens login: klient-id {clientId}, returadresse {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} lader ikke denne app ({origin}) gennemføre et login fra browseren (CORS). Din administrator skal tillade {origin} i serverens login.',
} satisfies Translation<typeof english>;
