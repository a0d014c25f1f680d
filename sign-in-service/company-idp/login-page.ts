import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { interactionCsrf, interactionFor } from '../interaction-guard.ts';
import { normalizeEmail } from '../accounts.ts';
import { BodyTooLargeError, clientIp, parseForm, readBody, sendHtml } from '../http.ts';
import { FailureCounter, RateLimiter } from '../lockout.ts';
import { relyingPartyOrigins, type CompanyIdpOptions } from './options.ts';
import { codePage, messagePage, passwordPage, type PasswordField } from './pages.ts';
import { checkPassword, type People, type Person } from './people.ts';
import { pickLocale, t, type Locale, type StringKey } from './strings.ts';
import { OneTimeCodes } from './totp.ts';

/** What a password plus a one-time code is worth (the PAPE multi-factor policy), in the id_token's `acr`. */
export const mfaAcr = 'http://schemas.openid.net/pape/policies/2007/06/multi-factor';
/** RFC 8176 methods: a password, a one-time code, so more than one factor. */
export const mfaAmr = ['pwd', 'otp', 'mfa'];

export const emailMax = 254;
export const passwordMax = 1024;
const bodyLimit = 16 * 1024;
/** How long the code step waits after the password before the password is asked again. */
const codeStepMs = 5 * 60_000;
const maxWaiting = 10_000;

export interface LoginPageSetup {
  provider: Provider;
  people: People;
  options: CompanyIdpOptions;
  /** Key for the CSRF tokens; new per start, so a restart invalidates open forms (as it does interactions). */
  secret: Buffer;
}

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

/** Interactions whose password was right and that now wait for the code, by interaction uid. */
class WaitingForCode {
  readonly #entries = new Map<string, { person: Person; until: number }>();

  set(uid: string, person: Person): void {
    this.#entries.delete(uid);
    this.#entries.set(uid, { person, until: Date.now() + codeStepMs });
    if (this.#entries.size > maxWaiting) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  get(uid: string): Person | undefined {
    const entry = this.#entries.get(uid);
    if (entry && entry.until > Date.now()) return entry.person;
    this.#entries.delete(uid);
    return undefined;
  }

  delete(uid: string): void {
    this.#entries.delete(uid);
  }
}

const codeErrors: Record<'wrong' | 'expired' | 'reused', StringKey> = {
  wrong: 'code.error.wrong',
  expired: 'code.error.expired',
  reused: 'code.error.reused',
};

/**
 * The provider's own two-step sign-in at /interaction/{uid}: GET shows the step the interaction is at,
 * POST …/password checks the password, POST …/code the one-time code, POST …/abort cancels.
 */
export function createLoginPage({ provider, people, options, secret }: LoginPageSetup): Handler {
  const origins = relyingPartyOrigins(options);
  const lockout = new FailureCounter(options.maxFailures, options.lockoutMinutes * 60_000);
  const limiter = new RateLimiter(options.loginRateLimit, 60_000);
  const oneTimeCodes = new OneTimeCodes();
  const waiting = new WaitingForCode();

  const { csrfFor, csrfValid } = interactionCsrf(secret);

  const localeFor = (req: IncomingMessage, interaction?: Interaction): Locale => {
    const uiLocales = interaction?.params.ui_locales;
    return pickLocale(typeof uiLocales === 'string' ? uiLocales : undefined, req.headers['accept-language']);
  };

  const retryAfter = (ms: number) => ({ 'Retry-After': String(Math.ceil(ms / 1000)) });
  const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));

  function hintedEmail(interaction: Interaction): string {
    const hint = interaction.params.login_hint;
    return typeof hint === 'string' && hint.length <= emailMax ? hint.trim() : '';
  }

  function showPassword(
    res: ServerResponse,
    status: number,
    interaction: Interaction,
    locale: Locale,
    email: string,
    error?: { key: StringKey; values?: Record<string, number>; fields?: PasswordField[] },
    headers: Record<string, string> = {},
  ): void {
    const html = passwordPage({
      locale,
      uid: interaction.uid,
      csrf: csrfFor(interaction.uid),
      email: email.slice(0, emailMax),
      error: error && { text: t(locale, error.key, error.values), fields: error.fields ?? [] },
      emailMax,
      passwordMax,
    });
    sendHtml(res, status, html, origins, headers);
  }

  function showCode(
    res: ServerResponse,
    status: number,
    interaction: Interaction,
    locale: Locale,
    person: Person,
    error?: { key: StringKey; values?: Record<string, number> },
    headers: Record<string, string> = {},
  ): void {
    const html = codePage({
      locale,
      uid: interaction.uid,
      csrf: csrfFor(interaction.uid),
      email: person.email,
      error: error && t(locale, error.key, error.values),
    });
    sendHtml(res, status, html, origins, headers);
  }

  function showExpired(req: IncomingMessage, res: ServerResponse): void {
    const locale = localeFor(req);
    sendHtml(res, 400, messagePage(locale, t(locale, 'expired.title'), t(locale, 'expired.body')), origins);
  }

  /** The form fields, or undefined once a refusal page has been sent (too large, too many posts, bad CSRF). */
  async function readForm(
    req: IncomingMessage,
    interaction: Interaction,
    refuse: (
      status: number,
      key: StringKey,
      values?: Record<string, number>,
      headers?: Record<string, string>,
    ) => void,
  ): Promise<Map<string, string> | undefined> {
    let form: Map<string, string>;
    try {
      form = parseForm(await readBody(req, bodyLimit));
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      refuse(413, 'login.error.tooLarge', undefined, { Connection: 'close' });
      return undefined;
    }
    const rate = limiter.hit(clientIp(req));
    if (!rate.allowed) {
      const seconds = Math.ceil(rate.retryAfterMs / 1000);
      refuse(429, 'login.error.rateLimited', { seconds }, retryAfter(rate.retryAfterMs));
      return undefined;
    }
    if (!csrfValid(interaction.uid, form.get('csrf'))) {
      refuse(403, 'login.error.csrf');
      return undefined;
    }
    return form;
  }

  async function password(
    req: IncomingMessage,
    res: ServerResponse,
    interaction: Interaction,
  ): Promise<void> {
    const locale = localeFor(req, interaction);
    let rawEmail = '';
    const show = (
      status: number,
      key: StringKey,
      values?: Record<string, number>,
      headers?: Record<string, string>,
      fields: PasswordField[] = [],
    ) => showPassword(res, status, interaction, locale, rawEmail, { key, values, fields }, headers);

    const form = await readForm(req, interaction, (status, key, values, headers) =>
      show(status, key, values, headers),
    );
    if (!form) return;
    rawEmail = (form.get('email') ?? '').trim();
    const secretWord = form.get('password') ?? '';
    if (!rawEmail) return show(400, 'login.error.emailMissing', undefined, undefined, ['email']);
    if (rawEmail.length > emailMax)
      return show(400, 'login.error.emailTooLong', { max: emailMax }, undefined, ['email']);
    if (!secretWord) return show(400, 'login.error.passwordMissing', undefined, undefined, ['password']);
    if (secretWord.length > passwordMax) {
      return show(400, 'login.error.passwordTooLong', { max: passwordMax }, undefined, ['password']);
    }

    const email = normalizeEmail(rawEmail);
    const lock = lockout.state(email);
    if (lock.locked) {
      return show(
        429,
        'login.error.locked',
        { minutes: minutes(lock.retryAfterMs) },
        retryAfter(lock.retryAfterMs),
      );
    }
    const person = people.byEmail(email);
    if (!(await checkPassword(person, secretWord)) || !person) {
      const after = lockout.fail(email);
      if (after.locked) {
        return show(
          429,
          'login.error.locked',
          { minutes: minutes(after.retryAfterMs) },
          retryAfter(after.retryAfterMs),
        );
      }
      // Either may be wrong: both are marked, and the password (the likelier one) gets the focus.
      return show(401, 'login.error.credentials', undefined, undefined, ['password', 'email']);
    }
    // The failure count is reset only by the code: a known password must not buy more guesses at the code.
    waiting.set(interaction.uid, person);
    res.writeHead(303, { Location: `/interaction/${interaction.uid}`, 'Cache-Control': 'no-store' });
    res.end();
  }

  async function code(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const locale = localeFor(req, interaction);
    const person = waiting.get(interaction.uid);
    const show = (
      status: number,
      key: StringKey,
      values?: Record<string, number>,
      headers?: Record<string, string>,
    ) =>
      person
        ? showCode(res, status, interaction, locale, person, { key, values }, headers)
        : showPassword(res, status, interaction, locale, hintedEmail(interaction), { key, values }, headers);

    const form = await readForm(req, interaction, show);
    if (!form) return;
    if (!person) {
      return showPassword(res, 400, interaction, locale, hintedEmail(interaction), {
        key: 'login.error.timedOut',
        fields: ['password'],
      });
    }
    const lock = lockout.state(person.email);
    if (lock.locked) {
      waiting.delete(interaction.uid);
      return show(
        429,
        'login.error.locked',
        { minutes: minutes(lock.retryAfterMs) },
        retryAfter(lock.retryAfterMs),
      );
    }
    const entered = (form.get('code') ?? '').replace(/[\s-]/g, '');
    if (!entered) return show(400, 'code.error.missing');
    if (!/^\d{6}$/.test(entered)) return show(400, 'code.error.format');

    const check = oneTimeCodes.check(person.sub, person.secret, entered);
    if (!check.ok) {
      const after = lockout.fail(person.email);
      if (after.locked) {
        waiting.delete(interaction.uid);
        return show(
          429,
          'login.error.locked',
          { minutes: minutes(after.retryAfterMs) },
          retryAfter(after.retryAfterMs),
        );
      }
      return show(401, codeErrors[check.reason]);
    }
    lockout.succeed(person.email);
    waiting.delete(interaction.uid);
    const result = { login: { accountId: person.sub, acr: mfaAcr, amr: mfaAmr, remember: true } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  async function abort(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const form = parseForm(await readBody(req, bodyLimit));
    if (!csrfValid(interaction.uid, form.get('csrf'))) {
      const locale = localeFor(req, interaction);
      return showPassword(res, 403, interaction, locale, hintedEmail(interaction), {
        key: 'login.error.csrf',
      });
    }
    waiting.delete(interaction.uid);
    const result = { error: 'access_denied', error_description: 'The user cancelled the sign-in' };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  return async (req, res, path) => {
    const match = /^\/interaction\/([A-Za-z0-9_-]{1,128})(?:\/(password|code|abort))?$/.exec(path);
    if (!match) return false;
    const [, uid = '', action] = match;
    const method = action ? 'POST' : 'GET';
    if (req.method !== method && !(method === 'GET' && req.method === 'HEAD')) {
      res.writeHead(405, { Allow: method, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed');
      return true;
    }
    const interaction = await interactionFor(provider, req, res, uid);
    if (interaction?.prompt.name === 'consent' && !action) {
      // SuperID is the company's own enterprise application (admin consent): no consent page.
      await provider.interactionFinished(req, res, { consent: {} });
      return true;
    }
    if (interaction?.prompt.name !== 'login') {
      showExpired(req, res);
      return true;
    }
    if (action === 'password') await password(req, res, interaction);
    else if (action === 'code') await code(req, res, interaction);
    else if (action === 'abort') await abort(req, res, interaction);
    else {
      const locale = localeFor(req, interaction);
      const person = waiting.get(uid);
      if (person) showCode(res, 200, interaction, locale, person);
      else showPassword(res, 200, interaction, locale, hintedEmail(interaction));
    }
    return true;
  };
}
