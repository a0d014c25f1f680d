import { useState } from 'preact/hooks';
import type { Device } from '../../../initial-app/landing/detect-device.ts';
import { androidIntentUrl } from '../../../initial-app/landing/app-links.ts';
import { inAppNames, landingText } from '../../../initial-app/landing/strings.ts';
import './style.css';

interface Props {
  device: Device;
  pageUrl: string;
}

/** Loaded only in in-app browsers, which cannot install anything: leads the person out to their real browser. */
export default function InAppRescue({ device, pageUrl }: Props) {
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(pageUrl);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };
  const isAndroid = device.platform === 'android' || device.platform === 'harmonyos';
  return (
    <section class="in-app-rescue" aria-labelledby="in-app-heading" data-testid="in-app-rescue">
      <h2 id="in-app-heading">{landingText.inAppHeading}</h2>
      <p>
        {landingText.inAppLead(
          device.inApp === 'google' ? landingText.googleApp : (inAppNames[device.inApp] ?? device.inApp),
        )}
      </p>
      <p>{isAndroid ? landingText.inAppHowAndroid : landingText.inAppHowIos}</p>
      <div class="in-app-actions">
        {isAndroid && (
          <a class="button" href={androidIntentUrl(pageUrl)} data-testid="open-in-browser">
            {landingText.openInBrowser}
          </a>
        )}
        <button type="button" class={isAndroid ? 'button button-secondary' : 'button'} onClick={copy}>
          {landingText.copyLink}
        </button>
      </div>
      <p role="status" class="copy-status">
        {copyState === 'copied' && landingText.copied}
        {copyState === 'failed' && landingText.copyFailed}
      </p>
      {copyState === 'failed' && <p class="page-url">{pageUrl}</p>}
    </section>
  );
}
