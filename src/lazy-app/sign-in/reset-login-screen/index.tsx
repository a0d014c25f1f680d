import { useState } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../../context.ts';
import { appText } from '../../strings.ts';
import { isEmailAddress } from '../../../shared/remembered-login.ts';
import { routes } from '../../../shared/routes.ts';
import { AppFrame } from '../../shell/app-frame/index.tsx';
import { resetLogin } from '../../../session/sign-in-actions.ts';

interface Props {
  path?: string;
}

/** Reset login: a new email, a fresh authentication, then that email's companies. */
export function ResetLoginScreen(_: Props) {
  const services = useApp();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const text = appText.resetLogin;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const address = email.trim();
    if (!isEmailAddress(address)) {
      setError(text.invalidEmail);
      return;
    }
    setError(null);
    setBusy(true);
    const problem = await resetLogin(services, address);
    if (problem) {
      setBusy(false);
      services.showProblem(problem);
    }
  };

  return (
    <AppFrame signedIn={false}>
      <h1>{text.title}</h1>
      <p>{text.lead}</p>
      <form class="card" onSubmit={submit} noValidate>
        <div class="field">
          <label for="reset-email">{text.email}</label>
          <input
            id="reset-email"
            type="email"
            name="email"
            autocomplete="username"
            inputMode="email"
            maxLength={254}
            value={email}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? 'reset-email-error' : undefined}
            onInput={(event) => setEmail((event.target as HTMLInputElement).value)}
          />
          {error && (
            <p id="reset-email-error" class="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div class="actions">
          <button type="submit" class="button" disabled={busy} aria-busy={busy}>
            {text.submit}
          </button>
          <button type="button" class="button button-secondary" onClick={() => route(routes.signIn)}>
            {text.cancel}
          </button>
        </div>
      </form>
    </AppFrame>
  );
}
