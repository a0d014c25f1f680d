// What a tenant's `GET /api/v1/User/currentPrincipal` answers: SuperOffice's SoPrincipalCarrier, with the fields
// this service can fill, under SuperOffice's names and types.
import type { Account, Membership } from './accounts.ts';

export interface Principal {
  UserType: 'InternalAssociate';
  /** The associate's (login) name in the tenant's database; SuperOffice's type: string. */
  Associate: string;
  /** The associate's id in the tenant's database; SuperOffice's type: int32. */
  AssociateId: number;
  IsPerson: true;
  FullName: string;
  EMailAddress: string;
  /** "Same as SuperId from Online": the SuperID user name, an email. */
  UserName: string;
  DatabaseContextIdentifier: string;
}

/** The associate name is the account's initials here, as many SuperOffice databases name their users. */
export function principalOf(account: Account, { tenant, associateId }: Membership): Principal {
  return {
    UserType: 'InternalAssociate',
    Associate: account.initials,
    AssociateId: associateId,
    IsPerson: true,
    FullName: account.name,
    EMailAddress: account.email,
    UserName: account.email,
    DatabaseContextIdentifier: tenant.ctx,
  };
}
