// German text of the install panel, the same shape as strings.ts.
import type { InstallText } from './strings.ts';

export const installText = {
  chooseDevice: 'Wählen Sie Ihren Gerätetyp',
  deviceTypes: { ios: 'iPhone oder iPad', android: 'Android', computer: 'Computer' },
  detected: 'erkannt',
  installOnComputer: 'Auf diesem Computer installieren',
  installed: 'Installiert. Sie können Mobile CRM über den Startbildschirm oder die App-Liste öffnen.',
  installDismissed: 'Nicht installiert. Sie können jederzeit hier installieren.',
  shareHere: 'Hier ist „Teilen“',
  steps: {
    'ios-safari-share':
      'Tippen Sie in der Symbolleiste von Safari auf „Teilen“ (ein Quadrat mit einem Pfeil nach oben).',
    'ios-browser-share':
      'Tippen Sie neben der Adressleiste auf „Teilen“ (ein Quadrat mit einem Pfeil nach oben).',
    'ios-open-in-safari':
      'Öffnen Sie diese Seite in Safari: Dieser Browser kann keine Apps zum Home-Bildschirm hinzufügen.',
    'ios-add-to-home': 'Scrollen Sie nach unten und tippen Sie auf „Zum Home-Bildschirm“.',
    'ios-confirm-add': 'Tippen Sie auf „Hinzufügen“. Mobile CRM startet jetzt vom Home-Bildschirm.',
    'android-menu': 'Tippen Sie oben rechts auf die Menütaste (drei Punkte).',
    'android-install-app':
      'Tippen Sie auf „App installieren“ oder „Zum Startbildschirm hinzufügen“ und dann auf „Installieren“.',
    'samsung-menu': 'Tippen Sie unten rechts auf die Menütaste (drei Striche).',
    'samsung-add-page': 'Tippen Sie auf „Seite hinzufügen zu“ und dann auf „Startbildschirm“.',
    'firefox-android-menu': 'Tippen Sie auf die Menütaste (drei Punkte).',
    'firefox-android-install':
      'Tippen Sie auf „App zum Startbildschirm hinzufügen“ und dann auf „Hinzufügen“.',
    'harmony-menu': 'Tippen Sie in der Symbolleiste des Browsers auf die Menütaste.',
    'harmony-add':
      'Tippen Sie auf „Zum Startbildschirm hinzufügen“ (oder „Zum Desktop hinzufügen“) und bestätigen Sie.',
    'desktop-address-bar': 'Klicken Sie rechts in der Adressleiste auf das Installationssymbol.',
    'desktop-browser-menu':
      'Oder öffnen Sie das Browsermenü und wählen Sie „Mobile CRM installieren“ (unter „Streamen, speichern und teilen“ oder „Apps“).',
    'mac-safari-share': 'Klicken Sie in der Symbolleiste von Safari (oder im Menü „Ablage“) auf „Teilen“.',
    'mac-safari-add-to-dock': 'Wählen Sie „Zum Dock hinzufügen“ und dann „Hinzufügen“.',
    'desktop-no-install':
      'Dieser Browser kann keine Web-Apps installieren. Öffnen Sie die Seite in Chrome, Edge oder Safari, oder machen Sie auf dem Telefon weiter.',
    'scan-with-iphone':
      'Scannen Sie den Code unten mit der Kamera Ihres iPhones, um die Seite dort zu öffnen.',
    'scan-with-android':
      'Scannen Sie den Code unten mit der Kamera Ihres Android-Telefons, um die Seite dort zu öffnen.',
    'open-on-computer': 'Öffnen Sie diese Seite auf Ihrem Computer: Dieselbe Adresse funktioniert dort.',
  },
} satisfies InstallText;
