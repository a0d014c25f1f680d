import type { IncomingMessage, ServerResponse } from 'node:http';

/** The strict policy for every HTML page; form-action must list the app origins because
 * Chromium applies it to the redirects that follow a form post (login → /auth → app callback). */
export function contentSecurityPolicy(appOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self' data:",
    `form-action 'self' ${appOrigins.join(' ')}`,
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export function pageHeaders(appOrigins: readonly string[]): Record<string, string> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': contentSecurityPolicy(appOrigins),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
}

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * Gives everything oidc-provider answers (its form_post page, its errors, …) the pages' security headers, in one
 * place. The empty script-src allows no script; oidc-provider adds its form_post page's inline script's hash to it,
 * so that page runs exactly its own script.
 */
export function withPageHeaders(handler: RequestHandler, appOrigins: readonly string[]): RequestHandler {
  const headers = Object.entries({
    ...pageHeaders(appOrigins),
    'Content-Security-Policy': `${contentSecurityPolicy(appOrigins)}; script-src`,
  }).filter(([name]) => name !== 'Content-Type');
  return (req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    return handler(req, res);
  };
}

export function sendHtml(
  res: ServerResponse,
  status: number,
  html: string,
  appOrigins: readonly string[],
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, { ...pageHeaders(appOrigins), ...extra });
  res.end(html);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  extra: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  res.end(JSON.stringify(body));
}

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/** Reads a small request body, refusing more than `limit` bytes without buffering it all. */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Form fields; a field sent twice counts as its first value. */
export function parseForm(body: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const [key, value] of new URLSearchParams(body)) if (!fields.has(key)) fields.set(key, value);
  return fields;
}

/** CORS for the tenant APIs: only the app origins get an Access-Control-Allow-Origin. */
export function applyCors(
  req: IncomingMessage,
  res: ServerResponse,
  appOrigins: readonly string[],
  {
    allowHeaders,
    exposeHeaders,
    methods = 'GET, OPTIONS',
  }: { allowHeaders?: string; exposeHeaders?: string; methods?: string } = {},
): void {
  res.setHeader('Vary', 'Origin');
  const origin = req.headers.origin;
  if (!origin || !appOrigins.includes(origin)) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  if (exposeHeaders) res.setHeader('Access-Control-Expose-Headers', exposeHeaders);
  if (req.method === 'OPTIONS') {
    res.setHeader('Access-Control-Allow-Methods', methods);
    if (allowHeaders) res.setHeader('Access-Control-Allow-Headers', allowHeaders);
    res.setHeader('Access-Control-Max-Age', '600');
  }
}

/** The client address, for rate limiting (the service is reached directly, never through a proxy). */
export const clientIp = (req: IncomingMessage) => req.socket.remoteAddress ?? 'unknown';
