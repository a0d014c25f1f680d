// The hashes the Content-Security-Policy allows: the built pages' own inline scripts and styles, and nothing else.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InlineHashes } from '../src/shared/content-security-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP source of each inline <script> (without src) and <style> in a page. */
export function inlineHashes(html: string): InlineHashes {
  const contents = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => hash(match[1]!));
  return {
    scripts: contents(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g),
    styles: contents(/<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

/** Every built page's hashes, once each. */
export function builtInlineHashes(dist: string, pages = ['index.html', 'mobile.html']): InlineHashes {
  const all = pages.map((page) => inlineHashes(readFileSync(join(dist, page), 'utf8')));
  return {
    scripts: [...new Set(all.flatMap((page) => page.scripts))],
    styles: [...new Set(all.flatMap((page) => page.styles))],
  };
}
