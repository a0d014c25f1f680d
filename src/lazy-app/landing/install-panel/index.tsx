import { useEffect, useRef, useState } from 'preact/hooks';
import type { Device, DeviceType } from '../../../initial-app/landing/detect-device.ts';
import { installGuide, type ShareArrow } from '../../../initial-app/landing/install-guide.ts';
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

/**
 * The pointer to the browser's Share button: a bar of its own colour, in the panel's flow at the edge of the
 * screen where Share is (above the steps for the top toolbar, below them for the bottom one), so it is painted on
 * the panel, never across a step. Opening it brings it into view, at that edge.
 */
function SharePointer({ arrow }: { arrow: NonNullable<ShareArrow> }) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = bar.current?.getBoundingClientRect();
    if (box && (box.top < 0 || box.bottom > innerHeight))
      bar.current?.scrollIntoView({ block: arrow.edge === 'top' ? 'start' : 'end' });
  }, [arrow.edge]);
  return (
    <div
      ref={bar}
      class={`share-arrow share-arrow-${arrow.edge}`}
      data-testid="share-arrow"
      aria-hidden="true"
    >
      <span>{arrow.orMore ? t('install.shareOrMore') : t('install.shareHere')}</span>
      <svg viewBox="0 0 24 24" width="28" height="28">
        <path d="M12 3v16m-7-7 7 7 7-7" fill="none" stroke="currentColor" stroke-width="2.5" />
      </svg>
    </div>
  );
}

/** Install, opened: choose the device type (detected one preselected), then the path that fits it. */
export default function InstallPanel({ device, mobileUrl }: Props) {
  const [chosen, setChosen] = useState<DeviceType>(device.deviceType);
  const [canPrompt, setCanPrompt] = useState(canPromptInstall());
  const [outcome, setOutcome] = useState<'installed' | 'dismissed' | null>(null);
  useEffect(() => {
    // A prompt that arrived between the first render and this subscription counts too.
    setCanPrompt(canPromptInstall());
    return onInstallPromptChange(setCanPrompt);
  }, []);

  const guide = installGuide(device, chosen, canPrompt);
  const QrCode = useLazy(loadQrCode, guide.showQr).module?.default;
  const onInstall = async () => {
    const result = await promptInstall();
    if (result !== 'unavailable') setOutcome(result === 'accepted' ? 'installed' : 'dismissed');
  };

  return (
    <section class="install-panel" aria-labelledby="install-heading">
      {guide.shareArrow?.edge === 'top' && <SharePointer arrow={guide.shareArrow} />}
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
        {outcome === 'installed' &&
          (chosen === 'computer' ? t('install.installedComputer') : t('install.installed'))}
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
      {guide.shareArrow?.edge === 'bottom' && <SharePointer arrow={guide.shareArrow} />}
    </section>
  );
}
