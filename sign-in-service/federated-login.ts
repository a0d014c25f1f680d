// The federated branch of the sign-in: people of a domain registered for federation sign in at their company's
// identity provider, not with a password here. The company identity provider (company-idp/) plugs in here; until
// it does, the person is told so and can use another email.
import { sendHtml } from './http.ts';
import type { StepContext } from './interaction-step.ts';
import { federatedPage } from './login-pages.ts';
import { emailDomain } from './sign-in-route.ts';

export interface FederatedLogin {
  /** Takes over the interaction for `email`, whose domain `provider` serves. */
  start(ctx: StepContext, email: string, provider: string): Promise<void> | void;
}

/** Until the company identity provider is connected: a page that says where this person signs in. */
export function createFederatedLogin(appOrigins: readonly string[]): FederatedLogin {
  return {
    start(ctx, email, provider) {
      const html = federatedPage({
        locale: ctx.locale,
        page: ctx.page,
        csrf: ctx.csrf,
        domain: emailDomain(email),
        provider,
      });
      sendHtml(ctx.res, 501, html, appOrigins);
    },
  };
}
