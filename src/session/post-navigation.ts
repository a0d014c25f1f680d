// Leaving the app by a form POST: the address's query travels in the body, so none of it lands in the address bar
// or the browser's history (an end-session request's id_token_hint carries the person's name, email, companies).

/** Navigates to `url`'s origin and path by POST, with its query parameters as form fields. */
export function navigateByPost(url: string): void {
  const target = new URL(url);
  const form = document.createElement('form');
  form.method = 'post';
  form.action = target.origin + target.pathname;
  form.hidden = true;
  for (const [name, value] of target.searchParams) {
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = name;
    field.value = value;
    form.append(field);
  }
  document.body.append(form);
  form.submit();
}
