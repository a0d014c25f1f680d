// What `npm start` prints about the company identity provider: where it runs, and how its people get a code.
import { companyIdpOptionsFromEnv } from '../../sign-in-service/company-idp/server.ts';
import { loadPeople } from '../../sign-in-service/company-idp/people.ts';

export async function federatedSignInLines(issuer: string): Promise<string> {
  const { people } = await loadPeople(companyIdpOptionsFromEnv(process.env).seedPath);
  const width = Math.max(...people.map((person) => person.email.length));
  const rows = people.map(
    (person) => `      ${person.email.padEnd(width)}  TOTP secret ${person.totpSecret}`,
  );
  return [
    `    Company sign-in: ${issuer}/ (Fjord Consulting, for @fjord.example: password demo, then a one-time code)`,
    ...rows,
    '      Add the secret to an authenticator app, or: npx tsx sign-in-service/company-idp/current-code.ts <email>',
  ].join('\n');
}
