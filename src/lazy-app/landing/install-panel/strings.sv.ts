// Swedish text of the install panel, the same shape as strings.ts.
import type { InstallText } from './strings.ts';

export const installText = {
  chooseDevice: 'Välj typ av enhet',
  deviceTypes: { ios: 'iPhone eller iPad', android: 'Android', computer: 'Dator' },
  detected: 'identifierad',
  installOnComputer: 'Installera på den här datorn',
  installed: 'Installerad. Du kan öppna Mobile CRM från hemskärmen eller applistan.',
  installDismissed: 'Inte installerad. Du kan installera härifrån när du vill.',
  shareHere: 'Dela finns här',
  steps: {
    'ios-safari-share': 'Tryck på Dela-knappen (en fyrkant med en pil uppåt) i verktygsfältet i Safari.',
    'ios-browser-share': 'Tryck på Dela-knappen (en fyrkant med en pil uppåt) bredvid adressfältet.',
    'ios-open-in-safari':
      'Öppna den här sidan i Safari: den här webbläsaren kan inte lägga till appar på hemskärmen.',
    'ios-add-to-home': 'Skrolla ned och tryck på ”Lägg till på hemskärmen”.',
    'ios-confirm-add': 'Tryck på ”Lägg till”. Nu öppnas Mobile CRM från hemskärmen.',
    'android-menu': 'Tryck på menyknappen (tre punkter) uppe till höger.',
    'android-install-app':
      'Tryck på ”Installera app” eller ”Lägg till på startskärmen” och sedan ”Installera”.',
    'samsung-menu': 'Tryck på menyknappen (tre streck) nere till höger.',
    'samsung-add-page': 'Tryck på ”Lägg till sida på” och sedan ”Startskärm”.',
    'firefox-android-menu': 'Tryck på menyknappen (tre punkter).',
    'firefox-android-install': 'Tryck på ”Lägg till app på startskärmen” och sedan ”Lägg till”.',
    'harmony-menu': 'Tryck på menyknappen i webbläsarens verktygsfält.',
    'harmony-add': 'Tryck på ”Lägg till på startskärmen” (eller ”Lägg till på skrivbordet”) och bekräfta.',
    'desktop-address-bar': 'Klicka på installationsikonen längst till höger i adressfältet.',
    'desktop-browser-menu':
      'Eller öppna webbläsarens meny och välj ”Installera Mobile CRM” (under ”Casta, spara och dela” eller ”Appar”).',
    'mac-safari-share': 'Klicka på Dela i verktygsfältet i Safari (eller i Arkiv-menyn).',
    'mac-safari-add-to-dock': 'Välj ”Lägg till i Dock” och sedan ”Lägg till”.',
    'desktop-no-install':
      'Den här webbläsaren kan inte installera webbappar. Öppna sidan i Chrome, Edge eller Safari, eller fortsätt i telefonen.',
    'scan-with-iphone': 'Skanna koden nedan med kameran i din iPhone för att öppna sidan där.',
    'scan-with-android': 'Skanna koden nedan med kameran i din Android-telefon för att öppna sidan där.',
    'open-on-computer': 'Öppna den här sidan på datorn: samma adress fungerar där.',
  },
} satisfies InstallText;
