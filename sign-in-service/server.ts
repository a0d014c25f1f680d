import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadDirectory, SeedError } from './accounts.ts';
import { BodyTooLargeError, sendHtml, sendJson, withPageHeaders } from './http.ts';
import { endSessionPostAsGet } from './end-session-post.ts';
import { createFederatedLogin } from './federated-login.ts';
import { createFederationClient } from './federation-client.ts';
import { createInteractionPages } from './interaction.ts';
import { createLoginStep } from './login-steps.ts';
import { BoundedMap } from './bounded-map.ts';
import { createTenantChoiceStep, promptName as tenantChoicePromptName } from './tenant-choice.ts';
import {
  appUrls,
  federationCallbackPath,
  optionsFromEnv,
  validateOptions,
  type SignInServiceOptions,
} from './options.ts';
import { messagePage, stylesheetPath } from './pages.ts';
import { createProvider } from './provider-config.ts';
import { PortInUseError } from './port-in-use.ts';
import { profiles } from './profile.ts';
import { pickLocale, t } from './strings.ts';
import { createTenantApi } from './tenant-api.ts';

export { optionsFromEnv, OptionsError, type SignInServiceOptions } from './options.ts';
export { SeedError } from './accounts.ts';
export { PortInUseError } from './port-in-use.ts';

/** The name the seed's federatedDomains give the company identity provider this service signs people in with. */
export const companyIdpName = 'company-idp';

export interface SignInService {
  issuer: string;
  /** Where clients find the provider: the issuer, or SuperID's `{issuer}/login`. */
  authority: string;
  port: number;
  close(): Promise<void>;
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const closeServer = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Binds the port. `localhost` means both loopbacks: Node's fetch may try ::1 first and browsers 127.0.0.1,
 * and both must reach the service. Without IPv6 the IPv4 listener is enough.
 */
async function bind(
  handler: RequestHandler,
  port: number,
  host: string,
): Promise<{ servers: Server[]; port: number }> {
  const hosts = host === 'localhost' ? ['127.0.0.1', '::1'] : [host];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const servers: Server[] = [];
    let bound = port;
    try {
      for (const [index, address] of hosts.entries()) {
        // Node allows 16 KB of request line and headers; a logout's id_token_hint with 300 tenants is 26 KB.
        const server = createServer({ maxHeaderSize: 64 * 1024 }, handler);
        try {
          bound = await listen(server, bound, address);
          servers.push(server);
        } catch (error) {
          const optional = index > 0 && ['EADDRNOTAVAIL', 'EAFNOSUPPORT'].includes(errorCode(error) ?? '');
          if (!optional) throw error;
        }
      }
      return { servers, port: bound };
    } catch (error) {
      await Promise.all(servers.map(closeServer));
      // A random port free on 127.0.0.1 may be taken on ::1: pick another one.
      if (errorCode(error) === 'EADDRINUSE' && port === 0) continue;
      if (errorCode(error) === 'EADDRINUSE') throw new PortInUseError(port, 'SIGNIN_PORT');
      throw error;
    }
  }
  throw new PortInUseError(port, 'SIGNIN_PORT');
}

/** Starts the local SuperID-like sign-in service; options not given come from the SIGNIN_* environment. */
export async function startSignInService(
  overrides: Partial<SignInServiceOptions> = {},
): Promise<SignInService> {
  const options = validateOptions({ ...optionsFromEnv(process.env), ...overrides });
  const profile = profiles[options.profile];
  const { basePath } = profile;
  const directory = await loadDirectory(options.seedPath);
  for (const [domain, provider] of directory.federatedDomains) {
    if (provider !== companyIdpName) {
      throw new SeedError(
        `${options.seedPath}: federatedDomains "${domain}" names provider "${provider}"; this service signs people in with "${companyIdpName}" only`,
      );
    }
  }
  const stylesheet = await readFile(new URL('./styles.css', import.meta.url));

  let app: RequestHandler = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
    res.end('Starting');
  };
  const { servers, port } = await bind((req, res) => app(req, res), options.port, options.host);

  try {
    const issuer = options.issuer ?? `http://localhost:${port}`;
    const lastTenants = new BoundedMap<string, string>();
    const provider = await createProvider({ issuer, options, profile, directory, lastTenants });
    const providerCallback = withPageHeaders(provider.callback(), options.appOrigins);
    const secret = randomBytes(32);
    const redirectUri = options.companyIdp.redirectUri ?? `${issuer}${federationCallbackPath}`;
    const companyIdp = createFederationClient({ ...options.companyIdp, redirectUri });
    // The login steps' forms lead on to the company's provider: their CSP form-action names it.
    const pageOrigins = [...options.appOrigins, new URL(companyIdp.issuer).origin];
    const federatedLogin = createFederatedLogin({
      directory,
      clients: new Map([[companyIdpName, companyIdp]]),
      callbackPath: new URL(redirectUri).pathname,
      appOrigins: options.appOrigins,
      pageOrigins,
    });
    const interactionPages = createInteractionPages({
      provider,
      appOrigins: options.appOrigins,
      appUrls: appUrls(options),
      basePath,
      secret,
      steps: {
        login: createLoginStep({ provider, directory, options, secret, federatedLogin, pageOrigins }),
        [tenantChoicePromptName]: createTenantChoiceStep({
          provider,
          directory,
          appOrigins: options.appOrigins,
          lastTenants,
        }),
      },
    });
    const tenantApi = createTenantApi({ provider, directory, options, issuer });

    const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
      if (!(error instanceof BodyTooLargeError)) console.error('sign-in service: unexpected error', error);
      if (res.headersSent) return void res.destroy();
      const status = error instanceof BodyTooLargeError ? 413 : 500;
      if (req.url?.startsWith('/api/') || !req.headers.accept?.includes('text/html')) {
        return sendJson(res, status, { error: 'server_error', error_description: 'Something went wrong' });
      }
      const locale = pickLocale(req.headers['accept-language']);
      sendHtml(
        res,
        status,
        messagePage(locale, t(locale, 'error.title'), t(locale, 'error.body')),
        options.appOrigins,
      );
    };

    const notFound = (req: IncomingMessage, res: ServerResponse) => {
      if (!req.headers.accept?.includes('text/html')) {
        return sendJson(res, 404, {
          error: 'not_found',
          error_description: 'There is nothing at this address',
        });
      }
      const locale = pickLocale(req.headers['accept-language']);
      const html = messagePage(locale, t(locale, 'notFound.title'), t(locale, 'notFound.body'));
      sendHtml(res, 404, html, options.appOrigins);
    };

    /** oidc-provider serves under basePath; it finds that mount path as under Express, from originalUrl. */
    const toProvider = async (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse) => {
      const url = req.url ?? '/';
      if (
        basePath &&
        url !== basePath &&
        !url.startsWith(`${basePath}/`) &&
        !url.startsWith(`${basePath}?`)
      ) {
        return notFound(req, res);
      }
      if (basePath) [req.originalUrl, req.url] = [url, url.slice(basePath.length) || '/'];
      await providerCallback(req, res);
    };

    const home = (req: IncomingMessage, res: ServerResponse) => {
      const locale = pickLocale(req.headers['accept-language']);
      const body = t(locale, 'home.body', { origins: options.appOrigins.join(', ') });
      sendHtml(res, 200, messagePage(locale, t(locale, 'home.title'), body), options.appOrigins);
    };

    app = (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const handle = async () => {
        if (path === stylesheetPath && (req.method === 'GET' || req.method === 'HEAD')) {
          res.writeHead(200, {
            'Content-Type': 'text/css; charset=utf-8',
            'Cache-Control': 'public, max-age=300',
            'X-Content-Type-Options': 'nosniff',
          });
          return void res.end(req.method === 'HEAD' ? undefined : stylesheet);
        }
        if (path === '/' && req.method === 'GET') return home(req, res);
        if (await interactionPages(req, res, path)) return;
        if (await federatedLogin.callback(req, res, path)) return;
        if (await tenantApi(req, res, path)) return;
        await endSessionPostAsGet(req, path, `${basePath}${profile.routes.end_session}`);
        await toProvider(req, res);
      };
      handle().catch((error: unknown) => fail(req, res, error));
    };

    return {
      issuer,
      authority: `${issuer}${basePath}`,
      port,
      close: async () => {
        await Promise.all(servers.map(closeServer));
      },
    };
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }
}
