// Swedish for the signed-in app: in the sv catalog, downloaded only when sv is active.
import type { Translation } from '../../translate.ts';
import type { app as english } from '../en/app.ts';

export const app = {
  'app.name': 'Mobile CRM',
  'signIn.title': 'Logga in i Mobile CRM',
  'signIn.lead': 'Använd ditt SuperOffice-konto. Ditt företags inloggningssida öppnas härnäst.',
  'signIn.logIn': 'Logga in',
  'signIn.remembered': 'Senast använd',
  'signIn.opening': 'Öppnar inloggningssidan …',
  'signIn.logoutPending':
    'Du är utloggad från appen, men inloggningstjänsten gick inte att nå för att avsluta sessionen där. Logga in kommer att be om ditt lösenord.',
  'callback.working': 'Loggar in dig …',
  'chooseTenant.title': 'Välj företag',
  'chooseTenant.lead': '{email} har åtkomst till de här företagen. Vilket vill du använda?',
  'chooseTenant.loadingStatus': 'Kontrollerar status …',
  'chooseTenant.statusUnknown': 'Okänd status',
  'chooseTenant.notAvailable': 'Inte tillgängligt',
  'start.hello': 'Hej, {name}',
  'start.tenantId': 'Id',
  'start.status': 'Status',
  'start.openWebClient': 'Öppna SuperOffice i webbläsaren',
  'start.lastUpdated': 'Senast uppdaterad {when}',
  'start.loading': 'Läser in …',
  'start.offline': 'Du är offline. Det här är vad vi hämtade senast; det uppdateras när du är online igen.',
  'start.maintenance':
    'Det här företaget har underhåll. Saker kan gå långsammare eller vara skrivskyddade en stund.',
  'resetLogin.title': 'Återställ inloggning',
  'resetLogin.lead':
    'Ange e-postadressen du loggar in med. Appen glömmer den tidigare användaren och företaget på den här enheten.',
  'resetLogin.email': 'E-postadress',
  'resetLogin.invalidEmail': 'Ange en fullständig e-postadress, till exempel namn@example.com.',
  'resetLogin.submit': 'Fortsätt',
  'resetLogin.cancel': 'Avbryt',
  'signedOut.working': 'Loggar ut …',
  'task.button': 'Uppgift',
  'task.logOut': 'Logga ut',
  'task.resetLogin': 'Återställ inloggning',
  'task.getTheApp': 'Skaffa appen',
  'task.settings': 'Inställningar',
  'task.about': 'Om',
  'settings.title': 'Inställningar',
  'settings.language': 'Språk',
  'settings.changeFailed': 'Språket kunde inte läsas in. Kontrollera anslutningen och försök igen.',
  'settings.close': 'Stäng',
  'logOutDialog.title': 'Logga ut?',
  'logOutDialog.body':
    'Du behöver logga in igen för att använda Mobile CRM. Ditt företag och din e-postadress sparas.',
  'logOutDialog.yes': 'Ja',
  'logOutDialog.no': 'Nej',
  'about.title': 'Om Mobile CRM',
  'about.version': 'Version',
  'about.signInService': 'Inloggningstjänst',
  'about.tenant': 'Företag',
  'about.none': 'Inget',
  'about.close': 'Stäng',
  'app.storageNotice':
    'Den här webbläsaren sparar inga data (privat läge?). Du behöver logga in igen nästa gång.',
  'states.Unknown': 'Okänd',
  'states.Provisioning': 'Konfigureras',
  'states.Running': 'Körs',
  'states.Deleted': 'Borttaget',
  'states.Suspended': 'Avstängt',
  'states.OnlineMaintenance': 'Underhåll (tillgängligt)',
  'states.OfflineMaintenance': 'Underhåll (inte tillgängligt)',
  'states.ProvisioningFailed': 'Konfigurationen misslyckades',
  'states.Deleting': 'Tas bort',
  'states.DeleteFailed': 'Borttagningen misslyckades',
  'states.MigrationPending': 'Väntar på migrering',
  'actions.retry': 'Försök igen',
  'actions.log-in': 'Logga in',
  'actions.reset-login': 'Återställ inloggning',
  'actions.choose-tenant': 'Välj ett annat företag',
  'actions.sign-in-screen': 'Tillbaka till inloggningen',
  'problems.offline.title': 'Du är offline',
  'problems.offline.message': 'Anslut till internet för att logga in. Inget skickades.',
  'problems.service-unreachable.title': 'Det går inte att nå inloggningstjänsten',
  'problems.service-unreachable.message':
    'Inloggningstjänsten svarade inte. Kontrollera anslutningen och försök igen om en stund.',
  'problems.sign-in-refused.title': 'Inloggningen slutfördes inte',
  'problems.sign-in-refused.message':
    'Inloggningstjänsten släppte inte in dig, eller så avbröt du. Du kan försöka igen.',
  'problems.tenant-access-removed.title': 'Ingen åtkomst till det här företaget',
  'problems.tenant-access-removed.message':
    'Du har inte längre åtkomst till {tenant}. Välj ett annat företag, eller be din administratör att ge dig åtkomst igen.',
  'problems.login-required.title': 'Logga in igen',
  'problems.login-required.message':
    'Din session hos inloggningstjänsten har upphört. Logga in för att fortsätta.',
  'problems.provider-error.title': 'Inloggningstjänsten fick ett problem',
  'problems.provider-error.message': 'Den svarade ”{code}”. Försök igen om en stund.',
  'problems.no-tenant.title': 'Inget företag är kopplat till det här kontot',
  'problems.no-tenant.message':
    'Inget SuperOffice-företag är kopplat till {email}. Be din administratör att lägga till dig, eller återställ inloggningen för att använda en annan e-postadress.',
  'problems.tenant-not-running.title': 'Det här företaget är inte tillgängligt',
  'problems.tenant-not-running.message':
    '{tenant} är inte tillgängligt just nu (status: {state}). Din administratör eller SuperOffice kan berätta mer.',
  'problems.status-unavailable.title': 'Det går inte att kontrollera företagets status',
  'problems.status-unavailable.message':
    'Vi kunde inte ta reda på om {tenant} är tillgängligt. Försök igen om en stund.',
  'problems.session-expired.title': 'Din session har upphört',
  'problems.session-expired.message':
    'För din säkerhet behöver du logga in igen. Ditt företag och din e-postadress sparas.',
  'problems.password-not-asked.title': 'Logga in med ditt lösenord',
  'problems.password-not-asked.message':
    'Inloggningstjänsten släppte in dig utan att fråga efter lösenordet, så appen öppnade inte kontot. Efter en utloggning eller återställning på den här enheten krävs lösenordet. Logga in och ange det.',
  'problems.unexpected.title': 'Något gick fel',
  'problems.unexpected.message':
    'Inloggningen kunde inte slutföras. Försök igen; om det fortsätter, återställ inloggningen.',
  'signIn.autoLoggedOut.one': 'Du loggades ut efter {count} minut i bakgrunden. Logga in för att fortsätta.',
  'signIn.autoLoggedOut.other':
    'Du loggades ut efter {count} minuter i bakgrunden. Logga in för att fortsätta.',
  'signIn.autoLoginOff':
    'Automatisk inloggning är av, så Mobile CRM ber om ditt lösenord varje gång den öppnas.',
  'signIn.autoLoginOffByCompany':
    'Ditt företag har stängt av automatisk inloggning, så Mobile CRM ber om ditt lösenord varje gång den öppnas.',
  'lock.title': 'Mobile CRM är låst',
  'lock.account': 'Låst konto',
  'lock.lead':
    'Det appen sparar på den här enheten förblir krypterat tills du loggar in med fingeravtryck eller ansikte.',
  'lock.unlock': 'Logga in med fingeravtryck eller ansikte',
  'lock.waiting': 'Väntar på fingeravtryck eller ansikte …',
  'lock.away.one': 'Mobile CRM låste sig efter {count} minut i bakgrunden.',
  'lock.away.other': 'Mobile CRM låste sig efter {count} minuter i bakgrunden.',
  'fingerprint.title': 'Logga in med fingeravtryck eller ansikte nästa gång?',
  'fingerprint.lead':
    'Öppna Mobile CRM med fingeravtryck eller ansikte i stället för lösenord. Det appen sparar på den här enheten förblir krypterat tills du gör det. Automatisk inloggning stängs av.',
  'fingerprint.yes': 'Ja',
  'fingerprint.notNow': 'Inte nu',
  'fingerprint.cancelled':
    'Fingeravtryck eller ansikte konfigurerades inte: kontrollen avbröts eller lyckades inte. Du kan slå på det senare i Inställningar.',
  'fingerprint.noPrf':
    'Fingeravtryck eller ansikte på den här enheten kan inte kryptera det appen sparar, så Mobile CRM använder det inte här. Du loggar in med ditt lösenord som tidigare.',
  'fingerprint.unavailable':
    'Fingeravtryck eller ansikte kunde inte konfigureras på den här enheten. Du loggar in med ditt lösenord som tidigare.',
  'fingerprint.continue': 'Fortsätt',
  'loginSettings.title': 'Inloggning',
  'loginSettings.fingerprint': 'Logga in med fingeravtryck eller ansikte',
  'loginSettings.autoLogin': 'Automatisk inloggning',
  'loginSettings.autoLoginHint': 'Öppnar appen utan att fråga så länge sessionen varar.',
  'loginSettings.autoLoginByCompany': 'Av: inställt av ditt företag.',
  'loginSettings.autoLoginByFingerprint': 'Av medan du loggar in med fingeravtryck eller ansikte.',
  'loginSettings.autoLogout': 'Automatisk utloggning',
  'loginSettings.autoLogoutNever': 'Aldrig',
  'loginSettings.autoLogoutAfter.one': 'Efter {count} minut i bakgrunden',
  'loginSettings.autoLogoutAfter.other': 'Efter {count} minuter i bakgrunden',
  'loginSettings.autoLogoutByCompany.one': 'Efter {count} minut i bakgrunden (inställt av ditt företag)',
  'loginSettings.autoLogoutByCompany.other': 'Efter {count} minuter i bakgrunden (inställt av ditt företag)',
  'actions.log-in-with-password': 'Logga in med lösenord',
  'problems.fingerprint-failed.title': 'Fingeravtryck eller ansikte kändes inte igen',
  'problems.fingerprint-failed.message':
    'Kontrollen lyckades inte eller avbröts. Försök igen, eller logga in med ditt lösenord.',
  'problems.fingerprint-unavailable.title': 'Fingeravtryck eller ansikte kan inte öppna appen',
  'problems.fingerprint-unavailable.message':
    'Fingeravtryck eller ansikte på den här enheten kunde inte öppna det Mobile CRM sparar här. Logga in med ditt lösenord; du kan stänga av fingeravtryck eller ansikte i Inställningar.',
} satisfies Translation<typeof english>;
