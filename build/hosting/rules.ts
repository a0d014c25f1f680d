// What hosting answers for each path, and with which headers: the one source for `npm start`'s server
// (scripts/serve-app.ts), the nginx configuration the build writes (nginx.ts) and the deployment check.
import { appPathsUnder, routesUnder } from '../../src/shared/routes.ts';

/** Headers every answer carries, whatever its status. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

export const CACHE = {
  /** Pages, the manifest, sw.js and anything unhashed: kept, but asked about again before each use. */
  revalidate: 'no-cache',
  /** Hashed file names: a changed file gets a new name, so the old one never changes. */
  forever: 'public, max-age=31536000, immutable',
  /** Icons and badges keep their names across releases but rarely change. */
  day: 'public, max-age=86400',
} as const;

/** Folders (under the base) whose files may be kept longer than a page; everything else is CACHE.revalidate. */
export const cachedFolders: readonly { folder: string; cacheControl: string }[] = [
  { folder: 'assets/', cacheControl: CACHE.forever },
  { folder: 'icons/', cacheControl: CACHE.day },
  { folder: 'badges/', cacheControl: CACHE.day },
  { folder: 'screenshots/', cacheControl: CACHE.day },
];

/** The media type of each kind of file the build writes; text types are sent as UTF-8. */
export const fileTypes: Readonly<Record<string, { type: string; utf8: boolean; compress: boolean }>> = {
  html: { type: 'text/html', utf8: true, compress: true },
  js: { type: 'text/javascript', utf8: true, compress: true },
  css: { type: 'text/css', utf8: true, compress: true },
  svg: { type: 'image/svg+xml', utf8: false, compress: true },
  webmanifest: { type: 'application/manifest+json', utf8: false, compress: true },
  json: { type: 'application/json', utf8: false, compress: true },
  txt: { type: 'text/plain', utf8: true, compress: true },
  png: { type: 'image/png', utf8: false, compress: false },
  ico: { type: 'image/x-icon', utf8: false, compress: false },
};

export const UNKNOWN_TYPE = 'application/octet-stream';

/** The precompressed copies the build writes beside a file, and the Content-Encoding each is sent with. */
export const precompressed = [
  { suffix: '.br', encoding: 'br' },
  { suffix: '.gz', encoding: 'gzip' },
] as const;

/** Build outputs for the people who host the app, not for browsers: never served. */
export const hostingOnly: readonly string[] = ['hosting/', 'content-security-policy.txt'];

/** The page a 404 shows, with a way into the app at `base`. */
export const notFoundPage = (base = '/') =>
  `<!doctype html><title>Not found</title><p>Nothing here. <a href="${base}">Open Mobile CRM</a>`;

const extension = (file: string) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';

/** The Content-Type header for a file. */
export function contentType(file: string): string {
  const known = fileTypes[extension(file)];
  if (!known) return UNKNOWN_TYPE;
  return known.utf8 ? `${known.type}; charset=utf-8` : known.type;
}

/** Whether the build writes precompressed copies of this file (text only: images are compressed already). */
export const isCompressible = (file: string) => fileTypes[extension(file)]?.compress === true;

/** The app's routes (answered by its shell, index.html) as paths under `base`. */
export const appRoutes = (base = '/') =>
  appPathsUnder(base).filter((path) => path !== routesUnder(base).getTheApp);

/** The paths answered by /mobile's own page. */
export const getTheAppPaths = (base = '/') => [
  routesUnder(base).getTheApp,
  `${routesUnder(base).getTheApp}/`,
];

export type Answer = { status: 200; file: string } | { status: 404 };

/**
 * Which file of the build answers a decoded path: the app's routes its shell, /mobile its page, other paths the
 * file of that name if the build has one; hosting-only outputs, dot-files and the precompressed copies never.
 */
export function answerFor(pathname: string, base = '/'): Answer {
  if (!pathname.startsWith(base)) return { status: 404 };
  if (getTheAppPaths(base).includes(pathname)) return { status: 200, file: 'mobile.html' };
  if (appRoutes(base).includes(pathname)) return { status: 200, file: 'index.html' };
  const file = pathname.slice(base.length);
  const segments = file.split('/');
  const hidden =
    segments.some((segment) => segment.startsWith('.') || segment === '') ||
    /[\\\0]/.test(file) ||
    hostingOnly.some((only) => (only.endsWith('/') ? file.startsWith(only) : file === only)) ||
    precompressed.some(({ suffix }) => file.endsWith(suffix));
  return hidden ? { status: 404 } : { status: 200, file };
}

/** The Cache-Control header for a path under `base`. */
export function cacheControl(pathname: string, base = '/'): string {
  const file = pathname.slice(base.length);
  return cachedFolders.find(({ folder }) => file.startsWith(folder))?.cacheControl ?? CACHE.revalidate;
}
