// CLI: `npx tsx sign-in-service/main.ts` starts the local sign-in service (configuration: README.md beside this file).
import { loadDirectory } from './accounts.ts';
import { emailDomain } from './sign-in-route.ts';
import { OptionsError, optionsFromEnv, PortInUseError, SeedError, startSignInService } from './server.ts';

async function main(): Promise<void> {
  const options = optionsFromEnv(process.env);
  const service = await startSignInService(options);
  const directory = await loadDirectory(options.seedPath);

  // Handlers go in before the first output line: whoever waits for that line may signal right away.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await service.close();
    console.info('Sign-in service stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const width = Math.max(...directory.accounts.map((account) => account.email.length));
  const rows = directory.accounts.map((account) => {
    const { memberships } = account;
    const tenants =
      memberships.length > 3
        ? [
            `${memberships.length} tenants (${memberships[0]?.tenant.ctx} … ${memberships.at(-1)?.tenant.ctx})`,
          ]
        : memberships.map((m) => `${m.tenant.ctx} ${m.tenant.companyName} (${m.tenant.state})`);
    const signIn = account.federated
      ? ` — signs in at ${directory.federatedDomains.get(emailDomain(account.email))}`
      : '';
    return `  ${account.email.padEnd(width)}  ${tenants.join(', ') || 'no tenant'}${signIn}`;
  });
  console.info(`Sign-in service running at ${service.issuer} (profile ${options.profile})`);
  console.info(`Discovery: ${service.authority}/.well-known/openid-configuration`);
  console.info(
    `Accounts from ${options.seedPath} (the demo accounts' password is "demo", but for federated ones):`,
  );
  console.info(rows.join('\n'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof PortInUseError || error instanceof SeedError || error instanceof OptionsError;
  console.error(
    known ? error.message : `Sign-in service failed to start: ${(error as Error).message ?? error}`,
  );
  process.exit(1);
});
