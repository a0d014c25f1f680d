// Switching the app's language as a person does (Task → Settings → a language → Save), whatever language it speaks
// now: by the controls' stable hooks rather than their words.
import { expect, type Page } from '@playwright/test';

export const LANGUAGES = ['en', 'nb', 'sv', 'da', 'de', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export async function switchLanguage(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  await page.locator('.task-button').click();
  await page.locator('[role="menuitem"][data-item="settings"]').click();
  const settings = page.getByTestId('settings-dialog');
  await settings.locator(`input[name="language"][value="${language}"]`).check();
  await settings.locator('.dialog-actions .button:not(.button-secondary)').click();
  await expect(settings).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', language);
}
