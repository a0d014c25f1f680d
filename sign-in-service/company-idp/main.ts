// CLI: `npx tsx sign-in-service/company-idp/main.ts` starts Fjord Consulting's local identity provider
// (configuration: README.md beside this file).
import { loadPeople } from './people.ts';
import {
  companyIdpOptionsFromEnv,
  OptionsError,
  PortInUseError,
  SeedError,
  startCompanyIdp,
} from './server.ts';
import { otpauthUri } from './totp.ts';

async function main(): Promise<void> {
  const options = companyIdpOptionsFromEnv(process.env);
  const idp = await startCompanyIdp(options);
  const { people } = await loadPeople(options.seedPath);

  // Handlers go in before the first output line: whoever waits for that line may signal right away.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await idp.close();
    console.info('Company identity provider stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const width = Math.max(...people.map((person) => person.email.length));
  console.info(`Company identity provider (Fjord Consulting) running at ${idp.issuer}`);
  console.info(`Discovery: ${idp.issuer}/.well-known/openid-configuration`);
  console.info(
    `Client: ${options.clientId} (client secret, basic or post), redirect URIs: ${options.redirectUris.join(', ')}`,
  );
  console.info(
    `People from ${options.seedPath} (password "demo", then the code an authenticator app shows):`,
  );
  for (const person of people) {
    console.info(`  ${person.email.padEnd(width)}  TOTP secret ${person.totpSecret}`);
    console.info(`  ${''.padEnd(width)}  ${otpauthUri('Fjord Consulting', person.email, person.totpSecret)}`);
  }
  console.info(
    'The current code without an app: npx tsx sign-in-service/company-idp/current-code.ts <email>',
  );
}

main().catch((error: unknown) => {
  const known =
    error instanceof PortInUseError || error instanceof SeedError || error instanceof OptionsError;
  console.error(
    known ? error.message : `Company identity provider failed to start: ${(error as Error).message ?? error}`,
  );
  process.exit(1);
});
