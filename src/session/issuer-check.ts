// The sign-in service must answer as the issuer the app is configured for (VITE_SIGNIN_ISSUER). When it does not,
// no retry helps: it is a configuration problem, which the person is asked to report and the console spells out.
import type { AppProblem } from './problems.ts';

/** Where the service named an issuer: the callback's RFC 9207 `iss`, the id_token's `iss`, its discovery document. */
export type IssuerSource = 'callback' | 'id_token' | 'discovery';

export class IssuerMismatchError extends Error {
  constructor(
    readonly expected: string,
    readonly received: string,
    readonly source: IssuerSource,
  ) {
    super(
      `Mobile CRM: the sign-in service's ${source} names the issuer "${received}", but the app is configured ` +
        `for "${expected}" (VITE_SIGNIN_ISSUER). Set VITE_SIGNIN_ISSUER to the issuer the service's tokens name.`,
    );
    this.name = 'IssuerMismatchError';
  }
}

/** Throws IssuerMismatchError unless the service named exactly the configured issuer (OIDC compares them verbatim). */
export function checkIssuer(expected: string, received: unknown, source: IssuerSource): void {
  if (received === expected) return;
  throw new IssuerMismatchError(expected, typeof received === 'string' ? received : '(none)', source);
}

/** The person's screen for a mismatch; the administrator's details go to the console, with both values. */
export function issuerMismatchProblem(error: IssuerMismatchError): AppProblem {
  console.error(error.message);
  return { kind: 'issuer-mismatch' };
}
