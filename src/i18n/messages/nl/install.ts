// Dutch for /mobile's install panel: in the nl catalog, downloaded only when nl is active.
import type { Translation } from '../../translate.ts';
import type { install as english } from '../en/install.ts';

export const install = {
  'install.chooseDevice': 'Kies het type apparaat',
  'install.deviceTypes.ios': 'iPhone of iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Computer',
  'install.detected': 'herkend',
  'install.installOnComputer': 'Installeren op deze computer',
  'install.installed': 'Geïnstalleerd. Je opent Mobile CRM vanaf je beginscherm of in je lijst met apps.',
  'install.installDismissed': 'Niet geïnstalleerd. Je kunt hier installeren wanneer je wilt.',
  'install.shareHere': 'Hier zit Deel',
  'install.steps.ios-safari-share':
    'Tik op de deelknop (een vierkant met een pijl omhoog) in de knoppenbalk van Safari.',
  'install.steps.ios-browser-share':
    'Tik op de deelknop (een vierkant met een pijl omhoog) naast de adresbalk.',
  'install.steps.ios-open-in-safari':
    'Open deze pagina in Safari: deze browser kan geen apps aan het beginscherm toevoegen.',
  'install.steps.ios-add-to-home': 'Scrol omlaag en tik op ‘Zet op beginscherm’.',
  'install.steps.ios-confirm-add': 'Tik op ‘Voeg toe’. Mobile CRM opent nu vanaf je beginscherm.',
  'install.steps.android-menu': 'Tik rechtsboven op de menuknop (drie puntjes).',
  'install.steps.android-install-app':
    'Tik op ‘App installeren’ of ‘Toevoegen aan startscherm’ en dan op ‘Installeren’.',
  'install.steps.samsung-menu': 'Tik rechtsonder op de menuknop (drie streepjes).',
  'install.steps.samsung-add-page': 'Tik op ‘Pagina toevoegen aan’ en dan op ‘Startscherm’.',
  'install.steps.firefox-android-menu': 'Tik op de menuknop (drie puntjes).',
  'install.steps.firefox-android-install': 'Tik op ‘App toevoegen aan startscherm’ en dan op ‘Toevoegen’.',
  'install.steps.harmony-menu': 'Tik op de menuknop in de werkbalk van de browser.',
  'install.steps.harmony-add':
    'Tik op ‘Toevoegen aan startscherm’ (of ‘Toevoegen aan bureaublad’) en bevestig.',
  'install.steps.desktop-address-bar': 'Klik op het installatiepictogram rechts in de adresbalk.',
  'install.steps.desktop-browser-menu':
    'Of open het browsermenu en kies ‘Mobile CRM installeren’ (onder ‘Casten, opslaan en delen’ of ‘Apps’).',
  'install.steps.mac-safari-share': 'Klik op Deel in de knoppenbalk van Safari (of in het menu Archief).',
  'install.steps.mac-safari-add-to-dock': 'Kies ‘Voeg toe aan Dock’ en dan ‘Voeg toe’.',
  'install.steps.desktop-no-install':
    'Deze browser kan geen web-apps installeren. Open de pagina in Chrome, Edge of Safari, of ga verder op je telefoon.',
  'install.steps.scan-with-iphone':
    'Scan de code hieronder met de camera van je iPhone om de pagina daar te openen.',
  'install.steps.scan-with-android':
    'Scan de code hieronder met de camera van je Android-telefoon om de pagina daar te openen.',
  'install.steps.open-on-computer': 'Open deze pagina op je computer: hetzelfde adres werkt daar ook.',
  'install.installedComputer':
    'Geïnstalleerd. Mobile CRM opent in een eigen venster, vanuit je apps zoals elk ander programma.',
  'install.shareOrMore': 'Hier zit Deel, of onder •••',
  'install.steps.ios-safari-share-or-more':
    'Tik op de deelknop (een vierkant met een pijl omhoog) in de knoppenbalk van Safari. Zie je in plaats daarvan •••, tik dan eerst op ••• en daarna op Deel.',
} satisfies Translation<typeof english>;
