// Hides prerendered English (/mobile, sign-in) when the app will speak another language (mirrors languages.ts).
(function (d, n) {
  var all = ['en', 'nb', 'sv', 'da', 'de', 'nl'],
    l;
  try {
    l = localStorage.getItem('mobile-crm-language');
  } catch {
    // Storage blocked: the device's languages decide.
  }
  for (var t = n.languages || [n.language], i = 0; all.indexOf(l) < 0 && i < t.length; i++) {
    l = String(t[i]).toLowerCase().split(/[-_]/)[0];
    if (l == 'nn' || l == 'no') l = 'nb';
  }
  if (all.indexOf(l) < 0) l = 'en';
  // The language the page will speak, for src/boot/app-boot.js.
  d.documentElement.setAttribute('data-lang', l);
  if (l != 'en') d.documentElement.classList.add('translating');
})(document, navigator);
