// OAuth answers "the person said no" (Cancel on the sign-in service's page) and "the service said no" (a company
// the person has no access to) with one error, access_denied: the first leads back, the second is explained.
export type Denial = 'cancelled' | 'tenant-refused';

/**
 * A request that named a company was refused that company, unless the service says the person cancelled (the
 * local service and oidc-provider-based ones, Okta, do); one that named none was turned down by the person.
 */
export function denialOf(requestedTenantId: string | undefined, description: string | null): Denial {
  return requestedTenantId && !/cancel/i.test(description ?? '') ? 'tenant-refused' : 'cancelled';
}
