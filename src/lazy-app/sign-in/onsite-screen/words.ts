// What went wrong connecting, in words: they come with the Onsite screen, the only place these problems arise.
import { t } from '../../../i18n/onsite-text.ts';
import type { OnsiteProblem } from '../../../session/problems.ts';
import { routes } from '../../../shared/routes.ts';

export function wordsFor(problem: OnsiteProblem): { title: string; message: string } {
  const { address } = problem;
  const title = t(`problems.${problem.kind}.title`);
  switch (problem.kind) {
    case 'onsite-untrusted':
      return { title, message: t(`problems.onsite-untrusted.${problem.reason}`, { address }) };
    case 'onsite-refuses-app': {
      // What the server's administrator must register, or allow.
      const { origin } = location;
      const message =
        problem.reason === 'client'
          ? t('problems.onsite-refuses-app.client', {
              address,
              clientId: problem.clientId,
              redirect: origin + routes.callback,
            })
          : t('problems.onsite-refuses-app.cors', { address, origin });
      return { title, message };
    }
    default:
      return { title, message: t(`problems.${problem.kind}.message`, { address }) };
  }
}
