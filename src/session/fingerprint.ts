// Log in with fingerprint or face: turning it on (a passkey, the vault, everything of the person's sealed), unlocking
// at launch or after Auto logout, and turning it off in Settings. (Reset login and another person or company remove
// it in sign-in-actions.ts, without this module's code.)
import { createVaultKeys, openVaultKeys, unlockKeyFromPrf } from '../storage/vault-crypto.ts';
import { currentVault, openVault, turnVaultOff, turnVaultOn, vaultState } from '../storage/vault.ts';
import { createPasskey, forgetPasskey, PasskeyError, prfOutput, type PasskeyFailure } from './passkey.ts';
import { changeLoginSettings, lockChanged } from './login-rules.ts';

export type FingerprintOutcome = 'done' | PasskeyFailure;

const outcomeOf = (error: unknown): PasskeyFailure => {
  if (error instanceof PasskeyError) return error.failure;
  // A vault that does not open with this output (another passkey answered): as if it was not recognised.
  if (error instanceof DOMException && error.name === 'OperationError') return 'cancelled';
  throw error;
};

/** Yes: a passkey, a vault sealed to it, the session and start page sealed, and auto login off. */
export async function turnOnFingerprint(person: {
  email: string;
  name: string;
}): Promise<FingerprintOutcome> {
  try {
    const { credentialId, prf } = await createPasskey(person);
    const { keys, privateKey } = await createVaultKeys(await unlockKeyFromPrf(prf));
    await turnVaultOn({ credentialId, keys }, privateKey);
    await changeLoginSettings({ fingerprintAsked: true, autoLogin: false });
    return 'done';
  } catch (error) {
    const outcome = outcomeOf(error);
    // Honest about it: without PRF nothing can be sealed, so it is not offered on this device again.
    await changeLoginSettings({ fingerprintAsked: true, ...(outcome === 'no-prf' ? { noPrf: true } : {}) });
    return outcome;
  }
}

/** The lock screen's button: the passkey's PRF output unwraps the vault's key into memory. */
export async function unlockWithFingerprint(signal?: AbortSignal): Promise<FingerprintOutcome> {
  const vault = currentVault();
  if (!vault || vaultState() === 'open') return 'done';
  try {
    const unlockKey = await unlockKeyFromPrf(await prfOutput(vault.credentialId, signal));
    openVault(await openVaultKeys(vault.keys, unlockKey));
    return 'done';
  } catch (error) {
    return outcomeOf(error);
  }
}

/** Settings → off: what this page can read is kept plain again, and the passkey is let go. */
export async function turnOffFingerprint(): Promise<void> {
  const removed = await turnVaultOff();
  if (removed) forgetPasskey(removed.credentialId);
  lockChanged();
}
