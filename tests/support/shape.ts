// The two shapes of the sign-in service the end-to-end journeys run against: our local one (a tenants claim, the
// app's own Choose company, DPoP) and SuperID's (discovery under /login, the tenant chosen on the service's page,
// one ctx per token). Each is a Playwright project with its own app build, service and company identity provider;
// a spec that imports `test` from here gets the project's `shape`.
import { test as base } from '@playwright/test';

export type ShapeName = 'local' | 'superid';

export interface Shape {
  name: ShapeName;
  /** The app's origin (its own build for this shape). */
  app: string;
  /** The sign-in service's origin, which is also its issuer. */
  provider: string;
  /** Where the app sends the person to sign in (the authorization endpoint). */
  authorizeUrl: string;
  /** Where Log out ends the service's session. */
  endSessionUrl: string;
  /** The company identity provider of the federated domain fjord.example. */
  companyIdp: string;
  /** Who asks a person with several companies which one: the app's Choose company, or the service's own page. */
  tenantChoice: 'app' | 'service';
}

export const shapes: Record<ShapeName, Shape> = {
  local: {
    name: 'local',
    app: 'http://localhost:4173',
    provider: 'http://localhost:4000',
    authorizeUrl: 'http://localhost:4000/auth',
    endSessionUrl: 'http://localhost:4000/session/end',
    companyIdp: 'http://localhost:4300',
    tenantChoice: 'app',
  },
  superid: {
    name: 'superid',
    app: 'http://localhost:4273',
    provider: 'http://localhost:4100',
    authorizeUrl: 'http://localhost:4100/login/common/oauth/authorize',
    endSessionUrl: 'http://localhost:4100/login/logout',
    companyIdp: 'http://localhost:4301',
    tenantChoice: 'service',
  },
};

export interface ShapeOptions {
  /** Set per Playwright project. */
  shapeName: ShapeName;
}

export const test = base.extend<ShapeOptions & { shape: Shape }>({
  shapeName: ['local', { option: true }],
  shape: async ({ shapeName }, use) => use(shapes[shapeName]),
});

export { expect } from '@playwright/test';
