// German for /mobile's install panel: in the de catalog, downloaded only when de is active.
import type { Translation } from '../../translate.ts';
import type { install as english } from '../en/install.ts';

export const install = {
  'install.chooseDevice': 'Wählen Sie Ihren Gerätetyp',
  'install.deviceTypes.ios': 'iPhone oder iPad',
  'install.deviceTypes.android': 'Android',
  'install.deviceTypes.computer': 'Computer',
  'install.detected': 'erkannt',
  'install.installOnComputer': 'Auf diesem Computer installieren',
  'install.installed':
    'Installiert. Sie können Mobile CRM über den Startbildschirm oder die App-Liste öffnen.',
  'install.installDismissed': 'Nicht installiert. Sie können jederzeit hier installieren.',
  'install.shareHere': 'Hier ist „Teilen“',
  'install.steps.ios-safari-share':
    'Tippen Sie in der Symbolleiste von Safari auf „Teilen“ (ein Quadrat mit einem Pfeil nach oben).',
  'install.steps.ios-browser-share':
    'Tippen Sie neben der Adressleiste auf „Teilen“ (ein Quadrat mit einem Pfeil nach oben).',
  'install.steps.ios-open-in-safari':
    'Öffnen Sie diese Seite in Safari: Dieser Browser kann keine Apps zum Home-Bildschirm hinzufügen.',
  'install.steps.ios-add-to-home': 'Scrollen Sie nach unten und tippen Sie auf „Zum Home-Bildschirm“.',
  'install.steps.ios-confirm-add':
    'Tippen Sie auf „Hinzufügen“. Mobile CRM startet jetzt vom Home-Bildschirm.',
  'install.steps.android-menu': 'Tippen Sie oben rechts auf die Menütaste (drei Punkte).',
  'install.steps.android-install-app':
    'Tippen Sie auf „App installieren“ oder „Zum Startbildschirm hinzufügen“ und dann auf „Installieren“.',
  'install.steps.samsung-menu': 'Tippen Sie unten rechts auf die Menütaste (drei Striche).',
  'install.steps.samsung-add-page': 'Tippen Sie auf „Seite hinzufügen zu“ und dann auf „Startbildschirm“.',
  'install.steps.firefox-android-menu': 'Tippen Sie auf die Menütaste (drei Punkte).',
  'install.steps.firefox-android-install':
    'Tippen Sie auf „App zum Startbildschirm hinzufügen“ und dann auf „Hinzufügen“.',
  'install.steps.harmony-menu': 'Tippen Sie in der Symbolleiste des Browsers auf die Menütaste.',
  'install.steps.harmony-add':
    'Tippen Sie auf „Zum Startbildschirm hinzufügen“ (oder „Zum Desktop hinzufügen“) und bestätigen Sie.',
  'install.steps.desktop-address-bar': 'Klicken Sie rechts in der Adressleiste auf das Installationssymbol.',
  'install.steps.desktop-browser-menu':
    'Oder öffnen Sie das Browsermenü und wählen Sie „Mobile CRM installieren“ (unter „Streamen, speichern und teilen“ oder „Apps“).',
  'install.steps.mac-safari-share':
    'Klicken Sie in der Symbolleiste von Safari (oder im Menü „Ablage“) auf „Teilen“.',
  'install.steps.mac-safari-add-to-dock': 'Wählen Sie „Zum Dock hinzufügen“ und dann „Hinzufügen“.',
  'install.steps.desktop-no-install':
    'Dieser Browser kann keine Web-Apps installieren. Öffnen Sie die Seite in Chrome, Edge oder Safari, oder machen Sie auf dem Telefon weiter.',
  'install.steps.scan-with-iphone':
    'Scannen Sie den Code unten mit der Kamera Ihres iPhones, um die Seite dort zu öffnen.',
  'install.steps.scan-with-android':
    'Scannen Sie den Code unten mit der Kamera Ihres Android-Telefons, um die Seite dort zu öffnen.',
  'install.steps.open-on-computer':
    'Öffnen Sie diese Seite auf Ihrem Computer: Dieselbe Adresse funktioniert dort.',
  'install.installedComputer':
    'Installiert. Mobile CRM startet in einem eigenen Fenster, aus Ihren Apps wie jedes andere Programm.',
  'install.shareOrMore': 'Hier ist „Teilen“, oder unter •••',
  'install.steps.ios-safari-share-or-more':
    'Tippen Sie in der Symbolleiste von Safari auf „Teilen“ (ein Quadrat mit einem Pfeil nach oben). Sehen Sie stattdessen •••, tippen Sie zuerst auf ••• und dann auf „Teilen“.',
} satisfies Translation<typeof english>;
