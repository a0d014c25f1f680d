// The HTML of the sign-in steps: the email first, then the password (or the federated branch). No script: the
// field in error gets autofocus, aria-invalid and aria-describedby pointing at the message.
import { escapeHtml, layout } from './pages.ts';
import { t, type Locale } from './strings.ts';

interface StepModel {
  locale: Locale;
  /** The interaction's page; forms post to `${page}/{action}`. */
  page: string;
  csrf: string;
  /** Already localised. */
  error?: string;
  /** The tenant acr_values asked for, only when the directory has it: never text from the request. */
  tenant?: { ctx: string; companyName: string };
}

export interface EmailStepModel extends StepModel {
  email: string;
  emailMax: number;
}

export interface PasswordStepModel extends StepModel {
  email: string;
  passwordMax: number;
}

const csrfField = (csrf: string) => `<input type="hidden" name="csrf" value="${escapeHtml(csrf)}">`;
const invalid = ' aria-invalid="true" aria-describedby="login-error" autofocus';

function intro({ locale, tenant, error }: StepModel): string {
  const tenantLine = tenant
    ? `<p class="tenant">${escapeHtml(t(locale, 'login.tenant', { company: tenant.companyName, ctx: tenant.ctx }))}</p>`
    : '';
  return `<h1>${escapeHtml(t(locale, 'login.title'))}</h1>
<p class="lead">${escapeHtml(t(locale, 'login.intro'))}</p>
${tenantLine}
${error ? `<p class="alert" role="alert" id="login-error">${escapeHtml(error)}</p>` : ''}`;
}

const cancelForm = ({
  locale,
  page,
  csrf,
}: StepModel) => `<form id="cancel-form" method="post" action="${escapeHtml(page)}/abort">
${csrfField(csrf)}
<button type="submit" class="secondary">${escapeHtml(t(locale, 'login.cancel'))}</button>
</form>`;

/** Where "use another email" leads: the email step again. */
export const emailStepHref = (page: string) => `${page}?step=email`;

export function emailStepPage(model: EmailStepModel): string {
  const { locale, page, csrf, error } = model;
  return layout(
    locale,
    t(locale, 'login.title'),
    `${intro(model)}
<form id="email-form" method="post" action="${escapeHtml(page)}/email">
${csrfField(csrf)}
<div class="field">
<label for="email">${escapeHtml(t(locale, 'login.email'))}</label>
<input id="email" name="email" type="email" inputmode="email" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="${model.emailMax}" value="${escapeHtml(model.email)}"${error ? invalid : ' autofocus'}>
</div>
<button type="submit" class="primary">${escapeHtml(t(locale, 'login.continue'))}</button>
</form>
${cancelForm(model)}`,
  );
}

/** The email is shown (read-only, for password managers too) with a way back to change it. */
export function passwordStepPage(model: PasswordStepModel): string {
  const { locale, page, csrf, error } = model;
  return layout(
    locale,
    t(locale, 'login.title'),
    `${intro(model)}
<form id="login-form" method="post" action="${escapeHtml(page)}/login">
${csrfField(csrf)}
<div class="field">
<label for="email">${escapeHtml(t(locale, 'login.email'))}</label>
<input id="email" name="email" type="email" autocomplete="username" readonly value="${escapeHtml(model.email)}">
<a class="change" href="${escapeHtml(emailStepHref(page))}">${escapeHtml(t(locale, 'login.changeEmail'))}</a>
</div>
<div class="field">
<label for="password">${escapeHtml(t(locale, 'login.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="${model.passwordMax}"${error ? invalid : ' autofocus'}>
</div>
<button type="submit" class="primary">${escapeHtml(t(locale, 'login.submit'))}</button>
</form>
${cancelForm(model)}`,
  );
}

/**
 * Back from the company's identity provider, signed in: the page goes on to `page` by itself (a refresh, as no
 * script runs here), with a link for a browser that does not.
 */
export function federatedReturnPage(locale: Locale, page: string): string {
  const title = t(locale, 'federated.returned.title');
  return layout(
    locale,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p role="status">${escapeHtml(t(locale, 'federated.returned.body'))}</p>
<p><a class="button" href="${escapeHtml(page)}">${escapeHtml(t(locale, 'login.continue'))}</a></p>`,
    `<meta http-equiv="refresh" content="0; url=${escapeHtml(page)}">
`,
  );
}
