// Before index.html's first paint: a relaunch shows the start page as last drawn (src/start-page/start-page-snapshot.ts
// keeps it), and the prerendered sign-in screen shows only at / for someone with no start page to return to.
(function (d, where) {
  var root = d.documentElement,
    snapshot = null;
  try {
    snapshot = JSON.parse(localStorage.getItem('mobile-crm-start-page'));
    // Drawn in another language than the one chosen since: the app draws it anew instead.
    var chosen = localStorage.getItem('mobile-crm-language');
    if (snapshot && chosen && chosen != snapshot.lang) snapshot = null;
  } catch {
    // Storage blocked or the record unreadable: start the usual way.
  }
  var opensTheApp = (where.pathname == '/' && !where.search) || where.pathname == '/start';
  var warm =
    opensTheApp &&
    !!snapshot &&
    typeof snapshot.html == 'string' &&
    !(snapshot.until && snapshot.until * 1000 < Date.now());
  if (where.pathname != '/' || warm) root.classList.add('not-sign-in');
  if (!warm) return;
  if (snapshot.lang) root.lang = snapshot.lang;
  // Runs before the first paint, once #app has been parsed (the parser has moved past it).
  new MutationObserver(function (_, observer) {
    var app = d.getElementById('app');
    if (!app || !app.nextSibling) return;
    observer.disconnect();
    app.innerHTML = snapshot.html;
    // Marked as not the app's own yet: the first render takes it over, or removes it (src/main.tsx).
    if (app.firstElementChild) app.firstElementChild.classList.add('snapshot');
  }).observe(root, { childList: true, subtree: true });
})(document, location);
