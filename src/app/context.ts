import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppConfig } from '../shared/config.ts';
import type { Auth } from '../sign-in/auth.ts';
import type { Problem } from '../shell/problem-screen/problems.ts';
import type { WarmStartPage } from './warm-start.ts';

export interface AppServices {
  config: AppConfig;
  auth: Auth;
  /** Shows a problem screen; retry is what "Try again" repeats. */
  showProblem(problem: Problem, retry?: () => void): void;
  /** Tells the app's other tabs that this one signed in or out. */
  broadcast(message: SessionMessage): void;
  /** The start page as last shown, read at launch; given out once, to the first start page that mounts. */
  takeWarmStartPage(): WarmStartPage | null;
}

export type SessionMessage = { type: 'signed-in' } | { type: 'signed-out' };

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp outside the app');
  return services;
}
