import { useEffect, useState } from 'preact/hooks';
import { useApp } from '../context.ts';
import { t } from '../../i18n/app-text.ts';
import { canUsePasskeys } from '../../session/passkey.ts';
import { turnOffFingerprint, turnOnFingerprint, type FingerprintOutcome } from '../../session/fingerprint.ts';
import {
  changeLoginSettings,
  companyPolicy,
  currentLogin,
  loginSettings,
} from '../../session/login-rules.ts';
import { autoLogoutChoices } from '../../session/login-policy.ts';
import { vaultState } from '../../storage/vault.ts';
import { personOf } from './person.ts';
import './style.css';

const outcomeText = {
  cancelled: 'fingerprint.cancelled',
  'no-prf': 'fingerprint.noPrf',
  unavailable: 'fingerprint.unavailable',
} as const;

/** Settings → Logging in: fingerprint or face, Auto login and Auto logout, within what the company allows. */
export function LoginSettings() {
  const services = useApp();
  const [passkeys, setPasskeys] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Exclude<FingerprintOutcome, 'done'> | null>(null);
  // The rules live outside Preact (login-rules.ts): a change draws this section again.
  const [, drawn] = useState(0);
  const redraw = () => drawn((count) => count + 1);

  useEffect(() => void canUsePasskeys().then(setPasskeys), []);

  const settings = loginSettings();
  const login = currentLogin();
  const company = companyPolicy();
  const fingerprint = vaultState() !== 'off';

  const toggleFingerprint = async (on: boolean) => {
    setBusy(true);
    setOutcome(null);
    if (on) {
      const result = await turnOnFingerprint(await personOf(services));
      if (result !== 'done') setOutcome(result);
    } else await turnOffFingerprint();
    setBusy(false);
    redraw();
  };
  const change = async (next: Parameters<typeof changeLoginSettings>[0]) => {
    await changeLoginSettings(next);
    redraw();
  };

  const autoLoginNote =
    login.autoLoginOffBy === 'company'
      ? t('loginSettings.autoLoginByCompany')
      : login.autoLoginOffBy === 'fingerprint'
        ? t('loginSettings.autoLoginByFingerprint')
        : t('loginSettings.autoLoginHint');
  const minutesText = (minutes: number) =>
    minutes === 0
      ? company.autoLogoutMinutes > 0
        ? t('loginSettings.autoLogoutByCompany', { count: company.autoLogoutMinutes })
        : t('loginSettings.autoLogoutNever')
      : t('loginSettings.autoLogoutAfter', { count: minutes });

  return (
    <fieldset class="choice-group login-settings" data-testid="login-settings">
      <legend>{t('loginSettings.title')}</legend>
      {(passkeys || fingerprint) && !settings.noPrf && (
        <label class="choice">
          <input
            type="checkbox"
            role="switch"
            checked={fingerprint}
            disabled={busy}
            onChange={(event) => void toggleFingerprint((event.target as HTMLInputElement).checked)}
          />
          {t('loginSettings.fingerprint')}
        </label>
      )}
      <label class="choice">
        <input
          type="checkbox"
          role="switch"
          checked={login.autoLogin}
          disabled={busy || login.autoLoginOffBy === 'company' || login.autoLoginOffBy === 'fingerprint'}
          aria-describedby="auto-login-note"
          onChange={(event) => void change({ autoLogin: (event.target as HTMLInputElement).checked })}
        />
        {t('loginSettings.autoLogin')}
      </label>
      <p id="auto-login-note" class="setting-note">
        {autoLoginNote}
      </p>
      <div class="field">
        <label for="auto-logout">{t('loginSettings.autoLogout')}</label>
        <select
          id="auto-logout"
          value={String(settings.autoLogoutMinutes)}
          onChange={(event) =>
            void change({ autoLogoutMinutes: Number((event.target as HTMLSelectElement).value) })
          }
        >
          {autoLogoutChoices(company).map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {minutesText(minutes)}
            </option>
          ))}
        </select>
      </div>
      <p role="status" class="setting-note">
        {outcome && t(outcomeText[outcome])}
      </p>
    </fieldset>
  );
}
