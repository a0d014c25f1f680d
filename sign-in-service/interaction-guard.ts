// What every interaction page of an oidc-provider here needs before it acts: its CSRF token and the interaction the
// request belongs to. Shared by the sign-in service's pages and the company identity provider's.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Provider } from 'oidc-provider';

/** CSRF tokens bound to the interaction: only a page rendered for this uid carries its token. */
export function interactionCsrf(secret: Buffer) {
  const csrfFor = (uid: string) => createHmac('sha256', secret).update(`csrf:${uid}`).digest('base64url');
  const csrfValid = (uid: string, sent: string | undefined) => {
    const expected = Buffer.from(csrfFor(uid));
    const actual = Buffer.from(sent ?? '');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };
  return { csrfFor, csrfValid };
}

/** The interaction this request is for, or undefined when it is not this uid's (or there is none). */
export async function interactionFor(
  provider: Provider,
  req: IncomingMessage,
  res: ServerResponse,
  uid: string,
) {
  try {
    const interaction = await provider.interactionDetails(req, res);
    return interaction.uid === uid ? interaction : undefined;
  } catch {
    return undefined; // no interaction cookie, expired or unknown: all mean "start again"
  }
}
