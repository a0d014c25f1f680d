// Prints the one-time code a person's authenticator app shows now, for trying the sign-in without a phone:
// `npx tsx sign-in-service/company-idp/current-code.ts frida@fjord.example`
import { companyIdpOptionsFromEnv } from './options.ts';
import { loadPeople } from './people.ts';
import { currentCode, periodSeconds } from './totp.ts';

const email = process.argv[2] ?? '';
const { seedPath } = companyIdpOptionsFromEnv(process.env);
const people = await loadPeople(seedPath);
const person = people.byEmail(email);
if (!person) {
  const known = people.people.map((p) => p.email).join(', ');
  console.error(`Usage: npx tsx sign-in-service/company-idp/current-code.ts <email>   (one of: ${known})`);
  process.exit(1);
}
const secondsLeft = periodSeconds - (Math.floor(Date.now() / 1000) % periodSeconds);
process.stdout.write(`${currentCode(person.secret)}\n`);
console.error(`valid for ${secondsLeft} more second(s), and 30 seconds after that for a clock a little off`);
