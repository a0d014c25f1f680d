// After the email step: who checks this person's credentials. SuperID sends people of a domain registered for
// federation to their company's identity provider and asks everyone else for its own password.

export type SignInRoute = { kind: 'password' } | { kind: 'federated'; provider: string };

/** The domain of an email address, lower-cased, without a trailing dot. */
export const emailDomain = (email: string) =>
  email
    .slice(email.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase()
    .replace(/\.$/, '');

/**
 * Decides by the domain alone, exactly as registered (a subdomain is another domain), so the answer says nothing
 * about whether an account exists.
 */
export function signInRoute(email: string, federatedDomains: ReadonlyMap<string, string>): SignInRoute {
  const provider = email.includes('@') ? federatedDomains.get(emailDomain(email)) : undefined;
  return provider ? { kind: 'federated', provider } : { kind: 'password' };
}
