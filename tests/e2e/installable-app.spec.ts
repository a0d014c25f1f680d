import { expect, test } from '@playwright/test';
import { serveAppCopy, type AppCopy } from '../support/app-copy.ts';
import { landingRendered } from '../support/app.ts';
import { waitForServiceWorker } from '../support/service-worker.ts';
import { deployNewServiceWorker } from '../support/deploy.ts';

test.describe('the installable web app', () => {
  test('the manifest has what install dialogs need, and every icon and screenshot it names loads', async ({
    page,
    request,
  }) => {
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await request.get(href!)).json();
    expect(manifest).toMatchObject({
      name: 'Mobile CRM',
      short_name: 'Mobile CRM',
      id: '/',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      prefer_related_applications: false,
    });
    expect(manifest.description.length).toBeGreaterThan(20);
    expect(manifest.display_override).toContain('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const iconKeys = manifest.icons.map(
      (icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`,
    );
    expect(iconKeys).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
    expect(manifest.screenshots.map((s: { form_factor: string }) => s.form_factor)).toEqual(
      expect.arrayContaining(['narrow', 'wide']),
    );
    expect(manifest.related_applications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ platform: 'play', id: 'no.superoffice.mobile' }),
        expect.objectContaining({ platform: 'itunes', id: '1516435957' }),
      ]),
    );
    expect(manifest.shortcuts.map((s: { name: string; url: string }) => [s.name, s.url])).toEqual([
      ['Log in', '/'],
      ['Get the app', '/mobile'],
    ]);

    const images = [
      ...manifest.icons.map((icon: { src: string; sizes: string }) => icon),
      ...manifest.screenshots.map((shot: { src: string; sizes: string }) => shot),
      { src: (await page.locator('link[rel="apple-touch-icon"]').getAttribute('href'))!, sizes: '180x180' },
    ];
    for (const image of images) {
      const loaded = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return `${img.naturalWidth}x${img.naturalHeight}`;
      }, image.src);
      if (image.sizes !== 'any') expect(loaded, image.src).toBe(image.sizes);
    }
  });

  test('after the first visit, /mobile and / open offline from the service worker', async ({
    page,
    context,
  }) => {
    await page.goto('/mobile');
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
    // Not only the HTML: the script ran offline too.
    await expect(landingRendered(page)).toBeVisible();
    await page.goto('/');
    await expect(page.locator('#app main')).toBeVisible();
    await context.setOffline(false);
  });

  test('the service worker does not answer paths the app does not own', async ({ page }) => {
    await page.goto('/mobile');
    await waitForServiceWorker(page);
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(response?.fromServiceWorker()).toBe(false);
  });

  test.describe('control: without a service worker', () => {
    test.use({ serviceWorkers: 'block' });
    test('/mobile does not open offline', async ({ page, context }) => {
      await page.goto('/mobile');
      await context.setOffline(true);
      await expect(page.reload()).rejects.toThrow();
      await context.setOffline(false);
    });
  });

  test.describe('an update', () => {
    let copy: AppCopy;
    // Its own port: the signed-in update test (resilience-and-security) may run at the same time on 4174.
    test.beforeAll(async () => (copy = await serveAppCopy(4177)));
    test.afterAll(() => copy.close());

    test('a waiting new version shows "Update available — Reload" and reloads only when asked', async ({
      page,
    }) => {
      await page.goto(`${copy.origin}/mobile`);
      await waitForServiceWorker(page);
      await page.evaluate(() => ((window as unknown as Record<string, boolean>).sameDocument = true));

      // A new deployment: the service worker script changes.
      deployNewServiceWorker(copy.dir);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

      const banner = page.getByRole('status').filter({ hasText: 'Update available' });
      await expect(banner).toBeVisible();
      await page.waitForTimeout(1500);
      expect(await page.evaluate(() => (window as unknown as Record<string, boolean>).sameDocument)).toBe(
        true,
      );

      await Promise.all([
        page.waitForEvent('framenavigated'),
        banner.getByRole('button', { name: 'Reload' }).click(),
      ]);
      await expect(page.getByRole('heading', { level: 1, name: 'Get Mobile CRM' })).toBeVisible();
      expect(
        await page.evaluate(() => (window as unknown as Record<string, boolean>).sameDocument),
      ).toBeUndefined();
      await expect(page.getByRole('status').filter({ hasText: 'Update available' })).toHaveCount(0);
    });
  });
});
