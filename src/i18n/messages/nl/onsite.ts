// Dutch for the Onsite screen: in the nl catalog, downloaded only when nl is active.
import type { Translation } from '../../translate.ts';
import type { onsite as english } from '../en/onsite.ts';

export const onsite = {
  'onsite.title': 'Verbinden met de eigen server van je bedrijf',
  'onsite.lead':
    'SuperOffice Onsite draait op de eigen server van je bedrijf. Vul het adres in zoals je beheerder het je gaf.',
  'onsite.address': 'Serveradres',
  'onsite.example': 'Bijvoorbeeld crm.example.com of https://crm.example.com/SuperOffice',
  'onsite.connect': 'Verbinden',
  'onsite.cancel': 'Annuleren',
  'onsite.connecting': 'Verbinden met {address}…',
  'onsite.empty': 'Vul het adres van de server in, bijvoorbeeld crm.example.com.',
  'onsite.invalid': 'Dit is geen serveradres. Controleer het, of vraag je beheerder ernaar.',
  'onsite.unsafe':
    'Dit adres kan niet worden gebruikt: een serveradres bevat geen gebruikersnaam, wachtwoord, verborgen tekens of een ander soort link.',
  'onsite.not-https':
    '{address} gebruikt gewone http, en dat is niet veilig. Gebruik het https-adres (gewone http werkt alleen op dit apparaat zelf).',
  'onsite.not-allowed':
    'Deze app mag geen verbinding maken met {address}. Je beheerder bepaalt welke servers hij kan gebruiken.',
  'problems.onsite-offline.title': 'Je bent offline',
  'problems.onsite-offline.message':
    'Maak verbinding met internet om {address} te bereiken. Er is niets verstuurd.',
  'problems.onsite-unreachable.title': 'De server is niet bereikbaar',
  'problems.onsite-unreachable.message':
    '{address} gaf geen antwoord. Controleer het adres. De server is misschien uit de lucht of alleen bereikbaar binnen het netwerk van je bedrijf, of dit apparaat vertrouwt het beveiligingscertificaat niet.',
  'problems.onsite-no-sign-in.title': 'Geen inlog gevonden',
  'problems.onsite-no-sign-in.message':
    '{address} gaf antwoord, maar daar is geen OpenID Connect-inlog die deze app mag gebruiken. Controleer het adres, of vraag je beheerder of de server inloggen voor Mobile CRM aanbiedt.',
  'problems.onsite-untrusted.title': 'De inlog van de server is niet te vertrouwen',
  'problems.onsite-untrusted.issuer':
    'De inlog op {address} zegt dat hij een andere server is, dus de app gebruikt hem niet. Vraag je beheerder de inloginstellingen van de server te controleren.',
  'problems.onsite-untrusted.http':
    'De inlog op {address} gebruikt gewone http-adressen (gemengde inhoud), en die zijn niet veilig. Vraag je beheerder overal https te gebruiken.',
  'problems.onsite-untrusted.pkce':
    'De inlog op {address} biedt niet de veilige inlog die deze app nodig heeft (autorisatiecode met PKCE S256). Vraag het je beheerder.',
  'problems.onsite-untrusted.elsewhere':
    'De inlog op {address} gebruikt andere servers waarmee deze app geen verbinding mag maken. Vraag het je beheerder.',
  'problems.onsite-refuses-app.title': 'De server accepteert deze app niet',
  'problems.onsite-refuses-app.client':
    '{address} kent deze app niet. Je beheerder moet hem registreren bij de inlog van de server: client-id {clientId}, retouradres {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} laat deze app ({origin}) geen inlog vanuit de browser afronden (CORS). Je beheerder moet {origin} toestaan bij de inlog van de server.',
} satisfies Translation<typeof english>;
