// Danish text of the install panel, the same shape as strings.ts.
import type { InstallText } from './strings.ts';

export const installText = {
  chooseDevice: 'Vælg din enhedstype',
  deviceTypes: { ios: 'iPhone eller iPad', android: 'Android', computer: 'Computer' },
  detected: 'genkendt',
  installOnComputer: 'Installer på denne computer',
  installed: 'Installeret. Du kan åbne Mobile CRM fra hjemmeskærmen eller applisten.',
  installDismissed: 'Ikke installeret. Du kan installere herfra, når du vil.',
  shareHere: 'Del er her',
  steps: {
    'ios-safari-share': 'Tryk på knappen Del (en firkant med en pil, der peger op) i Safaris værktøjslinje.',
    'ios-browser-share':
      'Tryk på knappen Del (en firkant med en pil, der peger op) ved siden af adresselinjen.',
    'ios-open-in-safari': 'Åbn denne side i Safari: denne browser kan ikke føje apps til hjemmeskærmen.',
    'ios-add-to-home': 'Rul ned, og tryk på »Føj til hjemmeskærm«.',
    'ios-confirm-add': 'Tryk på »Tilføj«. Mobile CRM åbner nu fra hjemmeskærmen.',
    'android-menu': 'Tryk på menuknappen (tre prikker) øverst til højre.',
    'android-install-app': 'Tryk på »Installer app« eller »Føj til startskærm«, og derefter på »Installer«.',
    'samsung-menu': 'Tryk på menuknappen (tre streger) nederst til højre.',
    'samsung-add-page': 'Tryk på »Tilføj side til«, og derefter på »Startskærm«.',
    'firefox-android-menu': 'Tryk på menuknappen (tre prikker).',
    'firefox-android-install': 'Tryk på »Føj app til startskærm«, og derefter på »Tilføj«.',
    'harmony-menu': 'Tryk på menuknappen i browserens værktøjslinje.',
    'harmony-add': 'Tryk på »Føj til startskærm« (eller »Føj til skrivebord«), og bekræft.',
    'desktop-address-bar': 'Klik på installationsikonet yderst til højre i adresselinjen.',
    'desktop-browser-menu':
      'Eller åbn browserens menu, og vælg »Installer Mobile CRM« (under »Cast, gem og del« eller »Apps«).',
    'mac-safari-share': 'Klik på Del i Safaris værktøjslinje (eller i menuen Arkiv).',
    'mac-safari-add-to-dock': 'Vælg »Føj til Dock«, og derefter »Tilføj«.',
    'desktop-no-install':
      'Denne browser kan ikke installere webapps. Åbn siden i Chrome, Edge eller Safari, eller fortsæt på telefonen.',
    'scan-with-iphone': 'Scan koden nedenfor med kameraet på din iPhone for at åbne siden der.',
    'scan-with-android': 'Scan koden nedenfor med kameraet på din Android-telefon for at åbne siden der.',
    'open-on-computer': 'Åbn denne side på din computer: den samme adresse virker der.',
  },
} satisfies InstallText;
