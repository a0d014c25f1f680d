// Before index.html's first paint: a relaunch shows the start page as last drawn (src/storage/start-page-snapshot.ts
// keeps it), and the prerendered sign-in screen shows only at / for someone with no start page to return to.
// The build lists the app's chunk files in <script type="application/json" id="app-chunks"> before it.
(function (w, d, where) {
  var root = d.documentElement,
    snapshot = null;
  try {
    snapshot = JSON.parse(localStorage.getItem('mobile-crm-start-page'));
    // Drawn in another language than the page will speak (src/boot/language-gate.js): the app draws it anew.
    if (snapshot && snapshot.lang != (root.getAttribute('data-lang') || 'en')) snapshot = null;
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
  // (src/initial-app/app-loader.tsx), or a second at most (a page opened in the background paints nothing).
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
    // The app is wanted at once: its chunks (listed by the build) download alongside the entry.
    var list = d.getElementById('app-chunks');
    (list ? JSON.parse(list.textContent) : []).forEach(function (href) {
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
    var parsed = d.createElement('template');
    parsed.innerHTML = snapshot.html;
    // Only what a start page is made of: nothing that acts by being there (a refresh, a base, a frame, a form).
    parsed.content
      .querySelectorAll('script,style,link,meta,base,iframe,frame,object,embed,form')
      .forEach(function (node) {
        node.remove();
      });
    app.textContent = '';
    app.appendChild(parsed.content);
    // Marked as not the app's own yet: the first render takes it over, or removes it (src/initial-app/app-loader.tsx).
    if (app.firstElementChild) app.firstElementChild.classList.add('snapshot');
  }).observe(root, { childList: true, subtree: true });
})(window, document, location);
