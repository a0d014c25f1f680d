import { t } from '../../../i18n/app-text.ts';
import { breakable } from '../../shell/breakable.tsx';
import type { RememberedLogin as Remembered } from '../../../shared/remembered-login.ts';
import './style.css';

interface Props {
  remembered: Remembered;
  /** The Onsite server the login is at; null for Online. */
  server: string | null;
  /** Leads to another account (Reset login). */
  onAnother: () => void;
}

/** Whom Log in goes back to, said so, with the way to another account beside it. */
export function RememberedLoginCard({ remembered, server, onAnother }: Props) {
  return (
    <section class="card remembered" aria-labelledby="remembered-label">
      <h2 id="remembered-label" class="remembered-label">
        {t('signIn.remembered')}
      </h2>
      <p data-testid="remembered-login">
        {breakable([remembered.tenant?.name, remembered.email, server].filter(Boolean).join(' · '))}
      </p>
      <button type="button" class="text-link" onClick={onAnother}>
        {t('signIn.notYou')}
      </button>
    </section>
  );
}
