// The company's own directory: who can sign in at its identity provider, with a password and an authenticator app.
import { readFile } from 'node:fs/promises';
import { normalizeEmail, SeedError, verifyPassword } from '../accounts.ts';
import { base32Decode } from './totp.ts';

export { SeedError } from '../accounts.ts';

export interface Person {
  /** Stable and opaque, as Entra ID's and Google's are: relying parties key on it, not on the email. */
  sub: string;
  /** Lower-cased; the login name. */
  email: string;
  name: string;
  passwordHash: string;
  /** Base32, as typed into an authenticator app. */
  totpSecret: string;
  /** The decoded secret the codes are computed from. */
  secret: Buffer;
}

export interface People {
  people: Person[];
  byEmail(email: string): Person | undefined;
  bySub(sub: string): Person | undefined;
}

const subPattern = /^[A-Za-z0-9._-]{1,255}$/;
const emailPattern = /^[^\s@]+@[^\s@]+$/;
// The shared scrypt format (hash-password.ts makes these): scrypt$N$r$p$salt$hash.
const hashPattern = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{11,}\$[A-Za-z0-9_-]{22,}$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates parsed seed JSON and builds the lookups; `where` prefixes every message. */
export function buildPeople(seed: unknown, where = 'seed'): People {
  const fail = (path: string, problem: string): never => {
    throw new SeedError(`${where}: ${path} ${problem}`);
  };
  const str = (value: unknown, path: string): string =>
    typeof value === 'string' && value.trim() ? value.trim() : fail(path, 'must be a non-empty string');
  if (!isObject(seed) || !Array.isArray(seed.people)) return fail('the file', 'must hold {"people": [...]}');

  const byEmail = new Map<string, Person>();
  const bySub = new Map<string, Person>();
  const people = seed.people.map((entry: unknown, i): Person => {
    const path = `people[${i}]`;
    if (!isObject(entry)) return fail(path, 'must be an object');
    const sub = str(entry.sub, `${path}.sub`);
    if (!subPattern.test(sub)) fail(`${path}.sub`, 'may hold only letters, digits, ".", "_" and "-"');
    if (bySub.has(sub)) fail(`${path}.sub`, `"${sub}" is listed twice`);
    const email = normalizeEmail(str(entry.email, `${path}.email`));
    if (!emailPattern.test(email) || email.length > 254)
      fail(`${path}.email`, `"${email}" is not an email address`);
    if (byEmail.has(email)) fail(`${path}.email`, `"${email}" is listed twice`);
    const passwordHash = str(entry.passwordHash, `${path}.passwordHash`);
    if (!hashPattern.test(passwordHash)) {
      fail(
        `${path}.passwordHash`,
        'is not a scrypt hash (make one with: npx tsx sign-in-service/hash-password.ts)',
      );
    }
    const totpSecret = str(entry.totpSecret, `${path}.totpSecret`).replace(/\s/g, '').toUpperCase();
    const secret = base32Decode(totpSecret);
    if (!secret || secret.length < 16) {
      fail(`${path}.totpSecret`, 'must be base32 of at least 16 bytes (26 or more characters A-Z, 2-7)');
    }
    const person: Person = {
      sub,
      email,
      name: str(entry.name, `${path}.name`),
      passwordHash,
      totpSecret,
      secret: secret as Buffer,
    };
    byEmail.set(email, person);
    bySub.set(sub, person);
    return person;
  });
  return {
    people,
    byEmail: (email) => byEmail.get(normalizeEmail(email)),
    bySub: (sub) => bySub.get(sub),
  };
}

/** Reads and validates the seed file; every problem becomes one clear SeedError line. */
export async function loadPeople(path: string): Promise<People> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedError(`Seed file ${path} cannot be read (${code ?? 'unknown error'})`);
  }
  let seed: unknown;
  try {
    seed = JSON.parse(text);
  } catch (error) {
    throw new SeedError(`Seed file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return buildPeople(seed, `Seed file ${path}`);
}

/** The shared scrypt check; an unknown person still costs one scrypt so timing does not tell who exists. */
export function checkPassword(person: Person | undefined, password: string): Promise<boolean> {
  const account = person && {
    email: person.email,
    name: person.name,
    initials: '',
    passwordHash: person.passwordHash,
    federated: false,
    memberships: [],
  };
  return verifyPassword(account, password);
}
