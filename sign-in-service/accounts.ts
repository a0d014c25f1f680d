import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { generateTenants, maxGeneratedTenants } from './generated-tenants.ts';
import { emailDomain } from './sign-in-route.ts';

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
  /**
   * The company's preferences as SuperOffice keeps them (section → key → raw value), answered by the tenant API's
   * preference agent; the app reads the Mobile CRM ones (Autologout time, Disable autologin).
   */
  preferences: ReadonlyMap<string, ReadonlyMap<string, string>>;
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
  /** Absent for a federated account: its company's identity provider checks who it is. */
  passwordHash: string | undefined;
  federated: boolean;
  /** In seed order: the first one is the default tenant. */
  memberships: Membership[];
}

export interface Directory {
  tenants: Tenant[];
  accounts: Account[];
  /** Email domain → the identity provider its people sign in with (SuperID's federated sign-in). */
  federatedDomains: ReadonlyMap<string, string>;
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

/** Something@somewhere: enough to tell a typo from an address (the directory decides the rest). */
export const looksLikeEmail = (email: string) => emailPattern.test(email);
const domainPattern = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

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
  const wholeNumber = (value: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
      return fail(path, `must be a whole number from ${min} to ${max}`);
    }
    return value;
  };

  let generated: unknown[] = [];
  if (seed.generatedTenants !== undefined) {
    const path = '"generatedTenants"';
    if (!isObject(seed.generatedTenants)) return fail(path, 'must be an object with "firstId" and "count"');
    generated = generateTenants({
      firstId: wholeNumber(seed.generatedTenants.firstId, `${path}.firstId`, 1),
      count: wholeNumber(seed.generatedTenants.count, `${path}.count`, 0, maxGeneratedTenants),
    });
  }

  /** `{ "Section": { "Key": "raw value" } }`, as strings: SuperOffice keeps every preference as text. */
  const preferencesOf = (value: unknown, path: string): Tenant['preferences'] => {
    if (value === undefined) return new Map();
    if (!isObject(value)) return fail(path, 'must be an object of sections, like { "Mobile CRM": { … } }');
    return new Map(
      Object.entries(value).map(([section, keys]) => {
        if (!isObject(keys)) return fail(`${path}.${section}`, 'must be an object of keys and text values');
        const values = Object.entries(keys).map(([key, raw]): [string, string] => {
          if (typeof raw !== 'string') return fail(`${path}.${section}.${key}`, 'must be a string');
          return [key, raw];
        });
        return [section, new Map(values)] as const;
      }),
    );
  };

  const tenantsByCtx = new Map<string, Tenant>();
  const listedTenants: unknown[] = seed.tenants;
  const tenants = [...listedTenants, ...generated].map((entry: unknown, i): Tenant => {
    if (i >= listedTenants.length && isObject(entry) && tenantsByCtx.has(String(entry.ctx).toLowerCase())) {
      fail('"generatedTenants"', `makes ${String(entry.ctx)}, which "tenants" lists already`);
    }
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
      preferences: preferencesOf(entry.preferences, `${path}.preferences`),
    };
    tenantsByCtx.set(ctx.toLowerCase(), tenant);
    return tenant;
  });

  const federatedDomains = new Map<string, string>();
  const domains = seed.federatedDomains ?? [];
  if (!Array.isArray(domains)) return fail('"federatedDomains"', 'must be an array');
  domains.forEach((entry: unknown, i) => {
    const path = `federatedDomains[${i}]`;
    if (!isObject(entry)) return fail(path, 'must be an object with "domain" and "provider"');
    const domain = (str(entry.domain, `${path}.domain`) as string).toLowerCase();
    if (!domainPattern.test(domain)) fail(`${path}.domain`, `"${domain}" is not a domain name`);
    if (federatedDomains.has(domain)) fail(`${path}.domain`, `"${domain}" is listed twice`);
    federatedDomains.set(domain, str(entry.provider, `${path}.provider`) as string);
  });

  const accountsByEmail = new Map<string, Account>();
  const accounts = seed.accounts.map((entry: unknown, i): Account => {
    const path = `accounts[${i}]`;
    if (!isObject(entry)) return fail(path, 'must be an object');
    const email = normalizeEmail(str(entry.email, `${path}.email`) as string);
    if (!emailPattern.test(email) || email.length > 254)
      fail(`${path}.email`, `"${email}" is not an email address`);
    if (accountsByEmail.has(email)) fail(`${path}.email`, `"${email}" is listed twice`);
    const federated = entry.federated ?? false;
    if (typeof federated !== 'boolean') fail(`${path}.federated`, 'must be true or false');
    const domain = emailDomain(email);
    if (federated && !federatedDomains.has(domain)) {
      fail(`${path}.federated`, `needs "${domain}" in "federatedDomains"`);
    }
    if (!federated && federatedDomains.has(domain)) {
      fail(`${path}.email`, `is on the federated domain "${domain}": mark the account "federated": true`);
    }
    if (federated && entry.passwordHash !== undefined) {
      fail(`${path}.passwordHash`, 'must be left out: a federated account has no password here');
    }
    const passwordHash = federated ? undefined : (str(entry.passwordHash, `${path}.passwordHash`) as string);
    if (passwordHash !== undefined && !parseHash(passwordHash)) {
      fail(
        `${path}.passwordHash`,
        'is not a scrypt hash (make one with: npx tsx sign-in-service/hash-password.ts)',
      );
    }
    const listed = entry.memberships ?? [];
    if (!Array.isArray(listed)) return fail(`${path}.memberships`, 'must be an array');
    const everyGenerated = entry.memberOfGeneratedTenants;
    if (everyGenerated !== undefined && !isObject(everyGenerated)) {
      fail(`${path}.memberOfGeneratedTenants`, 'must be an object like { "associateId": 7 }');
    }
    // One membership per generated tenant, written out as if the seed listed them.
    const memberships = isObject(everyGenerated)
      ? [
          ...listed,
          ...generated.map((tenant) => ({ ...everyGenerated, ctx: (tenant as { ctx: string }).ctx })),
        ]
      : listed;
    const seen = new Set<Tenant>();
    const account: Account = {
      email,
      name: str(entry.name, `${path}.name`) as string,
      initials: str(entry.initials, `${path}.initials`) as string,
      passwordHash,
      federated: federated as boolean,
      memberships: memberships.map((membership: unknown, j): Membership => {
        const mpath = j < listed.length ? `${path}.memberships[${j}]` : `${path}.memberOfGeneratedTenants`;
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
    federatedDomains,
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
