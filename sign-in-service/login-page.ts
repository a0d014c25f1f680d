import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Interaction, Provider } from 'oidc-provider';
import { normalizeEmail, verifyPassword, type Directory } from './accounts.ts';
import { BodyTooLargeError, clientIp, parseForm, readBody, sendHtml } from './http.ts';
import { createDeviceCookies } from './device-cookie.ts';
import { LoginLockout, RateLimiter, type Attempt } from './lockout.ts';
import type { SignInServiceOptions } from './options.ts';
import { loginPage, messagePage } from './pages.ts';
import { pickLocale, t, type Locale, type PluralKey, type StringKey } from './strings.ts';
import { acrFor, bindTenant, requestedTenant } from './tenant-binding.ts';

const acrForFirst = (account: { memberships: { tenant: { ctx: string } }[] }) =>
  account.memberships[0] ? acrFor(account.memberships[0].tenant.ctx) : undefined;

export const emailMax = 254;
export const passwordMax = 1024;
const bodyLimit = 16 * 1024;

export interface LoginPageSetup {
  provider: Provider;
  directory: Directory;
  options: SignInServiceOptions;
  /** Key for the CSRF tokens and device cookies; new per start, so a restart invalidates open forms (as it does
   * interactions) and device ids (as it forgets their failures). */
  secret: Buffer;
}

type Handler = (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;

/** The service's own login page at /interaction/{uid}: GET shows it, POST …/login checks, POST …/abort cancels. */
export function createLoginPage({ provider, directory, options, secret }: LoginPageSetup): Handler {
  const { appOrigins } = options;
  const lockout = new LoginLockout(options.maxFailures, options.lockoutMinutes * 60_000);
  const devices = createDeviceCookies(secret);
  const limiter = new RateLimiter(options.loginRateLimit, 60_000);

  const knownTenant = (acrValues: unknown) => {
    const ctx = requestedTenant(acrValues);
    return ctx === undefined ? undefined : directory.tenant(ctx);
  };

  // The CSRF token is bound to the interaction: only a page rendered for this uid carries it.
  const csrfFor = (uid: string) => createHmac('sha256', secret).update(`csrf:${uid}`).digest('base64url');
  const csrfValid = (uid: string, sent: string | undefined) => {
    const expected = Buffer.from(csrfFor(uid));
    const actual = Buffer.from(sent ?? '');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  };

  async function interactionFor(req: IncomingMessage, res: ServerResponse, uid: string) {
    try {
      const interaction = await provider.interactionDetails(req, res);
      return interaction.uid === uid ? interaction : undefined;
    } catch {
      return undefined; // no interaction cookie, expired or unknown: all mean "start again"
    }
  }

  const localeFor = (req: IncomingMessage, interaction?: Interaction): Locale => {
    const uiLocales = interaction?.params.ui_locales;
    return pickLocale(typeof uiLocales === 'string' ? uiLocales : undefined, req.headers['accept-language']);
  };

  function showExpired(req: IncomingMessage, res: ServerResponse): void {
    const locale = localeFor(req);
    sendHtml(
      res,
      400,
      // Reached by Back after a finished sign-in: a way back into the app, not a dead end.
      messagePage(locale, t(locale, 'expired.title'), t(locale, 'expired.body'), undefined, {
        href: `${appOrigins[0]}/`,
        label: t(locale, 'expired.back'),
      }),
      appOrigins,
    );
  }

  function showLogin(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    interaction: Interaction,
    locale: Locale,
    email: string,
    error?: { key: StringKey | PluralKey; values?: Record<string, number> },
    headers: Record<string, string> = {},
  ): void {
    const html = loginPage({
      locale,
      uid: interaction.uid,
      csrf: csrfFor(interaction.uid),
      email: email.slice(0, emailMax),
      error: error && t(locale, error.key, error.values),
      tenant: knownTenant(interaction.params.acr_values),
      emailMax,
      passwordMax,
    });
    // Every browser that sees the form gets a device id, so its failures count against it alone.
    const device: Record<string, string> =
      devices.read(req) === undefined ? { 'Set-Cookie': devices.issue().setCookie } : {};
    sendHtml(res, status, html, appOrigins, { ...device, ...headers });
  }

  async function login(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const locale = localeFor(req, interaction);
    let form: Map<string, string>;
    try {
      form = parseForm(await readBody(req, bodyLimit));
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      showLogin(
        req,
        res,
        413,
        interaction,
        locale,
        '',
        { key: 'login.error.tooLarge' },
        { Connection: 'close' },
      );
      return;
    }
    const rawEmail = (form.get('email') ?? '').trim();
    const password = form.get('password') ?? '';
    const show = (
      status: number,
      key: StringKey | PluralKey,
      values?: Record<string, number>,
      headers?: Record<string, string>,
    ) => showLogin(req, res, status, interaction, locale, rawEmail, { key, values }, headers);

    const rate = limiter.hit(clientIp(req));
    const retryAfter = (ms: number) => ({ 'Retry-After': String(Math.ceil(ms / 1000)) });
    if (!rate.allowed) {
      const count = Math.ceil(rate.retryAfterMs / 1000);
      return show(429, 'login.error.rateLimited', { count }, retryAfter(rate.retryAfterMs));
    }
    if (!csrfValid(interaction.uid, form.get('csrf'))) return show(403, 'login.error.csrf');
    if (!rawEmail) return show(400, 'login.error.emailMissing');
    if (rawEmail.length > emailMax) return show(400, 'login.error.emailTooLong', { max: emailMax });
    if (!password) return show(400, 'login.error.passwordMissing');
    if (password.length > passwordMax) return show(400, 'login.error.passwordTooLong', { max: passwordMax });

    const email = normalizeEmail(rawEmail);
    const attempt: Attempt = { account: email, device: devices.read(req), ip: clientIp(req) };
    const minutes = (ms: number) => Math.max(1, Math.ceil(ms / 60_000));
    const lock = lockout.state(attempt);
    if (lock.locked)
      return show(
        429,
        'login.error.locked',
        { count: minutes(lock.retryAfterMs) },
        retryAfter(lock.retryAfterMs),
      );

    const account = directory.account(email);
    if (!(await verifyPassword(account, password)) || !account) {
      const after = lockout.fail(attempt);
      if (after.locked) {
        return show(
          429,
          'login.error.locked',
          { count: minutes(after.retryAfterMs) },
          retryAfter(after.retryAfterMs),
        );
      }
      return show(401, 'login.error.credentials');
    }
    lockout.succeed(attempt);

    // As SuperID: the password proves who this is, so the session starts even when the requested tenant is
    // refused; the authorization then ends in access_denied and choosing another tenant needs no password again.
    const binding = bindTenant(account, interaction.params.acr_values);
    const acr = binding.ok ? binding.acr : acrForFirst(account);
    const result = { login: { accountId: account.email, acr, amr: ['pwd'], remember: true } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  async function abort(req: IncomingMessage, res: ServerResponse, interaction: Interaction): Promise<void> {
    const form = parseForm(await readBody(req, bodyLimit));
    if (!csrfValid(interaction.uid, form.get('csrf'))) {
      return showLogin(req, res, 403, interaction, localeFor(req, interaction), '', {
        key: 'login.error.csrf',
      });
    }
    const result = { error: 'access_denied', error_description: 'The user cancelled the sign-in' };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  return async (req, res, path) => {
    const match = /^\/interaction\/([A-Za-z0-9_-]{1,128})(?:\/(login|abort))?$/.exec(path);
    if (!match) return false;
    const [, uid = '', action] = match;
    const method = action ? 'POST' : 'GET';
    if (req.method !== method && !(method === 'GET' && req.method === 'HEAD')) {
      res.writeHead(405, { Allow: method, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed');
      return true;
    }
    const interaction = await interactionFor(req, res, uid);
    if (interaction?.prompt.name === 'consent' && !action) {
      // The app is first-party: an explicit prompt=consent is granted without a page.
      await provider.interactionFinished(req, res, { consent: {} });
      return true;
    }
    if (interaction?.prompt.name !== 'login') {
      showExpired(req, res);
      return true;
    }
    if (action === 'login') await login(req, res, interaction);
    else if (action === 'abort') await abort(req, res, interaction);
    else {
      const hint = interaction.params.login_hint;
      const email = typeof hint === 'string' && hint.length <= emailMax ? hint.trim() : '';
      showLogin(req, res, 200, interaction, localeFor(req, interaction), email);
    }
    return true;
  };
}
