// The app's one way to say things, shaped as the sign-in service's: flat dotted keys, `{name}` placeholders,
// and a text about a number as one key per plural form (`key.one`, `key.other`) that `t('key', { count })`
// picks by Intl.PluralRules. English arrives with the code that shows it; another language's catalog is used
// whole while that language is active. No DOM: the build renders pages with it in Node.
import type { Language } from './languages.ts';

/** Texts by key; `{name}` marks where a value goes. */
export type Messages = Readonly<Record<string, string>>;
export type Values = Readonly<Record<string, string | number>>;

type PluralForm = Intl.LDMLPluralRule;
/** `key.one`, `key.other`… are the forms of one text, `key`. */
type PluralKey<Key> = Key extends `${infer Base}.${PluralForm}` ? Base : never;
/** The keys `t` takes for `English`: its plain texts, and each plural text once, without its form. */
export type Key<English> =
  Exclude<keyof English & string, `${string}.${PluralForm}`> | PluralKey<keyof English & string>;
type Placeholders<Text> = Text extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
type ValuesFor<Names extends string> = [Names] extends [never]
  ? []
  : [values: Record<Names, string | number>];
/** What `t(key, …)` needs besides the key: nothing, its placeholders' values, or a count and those. */
type Args<English, K> = K extends keyof English
  ? ValuesFor<Placeholders<English[K]>>
  : [
      values: { count: number } & Record<
        Placeholders<English[`${K & string}.${PluralForm}` & keyof English]>,
        string | number
      >,
    ];

/** `t` for code whose texts are `English`: only its keys compile, and a text's placeholders need values. */
export type Translate<English> = <K extends Key<English>>(key: K, ...values: Args<English, K>) => string;

/** Another language's texts for `English`: every plain key; for a plural text, the forms that language uses. */
export type Translation<English> = {
  readonly [K in Exclude<keyof English, `${string}.${PluralForm}`>]: string;
} & { readonly [K in `${PluralKey<keyof English & string>}.${PluralForm}`]?: string };

const english: Record<string, string> = {};
let language: Language = 'en';
let texts: Messages = english;

/** `key` in one language's texts; for a count, the form its grammar asks for, else its `other` form. */
const find = (messages: Messages, locale: string, key: string, count: unknown) =>
  messages[key] ??
  messages[`${key}.${new Intl.PluralRules(locale).select(Number(count))}`] ??
  messages[`${key}.other`];

/** The active language's text for `key` (English where it has none), with its placeholders filled. */
export function t(key: string, values: Values = {}): string {
  const text = find(texts, language, key, values.count) ?? find(english, 'en', key, values.count) ?? key;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

/** Adds a part of the app's English, as its code arrives, and gives that code its `t`. */
export function withEnglish(part: Messages): typeof t {
  Object.assign(english, part);
  return t;
}

export const activeLanguage = (): Language => language;

/** From now on `t` speaks `next`, from its catalog; without one, English. */
export function speak(next: Language, catalog?: Messages): void {
  language = next;
  texts = catalog ?? english;
}
