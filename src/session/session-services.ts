// What the sign-in logic needs from the app around it; the app passes it in, so this layer never imports a screen.
import type { AppConfig } from '../shared/config.ts';
import type { SignInService } from '../shared/sign-in-service.ts';
import type { Auth } from './auth.ts';

/** Told to the app's other tabs, so no tab shows a session that has ended. */
export type SessionMessage = { type: 'signed-in' } | { type: 'signed-out' };

export interface SessionServices {
  config: AppConfig;
  /** The sign-in service in use (Online, or the remembered Onsite server); set anew when that changes. */
  auth: Auth;
  /** The one Auth for `service`, made on first use. */
  authFor(service: SignInService): Auth;
  /** Tells the app's other tabs that this one signed in or out. */
  broadcast(message: SessionMessage): void;
  /** Shows another of the app's screens in place of this one (no new history entry). */
  navigate(path: string): void;
  /** A sign-in has reached its company; the app may ask one question before the start page. */
  afterSignIn(): Promise<void>;
}
