// The hashes the Content-Security-Policy allows: the built pages' own inline scripts and styles, and nothing else.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppConfig } from '../src/shared/config.ts';
import { contentSecurityPolicy, type InlineHashes } from './content-security-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The CSP source of each inline <script> (without src) and <style> in a page. */
export function inlineHashes(html: string): InlineHashes {
  const contents = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => hash(match[1]!));
  return {
    // Not one with src, nor a data block (type="application/json"): those are not inline code.
    scripts: contents(/<script(?![^>]*\b(?:src=|type="application\/json"))[^>]*>([\s\S]*?)<\/script>/g),
    styles: contents(/<style[^>]*>([\s\S]*?)<\/style>/g),
  };
}

/** Several pages' hashes, once each. */
export function mergedInlineHashes(pages: string[]): InlineHashes {
  const all = pages.map(inlineHashes);
  return {
    scripts: [...new Set(all.flatMap((page) => page.scripts))],
    styles: [...new Set(all.flatMap((page) => page.styles))],
  };
}

const POLICY_FILE = 'content-security-policy.txt';

/** The policy a build wrote for itself (the one hosting sends, and so the one every local server sends). */
export function builtPolicy(dist: string): string {
  const file = join(dist, POLICY_FILE);
  if (!existsSync(file))
    throw new Error(`No build in ${dist} (${POLICY_FILE} is missing): run \`npm run build\` first.`);
  return readFileSync(file, 'utf8').trim();
}

/** `content-security-policy.txt`: the header hosting should send with this build, from its finished pages. */
export function cspFile(config: AppConfig, pages: string[]): { fileName: string; source: string } {
  return { fileName: POLICY_FILE, source: `${contentSecurityPolicy(config, mergedInlineHashes(pages))}\n` };
}
