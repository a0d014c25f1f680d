import { useState } from 'preact/hooks';
import type { Device } from '../../../initial-app/landing/detect-device.ts';
import { androidIntentUrl } from '../../../initial-app/landing/app-links.ts';
import { t } from '../../../i18n/in-app-text.ts';

/** In-app browsers by name: brand names, the same in every language (the Google app's is translated). */
const inAppNames: Record<string, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  tiktok: 'TikTok',
  wechat: 'WeChat',
  line: 'LINE',
  snapchat: 'Snapchat',
  twitter: 'X (Twitter)',
};
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
      <h2 id="in-app-heading">{t('inApp.heading')}</h2>
      <p>
        {t('inApp.lead', {
          app: device.inApp === 'google' ? t('inApp.googleApp') : (inAppNames[device.inApp] ?? device.inApp),
        })}
      </p>
      <p>{isAndroid ? t('inApp.howAndroid') : t('inApp.howIos')}</p>
      <div class="in-app-actions">
        {isAndroid && (
          <a class="button" href={androidIntentUrl(pageUrl)} data-testid="open-in-browser">
            {t('inApp.openInBrowser')}
          </a>
        )}
        <button type="button" class={isAndroid ? 'button button-secondary' : 'button'} onClick={copy}>
          {t('inApp.copyLink')}
        </button>
      </div>
      <p role="status" class="copy-status">
        {copyState === 'copied' && t('inApp.copied')}
        {copyState === 'failed' && t('inApp.copyFailed')}
      </p>
      {copyState === 'failed' && <p class="page-url">{pageUrl}</p>}
    </section>
  );
}
