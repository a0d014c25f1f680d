import { expect, test } from '@playwright/test';
import {
  APP,
  enterPassword,
  logIn,
  openTaskMenu,
  rememberedRecord,
  startPageHeading,
  watchCspViolations,
} from './support.ts';

test.describe('first sign-in, relaunch, log out and reset login', () => {
  test('anna signs in, her single tenant is chosen by itself and remembered', async ({ page, context }) => {
    const csp = await watchCspViolations(context);
    await logIn(page, 'anna@example.com');
    await expect(startPageHeading(page)).toHaveText('Hello, Anna Larsen');
    const tenant = page.getByTestId('tenant-card');
    await expect(tenant.getByRole('heading', { name: 'Nordic Sales AS' })).toBeVisible();
    await expect(page.getByTestId('tenant-id')).toHaveText('Cust10001');
    await expect(page.getByTestId('tenant-status')).toHaveText('Running');
    await expect(tenant.getByRole('link', { name: 'Open SuperOffice in the browser' })).toHaveAttribute(
      'href',
      'http://localhost:4000/Cust10001',
    );
    await expect(page.getByText(/^Last updated /)).toBeVisible();
    await expect(page).toHaveURL(`${APP}/start`);

    expect(await rememberedRecord(page)).toMatchObject({
      schema: 2,
      email: 'anna@example.com',
      tenant: { id: 'Cust10001', name: 'Nordic Sales AS' },
    });
    expect(csp).toEqual([]);
  });
});
