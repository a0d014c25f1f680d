// Renders every app icon from the one SVG source (art/icon.svg) with the same Chromium the tests use.
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

const svg = readFileSync(new URL('../art/icon.svg', import.meta.url), 'utf8');
const outDir = new URL('../public/icons/', import.meta.url);

// "any" icons get rounded corners; maskable and apple-touch stay full-bleed because the OS masks them.
const icons = [
  { file: 'icon-192.png', size: 192, radius: '22%' },
  { file: 'icon-512.png', size: 512, radius: '22%' },
  { file: 'maskable-512.png', size: 512, radius: '0' },
  { file: 'apple-touch-icon-180.png', size: 180, radius: '0' },
  { file: 'favicon-32.png', size: 32, radius: '22%' },
];

const browser = await chromium.launch({
  executablePath: findChromium()?.executablePath,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage();
for (const { file, size, radius } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}div{width:${size}px;height:${size}px;border-radius:${radius};overflow:hidden}svg{width:100%;height:100%;display:block}</style><div>${svg}</div>`,
  );
  await page.locator('div').screenshot({ path: new URL(file, outDir).pathname, omitBackground: true });
  console.info(`wrote public/icons/${file} (${size}×${size})`);
}
await browser.close();
