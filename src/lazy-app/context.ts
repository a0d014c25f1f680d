import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppProblem } from '../session/problems.ts';
import type { SessionServices } from '../session/session-services.ts';
import type { WarmStartPage } from './warm-start.ts';

/** What every screen of the app can use, given by the app's root. */
export interface AppServices extends SessionServices {
  /** Shows a problem screen; retry is what "Try again" repeats. */
  showProblem(problem: AppProblem, retry?: () => void): void;
  /** The start page as last shown, read at launch; given out once, to the first start page that mounts. */
  takeWarmStartPage(): WarmStartPage | null;
  /** Log out: ends the session here and at the sign-in service; rejects (staying here) when it cannot leave. */
  logOut(): Promise<void>;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside the app');
  return services;
}
