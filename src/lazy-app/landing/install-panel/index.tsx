import { useEffect, useState } from 'preact/hooks';
import type { Device, DeviceType } from '../../../initial-app/landing/detect-device.ts';
import { installGuide } from '../../../initial-app/landing/install-guide.ts';
import {
  canPromptInstall,
  onInstallPromptChange,
  promptInstall,
} from '../../../initial-app/landing/install-prompt.ts';
import { useLazy } from '../../../initial-app/use-lazy.ts';
import { t } from '../../../i18n/install-text.ts';
import './style.css';

interface Props {
  device: Device;
  mobileUrl: string;
}

const deviceTypes: DeviceType[] = ['ios', 'android', 'computer'];
const loadQrCode = () => import('../qr-code/index.tsx');

/** Install, opened: choose the device type (detected one preselected), then the path that fits it. */
export default function InstallPanel({ device, mobileUrl }: Props) {
  const [chosen, setChosen] = useState<DeviceType>(device.deviceType);
  const [canPrompt, setCanPrompt] = useState(canPromptInstall());
  const [outcome, setOutcome] = useState<'installed' | 'dismissed' | null>(null);
  useEffect(() => onInstallPromptChange(setCanPrompt), []);

  const guide = installGuide(device, chosen, canPrompt);
  const QrCode = useLazy(loadQrCode, guide.showQr).module?.default;
  const onInstall = async () => {
    const result = await promptInstall();
    if (result !== 'unavailable') setOutcome(result === 'accepted' ? 'installed' : 'dismissed');
  };

  return (
    <section class="install-panel" aria-labelledby="install-heading">
      <fieldset class="device-chooser">
        <legend id="install-heading">{t('install.chooseDevice')}</legend>
        {deviceTypes.map((type) => (
          <label key={type} class="device-choice">
            <input
              type="radio"
              name="device-type"
              value={type}
              checked={chosen === type}
              onChange={() => setChosen(type)}
            />
            <span>
              {t(`install.deviceTypes.${type}`)}
              {type === device.deviceType && <small> ({t('install.detected')})</small>}
            </span>
          </label>
        ))}
      </fieldset>

      {guide.kind === 'prompt' && (
        <button type="button" class="button" data-testid="install-prompt" onClick={onInstall}>
          {chosen === 'computer' ? t('install.installOnComputer') : t('landing.installNow')}
        </button>
      )}
      <p role="status" class="install-outcome">
        {outcome === 'installed' && t('install.installed')}
        {outcome === 'dismissed' && t('install.installDismissed')}
      </p>
      {guide.steps.length > 0 && (
        <ol class="install-steps" data-testid="install-steps">
          {guide.steps.map((step) => (
            <li key={step} data-step={step}>
              {t(`install.steps.${step}`)}
            </li>
          ))}
        </ol>
      )}
      {guide.showQr && (
        <div class="qr-slot">{QrCode && <QrCode url={mobileUrl} label={t('landing.qrLabel')} />}</div>
      )}
      {guide.shareArrow && (
        <div
          class={`share-arrow share-arrow-${guide.shareArrow}`}
          data-testid="share-arrow"
          aria-hidden="true"
        >
          <span>{t('install.shareHere')}</span>
        </div>
      )}
    </section>
  );
}
