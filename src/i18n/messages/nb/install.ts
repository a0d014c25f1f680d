// Norwegian Bokmål for /mobile's install panel: in the nb catalog, downloaded only when nb is active.
import type { Translation } from '../../translate.ts';
import type { install as english } from '../en/install.ts';

export const install = {
  'install.chooseDevice': 'Velg enhetstype',
  'install.deviceTypes.ios': 'iPhone eller iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Datamaskin',
  'install.detected': 'gjenkjent',
  'install.installOnComputer': 'Installer på denne datamaskinen',
  'install.installed': 'Installert. Du kan åpne Mobile CRM fra startskjermen eller applisten.',
  'install.installDismissed': 'Ikke installert. Du kan installere herfra når du vil.',
  'install.shareHere': 'Del er her',
  'install.steps.ios-safari-share':
    'Trykk på Del-knappen (en firkant med en pil som peker opp) i verktøylinjen i Safari.',
  'install.steps.ios-browser-share':
    'Trykk på Del-knappen (en firkant med en pil som peker opp) ved siden av adressefeltet.',
  'install.steps.ios-open-in-safari':
    'Åpne denne siden i Safari: denne nettleseren kan ikke legge til apper på Hjem-skjermen.',
  'install.steps.ios-add-to-home': 'Rull ned og trykk på «Legg til på Hjem-skjerm».',
  'install.steps.ios-confirm-add': 'Trykk på «Legg til». Mobile CRM åpnes nå fra Hjem-skjermen.',
  'install.steps.android-menu': 'Trykk på menyknappen (tre prikker) øverst til høyre.',
  'install.steps.android-install-app':
    'Trykk på «Installer app» eller «Legg til på startskjermen», og deretter «Installer».',
  'install.steps.samsung-menu': 'Trykk på menyknappen (tre streker) nederst til høyre.',
  'install.steps.samsung-add-page': 'Trykk på «Legg til side på», og deretter «Startskjerm».',
  'install.steps.firefox-android-menu': 'Trykk på menyknappen (tre prikker).',
  'install.steps.firefox-android-install':
    'Trykk på «Legg til app på startskjermen», og deretter «Legg til».',
  'install.steps.harmony-menu': 'Trykk på menyknappen i verktøylinjen i nettleseren.',
  'install.steps.harmony-add':
    'Trykk på «Legg til på startskjermen» (eller «Legg til på skrivebordet»), og bekreft.',
  'install.steps.desktop-address-bar': 'Klikk på installeringsikonet helt til høyre i adressefeltet.',
  'install.steps.desktop-browser-menu':
    'Eller åpne nettlesermenyen og velg «Installer Mobile CRM» (under «Cast, lagre og del» eller «Apper»).',
  'install.steps.mac-safari-share': 'Klikk på Del i verktøylinjen i Safari (eller i Arkiv-menyen).',
  'install.steps.mac-safari-add-to-dock': 'Velg «Legg til i Dock», og deretter «Legg til».',
  'install.steps.desktop-no-install':
    'Denne nettleseren kan ikke installere nettapper. Åpne siden i Chrome, Edge eller Safari, eller fortsett på telefonen.',
  'install.steps.scan-with-iphone': 'Skann koden nedenfor med kameraet på iPhone for å åpne denne siden der.',
  'install.steps.scan-with-android':
    'Skann koden nedenfor med kameraet på Android-telefonen for å åpne denne siden der.',
  'install.steps.open-on-computer': 'Åpne denne siden på datamaskinen: den samme adressen fungerer der.',
  'install.installedComputer':
    'Installert. Mobile CRM åpnes i sitt eget vindu, fra appene dine som alle andre programmer.',
  'install.shareOrMore': 'Del er her, eller under •••',
  'install.steps.ios-safari-share-or-more':
    'Trykk på Del-knappen (en firkant med en pil som peker opp) i verktøylinjen i Safari. Ser du ••• i stedet, trykker du først på ••• og så på Del.',
} satisfies Translation<typeof english>;
