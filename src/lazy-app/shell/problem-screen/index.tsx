import { t } from '../../../i18n/app-text.ts';
import { ErrorScreen } from '../error-screen/index.tsx';
import {
  actionsFor,
  type AppProblem,
  type OnsiteProblem,
  type ProblemAction,
} from '../../../session/problems.ts';

type Props = { onAction: (action: ProblemAction) => void } & (
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

/** One screen per problem: what happened, what to do, and buttons to do it. */
export function ProblemScreen({ problem, onAction, words }: Props) {
  const actions = actionsFor(problem);
  const { title, message } = words ?? {
    title: t(`problems.${problem.kind}.title`),
    message: messageFor(problem),
  };
  return (
    <ErrorScreen
      testId={`problem-${problem.kind}`}
      title={title}
      message={<p>{message}</p>}
      actions={actions.map((action, index) => (
        <button
          key={action}
          type="button"
          class={index === 0 ? 'button' : 'button button-secondary'}
          onClick={() => onAction(action)}
        >
          {t(`actions.${action}`)}
        </button>
      ))}
    />
  );
}
