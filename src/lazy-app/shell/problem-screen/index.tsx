import { appText } from '../../strings.ts';
import { ErrorScreen } from '../error-screen/index.tsx';
import { actionsFor, type Problem, type ProblemAction } from '../../../session/problems.ts';

interface Props {
  problem: Problem;
  onAction: (action: ProblemAction) => void;
}

function messageFor(problem: Problem): { title: string; message: string } {
  const text = appText.problems;
  switch (problem.kind) {
    case 'tenant-access-removed':
      return { ...text[problem.kind], message: text[problem.kind].message(problem.tenant.name) };
    case 'provider-error':
      return { ...text[problem.kind], message: text[problem.kind].message(problem.code) };
    case 'no-tenant':
      return { ...text[problem.kind], message: text[problem.kind].message(problem.email) };
    case 'tenant-not-running':
      return {
        ...text[problem.kind],
        message: text[problem.kind].message(
          `${problem.tenant.name} (${problem.tenant.id})`,
          appText.states[problem.state],
        ),
      };
    case 'status-unavailable':
      return { ...text[problem.kind], message: text[problem.kind].message(problem.tenant.name) };
    default:
      return text[problem.kind];
  }
}

/** One screen per problem: what happened, what to do, and buttons to do it. */
export function ProblemScreen({ problem, onAction }: Props) {
  const { title, message } = messageFor(problem);
  const actions = actionsFor(problem);
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
          {appText.actions[action]}
        </button>
      ))}
    />
  );
}
