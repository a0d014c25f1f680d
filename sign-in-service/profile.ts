// The two shapes the service can take: the local one the app was built against, and SuperID's own (as far as
// SuperOffice's public docs tell; README.md says which points a source confirms).
import type { DpopMode, ProfileName } from './options.ts';

export interface Profile {
  /** Where the provider and its pages are mounted: the authority is the issuer plus this path. */
  basePath: '' | '/login';
  /** oidc-provider's endpoint paths, below basePath. */
  routes: { authorization: string; token: string; jwks: string; end_session: string };
  /** DPoP unless SIGNIN_DPOP says otherwise. */
  dpop: DpopMode;
  /** The id_token also carries `name`, `email` and `tenants` (every tenant of the person), and `acr`. */
  localClaims: boolean;
  /** Who asks a person with several tenants which one: the app (the token gets the first) or the service's page. */
  tenantChoice: 'app' | 'service';
}

export const profiles: Record<ProfileName, Profile> = {
  local: {
    basePath: '',
    routes: { authorization: '/auth', token: '/token', jwks: '/jwks', end_session: '/session/end' },
    dpop: 'required',
    localClaims: true,
    tenantChoice: 'app',
  },
  superid: {
    basePath: '/login',
    routes: {
      authorization: '/common/oauth/authorize',
      token: '/common/oauth/tokens',
      jwks: '/.well-known/jwks',
      end_session: '/logout',
    },
    dpop: 'off',
    localClaims: false,
    tenantChoice: 'service',
  },
};
