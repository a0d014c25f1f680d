// Swedish for the Onsite screen: in the sv catalog, downloaded only when sv is active.
import type { Translation } from '../../translate.ts';
import type { onsite as english } from '../en/onsite.ts';

export const onsite = {
  'onsite.title': 'Anslut till företagets egen server',
  'onsite.lead':
    'SuperOffice Onsite körs på företagets egen server. Ange adressen så som administratören gav dig den.',
  'onsite.address': 'Serveradress',
  'onsite.example': 'Till exempel crm.example.com eller https://crm.example.com/SuperOffice',
  'onsite.connect': 'Anslut',
  'onsite.cancel': 'Avbryt',
  'onsite.connecting': 'Ansluter till {address} …',
  'onsite.empty': 'Ange serverns adress, till exempel crm.example.com.',
  'onsite.invalid':
    'Det här är inte en serveradress. Kontrollera den, eller fråga administratören efter den.',
  'onsite.unsafe':
    'Adressen kan inte användas: en serveradress innehåller inget användarnamn, lösenord, dolda tecken eller någon annan sorts länk.',
  'onsite.not-https':
    '{address} använder vanlig http, som inte är säkert. Använd https-adressen (vanlig http fungerar bara på den här enheten själv).',
  'onsite.not-allowed':
    'Den här appen får inte ansluta till {address}. Administratören bestämmer vilka servrar den kan använda.',
  'problems.onsite-offline.title': 'Du är offline',
  'problems.onsite-offline.message': 'Anslut till internet för att nå {address}. Inget skickades.',
  'problems.onsite-unreachable.title': 'Det går inte att nå servern',
  'problems.onsite-unreachable.message':
    '{address} svarade inte. Kontrollera adressen. Servern kan vara nere eller bara nås inifrån företagets nätverk, eller så litar den här enheten inte på dess säkerhetscertifikat.',
  'problems.onsite-no-sign-in.title': 'Ingen inloggning hittades',
  'problems.onsite-no-sign-in.message':
    '{address} svarade, men där finns ingen OpenID Connect-inloggning som den här appen får använda. Kontrollera adressen, eller fråga administratören om servern erbjuder inloggning för Mobile CRM.',
  'problems.onsite-untrusted.title': 'Serverns inloggning går inte att lita på',
  'problems.onsite-untrusted.issuer':
    'Inloggningen på {address} säger att den är en annan server, så appen använder den inte. Be administratören kontrollera serverns inloggningsinställningar.',
  'problems.onsite-untrusted.http':
    'Inloggningen på {address} använder vanliga http-adresser (blandat innehåll), som inte är säkra. Be administratören använda https för allt.',
  'problems.onsite-untrusted.pkce':
    'Inloggningen på {address} erbjuder inte den säkra inloggning som appen behöver (auktoriseringskod med PKCE S256). Fråga administratören.',
  'problems.onsite-untrusted.elsewhere':
    'Inloggningen på {address} använder andra servrar som den här appen inte får ansluta till. Fråga administratören.',
  'problems.onsite-refuses-app.title': 'Servern godtar inte den här appen',
  'problems.onsite-refuses-app.client':
    '{address} känner inte till den här appen. Administratören måste registrera den i serverns inloggning: klient-id {clientId}, returadress {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} låter inte den här appen ({origin}) slutföra en inloggning från webbläsaren (CORS). Administratören måste tillåta {origin} i serverns inloggning.',
} satisfies Translation<typeof english>;
