import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../../i18n/app-text.ts';
import { activeLocale } from '../../../i18n/locale.ts';
import {
  actionsFor,
  type AppProblem,
  type OnsiteProblem,
  type ProblemAction,
} from '../../../session/problems.ts';
import { AppFrame } from '../app-frame/index.tsx';
import { breakable } from '../breakable.tsx';
import './style.css';

type Props = {
  onAction: (action: ProblemAction) => void;
  /** A session is stored: the Task menu offers Log out, else Reset login, so another account is always reachable. */
  signedIn: boolean;
  /** The action under way (Try again, Log in), shown as busy until it ends. */
  busy: ProblemAction | null;
  /** When Try again last ended on this same problem, to say that it did try. */
  triedAt: number | null;
} & (
  | { problem: AppProblem; words?: never }
  /** Words that come with a lazy part (the Onsite screen's), given by it. */
  | { problem: OnsiteProblem; words: { title: string; message: string } }
);

/** What happened and what to do, with this problem's particulars filled in. */
function messageFor(problem: AppProblem): string {
  switch (problem.kind) {
    case 'tenant-access-removed':
    case 'status-unavailable':
      return t(`problems.${problem.kind}.message`, { tenant: problem.tenant.name });
    case 'provider-error':
      return t('problems.provider-error.message', { code: problem.code });
    case 'no-tenant':
      return t('problems.no-tenant.message', { email: problem.email });
    case 'tenant-not-running':
      return t('problems.tenant-not-running.message', {
        tenant: `${problem.tenant.name} (${problem.tenant.id})`,
        state: t(`states.${problem.state}`),
      });
    default:
      return t(`problems.${problem.kind}.message`);
  }
}

/** What the status line says: the action under way, or that Try again was done and changed nothing. */
function progress(busy: ProblemAction | null, triedAt: number | null): string {
  if (busy === 'retry') return t('problems.retrying');
  if (busy) return t('signIn.opening');
  if (triedAt === null) return '';
  const time = new Intl.DateTimeFormat(activeLocale(), { timeStyle: 'medium' }).format(new Date(triedAt));
  return t('problems.triedAgain', { time });
}

/** One screen per problem, inside the app's frame: what happened, what to do, and buttons to do it. */
export function ProblemScreen({ problem, onAction, signedIn, busy, triedAt, words }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A new problem takes focus to its heading, so keyboard and screen-reader users start at what happened; the
  // same one again after Try again leaves focus on that button.
  useEffect(() => heading.current?.focus(), [problem.kind]);
  const { title, message } = words ?? {
    title: t(`problems.${problem.kind}.title`),
    message: messageFor(problem),
  };
  return (
    <AppFrame signedIn={signedIn}>
      <section class="card problem" data-testid={`problem-${problem.kind}`} aria-labelledby="problem-title">
        <div role="alert">
          <h1 id="problem-title" ref={heading} tabIndex={-1}>
            {title}
          </h1>
          <p>{breakable(message)}</p>
        </div>
        <div class="actions">
          {actionsFor(problem).map((action, index) => (
            <button
              key={action}
              type="button"
              class={index === 0 ? 'button' : 'button button-secondary'}
              // Not disabled while busy: a disabled button drops focus to the page.
              aria-disabled={busy !== null}
              aria-busy={busy === action}
              onClick={() => busy === null && onAction(action)}
            >
              {t(`actions.${action}`)}
            </button>
          ))}
        </div>
        {/* There before its message, so the message is announced. */}
        <p class="problem-progress" role="status">
          {progress(busy, triedAt)}
        </p>
      </section>
    </AppFrame>
  );
}
