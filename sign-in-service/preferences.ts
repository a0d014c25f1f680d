// The tenant API's preference agent, in the shape of SuperOffice's `POST /api/v1/Agents/Preference/GetPreferences`
// (SOD docs/api/reference/restful/agent/Preference_Agent/v1PreferenceAgent_GetPreferences.md): the request names
// sections and keys, the answer gives each one's raw text and the level it was found at.
import type { Tenant } from './accounts.ts';

export interface PreferenceSpecification {
  Section: string;
  Key: string;
}

/** One preference as SuperOffice's Preference carrier has it (the fields the local service can fill). */
export interface PreferenceAnswer {
  /** `SystemWide` for what the seed sets (a global preference); `Undefined` when nothing is set. */
  Level: 'SystemWide' | 'Undefined';
  RawValue: string;
  Specification: PreferenceSpecification;
}

export class PreferenceRequestError extends Error {
  override name = 'PreferenceRequestError';
}

const MAX_SPECIFICATIONS = 50;

/** The request's specifications; throws PreferenceRequestError naming what is wrong. */
export function parsePreferenceRequest(body: string): PreferenceSpecification[] {
  let request: unknown;
  try {
    request = JSON.parse(body);
  } catch {
    throw new PreferenceRequestError('The body must be JSON: { "Specifications": [{ "Section", "Key" }] }');
  }
  const list = (request as { Specifications?: unknown } | null)?.Specifications;
  if (!Array.isArray(list) || list.length > MAX_SPECIFICATIONS) {
    throw new PreferenceRequestError(`Specifications must be an array of at most ${MAX_SPECIFICATIONS}`);
  }
  return list.map((entry: unknown, index) => {
    const { Section, Key } = (entry ?? {}) as Record<string, unknown>;
    if (typeof Section !== 'string' || typeof Key !== 'string') {
      throw new PreferenceRequestError(`Specifications[${index}] needs a Section and a Key (strings)`);
    }
    return { Section, Key };
  });
}

/** Each asked-for preference as the tenant keeps it, in the order asked. */
export const preferenceAnswers = (tenant: Tenant, asked: PreferenceSpecification[]): PreferenceAnswer[] =>
  asked.map((specification) => {
    const value = tenant.preferences.get(specification.Section)?.get(specification.Key);
    return value === undefined
      ? { Level: 'Undefined', RawValue: '', Specification: specification }
      : { Level: 'SystemWide', RawValue: value, Specification: specification };
  });
