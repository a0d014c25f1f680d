// A start-page snapshot as the app saves it (src/shared/boot-contract.ts), for tests to plant or compare.
import type { StartPageSnapshot } from '../../src/shared/boot-contract.ts';

type KeptView = StartPageSnapshot['view'];

export const annasStartPage: KeptView = {
  heading: 'Hello, Anna Larsen',
  notice: null,
  tenantName: 'Nordic Sales AS',
  tenantIdLabel: 'Id',
  tenantId: 'Cust20001',
  statusLabel: 'Status',
  status: 'Running',
  loginNameLabel: 'Login name',
  loginName: 'AL',
  serverLabel: null,
  server: null,
  lastUpdated: 'Last updated 30 Nov 2026, 09:00',
};

export const startPageSnapshot = (
  overrides: Partial<StartPageSnapshot> = {},
  view: Partial<KeptView> & Record<string, unknown> = {},
): StartPageSnapshot => ({
  key: 'start:anna@example.com:Cust20001',
  lang: 'en',
  until: null,
  view: { ...annasStartPage, ...view },
  ...overrides,
});
