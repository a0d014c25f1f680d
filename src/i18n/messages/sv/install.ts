// Swedish for /mobile's install panel: in the sv catalog, downloaded only when sv is active.
import type { Translation } from '../../translate.ts';
import type { install as english } from '../en/install.ts';

export const install = {
  'install.chooseDevice': 'Välj typ av enhet',
  'install.deviceTypes.ios': 'iPhone eller iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Dator',
  'install.detected': 'identifierad',
  'install.installOnComputer': 'Installera på den här datorn',
  'install.installed': 'Installerad. Du kan öppna Mobile CRM från hemskärmen eller applistan.',
  'install.installDismissed': 'Inte installerad. Du kan installera härifrån när du vill.',
  'install.shareHere': 'Dela finns här',
  'install.steps.ios-safari-share':
    'Tryck på Dela-knappen (en fyrkant med en pil uppåt) i verktygsfältet i Safari.',
  'install.steps.ios-browser-share':
    'Tryck på Dela-knappen (en fyrkant med en pil uppåt) bredvid adressfältet.',
  'install.steps.ios-open-in-safari':
    'Öppna den här sidan i Safari: den här webbläsaren kan inte lägga till appar på hemskärmen.',
  'install.steps.ios-add-to-home': 'Skrolla ned och tryck på ”Lägg till på hemskärmen”.',
  'install.steps.ios-confirm-add': 'Tryck på ”Lägg till”. Nu öppnas Mobile CRM från hemskärmen.',
  'install.steps.android-menu': 'Tryck på menyknappen (tre punkter) uppe till höger.',
  'install.steps.android-install-app':
    'Tryck på ”Installera app” eller ”Lägg till på startskärmen” och sedan ”Installera”.',
  'install.steps.samsung-menu': 'Tryck på menyknappen (tre streck) nere till höger.',
  'install.steps.samsung-add-page': 'Tryck på ”Lägg till sida på” och sedan ”Startskärm”.',
  'install.steps.firefox-android-menu': 'Tryck på menyknappen (tre punkter).',
  'install.steps.firefox-android-install': 'Tryck på ”Lägg till app på startskärmen” och sedan ”Lägg till”.',
  'install.steps.harmony-menu': 'Tryck på menyknappen i webbläsarens verktygsfält.',
  'install.steps.harmony-add':
    'Tryck på ”Lägg till på startskärmen” (eller ”Lägg till på skrivbordet”) och bekräfta.',
  'install.steps.desktop-address-bar': 'Klicka på installationsikonen längst till höger i adressfältet.',
  'install.steps.desktop-browser-menu':
    'Eller öppna webbläsarens meny och välj ”Installera Mobile CRM” (under ”Casta, spara och dela” eller ”Appar”).',
  'install.steps.mac-safari-share': 'Klicka på Dela i verktygsfältet i Safari (eller i Arkiv-menyn).',
  'install.steps.mac-safari-add-to-dock': 'Välj ”Lägg till i Dock” och sedan ”Lägg till”.',
  'install.steps.desktop-no-install':
    'Den här webbläsaren kan inte installera webbappar. Öppna sidan i Chrome, Edge eller Safari, eller fortsätt i telefonen.',
  'install.steps.scan-with-iphone': 'Skanna koden nedan med kameran i din iPhone för att öppna sidan där.',
  'install.steps.scan-with-android':
    'Skanna koden nedan med kameran i din Android-telefon för att öppna sidan där.',
  'install.steps.open-on-computer': 'Öppna den här sidan på datorn: samma adress fungerar där.',
  'install.installedComputer':
    'Installerad. Mobile CRM öppnas i ett eget fönster, från dina appar som alla andra program.',
  'install.shareOrMore': 'Dela finns här, eller under •••',
  'install.steps.ios-safari-share-or-more':
    'Tryck på Dela-knappen (en fyrkant med en pil uppåt) i verktygsfältet i Safari. Ser du ••• i stället trycker du först på ••• och sedan på Dela.',
} satisfies Translation<typeof english>;
