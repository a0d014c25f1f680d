// Who manages the credentials: the sign-in service asks for the email first; a federated domain's people go to
// their company's identity provider (password and a one-time code there), never to the service's password field,
// and come back to choose their company where the shape asks it. In both shapes (tests/support/shape.ts).
import { expect, test } from '../support/shape.ts';
import { chooseCompany, signInAtCompany } from '../support/shape-steps.ts';
import { startPageHeading } from '../support/app.ts';
import { rememberedRecord } from '../support/device-storage.ts';

test('frida signs in at her company with its one-time code, then chooses her company', async ({
  page,
  shape,
}) => {
  await page.goto(`${shape.app}/`);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page).toHaveURL(new RegExp(`^${shape.provider}/`));
  await page.getByLabel('Email', { exact: true }).fill('frida@fjord.example');
  await page.getByRole('button', { name: 'Continue' }).click();

  // Her company's own sign-in comes next, not the service's password step; its second factor, then back.
  await expect(page).toHaveURL(new RegExp(`^${shape.companyIdp}/`));
  await signInAtCompany(page, shape, 'frida@fjord.example');
  await chooseCompany(page, shape, 'Cust40002');
  await expect(startPageHeading(page)).toHaveText('Hello, Frida Fjeld');
  await expect(page.getByTestId('tenant-id')).toHaveText('Cust40002');
  expect(await rememberedRecord(page)).toMatchObject({
    email: 'frida@fjord.example',
    tenant: { id: 'Cust40002', name: 'Fjord Logistics AS' },
  });
});
