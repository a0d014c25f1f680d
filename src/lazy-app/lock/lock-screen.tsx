import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/app-text.ts';
import type { RememberedLogin } from '../../shared/remembered-login.ts';
import { loadRememberedLogin } from '../../storage/remembered-login-store.ts';
import { AppFrame } from '../shell/app-frame/index.tsx';

interface Props {
  path?: string;
  default?: boolean;
  /** Asks for the fingerprint or face; the app's root opens the vault with it. */
  onUnlock: () => void;
  busy: boolean;
  /** Minutes in the background after which the app locked itself, when that is why it is locked. */
  awayMinutes: number | null;
}

/** The lock: whose app this is (company and email may stay readable) and one button that asks who is holding it. */
export function LockScreen({ onUnlock, busy, awayMinutes }: Props) {
  const [remembered, setRemembered] = useState<RememberedLogin | null>(null);
  useEffect(() => void loadRememberedLogin().then(setRemembered, () => undefined), []);
  const account = [remembered?.tenant?.name, remembered?.email].filter(Boolean).join(' · ');
  return (
    <AppFrame signedIn={false} tenant={remembered?.tenant ?? null}>
      <h1>{t('lock.title')}</h1>
      {account && (
        <p class="card remembered-login" data-testid="locked-account">
          <span class="visually-hidden">{t('lock.account')}: </span>
          {account}
        </p>
      )}
      {awayMinutes !== null && <p class="notice">{t('lock.away', { count: awayMinutes })}</p>}
      <p>{t('lock.lead')}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onUnlock} disabled={busy} aria-busy={busy}>
          {t('lock.unlock')}
        </button>
      </div>
      <p role="status">{busy && t('lock.waiting')}</p>
    </AppFrame>
  );
}
