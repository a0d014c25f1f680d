// Finds the Chromium that Playwright drives: CHROMIUM_PATH, then Debian's, then Playwright's own download.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags Debian's Chromium needs here: root needs no sandbox, and the closed network must not be hammered. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserChoice {
  executablePath: string | undefined;
  description: string;
}

/** Where the browser comes from; undefined executablePath means Playwright's own browser. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { executablePath: fromEnv, description: `CHROMIUM_PATH (${fromEnv})` }
      : null;
  }
  const system = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (system) return { executablePath: system, description: `system Chromium at ${system}` };
  const bundled = safeBundledPath();
  if (bundled && existsSync(bundled))
    return { executablePath: undefined, description: `Playwright's Chromium (${bundled})` };
  return null;
}

function safeBundledPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}
