// Whether the app may show the person's things now, or must first ask who it is: at launch and on coming back from
// the background. Gathered at the edge (lazy-app), decided here. Pure.

export type Gate =
  | { kind: 'open' }
  /** Fingerprint or face opens the sealed session (the lock screen). */
  | { kind: 'unlock'; away: boolean }
  /** The session goes; Log in asks for the password (email and company remembered). */
  | { kind: 'sign-in'; why: 'auto-login-off' | 'company' | 'away' };

export interface GateFacts {
  /** A session is kept on the device (sealed or not). */
  sessionKept: boolean;
  /** Fingerprint or face is on: the session is sealed. */
  fingerprint: boolean;
  /** Auto login as it applies (login-policy.ts), and who turned it off. */
  autoLogin: boolean;
  autoLoginOffByCompany: boolean;
  /** The app was in the background (or closed) longer than Auto logout allows. */
  awayTooLong: boolean;
}

const OPEN: Gate = { kind: 'open' };

/** A launch (the app opened, or reloaded): with fingerprint or face it always asks; otherwise as the rules say. */
export function gateAtLaunch(facts: GateFacts): Gate {
  if (!facts.sessionKept) return OPEN;
  if (facts.fingerprint) return { kind: 'unlock', away: facts.awayTooLong };
  if (facts.awayTooLong) return { kind: 'sign-in', why: 'away' };
  if (!facts.autoLogin)
    return { kind: 'sign-in', why: facts.autoLoginOffByCompany ? 'company' : 'auto-login-off' };
  return OPEN;
}

/** Back from the background: only Auto logout applies (auto login is about starting the app). */
export function gateOnReturn(facts: Pick<GateFacts, 'sessionKept' | 'fingerprint' | 'awayTooLong'>): Gate {
  if (!facts.sessionKept || !facts.awayTooLong) return OPEN;
  return facts.fingerprint ? { kind: 'unlock', away: true } : { kind: 'sign-in', why: 'away' };
}

/** Whether the app stayed away too long: past the deadline it left when it went to the background. */
export const awayTooLong = (deadline: number | null, now: number) => deadline !== null && now > deadline;
