// The Onsite journey's steps and fixtures: the local Onsite server (npm start runs it on :4110), and small servers
// that fail the ways a company's server can (down, no discovery, another issuer, refusing the app, a certificate
// this device does not trust).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { fillLoginSteps } from './app.ts';

export const ONSITE = 'http://localhost:4110';
export const ERIK = { email: 'erik@onsite.example', name: 'Erik Strand' };
export const VESTLAND = { id: 'Cust50001', name: 'Vestland Industri AS' };

/** Where the failing servers answer: FIXTURES with a path per way of failing, DOWN never, UNTRUSTED over https. */
export const FIXTURES = 'http://localhost:4101';
export const DOWN = 'localhost:4109';
export const UNTRUSTED = 'https://localhost:4102';

/** Sign-in screen → "Are you an Onsite customer?" → the address, as typed → Connect. */
export async function connect(page: Page, address: string) {
  await page.getByRole('link', { name: 'Are you an Onsite customer?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Connect to your company’s server' }),
  ).toBeVisible();
  await page.getByLabel('Server address').fill(address);
  await page.getByRole('button', { name: 'Connect' }).click();
}

/** The Onsite server's own login page. */
export async function enterOnsitePassword(page: Page, email = ERIK.email) {
  await expect(page).toHaveURL(new RegExp(`^${ONSITE}/`));
  await fillLoginSteps(page, email, 'demo');
}

/** Everything the app keeps on the device (IndexedDB, localStorage, sessionStorage), as one text to search. */
export function deviceStorage(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const read = (name: string) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = [...db.objectStoreNames];
          if (!stores.length) return resolve({});
          const tx = db.transaction(stores);
          const requests = stores.map((store) => {
            const records = tx.objectStore(store);
            return [store, records.getAllKeys(), records.getAll()] as const;
          });
          tx.oncomplete = () => {
            db.close();
            resolve(requests.map(([store, keys, values]) => [store, keys.result, values.result]));
          };
        };
      });
    const databases = await indexedDB.databases();
    const contents: Record<string, unknown> = {};
    for (const { name } of databases) if (name) contents[name] = await read(name);
    // Keys (CryptoKeys) do not survive JSON: name them by their place, which is what tells whose they are.
    return JSON.stringify([contents, { ...localStorage }, { ...sessionStorage }], (_key, value: unknown) =>
      value instanceof CryptoKey ? 'CryptoKey' : value,
    );
  });
}

type Answer = (req: IncomingMessage, res: ServerResponse) => void;

const json =
  (status: number, body: unknown, cors = true): Answer =>
  (_req, res) => {
    res.writeHead(status, {
      'Content-Type': 'application/json',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end(JSON.stringify(body));
  };

/** A discovery document for a server at FIXTURES/{path}, with `changes`. */
const discovery = (path: string, changes: Record<string, unknown> = {}) => {
  const issuer = `${FIXTURES}/${path}`;
  return json(200, {
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    response_types_supported: ['code'],
    code_challenge_methods_supported: ['S256'],
    ...changes,
  });
};

const WELL_KNOWN = '/.well-known/openid-configuration';

/** Each way a server can fail, by path; anything else is a web page without OpenID Connect (404 without CORS). */
const answers: Record<string, Answer> = {
  // Says it is the Online sign-in service.
  [`/wrong-issuer${WELL_KNOWN}`]: discovery('wrong-issuer', { issuer: 'http://localhost:4000' }),
  // Sends the person on to plain http off this device: mixed content once the app runs on https.
  [`/plain-http${WELL_KNOWN}`]: discovery('plain-http', {
    authorization_endpoint: 'http://crm.example.com/auth',
  }),
  [`/no-pkce${WELL_KNOWN}`]: discovery('no-pkce', { code_challenge_methods_supported: ['plain'] }),
  // Does not know the app's client id.
  [`/refuses${WELL_KNOWN}`]: discovery('refuses'),
  '/refuses/token': json(401, { error: 'invalid_client', error_description: 'client authentication failed' }),
  // Lets no other web address read its token endpoint's answers.
  [`/no-cors${WELL_KNOWN}`]: discovery('no-cors'),
  '/no-cors/token': json(400, { error: 'invalid_request' }, false),
};

const page404: Answer = (_req, res) => {
  res.writeHead(404, { 'Content-Type': 'text/html' });
  res.end('<h1>Not found</h1>');
};

const listen = (server: Server, port: number) =>
  new Promise<Server>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolve(server));
  });

/** Starts the failing servers; the returned function stops them. */
export async function startFailingServers(): Promise<() => Promise<void>> {
  const handler: Answer = (req, res) => (answers[(req.url ?? '/').split('?')[0]!] ?? page404)(req, res);
  // A certificate made now, which no device trusts.
  const dir = mkdtempSync(join(tmpdir(), 'mobile-crm-onsite-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', [
    ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'],
    ...['-subj', '/CN=localhost', '-days', '1', '-keyout', key, '-out', cert],
  ]);
  const servers = await Promise.all([
    listen(createServer(handler), Number(new URL(FIXTURES).port)),
    listen(
      createHttpsServer({ key: readFileSync(key), cert: readFileSync(cert) }, discovery('')),
      Number(new URL(UNTRUSTED).port),
    ),
  ]);
  rmSync(dir, { recursive: true, force: true });
  return async () => {
    await Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
  };
}
