// Every failure a person can meet on the way in, one kind each; the screen maps each to one message.
import type { TenantRef } from '../shared/tenant-ref.ts';
import type { TenantState } from './tenant-status.ts';
import type { UntrustedReason } from '../shared/onsite-server.ts';

export type Problem =
  | { kind: 'offline' }
  | { kind: 'service-unreachable' }
  | { kind: 'tenant-access-removed'; tenant: TenantRef }
  /** tenantId: the company a switch asked for, which Log in then asks for again. */
  | { kind: 'login-required'; tenantId?: string }
  /** A sign-in that had to ask for the password came back without the provider's proof that it did. */
  | { kind: 'password-not-asked' }
  | { kind: 'provider-error'; code: string }
  | { kind: 'no-tenant'; email: string }
  | { kind: 'tenant-not-running'; tenant: TenantRef; state: TenantState; otherTenants: boolean }
  | { kind: 'status-unavailable'; tenant: TenantRef }
  | { kind: 'session-expired' }
  /** The sign-in service answered as another issuer than the configured one: only the configuration can fix it. */
  | { kind: 'issuer-mismatch' }
  /** Fingerprint or face did not open the lock: not recognised, cancelled, or the passkey is gone. */
  | { kind: 'fingerprint-failed' }
  /** The passkey gives no PRF output, or the lock's screens cannot load: only the password opens the app now. */
  | { kind: 'fingerprint-unavailable' }
  | { kind: 'unexpected' }
  | OnsiteProblem;

/**
 * Connecting to an Onsite server, each naming the server's address: met only on the Onsite screen, whose chunk
 * brings their words.
 */
export type OnsiteProblem =
  | { kind: 'onsite-offline'; address: string }
  /** No answer: down, out of this network's reach, or a certificate this device does not trust (one to a browser). */
  | { kind: 'onsite-unreachable'; address: string }
  /** An answer, but no OpenID Connect discovery this app may read at any of the usual places. */
  | { kind: 'onsite-no-sign-in'; address: string }
  | { kind: 'onsite-untrusted'; address: string; reason: UntrustedReason }
  /** The server does not know this app's client id, or will not let its web address use the token endpoint. */
  | { kind: 'onsite-refuses-app'; address: string; reason: 'client' | 'cors'; clientId: string };

/** The problems the app's own screens put into words. */
export type AppProblem = Exclude<Problem, OnsiteProblem>;

/** What the person can do next; the screen turns each into a button. */
export type ProblemAction =
  | 'retry'
  | 'log-in'
  | 'reset-login'
  | 'log-in-with-password'
  | 'choose-tenant'
  | 'sign-in-screen'
  /** Back to the Onsite screen, the address in its field. */
  | 'change-server';

export const actionsFor = (problem: Problem): ProblemAction[] => {
  switch (problem.kind) {
    case 'offline':
    case 'service-unreachable':
      return ['retry', 'sign-in-screen'];
    case 'password-not-asked':
    case 'provider-error':
    case 'unexpected':
      return ['log-in', 'reset-login'];
    case 'tenant-access-removed':
      return ['choose-tenant', 'reset-login'];
    case 'login-required':
    case 'session-expired':
      return ['log-in'];
    case 'no-tenant':
      return ['reset-login', 'sign-in-screen'];
    case 'tenant-not-running':
      return problem.otherTenants ? ['choose-tenant', 'retry', 'reset-login'] : ['retry', 'reset-login'];
    case 'status-unavailable':
      return ['retry', 'sign-in-screen'];
    case 'issuer-mismatch':
      return ['sign-in-screen'];
    case 'fingerprint-failed':
      return ['retry', 'log-in-with-password'];
    case 'fingerprint-unavailable':
      return ['log-in-with-password', 'retry'];
    case 'onsite-offline':
      return ['retry', 'change-server'];
    case 'onsite-unreachable':
      return ['retry', 'change-server', 'sign-in-screen'];
    case 'onsite-no-sign-in':
    case 'onsite-untrusted':
    case 'onsite-refuses-app':
      return ['change-server', 'sign-in-screen'];
  }
};
