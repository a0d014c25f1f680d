// English for the Onsite screen and what can go wrong connecting: it loads with that screen, which only people
// who connect to their company's own server download.
// A new text: one line here, and one in each of ../{nb,sv,da,de,nl}/onsite.ts.
export const onsite = {
  'onsite.title': 'Connect to your company’s server',
  'onsite.lead':
    'SuperOffice Onsite runs on your company’s own server. Enter its address, as your administrator gave it.',
  'onsite.address': 'Server address',
  'onsite.example': 'For example crm.example.com or https://crm.example.com/SuperOffice',
  'onsite.connect': 'Connect',
  'onsite.cancel': 'Cancel',
  'onsite.connecting': 'Connecting to {address}…',
  'onsite.empty': 'Enter the server’s address, like crm.example.com.',
  'onsite.invalid': 'This is not a server address. Check it, or ask your administrator for it.',
  'onsite.unsafe':
    'This address can’t be used: a server address has no user name, password, hidden characters or other kind of link in it.',
  'onsite.not-https':
    '{address} uses plain http, which is not secure. Use its https address (plain http only works on this device itself).',
  'onsite.not-allowed':
    'This app may not connect to {address}. Your administrator decides which servers it can use.',
  'problems.onsite-offline.title': 'You are offline',
  'problems.onsite-offline.message': 'Connect to the internet to reach {address}. Nothing was sent.',
  'problems.onsite-unreachable.title': 'Can’t reach the server',
  'problems.onsite-unreachable.message':
    '{address} did not answer. Check the address. The server may be down or reachable only inside your company’s network, or this device may not trust its security certificate.',
  'problems.onsite-no-sign-in.title': 'No sign-in found',
  'problems.onsite-no-sign-in.message':
    '{address} answered, but no OpenID Connect sign-in this app may use was found there. Check the address, or ask your administrator whether the server offers sign-in to Mobile CRM.',
  'problems.onsite-untrusted.title': 'The server’s sign-in can’t be trusted',
  'problems.onsite-untrusted.issuer':
    'The sign-in at {address} says it is another server, so the app does not use it. Ask your administrator to check the server’s sign-in settings.',
  'problems.onsite-untrusted.http':
    'The sign-in at {address} uses plain http addresses (mixed content), which are not secure. Ask your administrator to use https for all of it.',
  'problems.onsite-untrusted.pkce':
    'The sign-in at {address} does not offer the secure sign-in this app needs (authorization code with PKCE S256). Ask your administrator.',
  'problems.onsite-untrusted.elsewhere':
    'The sign-in at {address} uses other servers that this app may not connect to. Ask your administrator.',
  'problems.onsite-refuses-app.title': 'The server does not accept this app',
  'problems.onsite-refuses-app.client':
    '{address} does not know this app. Your administrator must register it at the server’s sign-in: client id {clientId}, return address {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} does not let this app ({origin}) finish a sign-in from the browser (CORS). Your administrator must allow {origin} at the server’s sign-in.',
} as const;
