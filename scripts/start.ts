// `npm start`: builds the app, serves it on :4173 with its security headers, and runs the local sign-in service
// and a local Onsite server. `npm run dev`: the same with Vite's dev server on :5173.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { builtPolicy } from '../build/csp-hashes.ts';
import { optionsFromEnv, startSignInService, type SignInServiceOptions } from '../sign-in-service/server.ts';
import { startAppServer } from './serve-app.ts';
import seed from '../sign-in-service/seed.json' with { type: 'json' };
import onsiteSeed from '../sign-in-service/onsite-seed.json' with { type: 'json' };

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const skipBuild = args.has('--no-build');

/**
 * A company's own SuperOffice server (Onsite): a second sign-in service with its own issuer, accounts and one
 * tenant, its status and currentPrincipal APIs, taking the app by its default Onsite client id.
 */
function onsiteOptions(): Partial<SignInServiceOptions> {
  const port = Number(process.env.ONSITE_PORT ?? 4100);
  return {
    port,
    issuer: `http://localhost:${port}`,
    seedPath: fileURLToPath(new URL('../sign-in-service/onsite-seed.json', import.meta.url)),
    clientId: 'mobile-crm',
    appOrigins: optionsFromEnv(process.env).appOrigins,
  };
}

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main() {
  const closers: (() => Promise<unknown>)[] = [];

  let appUrl: string;
  if (dev) {
    const { createServer } = await import('vite');
    const port = Number(process.env.APP_PORT ?? 5173);
    const vite = await createServer({ server: { port, strictPort: true } }).catch((error: Error) =>
      fail(
        error.message.includes('already in use')
          ? `Port ${port} is already in use — stop the other process or set APP_PORT.`
          : error.message,
      ),
    );
    await vite
      .listen()
      .catch(() => fail(`Port ${port} is already in use — stop the other process or set APP_PORT.`));
    closers.push(() => vite.close());
    appUrl = `http://localhost:${port}`;
  } else {
    if (!skipBuild) {
      const { build } = await import('vite');
      await build({ logLevel: 'warn' });
    }
    const port = Number(process.env.APP_PORT ?? 4173);
    const root = new URL('../dist', import.meta.url).pathname;
    const server: Server = await startAppServer({
      root,
      port,
      contentSecurityPolicy: builtPolicy(root),
    }).catch((error: Error) => fail(error.message));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    appUrl = `http://localhost:${port}`;
  }

  // The Onsite server first: whoever waits for the sign-in service (the tests) then finds both.
  const onsite = await startSignInService(onsiteOptions()).catch((error: Error) =>
    fail(`Onsite server: ${error.message.replace('SIGNIN_PORT', 'ONSITE_PORT')}`),
  );
  closers.push(() => onsite.close());
  const signIn = await startSignInService().catch((error: Error) => fail(error.message));
  closers.push(() => signIn.close());

  const accounts = seed.accounts
    .map((account) => `    ${account.email.padEnd(20)} password: demo`)
    .join('\n');
  console.info(`
  Mobile CRM is running.

    App:             ${appUrl}/
    Get the app:     ${appUrl}/mobile
    Sign-in service: ${signIn.issuer}
    Onsite server:   ${onsite.issuer}   (Are you an Onsite customer? → ${onsite.issuer.replace(/^http:\/\//, '')})

  Demo accounts:
${accounts}

  Onsite server's accounts:
${onsiteSeed.accounts.map((account) => `    ${account.email.padEnd(20)} password: demo`).join('\n')}

  Press Ctrl-C to stop.
`);

  const stop = async () => {
    await Promise.allSettled(closers.map((close) => close()));
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
