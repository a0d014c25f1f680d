import { useEffect, useState } from 'preact/hooks';
import { onUpdateWaiting } from '../sw-bridge.ts';
import './style.css';

interface Props {
  text: { updateAvailable: string; reload: string };
}

/** "Update available — Reload": the person decides when the new version takes over. */
export function UpdateBanner({ text }: Props) {
  const [applyUpdate, setApplyUpdate] = useState<(() => Promise<void>) | null>(null);
  useEffect(() => onUpdateWaiting((apply) => setApplyUpdate(() => apply)), []);
  if (!applyUpdate) return null;
  return (
    <div class="update-banner" role="status">
      <span>{text.updateAvailable}</span>
      <button type="button" class="button button-small" onClick={() => applyUpdate()}>
        {text.reload}
      </button>
    </div>
  );
}
