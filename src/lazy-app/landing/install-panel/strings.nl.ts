// Dutch text of the install panel, the same shape as strings.ts.
import type { InstallText } from './strings.ts';

export const installText = {
  chooseDevice: 'Kies het type apparaat',
  deviceTypes: { ios: 'iPhone of iPad', android: 'Android', computer: 'Computer' },
  detected: 'herkend',
  installOnComputer: 'Installeren op deze computer',
  installed: 'Geïnstalleerd. Je opent Mobile CRM vanaf je beginscherm of in je lijst met apps.',
  installDismissed: 'Niet geïnstalleerd. Je kunt hier installeren wanneer je wilt.',
  shareHere: 'Hier zit Deel',
  steps: {
    'ios-safari-share': 'Tik op de deelknop (een vierkant met een pijl omhoog) in de knoppenbalk van Safari.',
    'ios-browser-share': 'Tik op de deelknop (een vierkant met een pijl omhoog) naast de adresbalk.',
    'ios-open-in-safari':
      'Open deze pagina in Safari: deze browser kan geen apps aan het beginscherm toevoegen.',
    'ios-add-to-home': 'Scrol omlaag en tik op ‘Zet op beginscherm’.',
    'ios-confirm-add': 'Tik op ‘Voeg toe’. Mobile CRM opent nu vanaf je beginscherm.',
    'android-menu': 'Tik rechtsboven op de menuknop (drie puntjes).',
    'android-install-app': 'Tik op ‘App installeren’ of ‘Toevoegen aan startscherm’ en dan op ‘Installeren’.',
    'samsung-menu': 'Tik rechtsonder op de menuknop (drie streepjes).',
    'samsung-add-page': 'Tik op ‘Pagina toevoegen aan’ en dan op ‘Startscherm’.',
    'firefox-android-menu': 'Tik op de menuknop (drie puntjes).',
    'firefox-android-install': 'Tik op ‘App toevoegen aan startscherm’ en dan op ‘Toevoegen’.',
    'harmony-menu': 'Tik op de menuknop in de werkbalk van de browser.',
    'harmony-add': 'Tik op ‘Toevoegen aan startscherm’ (of ‘Toevoegen aan bureaublad’) en bevestig.',
    'desktop-address-bar': 'Klik op het installatiepictogram rechts in de adresbalk.',
    'desktop-browser-menu':
      'Of open het browsermenu en kies ‘Mobile CRM installeren’ (onder ‘Casten, opslaan en delen’ of ‘Apps’).',
    'mac-safari-share': 'Klik op Deel in de knoppenbalk van Safari (of in het menu Archief).',
    'mac-safari-add-to-dock': 'Kies ‘Voeg toe aan Dock’ en dan ‘Voeg toe’.',
    'desktop-no-install':
      'Deze browser kan geen web-apps installeren. Open de pagina in Chrome, Edge of Safari, of ga verder op je telefoon.',
    'scan-with-iphone': 'Scan de code hieronder met de camera van je iPhone om de pagina daar te openen.',
    'scan-with-android':
      'Scan de code hieronder met de camera van je Android-telefoon om de pagina daar te openen.',
    'open-on-computer': 'Open deze pagina op je computer: hetzelfde adres werkt daar ook.',
  },
} satisfies InstallText;
