import type { AppServices } from '../context.ts';
import { userFacts } from '../../session/user-facts.ts';

/** Who the passkey is for, as the device's passkey list will show it: the signed-in person's email and name. */
export async function personOf(services: AppServices): Promise<{ email: string; name: string }> {
  const user = await services.auth.getUser();
  const facts = user ? userFacts(user.profile, services.auth.identity) : null;
  return { email: facts?.email ?? '', name: facts?.name ?? '' };
}
