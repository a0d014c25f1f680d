import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-path';
import { seededRandom } from '../../tests/support/seeded-random.ts';

const ORIGIN = 'https://app.example';

describe('safeReturnPath', () => {
  it.each([
    ['/'],
    ['/mobile'],
    ['/start?x=1#y'],
    ['/tenant/42/start?tab=contacts&sort=name#top'],
    ['/search?q=hello%20world'],
    ['/start?next=%2F%2Fevil.example'], // an encoded "//" later in the query cannot change the host
    ['/caf%C3%A9'],
    ['/café'],
    ['/javascript:alert(1)'], // a path segment, not a scheme
    ['/%2e%2e/start'],
  ])('keeps the same-origin path %s exactly as given', (path) => {
    expect(safeReturnPath(path)).toBe(path);
    expect(new URL(path, ORIGIN).origin).toBe(ORIGIN);
  });

  it.each([
    ['another host via "//"', '//evil.example'],
    ['another host via "/\\"', '/\\evil.example'],
    ['another host via "\\\\"', '\\\\evil.example'],
    ['a backslash later in the path', '/start\\x'],
    ['an absolute https URL', 'https://evil.example'],
    ['an http URL with one slash', 'http:/evil.example'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a mixed-case javascript: URL', 'JaVaScRiPt:alert(1)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative path without a leading slash', 'mobile'],
    ['a leading space', ' /x'],
    ['a trailing newline', '/x\n'],
    ['a tab', '/x\t'],
    ['a tab that browsers would drop to form "//"', '/\t/evil.example'],
    ['a NUL character', '/x\u0000'],
    ['a non-breaking space', '/x\u00a0y'],
    ['a zero-width space', '/\u200b/evil.example'],
    ['a right-to-left override', '/\u202eelpmaxe'],
    ['an encoded "//"', '/%2F%2Fevil.example'],
    ['an encoded "//" in lower case', '/%2f%2fevil.example'],
    ['an encoded "//" with no leading slash', '%2F%2Fevil.example'],
    ['an encoded backslash', '/%5Cevil.example'],
    ['an encoded backslash later in the path', '/start%5Cx'],
    ['an encoded newline', '/x%0A'],
    ['an encoded tab that browsers would drop to form "//"', '/%09/evil.example'],
    ['a double-encoded "//"', '/%252F%252Fevil.example'],
    ['a triple-encoded "//"', '/%25252F%25252Fevil.example'],
    ['harmless encoding nested deeper than three layers', '/a%2525252520b'],
    ['malformed percent-encoding', '/%E0%A4%A'],
    ['a lone percent sign', '/100%'],
    ['malformed encoding without a leading slash', '%E0%A4%A'],
    ['an empty string', ''],
    ['a string over 2048 characters', `/${'a'.repeat(2048)}`],
  ])('rejects %s and returns the fallback', (_title, value) => {
    expect(safeReturnPath(value)).toBe('/');
    expect(safeReturnPath(value, '/mobile')).toBe('/mobile');
  });

  it('accepts a path of exactly 2048 characters', () => {
    const path = `/${'a'.repeat(2047)}`;
    expect(safeReturnPath(path)).toBe(path);
  });

  it('accepts up to three layers of harmless encoding', () => {
    expect(safeReturnPath('/a%252520b')).toBe('/a%252520b');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an object', {}],
    ['an array', ['/mobile']],
    ['a URL object', new URL('https://app.example/mobile')],
    ['a String object', new String('/mobile')],
  ])('rejects %s, which is not a string', (_title, value) => {
    expect(safeReturnPath(value)).toBe('/');
  });

  it('defaults the fallback to "/"', () => {
    expect(safeReturnPath('//evil.example')).toBe('/');
  });

  it('never returns an unsafe fallback either', () => {
    expect(safeReturnPath('//evil.example', 'https://evil.example')).toBe('/');
    expect(safeReturnPath(null, '//evil.example')).toBe('/');
  });
});

// Seeded so a failure can be reproduced.
const PIECES = [
  '/',
  '//',
  '\\',
  '/\\',
  '%2F',
  '%2f',
  '%5C',
  '%25',
  '%252F',
  '%09',
  '%0A',
  '%00',
  '%E0%A4%A',
  '%',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u00a0',
  '\u200b',
  '\u3000',
  '\uff0f',
  '\ud800',
  ':',
  'javascript:',
  'https:',
  'data:',
  'evil.example',
  '@',
  '?',
  '#',
  '.',
  '..',
  'mobile',
  'x=1',
];

function randomValue(random: () => number): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  switch (Math.floor(random() * 5)) {
    case 0: // hostile pieces glued together
      return Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(PIECES)).join('');
    case 1: // the same, forced to start with a single '/'
      return `/${Array.from({ length: Math.floor(random() * 8) }, () => pick(PIECES)).join('')}`;
    case 2: // random UTF-16 code units after a '/'
      return `/${Array.from({ length: Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 65536))).join('')}`;
    case 3: // long repetitions around the length limit
      return `/${pick(PIECES).repeat(Math.floor(random() * 3000))}`;
    default: // non-strings
      return pick([null, undefined, 0, 42, NaN, true, {}, [], ['/x'], () => '/x', Symbol('x'), 10n]);
  }
}

describe('safeReturnPath on 10,000 random and hostile values', () => {
  it('never throws and always returns a same-origin path', () => {
    const random = seededRandom(1_234_567);
    const problems: string[] = [];
    for (let index = 0; index < 10_000; index++) {
      const value = randomValue(random);
      const result = safeReturnPath(value);
      const sameOrigin = new URL(result, ORIGIN).origin === ORIGIN;
      if (!result.startsWith('/') || /^\/[/\\]/.test(result) || !sameOrigin) {
        problems.push(
          `${JSON.stringify(String(value).slice(0, 100))} -> ${JSON.stringify(result.slice(0, 100))}`,
        );
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
  });
});
