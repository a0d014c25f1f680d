import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, sendHtml, sendJson } from '../http.ts';
import { bind, closeServer, type RequestHandler } from './listen.ts';
import { createLoginPage } from './login-page.ts';
import {
  companyIdpOptionsFromEnv,
  relyingPartyOrigins,
  validateCompanyIdpOptions,
  type CompanyIdpOptions,
} from './options.ts';
import { messagePage, stylesheetPath } from './pages.ts';
import { loadPeople } from './people.ts';
import { createProvider } from './provider-config.ts';
import { pickLocale, t } from './strings.ts';

export { PortInUseError } from './listen.ts';
export { mfaAcr, mfaAmr } from './login-page.ts';
export {
  companyIdpOptionsFromEnv,
  defaultClientId,
  defaultRedirectUris,
  OptionsError,
  type CompanyIdpOptions,
} from './options.ts';
export { SeedError } from './people.ts';
export { cookieNames, supportedScopes } from './provider-config.ts';

export interface CompanyIdp {
  issuer: string;
  port: number;
  close(): Promise<void>;
}

/** Starts Fjord Consulting's local identity provider; options not given come from the COMPANY_IDP_* environment. */
export async function startCompanyIdp(overrides: Partial<CompanyIdpOptions> = {}): Promise<CompanyIdp> {
  const options = validateCompanyIdpOptions({ ...companyIdpOptionsFromEnv(process.env), ...overrides });
  const people = await loadPeople(options.seedPath);
  const stylesheet = await readFile(new URL('./styles.css', import.meta.url));
  const origins = relyingPartyOrigins(options);

  let app: RequestHandler = (_req, res) => {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' });
    res.end('Starting');
  };
  const { servers, port } = await bind((req, res) => app(req, res), options.port, options.host);

  try {
    const issuer = options.issuer ?? `http://localhost:${port}`;
    const provider = await createProvider({ issuer, options, people });
    const providerCallback = provider.callback();
    const loginPage = createLoginPage({ provider, people, options, secret: randomBytes(32) });

    const fail = (req: IncomingMessage, res: ServerResponse, error: unknown) => {
      if (!(error instanceof BodyTooLargeError))
        console.error('company identity provider: unexpected error', error);
      if (res.headersSent) return void res.destroy();
      const status = error instanceof BodyTooLargeError ? 413 : 500;
      if (!req.headers.accept?.includes('text/html')) {
        return sendJson(res, status, { error: 'server_error', error_description: 'Something went wrong' });
      }
      const locale = pickLocale(req.headers['accept-language']);
      sendHtml(res, status, messagePage(locale, t(locale, 'error.title'), t(locale, 'error.body')), origins);
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
        if (path === '/' && req.method === 'GET') {
          const locale = pickLocale(req.headers['accept-language']);
          return sendHtml(
            res,
            200,
            messagePage(locale, t(locale, 'home.title'), t(locale, 'home.body')),
            origins,
          );
        }
        if (await loginPage(req, res, path)) return;
        await providerCallback(req, res);
      };
      handle().catch((error: unknown) => fail(req, res, error));
    };

    return {
      issuer,
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
