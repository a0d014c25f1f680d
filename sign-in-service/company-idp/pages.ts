// The HTML of the company identity provider's pages: its own look (so people see they are at their company, not at
// SuperOffice), one layout, no inline script or style, so the strict CSP holds.
import { escapeHtml } from '../pages.ts';
import { t, type Locale } from './strings.ts';

export const stylesheetPath = '/assets/fjord-sign-in.css';

/** A fjord between two mountains; presentation attributes only, so no style-src is needed. */
const logo = `<svg class="logo" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false"><rect width="40" height="40" rx="4" fill="#f4efe6"/><path d="M2 31 13 11l7 11 6-8 12 17Z" fill="#16324f"/><path d="m13 11 3.2 5.8L13 15l-2.6 3.3Z" fill="#f4efe6"/><path d="M2 31h36v3H2Z" fill="#2f7fb8"/></svg>`;

function layout(locale: Locale, title: string, content: string): string {
  const service = t(locale, 'page.serviceName');
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${escapeHtml(service)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheetPath}">
</head>
<body>
<header class="masthead">${logo}<span class="company">Fjord Consulting</span></header>
<main class="panel">
<p class="service">${escapeHtml(service)}<small>${escapeHtml(t(locale, 'page.localNote'))}</small></p>
${content}
</main>
</body>
</html>
`;
}

const alert = (id: string, text: string | undefined) =>
  text ? `<p class="alert" role="alert" id="${id}">${escapeHtml(text)}</p>` : '';

const hidden = (name: string, value: string) =>
  `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;

function cancelForm(locale: Locale, action: string, csrf: string): string {
  return `<form id="cancel-form" method="post" action="${action}/abort">
${hidden('csrf', csrf)}
<button type="submit" class="secondary">${escapeHtml(t(locale, 'login.cancel'))}</button>
</form>`;
}

export type PasswordField = 'email' | 'password';

export interface PasswordPageModel {
  locale: Locale;
  uid: string;
  csrf: string;
  email: string;
  /** Already localised, with the fields it is about (marked invalid; the first gets the focus). */
  error?: { text: string; fields: PasswordField[] };
  emailMax: number;
  passwordMax: number;
}

/** Step one: work email and password. */
export function passwordPage(model: PasswordPageModel): string {
  const { locale, uid, csrf, error } = model;
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const fields = error?.fields ?? [];
  const focus: PasswordField = fields[0] ?? (model.email ? 'password' : 'email');
  const state = (field: PasswordField) =>
    (fields.includes(field) ? ' aria-invalid="true" aria-describedby="login-error"' : '') +
    (focus === field ? ' autofocus' : '');
  return layout(
    locale,
    t(locale, 'login.title'),
    `<h1>${escapeHtml(t(locale, 'login.title'))}</h1>
<p class="lead">${escapeHtml(t(locale, 'login.intro'))}</p>
${alert('login-error', error?.text)}
<form id="password-form" method="post" action="${action}/password">
${hidden('csrf', csrf)}
<div class="field">
<label for="email">${escapeHtml(t(locale, 'login.email'))}</label>
<input id="email" name="email" type="email" inputmode="email" autocomplete="username" autocapitalize="none" spellcheck="false" required maxlength="${model.emailMax}" value="${escapeHtml(model.email)}"${state('email')}>
</div>
<div class="field">
<label for="password">${escapeHtml(t(locale, 'login.password'))}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required maxlength="${model.passwordMax}"${state('password')}>
</div>
<button type="submit" class="primary">${escapeHtml(t(locale, 'login.submit'))}</button>
</form>
${cancelForm(locale, action, csrf)}`,
  );
}

export interface CodePageModel {
  locale: Locale;
  uid: string;
  csrf: string;
  /** Whose password was just accepted. */
  email: string;
  /** Already localised. */
  error?: string;
}

/** Step two: the one-time code from the authenticator app. */
export function codePage(model: CodePageModel): string {
  const { locale, uid, csrf, email, error } = model;
  const action = `/interaction/${encodeURIComponent(uid)}`;
  const describedBy = error ? 'code-hint code-error' : 'code-hint';
  return layout(
    locale,
    t(locale, 'code.title'),
    `<h1>${escapeHtml(t(locale, 'code.title'))}</h1>
<p class="who">${escapeHtml(t(locale, 'code.signingInAs', { email }))}</p>
${alert('code-error', error)}
<form id="code-form" method="post" action="${action}/code">
${hidden('csrf', csrf)}
<input type="hidden" name="username" autocomplete="username" value="${escapeHtml(email)}">
<div class="field">
<label for="code">${escapeHtml(t(locale, 'code.label'))}</label>
<p class="hint" id="code-hint">${escapeHtml(t(locale, 'code.hint'))}</p>
<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" spellcheck="false" required maxlength="16" aria-describedby="${describedBy}"${error ? ' aria-invalid="true"' : ''} autofocus>
</div>
<button type="submit" class="primary">${escapeHtml(t(locale, 'code.submit'))}</button>
</form>
${cancelForm(locale, action, csrf)}`,
  );
}

/** `form` is oidc-provider's hidden logout form (id op.logoutForm); the buttons submit it. */
export function logoutConfirmPage(locale: Locale, form: string): string {
  return layout(
    locale,
    t(locale, 'logout.title'),
    `<h1>${escapeHtml(t(locale, 'logout.title'))}</h1>
<p>${escapeHtml(t(locale, 'logout.body'))}</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary" autofocus>${escapeHtml(t(locale, 'logout.yes'))}</button>
<button type="submit" form="op.logoutForm" class="secondary">${escapeHtml(t(locale, 'logout.no'))}</button>`,
  );
}

/** A page that only tells something: signed out, expired, error, not found. */
export function messagePage(locale: Locale, title: string, body: string, details?: string): string {
  return layout(
    locale,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
${details ? `<p class="details">${escapeHtml(t(locale, 'error.details', { details }))}</p>` : ''}`,
  );
}
