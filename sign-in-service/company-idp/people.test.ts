import { describe, expect, it } from 'vitest';
import { defaultSeedPath } from './options.ts';
import { buildPeople, checkPassword, loadPeople, SeedError } from './people.ts';

const hash = 'scrypt$16384$8$1$1r9RrqzWdRpVVCErkgWMxA$ybnOi7sh6FvpqQRhAupZYP6ejh1PWpeAoidFwNlVM-Y';
const frida = {
  sub: 'f98865bb',
  email: 'Frida@Fjord.example',
  name: 'Frida Fjeld',
  passwordHash: hash,
  totpSecret: 'i2rt pvz6 yybm derj 4ygk cp2x zqwt svyh',
};

describe('the people seed', () => {
  it('holds Frida and Geir of fjord.example, with password "demo" and an authenticator secret each', async () => {
    const { people } = await loadPeople(defaultSeedPath);
    expect(people.map((person) => person.email)).toEqual(['frida@fjord.example', 'geir@fjord.example']);
    for (const person of people) {
      expect(await checkPassword(person, 'demo'), person.email).toBe(true);
      expect(await checkPassword(person, 'Demo'), person.email).toBe(false);
      expect(person.secret.length).toBe(20);
      expect(person.sub).not.toContain('@');
    }
  });

  it('finds a person by email whatever the case, and by sub; normalises the secret', () => {
    const people = buildPeople({ people: [frida] });
    expect(people.byEmail(' FRIDA@fjord.example')?.sub).toBe('f98865bb');
    expect(people.bySub('f98865bb')?.totpSecret).toBe('I2RTPVZ6YYBMDERJ4YGKCP2XZQWTSVYH');
    expect(people.bySub('frida@fjord.example')).toBeUndefined();
  });

  it.each([
    [{}, 'the file must hold {"people": [...]}'],
    [{ people: [{ ...frida, sub: 'has space' }] }, 'people[0].sub may hold only'],
    [
      { people: [frida, { ...frida, sub: 'other' }] },
      'people[1].email "frida@fjord.example" is listed twice',
    ],
    [{ people: [{ ...frida, passwordHash: 'demo' }] }, 'people[0].passwordHash is not a scrypt hash'],
    [
      { people: [{ ...frida, totpSecret: 'MZXW6YTB' }] },
      'people[0].totpSecret must be base32 of at least 16 bytes',
    ],
    [
      { people: [{ ...frida, totpSecret: 'not base32 at all 1111111111' }] },
      'people[0].totpSecret must be base32',
    ],
    [{ people: [{ ...frida, name: '' }] }, 'people[0].name must be a non-empty string'],
  ])('refuses a seed naming the place of the problem: %#', (seed, message) => {
    expect(() => buildPeople(seed, 'seed.json')).toThrow(SeedError);
    expect(() => buildPeople(seed, 'seed.json')).toThrow(`seed.json: ${message}`);
  });

  it('says in one line when the file cannot be read', async () => {
    await expect(loadPeople('/nonexistent/people.json')).rejects.toThrow(
      'Seed file /nonexistent/people.json cannot be read (ENOENT)',
    );
  });
});
