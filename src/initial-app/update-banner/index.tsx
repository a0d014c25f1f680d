import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/landing-text.ts';
import { onUpdateWaiting } from '../sw-bridge.ts';
import './style.css';

/** "Update available — Reload": the person decides when the new version takes over. */
export function UpdateBanner() {
  const [applyUpdate, setApplyUpdate] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => onUpdateWaiting((apply) => setApplyUpdate(() => apply)), []);
  if (!applyUpdate) return null;
  return (
    <div class="update-banner" role="status">
      <span>{t('update.available')}</span>
      <button type="button" class="button button-small" onClick={() => applyUpdate()}>
        {t('update.reload')}
      </button>
    </div>
  );
}
