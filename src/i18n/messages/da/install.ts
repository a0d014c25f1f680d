// Danish for /mobile's install panel: in the da catalog, downloaded only when da is active.
import type { Translation } from '../../translate.ts';
import type { install as english } from '../en/install.ts';

export const install = {
  'install.chooseDevice': 'Vælg din enhedstype',
  'install.deviceTypes.ios': 'iPhone eller iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Computer',
  'install.detected': 'genkendt',
  'install.installOnComputer': 'Installer på denne computer',
  'install.installed': 'Installeret. Du kan åbne Mobile CRM fra hjemmeskærmen eller applisten.',
  'install.installDismissed': 'Ikke installeret. Du kan installere herfra, når du vil.',
  'install.shareHere': 'Del er her',
  'install.steps.ios-safari-share':
    'Tryk på knappen Del (en firkant med en pil, der peger op) i Safaris værktøjslinje.',
  'install.steps.ios-browser-share':
    'Tryk på knappen Del (en firkant med en pil, der peger op) ved siden af adresselinjen.',
  'install.steps.ios-open-in-safari':
    'Åbn denne side i Safari: denne browser kan ikke føje apps til hjemmeskærmen.',
  'install.steps.ios-add-to-home': 'Rul ned, og tryk på »Føj til hjemmeskærm«.',
  'install.steps.ios-confirm-add': 'Tryk på »Tilføj«. Mobile CRM åbner nu fra hjemmeskærmen.',
  'install.steps.android-menu': 'Tryk på menuknappen (tre prikker) øverst til højre.',
  'install.steps.android-install-app':
    'Tryk på »Installer app« eller »Føj til startskærm«, og derefter på »Installer«.',
  'install.steps.samsung-menu': 'Tryk på menuknappen (tre streger) nederst til højre.',
  'install.steps.samsung-add-page': 'Tryk på »Tilføj side til«, og derefter på »Startskærm«.',
  'install.steps.firefox-android-menu': 'Tryk på menuknappen (tre prikker).',
  'install.steps.firefox-android-install': 'Tryk på »Føj app til startskærm«, og derefter på »Tilføj«.',
  'install.steps.harmony-menu': 'Tryk på menuknappen i browserens værktøjslinje.',
  'install.steps.harmony-add': 'Tryk på »Føj til startskærm« (eller »Føj til skrivebord«), og bekræft.',
  'install.steps.desktop-address-bar': 'Klik på installationsikonet yderst til højre i adresselinjen.',
  'install.steps.desktop-browser-menu':
    'Eller åbn browserens menu, og vælg »Installer Mobile CRM« (under »Cast, gem og del« eller »Apps«).',
  'install.steps.mac-safari-share': 'Klik på Del i Safaris værktøjslinje (eller i menuen Arkiv).',
  'install.steps.mac-safari-add-to-dock': 'Vælg »Føj til Dock«, og derefter »Tilføj«.',
  'install.steps.desktop-no-install':
    'Denne browser kan ikke installere webapps. Åbn siden i Chrome, Edge eller Safari, eller fortsæt på telefonen.',
  'install.steps.scan-with-iphone': 'Scan koden nedenfor med kameraet på din iPhone for at åbne siden der.',
  'install.steps.scan-with-android':
    'Scan koden nedenfor med kameraet på din Android-telefon for at åbne siden der.',
  'install.steps.open-on-computer': 'Åbn denne side på din computer: den samme adresse virker der.',
  'install.installedComputer':
    'Installeret. Mobile CRM åbner i sit eget vindue, fra dine apps som alle andre programmer.',
  'install.shareOrMore': 'Del er her, eller under •••',
  'install.steps.ios-safari-share-or-more':
    'Tryk på knappen Del (en firkant med en pil, der peger op) i Safaris værktøjslinje. Ser du ••• i stedet, så tryk først på ••• og derefter på Del.',
} satisfies Translation<typeof english>;
