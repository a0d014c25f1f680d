// Links that leave this page: to the default browser, or into the installed native app.

/** An Android intent that reopens this page in the default browser, leaving the in-app browser. */
export function androidIntentUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  const scheme = url.protocol.replace(':', '');
  const fallback = encodeURIComponent(url.href);
  return `intent://${url.host}${url.pathname}${url.search}#Intent;scheme=${scheme};S.browser_fallback_url=${fallback};end`;
}

/** An intent that opens the installed native app, or its store page when it is not there. */
export function openNativeAppUrl(pageUrl: string, packageId: string, storeUrl: string): string {
  const url = new URL(pageUrl);
  const fallback = encodeURIComponent(storeUrl);
  return `intent://${url.host}/#Intent;scheme=${url.protocol.replace(':', '')};package=${packageId};S.browser_fallback_url=${fallback};end`;
}
