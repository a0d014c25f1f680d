import { createContext, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppProblem } from '../session/problems.ts';
import type { SessionServices } from '../session/session-services.ts';
import type { WarmStartPage } from './warm-start.ts';

/**
 * What "Try again" repeats: resolves with the problem when it failed again, null once it has gone on (to another
 * screen); stays pending while the app leaves for the sign-in service.
 */
export type Retry = () => Promise<AppProblem | null>;

/** What every screen of the app can use, given by the app's root. */
export interface AppServices extends SessionServices {
  /** Shows a problem screen in the app's frame; retry is what its "Try again" does. */
  showProblem(problem: AppProblem, retry?: Retry): void;
  /** Shows another of the app's screens as a new history entry (Back returns), from any screen or problem. */
  open(path: string): void;
  /** The start page as last shown, read at launch; given out once, to the first start page that mounts. */
  takeWarmStartPage(): WarmStartPage | null;
  /** False on a first visit (no session can be stored): nothing needs the sign-in library until Log in. */
  sessionStored: boolean;
  /** Log out: ends the session here and at the sign-in service; rejects (staying here) when it cannot leave. */
  logOut(): Promise<void>;
  /** Settings' part for the signed-in person: fingerprint or face, Auto login, Auto logout (lock/). */
  LoginSettings: ComponentType;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside the app');
  return services;
}
