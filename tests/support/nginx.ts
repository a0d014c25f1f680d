// Real nginx for the hosting tests: finds Debian's, says why where it cannot be had, runs one on a build folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX_BINARY = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
/** Debian's libnginx-mod-http-brotli-static. */
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const NGINX_PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = () => existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');

/** Whether this machine may install nginx by itself (root on Debian), as the test command does. */
export const canInstallNginx = () => isRoot() && isDebian();

/** What is missing for the hosting tests, or null when nginx and its brotli module are here. */
export function nginxMissing(): string | null {
  if (!existsSync(NGINX_BINARY)) return `nginx is not installed (${NGINX_BINARY})`;
  if (!existsSync(BROTLI_MODULE)) return `nginx's brotli static module is not installed (${BROTLI_MODULE})`;
  return null;
}

export interface RunningNginx {
  url: string;
  /** What nginx wrote to its error log, for a failing test's message. */
  log: () => string;
  stop: () => Promise<void>;
}

/** Resolves once something accepts connections on the port, or rejects when `exited` says nginx is gone. */
async function listening(port: number, exited: () => string | null): Promise<void> {
  for (const end = Date.now() + 10_000; Date.now() < end;) {
    const gone = exited();
    if (gone) throw new Error(gone);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(!!socket.end()));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`nginx did not listen on port ${port} within 10 s`);
}

/**
 * Runs nginx in the foreground on `port` serving `root`, its pid, logs and temp files in a temp folder. `server`
 * is what goes inside `server { }` besides listen and root: by default the build's own include.
 */
export async function startNginx(options: {
  root: string;
  port: number;
  server?: string[];
}): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'mobile-crm-nginx-'));
  const server = options.server ?? [
    `include ${join(options.root, 'hosting/nginx.conf')};`,
    `include ${join(options.root, 'hosting/nginx-brotli.conf')};`,
  ];
  const conf = [
    'daemon off;',
    // One process as the one who runs the tests: no switch to another user who could not read the temp folders.
    'master_process off;',
    `pid ${dir}/nginx.pid;`,
    `error_log ${dir}/error.log warn;`,
    `load_module ${BROTLI_MODULE};`,
    'events { worker_connections 64; }',
    'http {',
    // What Debian's own nginx.conf sets for every site, so the build's include is tried among those defaults.
    '  include /etc/nginx/mime.types;',
    '  sendfile on;',
    '  gzip on;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (temp) => `  ${temp}_temp_path ${dir}/${temp};`,
    ),
    '  server {',
    `    listen 127.0.0.1:${options.port};`,
    '    server_name localhost;',
    `    root ${options.root};`,
    ...server.map((line) => `    ${line}`),
    '  }',
    '}',
  ].join('\n');
  const confFile = join(dir, 'nginx.conf');
  writeFileSync(confFile, conf);
  const log = () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '');

  const child: ChildProcess = spawn(NGINX_BINARY, ['-e', join(dir, 'error.log'), '-p', dir, '-c', confFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  let exit: string | null = null;
  child.once('exit', (code) => (exit = `nginx exited (${code}): ${stderr}${log()}`));
  // nginx outlives a test process that dies without stopping it; this takes it along.
  const orphaned = () => child.kill('SIGTERM');
  process.once('exit', orphaned);
  const stop = async () => {
    process.off('exit', orphaned);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await listening(options.port, () => exit);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `http://localhost:${options.port}`, log, stop };
}
