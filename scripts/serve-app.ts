// Serves the production build the way hosting should (build/hosting/rules.ts); sirv sends the files.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import {
  answerFor,
  cacheControl,
  contentType,
  notFoundPage,
  securityHeaders,
} from '../build/hosting/rules.ts';
import { PortInUseError } from '../sign-in-service/port-in-use.ts';

export interface AppServerOptions {
  root: string;
  port: number;
  /** The environment variable that moves `port`, named when the port is taken (none: the port is fixed). */
  portVariable?: string;
  host?: string;
  /** The policy, or how to make it once the build is there (its inline hashes come from the built pages). */
  contentSecurityPolicy: string | (() => string);
  /** Where the build lives on the host, as it was built (VITE_BASE_PATH): `/` unless given. */
  base?: string;
}

function notFound(res: ServerResponse, base: string) {
  res.removeHeader('Cache-Control');
  res.writeHead(404, { 'Content-Type': contentType('.html') }).end(notFoundPage(base));
}

/** The answer to one request: our rules pick the file and headers, sirv sends it (or its .br/.gz copy). */
function handler(options: AppServerOptions) {
  // dev: looks each file up when asked, so a deployment copied over a running server is served as it now is.
  const files = sirv(options.root, { dev: true, etag: true, gzip: true, brotli: true, extensions: [] });
  const { base = '/' } = options;
  return (req: IncomingMessage, res: ServerResponse) => {
    const { contentSecurityPolicy: csp } = options;
    for (const [name, value] of Object.entries(securityHeaders(typeof csp === 'function' ? csp() : csp)))
      res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': contentType('.txt') }).end('Bad address.');
      return;
    }
    const answer = answerFor(pathname, base);
    if (answer.status === 404) return notFound(res, base);
    res.setHeader('Cache-Control', cacheControl(pathname, base));
    res.setHeader('Content-Type', contentType(answer.file));
    req.url = `/${answer.file.split('/').map(encodeURIComponent).join('/')}`;
    files(req, res, () => notFound(res, base));
  };
}

/** Starts the static server; rejects with a clear message when the port is taken. */
export function startAppServer(options: AppServerOptions): Promise<Server> {
  const server = createServer(handler(options));
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port, options.portVariable) : error);
    });
    server.listen(options.port, options.host ?? 'localhost', () => resolve(server));
  });
}
