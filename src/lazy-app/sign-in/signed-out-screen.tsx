import { useEffect } from 'preact/hooks';
import { route } from 'preact-router';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { routes } from '../../shared/routes.ts';
import { SIGNED_OUT_STATE } from '../../session/auth.ts';
import { clearProviderLogoutPending } from '../../session/provider-logout.ts';

interface Props {
  path?: string;
}

/** Back from the sign-in service's logout: on to the sign-in screen, where the remembered company and email stay. */
export function SignedOutScreen(_: Props) {
  const { auth } = useApp();
  useEffect(() => {
    const url = location.href;
    history.replaceState(null, '', routes.signedOut);
    // The session was already forgotten before leaving; a visit here that is not a real log-out changes nothing.
    auth
      .completeSignOut(url)
      // Only the provider's answer to our own logout request (its state checked) proves its session is over.
      .then(async (response) => {
        if (response?.userState === SIGNED_OUT_STATE) await clearProviderLogoutPending();
      })
      .catch(() => undefined)
      .finally(() => route(routes.signIn, true));
  }, []);
  return (
    <main class="app-main" aria-busy="true">
      <p role="status">{t('signedOut.working')}</p>
    </main>
  );
}
