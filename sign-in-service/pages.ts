// The HTML of the sign-in service's pages: one layout, no inline script or style, so a strict CSP holds.
import { t, type Locale } from './strings.ts';

export const stylesheetPath = '/assets/sign-in.css';

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** Every page's frame: the brand, one stylesheet, no script; `head` adds to the head (a page that goes on by itself). */
export function layout(locale: Locale, title: string, content: string, head = ''): string {
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} · ${escapeHtml(t(locale, 'page.serviceName'))}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${stylesheetPath}">
${head}</head>
<body>
<main class="card">
<header class="brand"><span class="logo" aria-hidden="true">SO</span><span>${escapeHtml(t(locale, 'page.serviceName'))}<small>${escapeHtml(t(locale, 'page.localNote'))}</small></span></header>
${content}
</main>
</body>
</html>
`;
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

/** A page that only tells something: logged out, expired, error, not found. */
export function messagePage(
  locale: Locale,
  title: string,
  body: string,
  details?: string,
  link?: { href: string; label: string },
): string {
  return layout(
    locale,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(body)}</p>
${details ? `<p class="details">${escapeHtml(t(locale, 'error.details', { details }))}</p>` : ''}
${link ? `<p><a class="button" href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>` : ''}`,
  );
}
