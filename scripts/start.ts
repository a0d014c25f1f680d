// `npm start`: builds the app, serves it on :4173 with its security headers, and runs the local sign-in service
// and a local Onsite server (:4110). `npm run dev`: the same with Vite's dev server on :5173. `--superid`
// (`npm run start:superid`): the sign-in service in SuperID's shape, and the app built with the settings for it
// (no Onsite server: SuperID's builds offer none). Both also run the company identity provider that people of a
// federated domain (frida@fjord.example) sign in with. APP_OUT_DIR: where the app is built and served from.
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { builtPolicy } from '../build/csp-hashes.ts';
import { builtBase } from '../build/web-app-manifest.ts';
import { appSettings } from '../sign-in-service/app-settings.ts';
import { PortInUseError } from '../sign-in-service/port-in-use.ts';
import { startCompanyIdp } from '../sign-in-service/company-idp/server.ts';
import { federatedSignInLines } from './start/company-idp-lines.ts';
import { federationCallbackPath } from '../sign-in-service/options.ts';
import { optionsFromEnv, startSignInService, type SignInServiceOptions } from '../sign-in-service/server.ts';
import { startAppServer } from './serve-app.ts';
import seed from '../sign-in-service/seed.json' with { type: 'json' };
import onsiteSeed from '../sign-in-service/onsite-seed.json' with { type: 'json' };

const args = new Set(process.argv.slice(2));
const dev = args.has('--dev');
const skipBuild = args.has('--no-build');
const superid = args.has('--superid');

/**
 * A company's own SuperOffice server (Onsite): a second sign-in service with its own issuer, accounts and one
 * tenant, its status and currentPrincipal APIs, taking the app by its default Onsite client id.
 */
function onsiteOptions(): Partial<SignInServiceOptions> {
  const port = Number(process.env.ONSITE_PORT ?? 4110);
  return {
    port,
    issuer: `http://localhost:${port}`,
    seedPath: fileURLToPath(new URL('../sign-in-service/onsite-seed.json', import.meta.url)),
    clientId: 'mobile-crm',
  };
}

/** What npm start says about the local Onsite server: where it is, and its accounts. */
const onsiteLines = (
  issuer: string,
) => `    Onsite server:   ${issuer}   (Are you an Onsite customer? → ${issuer.replace(/^http:\/\//, '')})
    Its accounts:    ${onsiteSeed.accounts.map((account) => `${account.email} / demo`).join(', ')}
`;

function fail(message: string): never {
  console.error(`\n${message}\n`);
  process.exit(1);
}

async function main() {
  const closers: (() => Promise<unknown>)[] = [];
  const signInOptions = optionsFromEnv(process.env);
  const profile = superid ? 'superid' : signInOptions.profile;
  const signInOrigin = signInOptions.issuer ?? `http://localhost:${signInOptions.port}`;
  // Vite reads the app's settings from the environment, for the build and the dev server alike.
  Object.assign(process.env, appSettings(signInOrigin, profile));

  // Where the app lives on its host (VITE_BASE_PATH), as Vite resolved it: the sign-in service follows it.
  let base: string;
  let appUrl: string;
  if (dev) {
    const { createServer } = await import('vite');
    const port = Number(process.env.APP_PORT ?? 5173);
    const vite = await createServer({ server: { port, strictPort: true } }).catch((error: Error) =>
      fail(error.message),
    );
    // Vite says a taken port in its own words: say it the project's way.
    await vite
      .listen()
      .catch((error: Error) =>
        fail(
          /already in use/.test(error.message) ? new PortInUseError(port, 'APP_PORT').message : error.message,
        ),
      );
    closers.push(() => vite.close());
    base = vite.config.base;
    appUrl = `http://localhost:${port}`;
  } else {
    const outDir = process.env.APP_OUT_DIR ?? 'dist';
    const root = new URL(`../${outDir}`, import.meta.url).pathname;
    if (!skipBuild) {
      const { build } = await import('vite');
      await build({ logLevel: 'warn', build: { outDir } });
    }
    const port = Number(process.env.APP_PORT ?? 4173);
    // The build that is there, at the path it was built for (--no-build takes it as it is).
    base = builtBase(root);
    const server: Server = await startAppServer({
      root,
      port,
      portVariable: 'APP_PORT',
      contentSecurityPolicy: builtPolicy(root),
      base,
    }).catch((error: Error) => fail(error.message));
    closers.push(() => new Promise((resolve) => server.close(resolve)));
    appUrl = `http://localhost:${port}`;
  }

  // The dev server's origin is trusted only while it runs.
  const appOrigins = [...signInOptions.appOrigins, ...(dev ? [appUrl] : [])];
  const appBasePaths = [...new Set([...signInOptions.appBasePaths, base])];
  // The company identity provider sends people back to this service's federation callback.
  const federationCallback = signInOptions.companyIdp.redirectUri ?? signInOrigin + federationCallbackPath;
  const companyIdp = await startCompanyIdp({ redirectUris: [federationCallback] }).catch((error: Error) =>
    fail(error.message),
  );
  closers.push(() => companyIdp.close());
  // The Onsite server first: whoever waits for the sign-in service (the tests) then finds both.
  const onsite = superid
    ? null
    : await startSignInService({ ...onsiteOptions(), appOrigins, appBasePaths }).catch((error: Error) =>
        fail(`Onsite server: ${error.message.replace('SIGNIN_PORT', 'ONSITE_PORT')}`),
      );
  if (onsite) closers.push(() => onsite.close());
  const signIn = await startSignInService({
    appOrigins,
    appBasePaths,
    profile,
    companyIdp: { ...signInOptions.companyIdp, issuer: companyIdp.issuer },
  }).catch((error: Error) => fail(error.message));
  closers.push(() => signIn.close());

  const accounts = seed.accounts
    .map(
      (account) =>
        `    ${account.email.padEnd(20)} ${'federated' in account ? 'federated (company identity provider)' : 'password: demo'}`,
    )
    .join('\n');
  console.info(`
  Mobile CRM is running.

    App:             ${appUrl}${base}
    Get the app:     ${appUrl}${base}mobile
    Sign-in service: ${signIn.authority}${profile === 'superid' ? " (SuperID's shape)" : ''}
${await federatedSignInLines(companyIdp.issuer)}
${onsite ? onsiteLines(onsite.issuer) : ''}
  Demo accounts:
${accounts}

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
