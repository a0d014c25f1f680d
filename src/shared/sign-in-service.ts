// Which sign-in service the app speaks to: SuperOffice Online as built, or the Onsite server a person connected to.
// Gathered at the edge (the remembered login, a pending sign-in's state), decided here, asked by every consumer.
import type { AppConfig, IdentityConfig } from './config.ts';
import { isRecord } from './is-record.ts';
import { checkOnsiteServer, type OnsiteServer } from './onsite-server.ts';
import { serverAllowed } from './onsite-servers.ts';

export interface SignInService {
  identity: IdentityConfig;
  /** The Onsite server, with its checked discovery document; null for the build's own service (Online). */
  server: OnsiteServer | null;
}

/** The identity settings of an Onsite server: its own issuer, endpoints and APIs; the build's claim names. */
function onsiteIdentity(config: AppConfig, { authority, metadata }: OnsiteServer): IdentityConfig {
  return {
    ...config.identity,
    authority,
    // The discovery document's issuer: the id_token's `iss` must equal it.
    issuer: metadata.issuer,
    clientId: config.onsite.clientId,
    scope: 'openid',
    // A tenants claim where the server sends one, else the token's own tenant.
    tenantSource: 'tenants-claim',
    // Where SuperOffice Online keeps it too: /api/state under the issuer.
    statusUrlTemplate: `${metadata.issuer.replace(/\/$/, '')}/api/state/{ctx}`,
    endSessionUrl: null,
    // RP-Initiated Logout obliges servers to take the form POST, which keeps the id_token out of history.
    endSessionMethod: 'post',
    // oidc-client-ts signs its DPoP proofs with ES256.
    dpop: metadata.dpop_signing_alg_values_supported?.includes('ES256') ?? false,
  };
}

/**
 * The service for a remembered or pending Onsite server (any stored value, checked again as it was at Connect), or
 * Online when there is none, or it is not one this build may connect to any more.
 */
export function signInServiceFor(config: AppConfig, server: unknown): SignInService {
  const online: SignInService = { identity: config.identity, server: null };
  if (!isRecord(server) || typeof server.authority !== 'string') return online;
  const allowed = (url: string) => serverAllowed(config, url);
  if (!allowed(server.authority)) return online;
  const checked = checkOnsiteServer(server.authority, server.metadata, allowed);
  return checked.ok ? { identity: onsiteIdentity(config, checked.server), server: checked.server } : online;
}

/** Whether an API address belongs to the service: an Onsite server's tokens go to its own origin only. */
export function isServiceApi(service: SignInService, url: string): boolean {
  if (!service.server) return true;
  try {
    return new URL(url).origin === new URL(service.identity.issuer).origin;
  } catch {
    return false;
  }
}
