// Makes sure end-to-end tests have a Chromium: finds one, or installs Debian's as root, and says what it did.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

const found = findChromium();
if (found) {
  console.info(`[browser] using ${found.description}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`[browser] CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist.`);
  process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.info(
    '[browser] no Chromium found: installing Debian\'s "chromium" package with apt-get (about a minute)…',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.error('[browser] apt-get could not install chromium.');
  }
  const installed = findChromium();
  if (installed) {
    console.info(`[browser] installed; using ${installed.description}`);
    process.exit(0);
  }
}

console.info(
  "[browser] no system Chromium: trying Playwright's own browser (npx playwright install chromium)…",
);
try {
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
} catch {
  // Reported below with what to do.
}
const bundled = findChromium();
if (bundled) {
  console.info(`[browser] using ${bundled.description}`);
  process.exit(0);
}
console.error(
  '[browser] No Chromium available. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.',
);
process.exit(1);
