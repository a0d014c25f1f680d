// Before index.html's first paint: a relaunch shows the start page as last drawn (src/start-page/start-page-snapshot.ts
// keeps it), and the prerendered sign-in screen shows only at / for someone with no start page to return to.
// The build writes the app's chunk files in place of the empty list at the end (scripts/vite-app-page.ts).
(function (w, d, where, appChunks) {
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
  // Only the prerendered sign-in screen is to show: the app's code waits until it is on screen
  // (src/shell/lazy-app.tsx), or a second at most (a page opened in the background paints nothing).
  var types = (w.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
  var hold =
    !warm && where.pathname == '/' && !root.classList.contains('translating') && types.indexOf('paint') >= 0;
  if (hold) {
    var painted = function () {
      if (!root.classList.contains('painting')) return;
      root.classList.remove('painting');
      w.dispatchEvent(new Event('painted'));
    };
    root.classList.add('painting');
    new PerformanceObserver(function (list) {
      if (list.getEntriesByName('first-contentful-paint').length) painted();
    }).observe({ type: 'paint', buffered: true });
    setTimeout(painted, 1000);
  } else {
    // The app is wanted at once: its chunks download alongside the entry.
    appChunks.forEach(function (href) {
      var link = d.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      d.head.appendChild(link);
    });
  }
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
})(window, document, location, /*app-chunks*/ []);
