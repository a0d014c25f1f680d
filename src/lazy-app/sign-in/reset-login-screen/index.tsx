import { useRef, useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { t } from '../../../i18n/app-text.ts';
import { isEmailAddress } from '../../../shared/remembered-login.ts';
import { routes } from '../../../shared/routes.ts';
import { AppFrame } from '../../shell/app-frame/index.tsx';
import { breakable } from '../../shell/breakable.tsx';
import { resetForAnotherServer, resetLogin } from '../../../session/sign-in-actions.ts';
import { offersOnsite } from '../../../shared/onsite-servers.ts';

interface Props {
  path?: string;
}

/** Reset login: a new email, a fresh authentication, then that email's companies. */
export function ResetLoginScreen(_: Props) {
  const services = useApp();
  const [email, setEmail] = useState('');
  // Whether to say the address is not one: the message itself is rendered, so it follows the language.
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const address = email.trim();
    if (!isEmailAddress(address)) {
      setInvalid(true);
      // To the field, as the sign-in service's own page does: its message is read with it, and it is ready to fix.
      field.current?.focus();
      return;
    }
    setInvalid(false);
    setBusy(true);
    const attempt = () => resetLogin(services, address);
    const problem = await attempt();
    if (problem) {
      setBusy(false);
      services.showProblem(problem, attempt);
    }
  };

  return (
    <AppFrame signedIn={false}>
      <h1>{t('resetLogin.title')}</h1>
      <p>{t('resetLogin.lead')}</p>
      <form class="card" onSubmit={submit} noValidate>
        <div class="field">
          <label for="reset-email">{t('resetLogin.email')}</label>
          <input
            ref={field}
            id="reset-email"
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            maxLength={254}
            value={email}
            aria-invalid={invalid ? 'true' : 'false'}
            aria-describedby={invalid ? 'reset-email-error' : undefined}
            onInput={(event) => setEmail((event.target as HTMLInputElement).value)}
          />
          {invalid && (
            <p id="reset-email-error" class="field-error" role="alert">
              {breakable(t('resetLogin.invalidEmail'))}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {t('resetLogin.submit')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => route(routes.signIn)}>
            {t('resetLogin.cancel')}
          </button>
        </div>
      </form>
      {/* The other choice Reset login offers: the old login goes now, the server's address comes next. */}
      {offersOnsite(services.config) && (
        <button
          type="button"
          class="text-link"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await resetForAnotherServer(services).then(
              () => route(routes.onsite),
              () => services.showProblem({ kind: 'unexpected' }),
            );
          }}
        >
          {t('resetLogin.onsite')}
        </button>
      )}
    </AppFrame>
  );
}
