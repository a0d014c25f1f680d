// Serves the production build the way hosting should: app routes get the shell, security headers on every answer.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { appPaths, routes } from '../src/shared/routes.ts';
import { PortInUseError } from '../sign-in-service/port-in-use.ts';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const compressible = new Set(['.html', '.js', '.css', '.svg', '.webmanifest', '.json', '.txt']);

export interface AppServerOptions {
  root: string;
  port: number;
  /** The environment variable that moves `port`, named when the port is taken (none: the port is fixed). */
  portVariable?: string;
  host?: string;
  /** The policy, or how to make it once the build is there (its inline hashes come from the built pages). */
  contentSecurityPolicy: string | (() => string);
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** Which file answers a path: real files as they are, app routes the shell, anything else 404. */
export function fileForPath(pathname: string): { file: string; status: number } {
  if (pathname === routes.getTheApp || pathname === `${routes.getTheApp}/`)
    return { file: 'mobile.html', status: 200 };
  if (appPaths.includes(pathname)) return { file: 'index.html', status: 200 };
  return { file: pathname.slice(1), status: 200 };
}

/** Hashed assets never change; icons and badges rarely; HTML, the manifest and sw.js must be re-checked. */
export function cacheControl(pathname: string): string {
  if (pathname.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  if (/^\/(icons|badges|screenshots)\//.test(pathname)) return 'public, max-age=86400';
  return 'no-cache';
}

const cache = new Map<string, { body: Buffer; br?: Buffer; gzip?: Buffer }>();

async function load(root: string, relative: string) {
  const full = normalize(join(root, relative));
  if (!full.startsWith(normalize(root) + sep)) return null;
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return null;
  const key = `${full}:${info.mtimeMs}`;
  let entry = cache.get(key);
  if (!entry) {
    entry = { body: await readFile(full) };
    cache.set(key, entry);
  }
  return { entry, ext: extname(full) };
}

function pickEncoding(req: IncomingMessage): 'br' | 'gzip' | null {
  const accept = String(req.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return null;
}

async function handle(options: AppServerOptions, req: IncomingMessage, res: ServerResponse) {
  const { contentSecurityPolicy: csp } = options;
  const headers = securityHeaders(typeof csp === 'function' ? csp() : csp);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
  } catch {
    res.writeHead(400, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad address.');
    return;
  }
  const { file } = fileForPath(pathname);
  let found = file ? await load(options.root, file) : null;
  if (!found && file === 'mobile.html') found = await load(options.root, 'index.html');
  if (!found) {
    const notFound =
      '<!doctype html><title>Not found</title><p>Nothing here. <a href="/">Open Mobile CRM</a>';
    res.writeHead(404, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    return;
  }
  const { entry, ext } = found;
  const responseHeaders: Record<string, string> = {
    ...headers,
    'Content-Type': contentTypes[ext] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(pathname),
    Vary: 'Accept-Encoding',
  };
  let body = entry.body;
  const encoding = compressible.has(ext) ? pickEncoding(req) : null;
  if (encoding === 'br') {
    entry.br ??= brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } });
    body = entry.br;
    responseHeaders['Content-Encoding'] = 'br';
  } else if (encoding === 'gzip') {
    entry.gzip ??= gzipSync(entry.body, { level: 9 });
    body = entry.gzip;
    responseHeaders['Content-Encoding'] = 'gzip';
  }
  responseHeaders['Content-Length'] = String(body.length);
  res.writeHead(200, responseHeaders);
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Starts the static server; rejects with a PortInUseError when the port is taken. */
export function startAppServer(options: AppServerOptions): Promise<Server> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Something went wrong serving this file.');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port, options.portVariable) : error);
    });
    server.listen(options.port, options.host ?? 'localhost', () => resolve(server));
  });
}
