// Prints a scrypt hash for seed.json: `npx tsx sign-in-service/hash-password.ts 'the password'`
// (or pipe the password on stdin so it stays out of the shell history).
import { hashPassword } from './accounts.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const password = process.argv[2] ?? (process.stdin.isTTY ? '' : await readStdin());
if (!password) {
  console.error("Usage: npx tsx sign-in-service/hash-password.ts 'password'   (or pipe it on stdin)");
  process.exit(1);
}
process.stdout.write(`${await hashPassword(password)}\n`);
