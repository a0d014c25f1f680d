// What an element adds to the screen, read from real pixels: the page photographed with it and without it.
import type { BrowserContext, Locator, Page } from '@playwright/test';

type Rgb = [number, number, number];
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** WCAG's relative luminance of an sRGB colour. */
function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG's contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A blank page of the same browser to decode screenshots on (no CSP there), one per context. */
const decoders = new WeakMap<BrowserContext, Promise<Page>>();

/** The RGB pixels of a part of the viewport, decoded from a PNG screenshot. */
async function pixelsOf(page: Page, box: Box): Promise<Rgb[]> {
  const png = (await page.screenshot({ clip: box, animations: 'disabled', scale: 'css' })).toString('base64');
  const context = page.context();
  if (!decoders.has(context)) decoders.set(context, context.newPage());
  const data = await (
    await decoders.get(context)!
  ).evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const drawing = canvas.getContext('2d')!;
    drawing.drawImage(bitmap, 0, 0);
    return [...drawing.getImageData(0, 0, bitmap.width, bitmap.height).data];
  }, png);
  const pixels: Rgb[] = [];
  for (let at = 0; at < data.length; at += 4) pixels.push([data[at]!, data[at + 1]!, data[at + 2]!]);
  return pixels;
}

export interface Ink {
  /** How many of the box's pixels the element changes (its "ink": fill, outline, arrow, text). */
  share: number;
  /** The median contrast between each changed pixel and what is painted there without the element. */
  medianContrast: number;
}

/**
 * The element's ink against what is behind it: its box photographed as shown, then with the element hidden
 * (visibility, so nothing moves). A pointer drawn in exactly the colour behind it changes no pixel at all.
 */
export async function inkAgainstBackground(page: Page, element: Locator): Promise<Ink> {
  const box = await element.evaluate((node) => {
    const rect = node.getBoundingClientRect();
    const x = Math.max(0, Math.floor(rect.left));
    const y = Math.max(0, Math.floor(rect.top));
    return {
      x,
      y,
      width: Math.min(innerWidth, Math.ceil(rect.right)) - x,
      height: Math.min(innerHeight, Math.ceil(rect.bottom)) - y,
    };
  });
  const shown = await pixelsOf(page, box);
  await element.evaluate((node) => ((node as HTMLElement).style.visibility = 'hidden'));
  const behind = await pixelsOf(page, box);
  await element.evaluate((node) => ((node as HTMLElement).style.visibility = ''));
  const contrasts = shown
    .map((pixel, at) => contrastRatio(pixel, behind[at]!))
    .filter((_, at) => shown[at]!.some((channel, c) => channel !== behind[at]![c]))
    .sort((a, b) => a - b);
  return {
    share: contrasts.length / shown.length,
    medianContrast: contrasts.length ? contrasts[Math.floor(contrasts.length / 2)]! : 1,
  };
}

/** Whether two boxes share any area. */
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The boxes of the text of each element (its lines, not its padding), in viewport coordinates. */
export function textBoxes(elements: Locator): Promise<{ text: string; boxes: Box[] }[]> {
  return elements.evaluateAll((nodes) =>
    nodes.map((node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return {
        text: (node.textContent ?? '').trim().slice(0, 40),
        boxes: [...range.getClientRects()].map(({ x, y, width, height }) => ({ x, y, width, height })),
      };
    }),
  );
}
