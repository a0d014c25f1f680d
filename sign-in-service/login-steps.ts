// The login prompt's steps, SuperID's order: the email first; its domain decides who checks the credentials
// (signInRoute); then the password here, or the federated branch. Brakes: lockout per account and device, rate limit.
import type { Provider } from 'oidc-provider';
import { looksLikeEmail, normalizeEmail, verifyPassword, type Account, type Directory } from './accounts.ts';
import { BoundedMap } from './bounded-map.ts';
import { createDeviceCookies } from './device-cookie.ts';
import type { FederatedLogin } from './federated-login.ts';
import { clientIp, sendHtml } from './http.ts';
import type { Problem, Step, StepContext } from './interaction-step.ts';
import { LoginLockout, RateLimiter, type Attempt } from './lockout.ts';
import { emailStepPage, passwordStepPage } from './login-pages.ts';
import type { SignInServiceOptions } from './options.ts';
import { signInRoute } from './sign-in-route.ts';
import { t } from './strings.ts';
import { acrFor, bindTenant, requestedTenant } from './tenant-binding.ts';

export const emailMax = 254;
export const passwordMax = 1024;

const acrForFirst = (account: { memberships: { tenant: { ctx: string } }[] }) =>
  account.memberships[0] ? acrFor(account.memberships[0].tenant.ctx) : undefined;

export interface LoginStepSetup {
  provider: Provider;
  directory: Directory;
  options: SignInServiceOptions;
  /** Signs the device cookies; new per start, as is everything counted against them. */
  secret: Buffer;
  federatedLogin: FederatedLogin;
  /** Origins its forms may lead to, for the CSP: the app's, and the company identity providers'. */
  pageOrigins: readonly string[];
}

export function createLoginStep({
  provider,
  directory,
  options,
  secret,
  federatedLogin,
  pageOrigins,
}: LoginStepSetup): Step {
  const lockout = new LoginLockout(options.maxFailures, options.lockoutMinutes * 60_000);
  const limiter = new RateLimiter(options.loginRateLimit, 60_000);
  const devices = createDeviceCookies(secret);
  // The email each interaction's email step took, so the password step is a page of its own (Back works).
  const chosenEmails = new BoundedMap<string, string>();

  const knownTenant = (ctx: StepContext) => {
    const requested = requestedTenant(ctx.interaction.params.acr_values);
    return requested === undefined ? undefined : directory.tenant(requested);
  };

  /** Sends one of the step's pages; every browser that sees one gets a device id, so its failures count alone. */
  function send(ctx: StepContext, status: number, html: string, headers: Record<string, string> = {}) {
    const device: Record<string, string> =
      devices.read(ctx.req) === undefined ? { 'Set-Cookie': devices.issue().setCookie } : {};
    sendHtml(ctx.res, status, html, pageOrigins, { ...device, ...headers });
  }

  const model = (ctx: StepContext, problem?: Problem) => ({
    locale: ctx.locale,
    page: ctx.page,
    csrf: ctx.csrf,
    tenant: knownTenant(ctx),
    error: problem && t(ctx.locale, problem.key, problem.values),
  });

  function showEmail(ctx: StepContext, email: string, problem?: Problem): void {
    const html = emailStepPage({ ...model(ctx, problem), email: email.slice(0, emailMax), emailMax });
    send(ctx, problem?.status ?? 200, html, problem?.headers);
  }

  function showPassword(ctx: StepContext, email: string, problem?: Problem): void {
    const html = passwordStepPage({ ...model(ctx, problem), email, passwordMax });
    send(ctx, problem?.status ?? 200, html, problem?.headers);
  }

  /** The step after a valid email: the password here, or the company's identity provider. */
  async function next(ctx: StepContext, email: string): Promise<void> {
    const route = signInRoute(email, directory.federatedDomains);
    if (route.kind === 'password') return showPassword(ctx, email);
    const problem = await federatedLogin.start(ctx, email, route.provider);
    if (problem) showEmail(ctx, email, problem);
  }

  /**
   * Signs the person in with the service's own session. As SuperID: who they are is proven, so the session starts
   * even when the requested tenant is refused; the authorization then ends in access_denied and choosing another
   * tenant needs no password again. `amr`: how they were checked (here, or by their company).
   */
  async function finish(ctx: StepContext, account: Account, amr: string[]): Promise<void> {
    const binding = bindTenant(account, ctx.interaction.params.acr_values);
    const acr = binding.ok ? binding.acr : acrForFirst(account);
    const result = { login: { accountId: account.email, acr, amr, remember: true } };
    await provider.interactionFinished(ctx.req, ctx.res, result, { mergeWithLastSubmission: false });
  }

  const emailProblem = (email: string): Problem | undefined => {
    if (!email) return { status: 400, key: 'login.error.emailMissing' };
    if (email.length > emailMax)
      return { status: 400, key: 'login.error.emailTooLong', values: { max: emailMax } };
    if (!looksLikeEmail(email)) return { status: 400, key: 'login.error.emailInvalid' };
    return undefined;
  };

  async function password(ctx: StepContext, form: Map<string, string>): Promise<void> {
    const rawEmail = (form.get('email') ?? '').trim();
    const problemWithEmail = emailProblem(rawEmail);
    if (problemWithEmail) return showEmail(ctx, rawEmail, problemWithEmail);
    const email = normalizeEmail(rawEmail);
    if (signInRoute(email, directory.federatedDomains).kind === 'federated') return next(ctx, email);

    const show = (problem: Problem) => showPassword(ctx, rawEmail, problem);
    const retryAfter = (ms: number) => ({ 'Retry-After': String(Math.ceil(ms / 1000)) });
    const rate = limiter.hit(clientIp(ctx.req));
    if (!rate.allowed) {
      const count = Math.ceil(rate.retryAfterMs / 1000);
      return show({
        status: 429,
        key: 'login.error.rateLimited',
        values: { count },
        headers: retryAfter(rate.retryAfterMs),
      });
    }
    const secret = form.get('password') ?? '';
    if (!secret) return show({ status: 400, key: 'login.error.passwordMissing' });
    if (secret.length > passwordMax) {
      return show({ status: 400, key: 'login.error.passwordTooLong', values: { max: passwordMax } });
    }

    const attempt: Attempt = { account: email, device: devices.read(ctx.req), ip: clientIp(ctx.req) };
    const locked = (ms: number): Problem => ({
      status: 429,
      key: 'login.error.locked',
      values: { count: Math.max(1, Math.ceil(ms / 60_000)) },
      headers: retryAfter(ms),
    });
    const lock = lockout.state(attempt);
    if (lock.locked) return show(locked(lock.retryAfterMs));

    const account = directory.account(email);
    if (!(await verifyPassword(account, secret)) || !account) {
      const after = lockout.fail(attempt);
      return show(
        after.locked ? locked(after.retryAfterMs) : { status: 401, key: 'login.error.credentials' },
      );
    }
    lockout.succeed(attempt);
    await finish(ctx, account, ['pwd']);
  }

  return {
    actions: ['email', 'login'],

    /**
     * Back from the company's identity provider: signed in, or the email step saying why not. Otherwise, with an
     * email from the email step or a login_hint, the next step, unless the person asked to change it.
     */
    async show(ctx, problem) {
      const hint = ctx.interaction.params.login_hint;
      const hinted = typeof hint === 'string' && !emailProblem(hint.trim()) ? normalizeEmail(hint) : '';
      const email = chosenEmails.get(ctx.interaction.uid) ?? hinted;
      const federated = federatedLogin.takeOutcome(ctx.interaction.uid);
      if (federated?.ok) return finish(ctx, federated.account, federated.amr);
      const shown = problem ?? federated?.problem;
      if (!email || shown || ctx.query.get('step') === 'email') return showEmail(ctx, email, shown);
      await next(ctx, email);
    },

    /** A good email is remembered and the page shown again by a redirect (post, redirect, get). */
    async post(ctx, action, form) {
      if (action === 'login') return password(ctx, form);
      const email = (form.get('email') ?? '').trim();
      const problem = emailProblem(email);
      if (problem) return showEmail(ctx, email, problem);
      chosenEmails.set(ctx.interaction.uid, normalizeEmail(email));
      ctx.res.writeHead(303, { Location: ctx.page, 'Cache-Control': 'no-store' }).end();
    },
  };
}
