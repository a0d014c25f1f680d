import { useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { AppFrame } from '../shell/app-frame/index.tsx';
import { turnOnFingerprint, type FingerprintOutcome } from '../../session/fingerprint.ts';
import { changeLoginSettings } from '../../session/login-rules.ts';
import { personOf } from './person.ts';

interface Props {
  path?: string;
  default?: boolean;
  /** On to where the sign-in leads (the start page), whatever the answer. */
  onDone: () => void;
}

const outcomeText = {
  cancelled: 'fingerprint.cancelled',
  'no-prf': 'fingerprint.noPrf',
  unavailable: 'fingerprint.unavailable',
} as const;

/** Right after a sign-in, once: "Log in with fingerprint or face next time?" */
export function FingerprintQuestion({ onDone }: Props) {
  const services = useApp();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Exclude<FingerprintOutcome, 'done'> | null>(null);

  const yes = async () => {
    setBusy(true);
    const result = await turnOnFingerprint(await personOf(services));
    setBusy(false);
    if (result === 'done') onDone();
    else setOutcome(result);
  };
  const notNow = async () => {
    await changeLoginSettings({ fingerprintAsked: true });
    onDone();
  };

  return (
    <AppFrame signedIn={true}>
      <h1>{t('fingerprint.title')}</h1>
      {outcome ? (
        <>
          <p class="notice" role="alert">
            {t(outcomeText[outcome])}
          </p>
          <div class="actions">
            <button type="button" class="button" onClick={onDone}>
              {t('fingerprint.continue')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('fingerprint.lead')}</p>
          <div class="actions">
            <button type="button" class="button" onClick={yes} disabled={busy} aria-busy={busy}>
              {t('fingerprint.yes')}
            </button>
            <button type="button" class="button button-secondary" onClick={notNow} disabled={busy}>
              {t('fingerprint.notNow')}
            </button>
          </div>
          <p role="status">{busy && t('lock.waiting')}</p>
        </>
      )}
    </AppFrame>
  );
}
