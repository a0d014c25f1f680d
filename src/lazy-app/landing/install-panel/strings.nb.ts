// Norwegian Bokmål text of the install panel, the same shape as strings.ts.
import type { InstallText } from './strings.ts';

export const installText = {
  chooseDevice: 'Velg enhetstype',
  deviceTypes: { ios: 'iPhone eller iPad', android: 'Android', computer: 'Datamaskin' },
  detected: 'gjenkjent',
  installOnComputer: 'Installer på denne datamaskinen',
  installed: 'Installert. Du kan åpne Mobile CRM fra startskjermen eller applisten.',
  installDismissed: 'Ikke installert. Du kan installere herfra når du vil.',
  shareHere: 'Del er her',
  steps: {
    'ios-safari-share':
      'Trykk på Del-knappen (en firkant med en pil som peker opp) i verktøylinjen i Safari.',
    'ios-browser-share':
      'Trykk på Del-knappen (en firkant med en pil som peker opp) ved siden av adressefeltet.',
    'ios-open-in-safari':
      'Åpne denne siden i Safari: denne nettleseren kan ikke legge til apper på Hjem-skjermen.',
    'ios-add-to-home': 'Rull ned og trykk på «Legg til på Hjem-skjerm».',
    'ios-confirm-add': 'Trykk på «Legg til». Mobile CRM åpnes nå fra Hjem-skjermen.',
    'android-menu': 'Trykk på menyknappen (tre prikker) øverst til høyre.',
    'android-install-app':
      'Trykk på «Installer app» eller «Legg til på startskjermen», og deretter «Installer».',
    'samsung-menu': 'Trykk på menyknappen (tre streker) nederst til høyre.',
    'samsung-add-page': 'Trykk på «Legg til side på», og deretter «Startskjerm».',
    'firefox-android-menu': 'Trykk på menyknappen (tre prikker).',
    'firefox-android-install': 'Trykk på «Legg til app på startskjermen», og deretter «Legg til».',
    'harmony-menu': 'Trykk på menyknappen i verktøylinjen i nettleseren.',
    'harmony-add': 'Trykk på «Legg til på startskjermen» (eller «Legg til på skrivebordet»), og bekreft.',
    'desktop-address-bar': 'Klikk på installeringsikonet helt til høyre i adressefeltet.',
    'desktop-browser-menu':
      'Eller åpne nettlesermenyen og velg «Installer Mobile CRM» (under «Cast, lagre og del» eller «Apper»).',
    'mac-safari-share': 'Klikk på Del i verktøylinjen i Safari (eller i Arkiv-menyen).',
    'mac-safari-add-to-dock': 'Velg «Legg til i Dock», og deretter «Legg til».',
    'desktop-no-install':
      'Denne nettleseren kan ikke installere nettapper. Åpne siden i Chrome, Edge eller Safari, eller fortsett på telefonen.',
    'scan-with-iphone': 'Skann koden nedenfor med kameraet på iPhone for å åpne denne siden der.',
    'scan-with-android': 'Skann koden nedenfor med kameraet på Android-telefonen for å åpne denne siden der.',
    'open-on-computer': 'Åpne denne siden på datamaskinen: den samme adressen fungerer der.',
  },
} satisfies InstallText;
