import type { ComponentChildren } from 'preact';
import './style.css';

interface Props {
  title: string;
  message: ComponentChildren;
  /** The way forward: at least one action the person can take. */
  actions: ComponentChildren;
  testId?: string;
}

/** One clear screen for anything that went wrong: what happened, what to do, and a button to do it. */
export function ErrorScreen({ title, message, actions, testId }: Props) {
  return (
    <main class="error-screen" data-testid={testId ?? 'error-screen'}>
      <div class="error-card" role="alert">
        <h1>{title}</h1>
        <div class="error-message">{message}</div>
        <div class="error-actions">{actions}</div>
      </div>
    </main>
  );
}
