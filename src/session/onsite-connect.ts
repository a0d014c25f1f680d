// Connect: finds an Onsite server's OpenID Connect sign-in, checks it and that it takes this app, then goes there.
// Everything that can be found out from the browser is found out before leaving: once on the server's own pages,
// the installed app has no way back.
import { isRecord } from '../shared/is-record.ts';
import { checkOnsiteServer, type OnsiteServer } from '../shared/onsite-server.ts';
import { serverAllowed } from '../shared/onsite-servers.ts';
import { DISCOVERY_PATH, discoveryPlaces } from '../shared/server-address.ts';
import type { OnsiteProblem } from './problems.ts';
import type { SessionServices } from './session-services.ts';
import { signInAtServer } from './sign-in-actions.ts';

const TIMEOUT_MS = 10_000;

/** A request that gives up in time (a server behind a dropped connection never answers), with no cookies. */
async function request(url: string, init: RequestInit = {}): Promise<Response> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  try {
    return await fetch(url, { cache: 'no-store', credentials: 'omit', ...init, signal: abort.signal });
  } finally {
    clearTimeout(timer);
  }
}

/** Whether anything answers at `url`, readable or not: a no-cors request needs no permission from the server. */
const answers = (url: string, init?: RequestInit) =>
  request(url, { ...init, mode: 'no-cors' }).then(
    () => true,
    () => false,
  );

const json = (response: Response): Promise<unknown> => response.json().catch(() => null);

type Found = { server: OnsiteServer } | { problem: OnsiteProblem };

/** The first discovery document at the usual places under `address` (server-address.ts), checked. */
async function findServer(services: SessionServices, address: string): Promise<Found> {
  const allowed = (url: string) => serverAllowed(services.config, url);
  let answered = false;
  for (const place of discoveryPlaces(address)) {
    let response: Response;
    try {
      response = await request(place);
    } catch (error) {
      // No readable answer here: nothing there that this app may read, or no server at all.
      const gaveUp = error instanceof DOMException && error.name === 'AbortError';
      if (gaveUp || (!answered && !(await answers(place))))
        return { problem: { kind: 'onsite-unreachable', address } };
      answered = true;
      continue;
    }
    answered = true;
    const document = response.ok ? await json(response) : null;
    // Where the document really is, after any redirect: the issuer is checked against that place.
    const at = response.url || place;
    if (!isRecord(document) || !at.endsWith(DISCOVERY_PATH) || !allowed(at)) continue;
    const check = checkOnsiteServer(at.slice(0, -DISCOVERY_PATH.length), document, allowed);
    if (check.ok) return { server: check.server };
    if (check.reason !== 'none')
      return { problem: { kind: 'onsite-untrusted', address, reason: check.reason } };
  }
  return { problem: { kind: 'onsite-no-sign-in', address } };
}

const randomText = () => crypto.randomUUID().replace(/-/g, '');

/**
 * Asks the token endpoint to redeem a code that does not exist, as the app will redeem a real one. The answer
 * tells whether the server knows this app's client id (invalid_client if not), and whether it lets this web
 * address read its answers (CORS). Nothing is created at the server.
 */
async function refusal(
  services: SessionServices,
  server: OnsiteServer,
): Promise<'client' | 'cors' | 'gone' | null> {
  const init: RequestInit = {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: randomText(),
      redirect_uri: location.origin + services.config.identity.redirectPath,
      client_id: services.config.onsite.clientId,
      code_verifier: randomText() + randomText(),
    }),
  };
  const endpoint = server.metadata.token_endpoint;
  try {
    const answer = await json(await request(endpoint, init));
    const error = isRecord(answer) ? answer.error : null;
    return error === 'invalid_client' || error === 'unauthorized_client' ? 'client' : null;
  } catch {
    return (await answers(endpoint, init)) ? 'cors' : 'gone';
  }
}

/** Connect to the server at `address` (as readServerAddress gave it); a Problem when it cannot be used. */
export async function connectToServer(
  services: SessionServices,
  address: string,
): Promise<OnsiteProblem | null> {
  if (!navigator.onLine) return { kind: 'onsite-offline', address };
  const found = await findServer(services, address);
  if ('problem' in found) return navigator.onLine ? found.problem : { kind: 'onsite-offline', address };
  const refused = await refusal(services, found.server);
  if (refused === 'gone') return { kind: 'onsite-unreachable', address };
  if (refused) {
    const { clientId } = services.config.onsite;
    return { kind: 'onsite-refuses-app', address, reason: refused, clientId };
  }
  // It leaves for the server's sign-in page; or, gone offline or down meanwhile, it stays.
  const problem = await signInAtServer(services, found.server);
  if (!problem) return null;
  return { kind: problem.kind === 'offline' ? 'onsite-offline' : 'onsite-unreachable', address };
}
