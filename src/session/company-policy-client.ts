// Asks the tenant's API for the company's policies for the app (its preference agent, with the session's token),
// and keeps them with the session.
import type { Auth, User } from './auth.ts';
import { MOBILE_CRM_PREFERENCES, policyFromPreferences, type CompanyPolicy } from './company-policy.ts';
import { keepCompanyPolicy } from './login-rules.ts';

export class PolicyUnavailableError extends Error {}

/** SuperOffice's `POST {Api}/v1/Agents/Preference/GetPreferences`: every preference the app reads, in one request. */
async function askForPolicy(auth: Auth, user: User, api: string, nonce?: string): Promise<Response> {
  const url = `${api}/v1/Agents/Preference/GetPreferences`;
  return fetch(url, {
    method: 'POST',
    headers: {
      ...(await auth.authorizationHeaders(user, url, 'POST', nonce)),
      Accept: 'application/json',
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ Specifications: Object.values(MOBILE_CRM_PREFERENCES) }),
  });
}

export async function fetchCompanyPolicy(auth: Auth, user: User, api: string): Promise<CompanyPolicy> {
  let response = await askForPolicy(auth, user, api).catch(() => null);
  const nonce = response?.status === 401 ? response.headers.get('DPoP-Nonce') : null;
  // The API asks for a DPoP nonce (this device's clock is off): once more with it.
  if (nonce) response = await askForPolicy(auth, user, api, nonce).catch(() => null);
  if (!response?.ok)
    throw new PolicyUnavailableError(`The tenant answered ${response?.status ?? 'nothing'}.`);
  return policyFromPreferences(await response.json());
}

/** Reads the policy after a sign-in (each start page load) and keeps it; when it cannot, the kept one stands. */
export async function refreshCompanyPolicy(
  auth: Auth,
  user: User,
  api: string,
  tenantId: string,
): Promise<void> {
  try {
    await keepCompanyPolicy(tenantId, await fetchCompanyPolicy(auth, user, api));
  } catch {
    // Offline, or the tenant refused: enforce what was kept with the session.
  }
}
