// A consultant with 300 companies (kari@partner.example) on the app's own Choose company: a labelled filter that
// finds a company by name or id as she types, a live count, the remembered company first, statuses asked only for
// the rows in view, usable at 320 px and with the keyboard, axe-clean in light and dark.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/shape.ts';
import { logIn } from '../support/shape-steps.ts';
import { startPageHeading } from '../support/app.ts';

test('kari finds one of her 300 companies by typing, and it comes first next time', async ({
  page,
  shape,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const statusRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${shape.provider}/api/state/`)) statusRequests.push(request.url());
  });
  await logIn(page, shape, 'kari@partner.example');
  await expect(page.getByRole('heading', { level: 1, name: 'Choose company' })).toBeVisible();

  const filter = page.getByRole('searchbox', { name: 'Find a company by name or id' });
  const count = page.locator('#tenant-count');
  await expect(count).toHaveText('300 of 300 companies');
  await expect(page.locator('.tenant-choice')).toHaveCount(300);
  // Statuses come for the rows in view, not for all 300 at once.
  await expect(page.locator('.tenant-choice').first()).not.toContainText('Checking status');
  expect(statusRequests.length).toBeLessThan(30);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => violation.id),
      colorScheme,
    ).toEqual([]);
  }

  // Without accents or case, every word in the name or the id.
  await filter.fill('tromso marine');
  await expect(count).toHaveText('1 of 300 companies');
  const tromso = page.getByRole('button', { name: /^Tromsø Marine/ });
  await expect(tromso).toContainText('Cust50178');
  await filter.fill('CUST5017');
  await expect(count).toHaveText('10 of 300 companies');
  // Every row is built alike: axe on ten of them (those in view with their statuses) stands for all 300, quickly.
  await expect(page.locator('.tenant-choice').first()).toContainText('Running');
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(
      violations.map((violation) => violation.id),
      colorScheme,
    ).toEqual([]);
  }
  await filter.fill('nowhere');
  await expect(count).toHaveText(
    'No company matches “nowhere”. Check the spelling, or search by id, like Cust12345.',
  );
  await expect(page.locator('.tenant-choice')).toHaveCount(0);

  // Nothing scrolls sideways at 320 px.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  // By keyboard: type, Tab to the one company left, Enter.
  await filter.fill('cust50178');
  await filter.press('Tab');
  await expect(tromso).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(startPageHeading(page)).toHaveText('Hello, Kari Nordmann');
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust50178');
  expect(statusRequests.length).toBeLessThan(40);

  // The remembered company leads the list next time, marked as the one she is in now (Switch company's mark, which
  // stands for "Last used" while the session is bound to it).
  await page.goto(`${shape.app}/choose-tenant`);
  const first = page.locator('.tenant-choice').first();
  await expect(first).toHaveAttribute('data-tenant', 'Cust50178');
  await expect(first).toContainText('Current company');
  await expect(first).not.toContainText('Last used');
});
