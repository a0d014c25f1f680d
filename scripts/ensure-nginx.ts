// Makes sure the hosting tests have nginx: finds Debian's, or installs it as root on Debian, and says what it did.
// Elsewhere it says why the hosting tests will be skipped; as root on Debian a failed install fails the run.
import { execFileSync } from 'node:child_process';
import { canInstallNginx, NGINX_PACKAGES, nginxMissing } from '../tests/support/nginx.ts';

const missing = nginxMissing();
if (!missing) {
  console.info("[nginx] using Debian's nginx with its brotli static module for the hosting tests");
  process.exit(0);
}
if (!canInstallNginx()) {
  console.info(
    `[nginx] ${missing}, and only root on Debian installs it here: the hosting tests will be skipped.`,
  );
  process.exit(0);
}
console.info(`[nginx] ${missing}: installing ${NGINX_PACKAGES.join(' ')} with apt-get…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
// Another install on this machine may hold apt's lock for a while: wait for it rather than fail.
const lock = ['-o', 'DPkg::Lock::Timeout=300'];
try {
  execFileSync('apt-get', [...lock, 'update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', [...lock, 'install', '-y', '-qq', ...NGINX_PACKAGES], { stdio: 'inherit', env });
} catch {
  // Reported below.
}
const still = nginxMissing();
if (still) {
  console.error(`[nginx] apt-get could not install nginx (${still}); the hosting tests need it.`);
  process.exit(1);
}
console.info('[nginx] installed; the hosting tests start their own nginx on a test port.');
