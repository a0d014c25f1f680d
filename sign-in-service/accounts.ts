import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile } from 'node:fs/promises';

/** SuperOffice's tenant states; `IsRunning` is true for the two named in `runningStates`. */
export const tenantStates = [
  'Unknown',
  'Provisioning',
  'Running',
  'Deleted',
  'Suspended',
  'OnlineMaintenance',
  'OfflineMaintenance',
  'ProvisioningFailed',
  'Deleting',
  'DeleteFailed',
  'MigrationPending',
] as const;
export type TenantState = (typeof tenantStates)[number];
export const runningStates: ReadonlySet<TenantState> = new Set(['Running', 'OnlineMaintenance']);

export interface Tenant {
  ctx: string;
  companyName: string;
  state: TenantState;
  serial: string;
  version: string;
}

export interface Membership {
  tenant: Tenant;
  associateId: number;
  isAdministrator: boolean;
}

export interface Account {
  /** Lower-cased; also the OIDC `sub` and the login name. */
  email: string;
  name: string;
  initials: string;
  passwordHash: string;
  /** In seed order: the first one is the default tenant. */
  memberships: Membership[];
}

export interface Directory {
  tenants: Tenant[];
  accounts: Account[];
  tenant(ctx: string): Tenant | undefined;
  account(email: string): Account | undefined;
}

/** The seed file cannot be used; the message says where and why. */
export class SeedError extends Error {
  override name = 'SeedError';
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

const ctxPattern = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const emailPattern = /^[^\s@]+@[^\s@]+$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Validates parsed seed JSON and builds the lookups; `where` prefixes every message. */
export function buildDirectory(seed: unknown, where = 'seed'): Directory {
  const fail = (path: string, problem: string): never => {
    throw new SeedError(`${where}: ${path} ${problem}`);
  };
  const str = (value: unknown, path: string, optional = false): string | undefined => {
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string' || !value.trim()) return fail(path, 'must be a non-empty string');
    return value.trim();
  };
  if (!isObject(seed)) return fail('the file', 'must hold a JSON object with "tenants" and "accounts"');
  if (!Array.isArray(seed.tenants)) return fail('"tenants"', 'must be an array');
  if (!Array.isArray(seed.accounts)) return fail('"accounts"', 'must be an array');

  const tenantsByCtx = new Map<string, Tenant>();
  const tenants = seed.tenants.map((entry: unknown, i): Tenant => {
    const path = `tenants[${i}]`;
    if (!isObject(entry)) return fail(path, 'must be an object');
    const ctx = str(entry.ctx, `${path}.ctx`) as string;
    if (!ctxPattern.test(ctx)) fail(`${path}.ctx`, `"${ctx}" must look like Cust12345`);
    if (tenantsByCtx.has(ctx.toLowerCase())) fail(`${path}.ctx`, `"${ctx}" is listed twice`);
    const state = entry.state;
    if (!tenantStates.includes(state as TenantState)) {
      fail(`${path}.state`, `must be one of ${tenantStates.join(', ')}`);
    }
    const tenant: Tenant = {
      ctx,
      companyName: str(entry.companyName, `${path}.companyName`) as string,
      state: state as TenantState,
      serial: str(entry.serial, `${path}.serial`, true) ?? ctx.replace(/\D/g, '').padStart(10, '0'),
      version: str(entry.version, `${path}.version`, true) ?? 'Release_11.10',
    };
    tenantsByCtx.set(ctx.toLowerCase(), tenant);
    return tenant;
  });

  const accountsByEmail = new Map<string, Account>();
  const accounts = seed.accounts.map((entry: unknown, i): Account => {
    const path = `accounts[${i}]`;
    if (!isObject(entry)) return fail(path, 'must be an object');
    const email = normalizeEmail(str(entry.email, `${path}.email`) as string);
    if (!emailPattern.test(email) || email.length > 254)
      fail(`${path}.email`, `"${email}" is not an email address`);
    if (accountsByEmail.has(email)) fail(`${path}.email`, `"${email}" is listed twice`);
    const passwordHash = str(entry.passwordHash, `${path}.passwordHash`) as string;
    if (!parseHash(passwordHash)) {
      fail(
        `${path}.passwordHash`,
        'is not a scrypt hash (make one with: npx tsx sign-in-service/hash-password.ts)',
      );
    }
    const memberships = entry.memberships ?? [];
    if (!Array.isArray(memberships)) return fail(`${path}.memberships`, 'must be an array');
    const seen = new Set<Tenant>();
    const account: Account = {
      email,
      name: str(entry.name, `${path}.name`) as string,
      initials: str(entry.initials, `${path}.initials`) as string,
      passwordHash,
      memberships: memberships.map((membership: unknown, j): Membership => {
        const mpath = `${path}.memberships[${j}]`;
        if (!isObject(membership)) return fail(mpath, 'must be an object');
        const ctx = str(membership.ctx, `${mpath}.ctx`) as string;
        const tenant =
          tenantsByCtx.get(ctx.toLowerCase()) ?? fail(`${mpath}.ctx`, `"${ctx}" is not in "tenants"`);
        if (seen.has(tenant)) fail(`${mpath}.ctx`, `"${ctx}" is listed twice for this account`);
        seen.add(tenant);
        const { associateId, isAdministrator = false } = membership;
        if (typeof associateId !== 'number' || !Number.isSafeInteger(associateId) || associateId < 1) {
          fail(`${mpath}.associateId`, 'must be a positive whole number');
        }
        if (typeof isAdministrator !== 'boolean') fail(`${mpath}.isAdministrator`, 'must be true or false');
        return { tenant, associateId: associateId as number, isAdministrator: isAdministrator as boolean };
      }),
    };
    accountsByEmail.set(email, account);
    return account;
  });

  return {
    tenants,
    accounts,
    tenant: (ctx) => tenantsByCtx.get(ctx.toLowerCase()),
    account: (email) => accountsByEmail.get(normalizeEmail(email)),
  };
}

/** Reads and validates the seed file; every problem becomes one clear SeedError line. */
export async function loadDirectory(path: string): Promise<Directory> {
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
  return buildDirectory(seed, `Seed file ${path}`);
}

// Password hashes: scrypt$N$r$p$salt$hash (base64url), so the cost can change without breaking old seeds.
const defaultCost = { N: 16384, r: 8, p: 1 };
const keyLength = 32;

function parseHash(encoded: string): { cost: ScryptOptions; salt: Buffer; hash: Buffer } | undefined {
  const parts = encoded.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const hash = Buffer.from(parts[5] ?? '', 'base64url');
  const valid = [N, r, p].every((n) => Number.isSafeInteger(n) && (n as number) > 0);
  if (!valid || salt.length < 8 || hash.length < 16) return undefined;
  return { cost: { N, r, p, maxmem: 256 * 1024 * 1024 }, salt, hash };
}

function derive(password: string, salt: Buffer, length: number, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, cost, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, keyLength, defaultCost);
  const { N, r, p } = defaultCost;
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

let dummyHash: Promise<string> | undefined;

/** Checks a password; an unknown account still costs one scrypt so timing does not reveal it. */
export async function verifyPassword(account: Account | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const parsed = parseHash(account?.passwordHash ?? (await dummyHash));
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.hash.length, parsed.cost);
  return timingSafeEqual(candidate, parsed.hash) && account !== undefined;
}
