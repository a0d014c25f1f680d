// Whether the sign-in service really asked for the password after the app demanded it (prompt=login, max_age=0).
// The request proves nothing (its address can be edited); the id_token's auth_time, set by the provider, does.

/**
 * The longest a sign-in may take on this device's clock, from the request to the tokens. Only the provider's clock
 * is trusted for the moment of the request; this bounds how far a device clock set forward can stretch it.
 */
export const LONGEST_SIGN_IN_SECONDS = 600;

/** auth_time and iat are whole seconds, and the two clocks tick at different moments. */
const TICK_SECONDS = 1;

export interface PasswordEvidence {
  /** When the app sent the person to the sign-in service (this device's clock, ms). */
  requestedAt: number;
  /** When the tokens arrived (this device's clock, ms). */
  receivedAt: number;
  /** The id_token's `auth_time` and `iat` (the provider's clock, seconds), as decoded. */
  authTime: unknown;
  issuedAt: unknown;
}

/** True when the provider authenticated the person after the request was sent: a password, not an old session. */
export function passwordAskedSinceRequest({
  requestedAt,
  receivedAt,
  authTime,
  issuedAt,
}: PasswordEvidence): boolean {
  if (typeof authTime !== 'number' || typeof issuedAt !== 'number') return false;
  // The request on the provider's clock: when it issued the id_token, less how long the sign-in took here.
  const took = Math.min(Math.max((receivedAt - requestedAt) / 1000, 0), LONGEST_SIGN_IN_SECONDS);
  return authTime >= Math.floor(issuedAt - took) - TICK_SECONDS;
}

/** The id_token's `auth_time` and `iat` claims (oidc-client-ts leaves auth_time out of the profile it keeps). */
export function idTokenTimes(idToken: string | undefined): { authTime: unknown; issuedAt: unknown } {
  try {
    const payload = idToken?.split('.')[1] ?? '';
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const claims: unknown = JSON.parse(json);
    if (typeof claims !== 'object' || claims === null) return { authTime: undefined, issuedAt: undefined };
    const { auth_time: authTime, iat: issuedAt } = claims as Record<string, unknown>;
    return { authTime, issuedAt };
  } catch {
    return { authTime: undefined, issuedAt: undefined };
  }
}
