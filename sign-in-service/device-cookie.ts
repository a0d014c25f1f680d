// The login page's device cookie: a signed random id that tells one browser from another, so a lockout can hit
// the browser that guessed wrong instead of every browser of the account.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const deviceCookieName = 'signin_device';
const maxAgeSeconds = 365 * 24 * 60 * 60;

export interface DeviceCookies {
  /** The device id of a validly signed cookie, or undefined (none sent, or forged). */
  read(req: IncomingMessage): string | undefined;
  /** A new device id and the Set-Cookie header that gives it to the browser. */
  issue(): { id: string; setCookie: string };
}

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** `secret` signs the ids; it is new per start, as is everything the ids are counted against. */
export function createDeviceCookies(secret: Buffer): DeviceCookies {
  const sign = (id: string) => createHmac('sha256', secret).update(`device:${id}`).digest('base64url');
  return {
    read(req) {
      const [id = '', mac = ''] = (cookieValue(req, deviceCookieName) ?? '').split('.');
      const expected = Buffer.from(sign(id));
      const actual = Buffer.from(mac);
      return id && actual.length === expected.length && timingSafeEqual(actual, expected) ? id : undefined;
    },
    issue() {
      const id = randomBytes(16).toString('base64url');
      const attributes = `Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax`;
      return { id, setCookie: `${deviceCookieName}=${id}.${sign(id)}; ${attributes}` };
    },
  };
}
