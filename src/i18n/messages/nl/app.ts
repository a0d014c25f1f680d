// Dutch for the signed-in app: in the nl catalog, downloaded only when nl is active.
import type { Translation } from '../../translate.ts';
import type { app as english } from '../en/app.ts';

export const app = {
  'app.name': 'Mobile CRM',
  'signIn.title': 'Inloggen bij Mobile CRM',
  'signIn.lead': 'Gebruik je SuperOffice-account. Hierna opent de inlogpagina van je bedrijf.',
  'signIn.logIn': 'Inloggen',
  'signIn.remembered': 'Laatst gebruikt',
  'signIn.opening': 'Inlogpagina wordt geopend…',
  'signIn.onsite': 'Ben je Onsite-klant?',
  'signIn.logoutPending':
    'Je bent uitgelogd uit de app, maar de aanmeldservice was niet bereikbaar om de sessie daar te beëindigen. Bij inloggen wordt om je wachtwoord gevraagd.',
  'callback.working': 'Je wordt ingelogd…',
  'chooseTenant.title': 'Kies een bedrijf',
  'chooseTenant.lead': '{email} heeft toegang tot deze bedrijven. Welk bedrijf wil je gebruiken?',
  'chooseTenant.loadingStatus': 'Status controleren…',
  'chooseTenant.statusUnknown': 'Status onbekend',
  'chooseTenant.notAvailable': 'Niet beschikbaar',
  'chooseTenant.filter': 'Zoek een bedrijf op naam of id',
  'chooseTenant.count.one': '{shown} van {count} bedrijf',
  'chooseTenant.count.other': '{shown} van {count} bedrijven',
  'chooseTenant.noMatch':
    'Geen bedrijf past bij ‘{query}’. Controleer de spelling, of zoek op id, zoals Cust12345.',
  'chooseTenant.lastUsed': 'Laatst gebruikt',
  'start.hello': 'Hallo, {name}',
  'start.tenantId': 'Id',
  'start.status': 'Status',
  'start.loginName': 'Aanmeldnaam',
  'start.openWebClient': 'SuperOffice openen in de browser',
  'start.lastUpdated': 'Laatst bijgewerkt {when}',
  'start.server': 'Server',
  'start.loading': 'Laden…',
  'start.offline':
    'Je bent offline. Dit is wat we het laatst hebben opgehaald; het wordt bijgewerkt zodra je weer online bent.',
  'start.maintenance': 'Dit bedrijf is in onderhoud. Het kan een tijdje trager zijn of alleen-lezen.',
  'resetLogin.title': 'Login opnieuw instellen',
  'resetLogin.lead':
    'Vul het e-mailadres in waarmee je inlogt. De app vergeet de vorige gebruiker en het vorige bedrijf op dit apparaat.',
  'resetLogin.email': 'E-mailadres',
  'resetLogin.invalidEmail': 'Vul een volledig e-mailadres in, zoals naam@example.com.',
  'resetLogin.submit': 'Doorgaan',
  'resetLogin.cancel': 'Annuleren',
  'resetLogin.onsite': 'In plaats daarvan de eigen server van je bedrijf (Onsite) gebruiken',
  'signedOut.working': 'Uitloggen…',
  'task.button': 'Taak',
  'task.logOut': 'Uitloggen',
  'task.resetLogin': 'Login opnieuw instellen',
  'task.getTheApp': 'Download de app',
  'task.settings': 'Instellingen',
  'task.about': 'Over',
  'settings.title': 'Instellingen',
  'settings.language': 'Taal',
  'settings.changeFailed':
    'Die taal kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'settings.close': 'Sluiten',
  'logOutDialog.title': 'Uitloggen?',
  'logOutDialog.body':
    'Je moet opnieuw inloggen om Mobile CRM te gebruiken. Je bedrijf en e-mailadres worden onthouden.',
  'logOutDialog.yes': 'Ja',
  'logOutDialog.no': 'Nee',
  'about.title': 'Over Mobile CRM',
  'about.version': 'Versie',
  'about.signInService': 'Inlogdienst',
  'about.tenant': 'Bedrijf',
  'about.none': 'Geen',
  'about.close': 'Sluiten',
  'app.storageNotice':
    'Deze browser slaat geen gegevens op (privémodus?). Je moet de volgende keer opnieuw inloggen.',
  'states.Unknown': 'Onbekend',
  'states.Provisioning': 'Wordt ingericht',
  'states.Running': 'Actief',
  'states.Deleted': 'Verwijderd',
  'states.Suspended': 'Opgeschort',
  'states.OnlineMaintenance': 'In onderhoud (beschikbaar)',
  'states.OfflineMaintenance': 'In onderhoud (niet beschikbaar)',
  'states.ProvisioningFailed': 'Inrichten mislukt',
  'states.Deleting': 'Wordt verwijderd',
  'states.DeleteFailed': 'Verwijderen mislukt',
  'states.MigrationPending': 'Wacht op migratie',
  'actions.retry': 'Opnieuw proberen',
  'actions.log-in': 'Inloggen',
  'actions.reset-login': 'Login opnieuw instellen',
  'actions.choose-tenant': 'Kies een ander bedrijf',
  'actions.sign-in-screen': 'Terug naar inloggen',
  'actions.change-server': 'Adres wijzigen',
  'problems.offline.title': 'Je bent offline',
  'problems.offline.message': 'Maak verbinding met internet om in te loggen. Er is niets verstuurd.',
  'problems.service-unreachable.title': 'De inlogdienst is niet bereikbaar',
  'problems.service-unreachable.message':
    'De inlogdienst gaf geen antwoord. Controleer je verbinding en probeer het zo opnieuw.',
  'problems.tenant-access-removed.title': 'Geen toegang tot dit bedrijf',
  'problems.tenant-access-removed.message':
    'Je hebt geen toegang meer tot {tenant}. Kies een ander bedrijf of vraag je beheerder om je weer toegang te geven.',
  'problems.login-required.title': 'Log opnieuw in',
  'problems.login-required.message': 'Je sessie bij de inlogdienst is beëindigd. Log in om verder te gaan.',
  'problems.provider-error.title': 'De inlogdienst had een probleem',
  'problems.provider-error.message': 'Het antwoord was ‘{code}’. Probeer het zo opnieuw.',
  'problems.no-tenant.title': 'Geen bedrijf gekoppeld aan dit account',
  'problems.no-tenant.message':
    'Er is geen SuperOffice-bedrijf gekoppeld aan {email}. Vraag je beheerder om je toe te voegen, of stel je login opnieuw in om een ander e-mailadres te gebruiken.',
  'problems.tenant-not-running.title': 'Dit bedrijf is niet beschikbaar',
  'problems.tenant-not-running.message':
    '{tenant} is nu niet beschikbaar (status: {state}). Je beheerder of SuperOffice kan je meer vertellen.',
  'problems.status-unavailable.title': 'De status van het bedrijf kan niet worden gecontroleerd',
  'problems.status-unavailable.message':
    'We konden niet nagaan of {tenant} beschikbaar is. Probeer het zo opnieuw.',
  'problems.session-expired.title': 'Je sessie is beëindigd',
  'problems.session-expired.message':
    'Voor je veiligheid moet je opnieuw inloggen. Je bedrijf en e-mailadres worden onthouden.',
  'problems.password-not-asked.title': 'Log in met je wachtwoord',
  'problems.password-not-asked.message':
    'De aanmeldservice liet je binnen zonder om het wachtwoord te vragen, dus de app heeft het account niet geopend. Na een afmelding of reset op dit apparaat is het wachtwoord nodig. Log in en voer het in.',
  'problems.issuer-mismatch.title': 'De app is ingesteld voor een andere inlogdienst',
  'problems.issuer-mismatch.message':
    'Het antwoord van de inlogdienst paste niet bij de dienst waarvoor deze app is ingesteld, dus je bent niet ingelogd. Dit is een configuratieprobleem: meld het aan degene die Mobile CRM voor je bedrijf beheert.',
  'problems.unexpected.title': 'Er ging iets mis',
  'problems.unexpected.message':
    'Het inloggen kon niet worden afgerond. Probeer het opnieuw; blijft het gebeuren, stel je login dan opnieuw in.',
  'signIn.notYou': 'Niet jij? Gebruik een ander account',
  'task.switchCompany': 'Bedrijf wisselen',
  'chooseTenant.current': 'Huidig bedrijf',
  'start.needsConnection':
    'Je bent offline. Voor SuperOffice in de browser heb je een internetverbinding nodig.',
  'settings.save': 'Opslaan',
  'problems.retrying': 'Opnieuw proberen…',
  'problems.triedAgain': 'Om {time} opnieuw geprobeerd, met hetzelfde resultaat.',
  'signIn.autoLoggedOut.one':
    'Je bent uitgelogd na {count} minuut op de achtergrond. Log in om verder te gaan.',
  'signIn.autoLoggedOut.other':
    'Je bent uitgelogd na {count} minuten op de achtergrond. Log in om verder te gaan.',
  'signIn.autoLoginOff':
    'Automatisch inloggen staat uit, dus Mobile CRM vraagt elke keer dat de app opent om je wachtwoord.',
  'signIn.autoLoginOffByCompany':
    'Je bedrijf heeft automatisch inloggen uitgezet, dus Mobile CRM vraagt elke keer dat de app opent om je wachtwoord.',
  'lock.title': 'Mobile CRM is vergrendeld',
  'lock.account': 'Vergrendeld account',
  'lock.lead':
    'Wat de app op dit apparaat bewaart, blijft versleuteld tot je inlogt met je vingerafdruk of gezicht.',
  'lock.unlock': 'Inloggen met vingerafdruk of gezicht',
  'lock.waiting': 'Wachten op je vingerafdruk of gezicht …',
  'lock.away.one': 'Mobile CRM is vergrendeld na {count} minuut op de achtergrond.',
  'lock.away.other': 'Mobile CRM is vergrendeld na {count} minuten op de achtergrond.',
  'fingerprint.title': 'Volgende keer inloggen met vingerafdruk of gezicht?',
  'fingerprint.lead':
    'Open Mobile CRM met je vingerafdruk of gezicht in plaats van je wachtwoord. Wat de app op dit apparaat bewaart, blijft versleuteld tot je dat doet. Automatisch inloggen gaat uit.',
  'fingerprint.yes': 'Ja',
  'fingerprint.notNow': 'Niet nu',
  'fingerprint.cancelled':
    'Vingerafdruk of gezicht is niet ingesteld: de controle is geannuleerd of niet gelukt. Je kunt het later aanzetten in Instellingen.',
  'fingerprint.noPrf':
    'De vingerafdruk of het gezicht van dit apparaat kan niet versleutelen wat de app bewaart, dus Mobile CRM gebruikt het hier niet. Je logt in met je wachtwoord zoals voorheen.',
  'fingerprint.unavailable':
    'Vingerafdruk of gezicht kon op dit apparaat niet worden ingesteld. Je logt in met je wachtwoord zoals voorheen.',
  'fingerprint.continue': 'Doorgaan',
  'loginSettings.title': 'Inloggen',
  'loginSettings.fingerprint': 'Inloggen met vingerafdruk of gezicht',
  'loginSettings.autoLogin': 'Automatisch inloggen',
  'loginSettings.autoLoginHint': 'Opent de app zonder te vragen zolang je sessie duurt.',
  'loginSettings.autoLoginByCompany': 'Uit: ingesteld door je bedrijf.',
  'loginSettings.autoLoginByFingerprint': 'Uit zolang je inlogt met vingerafdruk of gezicht.',
  'loginSettings.autoLogout': 'Automatisch uitloggen',
  'loginSettings.autoLogoutNever': 'Nooit',
  'loginSettings.autoLogoutAfter.one': 'Na {count} minuut op de achtergrond',
  'loginSettings.autoLogoutAfter.other': 'Na {count} minuten op de achtergrond',
  'loginSettings.autoLogoutByCompany.one': 'Na {count} minuut op de achtergrond (ingesteld door je bedrijf)',
  'loginSettings.autoLogoutByCompany.other':
    'Na {count} minuten op de achtergrond (ingesteld door je bedrijf)',
  'actions.log-in-with-password': 'Inloggen met wachtwoord',
  'problems.fingerprint-failed.title': 'Vingerafdruk of gezicht niet herkend',
  'problems.fingerprint-failed.message':
    'De controle is niet gelukt of geannuleerd. Probeer het opnieuw, of log in met je wachtwoord.',
  'problems.fingerprint-unavailable.title': 'Vingerafdruk of gezicht kan de app niet openen',
  'problems.fingerprint-unavailable.message':
    'De vingerafdruk of het gezicht van dit apparaat kon niet openen wat Mobile CRM hier bewaart. Log in met je wachtwoord; je kunt vingerafdruk of gezicht uitzetten in Instellingen.',
} satisfies Translation<typeof english>;
