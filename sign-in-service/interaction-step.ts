// What the service's pages inside an authorization share: the context a step works in, and the step itself.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction } from 'oidc-provider';
import type { Locale, PluralKey, StringKey } from './strings.ts';

export interface StepContext {
  req: IncomingMessage;
  res: ServerResponse;
  interaction: Interaction;
  locale: Locale;
  /** The CSRF token every form of this interaction carries. */
  csrf: string;
  /** The interaction's page, `{basePath}/interaction/{uid}`; its forms post to `${page}/{action}`. */
  page: string;
  /** The request's query (`?step=email`, `?q=…`). */
  query: URLSearchParams;
}

/** Something a step tells the person instead of going on. */
export interface Problem {
  status: number;
  key: StringKey | PluralKey;
  values?: Record<string, string | number>;
  headers?: Record<string, string>;
}

/** One step of the sign-in (email and password; tenant choice), reached by the provider's prompt name. */
export interface Step {
  /** The form posts it answers, `${page}/{action}`. */
  readonly actions: readonly string[];
  /** The step's page; with a problem, the page that tells it. */
  show(ctx: StepContext, problem?: Problem): Promise<void> | void;
  /** A post of one of its forms, already checked for CSRF. */
  post(ctx: StepContext, action: string, form: Map<string, string>): Promise<void>;
}
