// Guards "return to" values (query strings, stored state) so a link can never send the user to another site.

const MAX_LENGTH = 2048;
// Each round undoes one layer of percent-encoding; deeper nesting than this is treated as an attack.
const MAX_DECODE_ROUNDS = 3;

// One leading '/', not followed by '/' or '\' (browsers read both "//host" and "/\host" as another host).
const APP_RELATIVE = /^\/(?![/\\])/;
// Browsers drop tabs and newlines and turn '\' into '/', so any of these could rebuild "//host".
const UNSAFE_ANYWHERE = /[\\\p{Cc}]/u;
// Raw values must also be free of whitespace and invisible format characters; "%20" in a query stays fine.
const UNSAFE_RAW = /[\s\p{Cf}]/u;

function isSafePath(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || UNSAFE_RAW.test(value)) return false;
  // Check every decoded layer too, in case something downstream decodes before navigating.
  let text = value;
  for (let round = 0; round <= MAX_DECODE_ROUNDS; round++) {
    // A leading '/' also rules out any scheme ("javascript:", "https:") in every layer.
    if (!APP_RELATIVE.test(text) || UNSAFE_ANYWHERE.test(text)) return false;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return false; // malformed percent-encoding
    }
    if (decoded === text) return true;
    text = decoded;
  }
  return false;
}

/** Returns a safe same-origin path (starting with a single '/') for a "return to" value, or the fallback. */
export function safeReturnPath(value: unknown, fallback = '/'): string {
  if (isSafePath(value)) return value;
  return isSafePath(fallback) ? fallback : '/';
}
