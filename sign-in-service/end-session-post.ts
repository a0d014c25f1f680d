// RP-Initiated Logout 1.0 lets the app send its logout request as a form POST, which keeps the id_token_hint out of
// the browser's history. oidc-provider serves that POST only with enableHttpPostMethods, which it ties to SameSite=None
// cookies (so that a cross-site POST carries them), and those need https. The app and this service are same-site
// (localhost, whatever the ports), so their SameSite=Lax cookies come along: the service takes the POST as the very
// same request made by GET.
import type { IncomingMessage } from 'node:http';
import { readBody } from './http.ts';

const BODY_LIMIT = 16 * 1024;

/**
 * A form POST to the end-session endpoint (`endSessionPath`, as discovery announces it: `/session/end`, or SuperID's
 * `/login/logout`) becomes that request by GET, its fields the query; others pass as they are.
 */
export async function endSessionPostAsGet(
  req: IncomingMessage,
  path: string,
  endSessionPath: string,
): Promise<void> {
  if (req.method !== 'POST' || path !== endSessionPath) return;
  if (!req.headers['content-type']?.startsWith('application/x-www-form-urlencoded')) return;
  const fields = new URLSearchParams(await readBody(req, BODY_LIMIT));
  req.method = 'GET';
  req.url = `${endSessionPath}?${fields}`;
  delete req.headers['content-type'];
  delete req.headers['content-length'];
}
