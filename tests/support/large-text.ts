// Text at 200% and what it must not do to a screen: scroll sideways, or break a word that would fit on a line.
import type { Page } from '@playwright/test';

/** Chromium's default font sizes (its settings' "Font size": standard 16 px, fixed-width 13 px). */
const DEFAULT_SIZES = { standard: 16, fixed: 13 };

/**
 * Text at `percent` % as a person sets it in the browser's or the system's font size: Chromium's default font size
 * grows (CDP Page.setFontSizes, the same preference as chrome://settings/fonts), so everything sized in rem and em
 * grows with it and px stays, as with the OS text-size setting. Page zoom would grow px too, which is not the test.
 */
export async function setTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const scale = (size: number) => Math.round((size * percent) / 100);
  await cdp.send('Page.setFontSizes', {
    fontSizes: { standard: scale(DEFAULT_SIZES.standard), fixed: scale(DEFAULT_SIZES.fixed) },
  });
}

/** The root font size the page computes, in px: 32 at 200 % text. */
export const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

/**
 * What makes the screen scroll sideways: the page's scroll width beyond its viewport, and the visible elements whose
 * right or left edge lies outside it (innermost first), to say where to look.
 */
export function sidewaysOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const width = root.clientWidth;
    const describe = (element: Element) => {
      const classes = [...element.classList].slice(0, 2).join('.');
      const text = (element.textContent ?? '').trim().slice(0, 30);
      return `${element.tagName.toLowerCase()}${classes ? `.${classes}` : ''} "${text}"`;
    };
    const outside = [...document.querySelectorAll('body *')].filter((element) => {
      if (!element.checkVisibility()) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
    });
    // Innermost: elements that stick out while none of their children do.
    const innermost = outside.filter(
      (element) => !outside.some((other) => other !== element && element.contains(other)),
    );
    return {
      overflow: Math.max(root.scrollWidth, document.body.scrollWidth) - width,
      culprits: innermost.slice(0, 8).map(describe),
    };
  });
}

/**
 * Words broken across lines although they would fit on one: for each visible text, a break between two characters
 * that is not after a space, a hyphen, a slash or a middle dot (where URLs and lists may break) marks a broken word,
 * unless the whole word, at the body's text size, is wider than the line it could have (an email at 200 % text on
 * 320 px cannot fit unbroken, and the alternative is sideways scrolling; a heading word can, in a smaller heading).
 */
export function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const breakAfter = /[\s\-‐–—/·]/;
    const found: string[] = [];
    const range = document.createRange();
    const boxOf = (node: Text, start: number, end: number) => {
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getClientRects();
    };
    const contentWidth = (element: Element) => {
      const style = getComputedStyle(element);
      const sides = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
      return sides.reduce(
        (width, side) => width - parseFloat(style[side]),
        element.getBoundingClientRect().width,
      );
    };
    // The line the text could have: its block, or the first block up that spans its parent's whole width (a column
    // squeezed beside another, where "Consulting" breaks, is exactly what this looks for).
    const lineWidthFor = (parent: Element) => {
      let column: Element = parent;
      while (getComputedStyle(column).display.startsWith('inline') && column.parentElement)
        column = column.parentElement;
      while (column.parentElement && column !== document.body) {
        if (column.getBoundingClientRect().width >= contentWidth(column.parentElement) - 1) break;
        column = column.parentElement;
      }
      return contentWidth(column);
    };
    const bodySize = parseFloat(getComputedStyle(document.body).fontSize);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || !node.data.trim() || !parent.checkVisibility()) continue;
      for (const match of node.data.matchAll(/\S+/g)) {
        const start = match.index;
        const word = match[0];
        // A word on one line (one box) is whole; only one that spans lines is looked at letter by letter.
        if (boxOf(node, start, start + word.length).length < 2) continue;
        const letters = Array.from(
          { length: word.length },
          (_, at) => boxOf(node!, start + at, start + at + 1)[0],
        );
        const width = letters.reduce((sum, box) => sum + (box?.width ?? 0), 0);
        const brokenAt = letters.findIndex((after, at) => {
          const before = letters[at - 1];
          return (
            at > 0 &&
            before &&
            after &&
            !breakAfter.test(word[at - 1]!) &&
            after.top > before.top + before.height / 2
          );
        });
        // A heading's word counts at body size: a heading set too large for the screen is no excuse.
        const atBodySize = (width * bodySize) / parseFloat(getComputedStyle(parent).fontSize);
        if (brokenAt > 0 && Math.min(width, atBodySize) <= lineWidthFor(parent))
          found.push(`"${word}" after "${word.slice(0, brokenAt)}"`);
      }
    }
    return found;
  });
}
