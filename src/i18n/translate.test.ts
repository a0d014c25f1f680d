import type { Language } from './languages.ts';
import { speak, withEnglish, type Translate } from './translate.ts';

const english = {
  'greeting.hello': 'Hello, {name}',
  'greeting.plain': 'Welcome',
  'greeting.both': '{first} and {second}',
  'lock.minutes.one': 'Locked for {count} more minute',
  'lock.minutes.other': 'Locked for {count} more minutes',
  'files.one': 'One file in {folder}',
  'files.other': '{count} files in {folder}',
  'only.english': 'Only in English',
} as const;
const t: Translate<typeof english> = withEnglish(english);

afterEach(() => speak('en'));

describe('t: a text by key, with its values', () => {
  test('fills every placeholder, numbers included, and keeps the words around them', () => {
    expect(t('greeting.plain')).toBe('Welcome');
    expect(t('greeting.hello', { name: 'Ada' })).toBe('Hello, Ada');
    expect(t('greeting.both', { first: 0, second: 'B' })).toBe('0 and B');
  });

  test('a value that looks like a placeholder is shown as it is, not filled again', () => {
    expect(t('greeting.both', { first: '{second}', second: 'x' })).toBe('{second} and x');
  });

  test('a count picks the form English needs: 1 minute, 0 and 2 minutes, never "minute(s)"', () => {
    expect(t('lock.minutes', { count: 1 })).toBe('Locked for 1 more minute');
    expect(t('lock.minutes', { count: 2 })).toBe('Locked for 2 more minutes');
    expect(t('lock.minutes', { count: 0 })).toBe('Locked for 0 more minutes');
    expect(t('files', { count: 1, folder: 'Inbox' })).toBe('One file in Inbox');
    expect(t('files', { count: 5, folder: 'Inbox' })).toBe('5 files in Inbox');
  });

  test("another language's catalog speaks once active, with its own plural rules, and English comes back", () => {
    speak('nb', {
      'greeting.hello': 'Hei, {name}',
      'lock.minutes.one': 'Låst i {count} minutt til',
      'lock.minutes.other': 'Låst i {count} minutter til',
    });
    expect(t('greeting.hello', { name: 'Ada' })).toBe('Hei, Ada');
    expect(t('lock.minutes', { count: 1 })).toBe('Låst i 1 minutt til');
    expect(t('lock.minutes', { count: 3 })).toBe('Låst i 3 minutter til');
    speak('en');
    expect(t('greeting.hello', { name: 'Ada' })).toBe('Hello, Ada');
  });

  test('a form the grammar asks for but the catalog lacks falls back to its "other" form', () => {
    // Polish (not one of the app's languages yet) says 2 as "few": with only "one" and "other", still a sentence.
    const polish = 'pl' as Language;
    speak(polish, { 'lock.minutes.one': '{count} minuta', 'lock.minutes.other': '{count} minut' });
    expect(t('lock.minutes', { count: 2 })).toBe('2 minut');
    speak(polish, {
      'lock.minutes.one': '{count} minuta',
      'lock.minutes.few': '{count} minuty',
      'lock.minutes.many': '{count} minut',
      'lock.minutes.other': '{count} minuty',
    });
    expect(t('lock.minutes', { count: 2 })).toBe('2 minuty');
    expect(t('lock.minutes', { count: 5 })).toBe('5 minut');
  });

  test('a text the active catalog lacks is said in English rather than not at all', () => {
    speak('de', { 'greeting.plain': 'Willkommen' });
    expect(t('greeting.plain')).toBe('Willkommen');
    expect(t('only.english')).toBe('Only in English');
    expect(t('lock.minutes', { count: 1 })).toBe('Locked for 1 more minute');
  });

  test('parts of English added later (a lazy part arriving) join the ones already there', () => {
    const lazyPart = { 'later.text': 'Arrived with its code' } as const;
    const later: Translate<typeof lazyPart> = withEnglish(lazyPart);
    expect(later('later.text')).toBe('Arrived with its code');
    expect(t('greeting.plain')).toBe('Welcome');
  });

  test('only keys English has compile, and a text with placeholders needs their values', () => {
    // Each line below fails `npm run typecheck` unless the types reject it; at run time they say something anyway.
    // @ts-expect-error: no such key
    expect(t('greeting.missing')).toBe('greeting.missing');
    // @ts-expect-error: {name} needs a value
    expect(t('greeting.hello')).toBe('Hello, {name}');
    // @ts-expect-error: the value is {name}, not {nom}
    expect(t('greeting.hello', { nom: 'Ada' })).toBe('Hello, {name}');
    // @ts-expect-error: a plural text needs a count
    expect(t('lock.minutes', {})).toBe('Locked for {count} more minutes');
    // @ts-expect-error: the count is a number
    expect(t('lock.minutes', { count: 'two' })).toBe('Locked for two more minutes');
    // @ts-expect-error: a plural text is asked for by its name, not by one of its forms
    expect(t('lock.minutes.one', { count: 1 })).toBe('Locked for 1 more minute');
    // @ts-expect-error: a text without placeholders takes no values
    expect(t('greeting.plain', { name: 'Ada' })).toBe('Welcome');
    // @ts-expect-error: {folder} is needed besides the count
    expect(t('files', { count: 2 })).toBe('2 files in {folder}');
  });
});
