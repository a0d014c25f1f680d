// Who is signed in, as the tenant's own API says ({Api}/v1/User/currentPrincipal, SuperOffice's SoPrincipalCarrier).

export interface Principal {
  fullName: string;
  /** The associate's login name in this tenant: SuperOffice's `Associate` (a string; `AssociateId` is the number). */
  loginName: string;
}

export class PrincipalUnauthorizedError extends Error {
  /** Set when the API asks for a DPoP nonce (our clock is off): retry once with it. */
  constructor(
    message: string,
    readonly dpopNonce: string | null = null,
  ) {
    super(message);
  }
}
export class PrincipalUnavailableError extends Error {}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export function parsePrincipal(json: unknown): Principal {
  const record = (json && typeof json === 'object' ? json : {}) as Record<string, unknown>;
  return {
    fullName: text(record.FullName) || text(record.UserName),
    loginName: text(record.Associate),
  };
}

export async function fetchCurrentPrincipal(
  apiUrl: string,
  headers: Record<string, string>,
): Promise<Principal> {
  let response: Response;
  try {
    response = await fetch(`${apiUrl}/v1/User/currentPrincipal`, {
      headers: { ...headers, Accept: 'application/json' },
    });
  } catch {
    throw new PrincipalUnavailableError('The tenant could not be reached.');
  }
  if (response.status === 401) {
    const wantsNonce = /use_dpop_nonce/.test(response.headers.get('WWW-Authenticate') ?? '');
    const nonce = wantsNonce ? response.headers.get('DPoP-Nonce') : null;
    throw new PrincipalUnauthorizedError('The tenant did not accept the session.', nonce);
  }
  if (!response.ok) throw new PrincipalUnavailableError(`The tenant answered ${response.status}.`);
  return parsePrincipal(await response.json());
}
