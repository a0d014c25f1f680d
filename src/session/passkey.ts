// WebAuthn, in one place: a passkey for this app on this device, used for its PRF output alone (the secret that
// opens the lock's vault). No server checks these credentials; what proves the person is that the output opens the
// vault, and the authenticator gives it only after checking their fingerprint or face (userVerification required).
import { PRF_SALT, fromBase64Url, toBase64Url } from '../storage/vault-crypto.ts';

/** Why no PRF output came: cancelled or not recognised (WebAuthn does not say which), no PRF, or no passkeys here. */
export type PasskeyFailure = 'cancelled' | 'no-prf' | 'unavailable';

export class PasskeyError extends Error {
  constructor(readonly failure: PasskeyFailure) {
    super(`No PRF output from the passkey: ${failure}`);
    this.name = 'PasskeyError';
  }
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

function failureOf(error: unknown): PasskeyError {
  if (error instanceof PasskeyError) return error;
  // NotAllowedError covers a cancelled prompt, a face or finger not recognised and a passkey that is gone;
  // OperationError, a check still pending from before.
  const name = error instanceof Error ? error.name : '';
  const cancelled = ['NotAllowedError', 'AbortError', 'OperationError'].includes(name);
  return new PasskeyError(cancelled ? 'cancelled' : 'unavailable');
}

/** Whether this device can have such a passkey: a platform authenticator that checks the person, and PRF. */
export async function canUsePasskeys(): Promise<boolean> {
  if (typeof PublicKeyCredential === 'undefined' || !isSecureContext) return false;
  try {
    if (!(await PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable())) return false;
    // Where the browser can say, it must know PRF; whether this authenticator has it shows at registration.
    const capabilities = await PublicKeyCredential.getClientCapabilities?.();
    return capabilities?.['extension:prf'] !== false;
  } catch {
    return false;
  }
}

/** The passkey's PRF output for the app's salt, after the person's fingerprint or face; `signal` cancels the check. */
export async function prfOutput(credentialId: string, signal?: AbortSignal): Promise<BufferSource> {
  let credential: Credential | null;
  try {
    credential = await navigator.credentials.get({
      ...(signal ? { signal } : {}),
      publicKey: {
        challenge: randomBytes(32),
        allowCredentials: [{ type: 'public-key', id: fromBase64Url(credentialId) }],
        userVerification: 'required',
        extensions: { prf: { eval: { first: PRF_SALT } } },
      },
    });
  } catch (error) {
    throw failureOf(error);
  }
  const first = (credential as PublicKeyCredential | null)?.getClientExtensionResults().prf?.results?.first;
  if (!first) throw new PasskeyError('no-prf');
  return first;
}

/** A new passkey for this app, and its PRF output; PasskeyError('no-prf') when the authenticator has no PRF. */
export async function createPasskey(person: {
  email: string;
  name: string;
}): Promise<{ credentialId: string; prf: BufferSource }> {
  let credential: PublicKeyCredential;
  try {
    credential = (await navigator.credentials.create({
      publicKey: {
        rp: { name: 'Mobile CRM' },
        // A fresh id per passkey: it names nothing, and a new one never replaces another person's.
        user: { id: randomBytes(16), name: person.email, displayName: person.name },
        challenge: randomBytes(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: {
          authenticatorAttachment: 'platform',
          residentKey: 'discouraged',
          userVerification: 'required',
        },
        extensions: { prf: { eval: { first: PRF_SALT } } },
      },
    })) as PublicKeyCredential;
  } catch (error) {
    throw failureOf(error);
  }
  const credentialId = toBase64Url(credential.rawId);
  const prf = credential.getClientExtensionResults().prf;
  if (!prf?.enabled) {
    forgetPasskey(credentialId);
    throw new PasskeyError('no-prf');
  }
  // Some authenticators give the output only when asked with the new passkey.
  return { credentialId, prf: prf.results?.first ?? (await prfOutput(credentialId)) };
}

/** Tells the device the passkey is no longer used (where it can be told), so it can stop offering it. */
export function forgetPasskey(credentialId: string) {
  if (typeof PublicKeyCredential === 'undefined') return;
  const signal = (
    PublicKeyCredential as unknown as {
      signalUnknownCredential?: (credential: { rpId: string; credentialId: string }) => Promise<void>;
    }
  ).signalUnknownCredential;
  signal?.({ rpId: location.hostname, credentialId }).catch(() => undefined);
}
