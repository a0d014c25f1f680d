// German for the Onsite screen: in the de catalog, downloaded only when de is active.
import type { Translation } from '../../translate.ts';
import type { onsite as english } from '../en/onsite.ts';

export const onsite = {
  'onsite.title': 'Mit dem Server Ihrer Firma verbinden',
  'onsite.lead':
    'SuperOffice Onsite läuft auf dem eigenen Server Ihrer Firma. Geben Sie seine Adresse so ein, wie Ihr Administrator sie Ihnen gegeben hat.',
  'onsite.address': 'Serveradresse',
  'onsite.example': 'Zum Beispiel crm.example.com oder https://crm.example.com/SuperOffice',
  'onsite.connect': 'Verbinden',
  'onsite.cancel': 'Abbrechen',
  'onsite.connecting': 'Verbindung zu {address} wird hergestellt …',
  'onsite.empty': 'Geben Sie die Adresse des Servers ein, zum Beispiel crm.example.com.',
  'onsite.invalid':
    'Das ist keine Serveradresse. Prüfen Sie sie, oder fragen Sie Ihren Administrator danach.',
  'onsite.unsafe':
    'Diese Adresse kann nicht verwendet werden: Eine Serveradresse enthält keinen Benutzernamen, kein Passwort, keine verborgenen Zeichen und keine andere Art von Link.',
  'onsite.not-https':
    '{address} verwendet einfaches http, das nicht sicher ist. Verwenden Sie die https-Adresse (einfaches http funktioniert nur auf diesem Gerät selbst).',
  'onsite.not-allowed':
    'Diese App darf keine Verbindung zu {address} herstellen. Ihr Administrator legt fest, welche Server sie verwenden kann.',
  'problems.onsite-offline.title': 'Sie sind offline',
  'problems.onsite-offline.message':
    'Stellen Sie eine Internetverbindung her, um {address} zu erreichen. Es wurde nichts gesendet.',
  'problems.onsite-unreachable.title': 'Der Server ist nicht erreichbar',
  'problems.onsite-unreachable.message':
    '{address} hat nicht geantwortet. Prüfen Sie die Adresse. Der Server ist vielleicht ausgefallen oder nur im Netzwerk Ihrer Firma erreichbar, oder dieses Gerät vertraut seinem Sicherheitszertifikat nicht.',
  'problems.onsite-no-sign-in.title': 'Keine Anmeldung gefunden',
  'problems.onsite-no-sign-in.message':
    '{address} hat geantwortet, aber dort gibt es keine OpenID-Connect-Anmeldung, die diese App verwenden darf. Prüfen Sie die Adresse, oder fragen Sie Ihren Administrator, ob der Server die Anmeldung für Mobile CRM anbietet.',
  'problems.onsite-untrusted.title': 'Der Anmeldung des Servers kann nicht vertraut werden',
  'problems.onsite-untrusted.issuer':
    'Die Anmeldung auf {address} gibt sich als ein anderer Server aus, daher verwendet die App sie nicht. Bitten Sie Ihren Administrator, die Anmeldeeinstellungen des Servers zu prüfen.',
  'problems.onsite-untrusted.http':
    'Die Anmeldung auf {address} verwendet einfache http-Adressen (gemischte Inhalte), die nicht sicher sind. Bitten Sie Ihren Administrator, überall https zu verwenden.',
  'problems.onsite-untrusted.pkce':
    'Die Anmeldung auf {address} bietet nicht die sichere Anmeldung, die diese App braucht (Autorisierungscode mit PKCE S256). Fragen Sie Ihren Administrator.',
  'problems.onsite-untrusted.elsewhere':
    'Die Anmeldung auf {address} verwendet andere Server, mit denen sich diese App nicht verbinden darf. Fragen Sie Ihren Administrator.',
  'problems.onsite-refuses-app.title': 'Der Server akzeptiert diese App nicht',
  'problems.onsite-refuses-app.client':
    '{address} kennt diese App nicht. Ihr Administrator muss sie in der Anmeldung des Servers registrieren: Client-ID {clientId}, Rücksprungadresse {redirect}.',
  'problems.onsite-refuses-app.cors':
    '{address} erlaubt dieser App ({origin}) nicht, eine Anmeldung im Browser abzuschließen (CORS). Ihr Administrator muss {origin} in der Anmeldung des Servers zulassen.',
} satisfies Translation<typeof english>;
