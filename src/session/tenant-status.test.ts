import { describe, expect, it } from 'vitest';
import { isTenantId } from '../shared/tenant-ref.ts';
import {
  MAX_STATUS_LIFETIME_MS,
  TENANT_STATES,
  TenantStatusError,
  isStatusFresh,
  parseTenantStatus,
  tenantAvailability,
  tenantStatusUrl,
  type TenantState,
  type TenantStatus,
} from './tenant-status.ts';
import { pick, seededRandom } from '../../tests/support/seeded-random.ts';

/** The example answer from SuperOffice's tenant status documentation. */
const running = {
  ContextIdentifier: 'Cust12345',
  Endpoint: 'https://online2.superoffice.com/Cust12345',
  State: 'Running',
  IsRunning: true,
  ValidUntil: '2026-02-23T09:52:01Z',
  Api: 'https://online2.superoffice.com/Cust12345/api',
  Version: 'Release_11.10',
};
const validUntil = Date.parse('2026-02-23T09:52:01Z');
const now = validUntil - 60_000;

function statusError(json: unknown, expectedId = 'Cust12345'): TenantStatusError {
  try {
    parseTenantStatus(json, expectedId, now);
  } catch (error) {
    expect(error).toBeInstanceOf(TenantStatusError);
    return error as TenantStatusError;
  }
  throw new Error(`parseTenantStatus accepted ${JSON.stringify(json)}`);
}

const status = (state: TenantState, extra: Partial<TenantStatus> = {}): TenantStatus => ({
  id: 'Cust1',
  state,
  endpoint: '',
  api: '',
  validUntil: null,
  ...extra,
});

describe('tenantStatusUrl', () => {
  it('puts the tenant id into the template', () => {
    expect(tenantStatusUrl('https://sod.superoffice.com/api/state/{ctx}', 'Cust12345')).toBe(
      'https://sod.superoffice.com/api/state/Cust12345',
    );
  });

  it('works with the id in the query', () => {
    expect(tenantStatusUrl('http://localhost:4000/state?ctx={ctx}&v=1', 'Cust_1-a')).toBe(
      'http://localhost:4000/state?ctx=Cust_1-a&v=1',
    );
  });

  it.each(['Cust1/../../admin', 'Cust1?x', '', ' Cust1', '$&'])(
    'refuses %j, which is not a tenant id',
    (id) => {
      expect(() => tenantStatusUrl('https://s.example/{ctx}', id)).toThrow(TypeError);
    },
  );

  it('refuses a template without {ctx}, which would ask about no tenant', () => {
    expect(() => tenantStatusUrl('https://s.example/state', 'Cust1')).toThrow(/\{ctx\}/);
  });
});

describe('parseTenantStatus', () => {
  it('reads SuperOffice’s answer for a running tenant', () => {
    expect(parseTenantStatus(running, 'Cust12345', now)).toEqual<TenantStatus>({
      id: 'Cust12345',
      state: 'Running',
      endpoint: 'https://online2.superoffice.com/Cust12345',
      api: 'https://online2.superoffice.com/Cust12345/api',
      validUntil,
    });
  });

  it('matches the tenant id regardless of case', () => {
    expect(parseTenantStatus({ ...running, ContextIdentifier: 'CUST12345' }, 'cust12345', now).id).toBe(
      'CUST12345',
    );
  });

  it.each([
    ['another tenant', { ...running, ContextIdentifier: 'Cust99999' }],
    ['no tenant', { ...running, ContextIdentifier: undefined }],
    ['a tenant id that is not a string', { ...running, ContextIdentifier: 12345 }],
    ['a malformed tenant id', { ...running, ContextIdentifier: 'Cust12345/x' }],
  ])('rejects an answer about %s', (_kind, json) => {
    expect(statusError(json).message).toMatch(/not for the tenant asked about/);
  });

  it('rejects a matching answer when the id asked about is not a tenant id', () => {
    statusError({ ...running, ContextIdentifier: 'Cust 1' }, 'Cust 1');
  });

  it('does not let Unicode case folding match another tenant (the Kelvin sign lower-cases to k)', () => {
    statusError({ ...running, ContextIdentifier: 'CustK' }, 'Cust\u212A');
  });

  it.each([null, undefined, 'Running', 42, true, [running]])(
    'rejects %j, which is not an answer object',
    (json) => {
      expect(statusError(json).message).toMatch(/not an object/);
    },
  );

  it.each([
    ['a javascript: URL', 'javascript:alert(document.cookie)'],
    ['a data: URL', 'data:text/html,<script>alert(1)</script>'],
    ['a relative URL', '/Cust12345'],
    ['a protocol-relative URL', '//evil.example/Cust12345'],
    ['credentials', 'https://user:secret@online2.superoffice.com/Cust12345'],
    ['plain http to another host', 'http://online2.superoffice.com/Cust12345'],
    ['a number', 42],
    ['an object', { href: 'https://online2.superoffice.com' }],
  ])('rejects an Endpoint with %s', (_kind, endpoint) => {
    expect(statusError({ ...running, Endpoint: endpoint }).message).toMatch(/Endpoint/);
  });

  it.each([
    ['a javascript: URL', 'javascript:alert(1)'],
    ['credentials', 'https://u@online2.superoffice.com/api'],
    ['no URL at all', 'api'],
  ])('rejects an Api with %s', (_kind, api) => {
    expect(statusError({ ...running, Api: api }).message).toMatch(/Api/);
  });

  it.each([undefined, null, ''])('requires the URLs of a running tenant, rejecting %j', (missing) => {
    statusError({ ...running, Endpoint: missing });
    statusError({ ...running, Api: missing });
  });

  it('requires the URLs of a tenant in online maintenance, which is still used', () => {
    statusError({ ...running, State: 'OnlineMaintenance', IsRunning: true, Api: '' });
  });

  it('requires the URLs when the state says running even if IsRunning says otherwise', () => {
    statusError({ ...running, IsRunning: false, Api: '' });
  });

  it.each([undefined, null, ''])('accepts %j URLs from a tenant that is not running', (missing) => {
    const parsed = parseTenantStatus(
      { ...running, State: 'Suspended', IsRunning: false, Endpoint: missing, Api: missing },
      'Cust12345',
      now,
    );
    expect(parsed).toMatchObject({ state: 'Suspended', endpoint: '', api: '' });
  });

  it('still rejects an unsafe URL from a tenant that is not running', () => {
    statusError({ ...running, State: 'Suspended', IsRunning: false, Endpoint: 'javascript:alert(1)' });
  });

  it('removes trailing slashes from the Api, so paths can be appended', () => {
    expect(
      parseTenantStatus(
        { ...running, Api: 'https://online2.superoffice.com/Cust12345/api//' },
        'Cust12345',
        now,
      ).api,
    ).toBe('https://online2.superoffice.com/Cust12345/api');
  });

  it('uses the URLs as checked, without surrounding whitespace', () => {
    const parsed = parseTenantStatus(
      { ...running, Endpoint: ' https://online2.superoffice.com/Cust12345\n' },
      'Cust12345',
      now,
    );
    expect(parsed.endpoint).toBe('https://online2.superoffice.com/Cust12345');
  });

  it('accepts a local tenant over plain http', () => {
    const parsed = parseTenantStatus(
      { ...running, Endpoint: 'http://localhost:4000/Cust12345', Api: 'http://localhost:4000/Cust12345/api' },
      'Cust12345',
      now,
    );
    expect(parsed.api).toBe('http://localhost:4000/Cust12345/api');
  });

  it.each(TENANT_STATES)('knows the state %s', (state) => {
    const parsed = parseTenantStatus({ ...running, State: state }, 'Cust12345', now);
    expect(parsed.state).toBe(state);
  });

  it.each(['Hibernating', 'running', '', 3, null, undefined])(
    'reads the unknown state %j as Unknown',
    (state) => {
      expect(parseTenantStatus({ ...running, State: state, IsRunning: false }, 'Cust12345', now).state).toBe(
        'Unknown',
      );
    },
  );

  it.each([
    [{ State: 'Unknown', IsRunning: true }, true],
    [{ State: 'OfflineMaintenance', IsRunning: true }, true],
    [{ State: 'OnlineMaintenance', IsRunning: undefined }, true],
    [{ State: 'Suspended', IsRunning: undefined }, false],
    [{ State: 'Deleted', IsRunning: 'true' }, false],
  ] as const)('for %j, requires the URLs: %s', (fields, required) => {
    const answer = { ...running, ...fields, Endpoint: '', Api: '' };
    if (required) statusError(answer);
    else expect(parseTenantStatus(answer, 'Cust12345', now)).toMatchObject({ endpoint: '', api: '' });
  });

  it.each([undefined, null, '', 'tomorrow', 1771840321000, {}])('has no ValidUntil for %j', (value) => {
    expect(parseTenantStatus({ ...running, ValidUntil: value }, 'Cust12345', now).validUntil).toBeNull();
  });

  it('keeps a ValidUntil in the past, so the answer is re-checked at once', () => {
    expect(parseTenantStatus(running, 'Cust12345', validUntil + 1).validUntil).toBe(validUntil);
  });

  it('asks again within a day however far ahead ValidUntil is', () => {
    const parsed = parseTenantStatus({ ...running, ValidUntil: '2099-01-01T00:00:00Z' }, 'Cust12345', now);
    expect(parsed.validUntil).toBe(now + MAX_STATUS_LIFETIME_MS);
  });

  it('uses the current time when none is given', () => {
    const parsed = parseTenantStatus({ ...running, ValidUntil: '2999-01-01T00:00:00Z' }, 'Cust12345');
    expect(parsed.validUntil).toBeGreaterThan(Date.now());
    expect(parsed.validUntil).toBeLessThanOrEqual(Date.now() + MAX_STATUS_LIFETIME_MS);
  });

  it('is an Error with its own name', () => {
    const error = statusError({});
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TenantStatusError');
  });
});

describe('tenantAvailability', () => {
  it('a running tenant is available', () => {
    expect(tenantAvailability(status('Running'))).toBe('available');
  });

  it('a tenant in online maintenance is shown but flagged', () => {
    expect(tenantAvailability(status('OnlineMaintenance'))).toBe('flagged');
  });

  it.each(TENANT_STATES.filter((state) => state !== 'Running' && state !== 'OnlineMaintenance'))(
    'a tenant in state %s is unavailable',
    (state) => {
      expect(tenantAvailability(status(state))).toBe('unavailable');
    },
  );

  it('goes by the state, not by IsRunning', () => {
    expect(tenantAvailability(parseTenantStatus({ ...running, State: 'Suspended' }, 'Cust12345', now))).toBe(
      'unavailable',
    );
  });
});

describe('isStatusFresh', () => {
  it('is fresh until ValidUntil', () => {
    expect(isStatusFresh(status('Running', { validUntil: 1000 }), 999)).toBe(true);
  });

  it('is stale from ValidUntil on, when the tenant may have moved host', () => {
    expect(isStatusFresh(status('Running', { validUntil: 1000 }), 1000)).toBe(false);
    expect(isStatusFresh(status('Running', { validUntil: 1000 }), 5000)).toBe(false);
  });

  it('is stale without a ValidUntil', () => {
    expect(isStatusFresh(status('Running', { validUntil: null }), 0)).toBe(false);
  });
});

describe('parseTenantStatus fuzzing', () => {
  it('returns a valid status or throws TenantStatusError for 10,000 random and hostile answers', () => {
    const random = seededRandom(11_10);
    const failures: string[] = [];
    let parsed = 0;
    for (let run = 0; run < 10_000 && failures.length < 5; run++) {
      const json = randomAnswer(random);
      const expectedId = random() < 0.9 ? 'Cust12345' : String(pick(random, hostileStrings));
      try {
        const result = parseTenantStatus(
          json,
          expectedId,
          random() < 0.9 ? now : pick(random, [NaN, 0, -1e20]),
        );
        const problem = statusProblem(result, expectedId);
        if (problem) failures.push(`run ${run}: ${problem}`);
        parsed++;
      } catch (error) {
        if (!(error instanceof TenantStatusError)) failures.push(`run ${run}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    // The generator must reach the accepting paths too, not only the rejecting ones.
    expect(parsed).toBeGreaterThan(1_000);
  });
});

/** What is wrong with a parsed status, or null when every field holds what the type promises. */
function statusProblem(status: TenantStatus, expectedId: string): string | null {
  const safeUrl = (url: string) => {
    if (url === '') return true;
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || parsed.hostname === 'localhost') &&
      !parsed.username &&
      !parsed.password
    );
  };
  if (!isTenantId(status.id) || status.id.toLowerCase() !== expectedId.toLowerCase())
    return `id ${status.id}`;
  if (!TENANT_STATES.includes(status.state)) return `state ${String(status.state)}`;
  if (!safeUrl(status.endpoint) || !safeUrl(status.api)) return `urls ${status.endpoint} ${status.api}`;
  if (status.api.endsWith('/')) return 'api ends with /';
  if (tenantAvailability(status) !== 'unavailable' && (!status.endpoint || !status.api))
    return 'usable without urls';
  if (status.validUntil !== null && !Number.isFinite(status.validUntil))
    return `validUntil ${status.validUntil}`;
  return null;
}

const hostileStrings = [
  '',
  ' ',
  'Cust12345',
  'cust12345',
  'Cust12345 ',
  'Cust99999',
  'Cust12345/../x',
  'Cust\u212A',
  '__proto__',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\nscript:alert(1)',
  'https://online2.superoffice.com/Cust12345',
  'https://online2.superoffice.com/Cust12345/api/',
  'https://u:p@online2.superoffice.com/',
  'http://localhost:4000/Cust12345',
  'http://online2.superoffice.com/x',
  'https://[::1',
  'https://',
  'data:,x',
  '\u0000',
  '\uD800',
  '2026-02-23T09:52:01Z',
  '9999-12-31T23:59:59Z',
  '-271821-04-20T00:00:00Z',
  'x'.repeat(5_000),
];

function randomValue(random: () => number, depth = 0): unknown {
  const roll = random();
  if (roll < 0.5) return pick(random, hostileStrings);
  if (roll < 0.6) return pick(random, [0, -0, 1, NaN, Infinity, 8.64e15, 1e308]);
  if (roll < 0.75) return pick(random, [null, undefined, true, false, 10n, Symbol('x')]);
  if (roll < 0.85 && depth < 2)
    return Array.from({ length: Math.floor(random() * 3) }, () => randomValue(random, depth + 1));
  if (roll < 0.9) return Object.create(null);
  return pick(random, [{}, { toString: () => 'Running' }, new Date(), () => 'x']);
}

function randomAnswer(random: () => number): unknown {
  if (random() < 0.05) return randomValue(random);
  const answer: Record<string, unknown> = random() < 0.1 ? Object.create(null) : {};
  const fields: [keyof typeof running, () => unknown][] = [
    [
      'ContextIdentifier',
      () => (random() < 0.8 ? pick(random, ['Cust12345', 'CUST12345']) : randomValue(random)),
    ],
    ['Endpoint', () => (random() < 0.6 ? running.Endpoint : randomValue(random))],
    ['State', () => (random() < 0.7 ? pick(random, TENANT_STATES) : randomValue(random))],
    ['IsRunning', () => (random() < 0.7 ? random() < 0.5 : randomValue(random))],
    ['ValidUntil', () => (random() < 0.6 ? running.ValidUntil : randomValue(random))],
    ['Api', () => (random() < 0.6 ? pick(random, [running.Api, running.Api + '/']) : randomValue(random))],
    ['Version', () => (random() < 0.7 ? running.Version : randomValue(random))],
  ];
  for (const [field, value] of fields) if (random() < 0.9) answer[field] = value();
  return answer;
}
