// The lock's cryptography, WebCrypto only. The vault is an ECDH P-256 key pair: what the app keeps is sealed to its
// public key (so a password sign-in can lock a new session without the passkey), and only its private key opens it.
// That private key is kept wrapped (AES-GCM) under a key derived (HKDF-SHA-256) from the passkey's PRF output, and
// is unwrapped, non-extractable, into memory only.

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The app's fixed salt: the PRF input every unlock sends (the authenticator mixes in its own secret). */
export const PRF_SALT = encoder.encode('mobile-crm/lock/prf/v1');
const UNLOCK_INFO = encoder.encode('mobile-crm/lock/unlock-key/v1');
const RECORD_INFO = encoder.encode('mobile-crm/lock/record-key/v1');
const PRIVATE_KEY_AAD = encoder.encode('mobile-crm/lock/vault-private-key/v1');

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;
const AES_GCM_256 = { name: 'AES-GCM', length: 256 } as const;

/** Bytes as base64url text: every store (IndexedDB, or its sessionStorage fallback) keeps text. */
export function toBase64Url(bytes: ArrayBuffer | Uint8Array): string {
  const all = new Uint8Array(bytes);
  let binary = '';
  // In slices: spreading a large record's bytes into one call would overflow the stack.
  for (let at = 0; at < all.length; at += 0x8000)
    binary += String.fromCharCode(...all.subarray(at, at + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

const randomBytes = (length: number) => crypto.getRandomValues(new Uint8Array(length));

/** What the device keeps of the vault: its public key, and its private key wrapped under the unlock key. */
export interface VaultKeys {
  publicKey: JsonWebKey;
  wrappedPrivateKey: { iv: string; data: string };
}

/** A value sealed to the vault: the one-time public key it was agreed with, and the AES-GCM ciphertext. */
export interface SealedRecord {
  sealed: 1;
  epk: JsonWebKey;
  iv: string;
  data: string;
}

/** The key that wraps the vault's private key, from the passkey's PRF output; it never leaves WebCrypto. */
export async function unlockKeyFromPrf(prfOutput: BufferSource): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', prfOutput, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: PRF_SALT, info: UNLOCK_INFO },
    material,
    AES_GCM_256,
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** A new vault: the keys to keep, and its private key (non-extractable) for this page's memory. */
export async function createVaultKeys(
  unlockKey: CryptoKey,
): Promise<{ keys: VaultKeys; privateKey: CryptoKey }> {
  // Extractable only long enough to be wrapped; the copy kept in memory is unwrapped as non-extractable.
  const pair = await crypto.subtle.generateKey(ECDH, true, ['deriveBits']);
  const iv = randomBytes(12);
  const wrapped = await crypto.subtle.wrapKey('pkcs8', pair.privateKey, unlockKey, {
    name: 'AES-GCM',
    iv,
    additionalData: PRIVATE_KEY_AAD,
  });
  const keys: VaultKeys = {
    publicKey: await crypto.subtle.exportKey('jwk', pair.publicKey),
    wrappedPrivateKey: { iv: toBase64Url(iv), data: toBase64Url(wrapped) },
  };
  return { keys, privateKey: await openVaultKeys(keys, unlockKey) };
}

/** The vault's private key, non-extractable; rejects (OperationError) when the unlock key is not the vault's. */
export function openVaultKeys(keys: VaultKeys, unlockKey: CryptoKey): Promise<CryptoKey> {
  return crypto.subtle.unwrapKey(
    'pkcs8',
    fromBase64Url(keys.wrappedPrivateKey.data),
    unlockKey,
    { name: 'AES-GCM', iv: fromBase64Url(keys.wrappedPrivateKey.iv), additionalData: PRIVATE_KEY_AAD },
    ECDH,
    false,
    ['deriveBits'],
  );
}

/** The AES-GCM key one record is sealed with: ECDH between a one-time key and the vault's, through HKDF. */
async function recordKey(privateKey: CryptoKey, publicKey: CryptoKey, usage: KeyUsage): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const material = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: PRF_SALT, info: RECORD_INFO },
    material,
    AES_GCM_256,
    false,
    [usage],
  );
}

/**
 * Seals text to the vault with a key of its own (a fresh one-time key pair each time). `context` names where the
 * record lives, so a record moved to another place does not open.
 */
export async function seal(text: string, vaultPublicKey: JsonWebKey, context: string): Promise<SealedRecord> {
  const vault = await crypto.subtle.importKey('jwk', vaultPublicKey, ECDH, false, []);
  const oneTime = await crypto.subtle.generateKey(ECDH, false, ['deriveBits']);
  const key = await recordKey(oneTime.privateKey, vault, 'encrypt');
  const iv = randomBytes(12);
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(context) },
    key,
    encoder.encode(text),
  );
  return {
    sealed: 1,
    epk: await crypto.subtle.exportKey('jwk', oneTime.publicKey),
    iv: toBase64Url(iv),
    data: toBase64Url(data),
  };
}

/** The text a record was sealed with; rejects when the key or the context is not the one it was sealed for. */
export async function unseal(
  record: SealedRecord,
  vaultPrivateKey: CryptoKey,
  context: string,
): Promise<string> {
  const oneTime = await crypto.subtle.importKey('jwk', record.epk, ECDH, false, []);
  const key = await recordKey(vaultPrivateKey, oneTime, 'decrypt');
  const text = await crypto.subtle.decrypt(
    { name: 'AES-GCM', iv: fromBase64Url(record.iv), additionalData: encoder.encode(context) },
    key,
    fromBase64Url(record.data),
  );
  return decoder.decode(text);
}
