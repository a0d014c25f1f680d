// Before index.html's first paint: a relaunch shows the start page as last shown, painted from its snapshot (data
// only) into the start page's markup the build rendered; the prerendered sign-in screen shows only at / for
// someone with no start page to return to.
import {
  AWAY_KEY,
  LANGUAGE_ATTRIBUTE,
  NOT_SIGN_IN_CLASS,
  START_PAGE_KEY,
  START_PAGE_TEMPLATE_ID,
  TEMPLATE_SLOT,
  type StartPageSnapshot,
} from '../shared/boot-contract.ts';
import { routes } from '../shared/routes.ts';
import { parseStartPageSnapshot } from '../shared/start-page-snapshot-record.ts';

/**
 * The kept snapshot, when it is readable, in the language the page speaks, for a session that can be live, and not
 * after Auto logout's time in the background (the app logs out or locks then).
 */
function keptSnapshot(root: HTMLElement): StartPageSnapshot | null {
  let snapshot: StartPageSnapshot | null;
  try {
    const awayUntil = localStorage.getItem(AWAY_KEY);
    if (awayUntil !== null && !(Number(awayUntil) >= Date.now())) return null;
    snapshot = parseStartPageSnapshot(JSON.parse(localStorage.getItem(START_PAGE_KEY) ?? 'null'));
  } catch {
    // Storage blocked or the record unreadable: start the usual way.
    return null;
  }
  // Drawn in another language than the page will speak (language-gate.ts): the app draws it anew.
  if (!snapshot || snapshot.lang !== (root.getAttribute(LANGUAGE_ATTRIBUTE) ?? 'en')) return null;
  return snapshot.until !== null && snapshot.until * 1000 < Date.now() ? null : snapshot;
}

/** The start page from the build's template, each slot filled as text (never parsed as markup), or null. */
export function paintedStartPage(d: Document, view: StartPageSnapshot['view']): Element | null {
  const template = d.getElementById(START_PAGE_TEMPLATE_ID);
  if (!(template instanceof HTMLTemplateElement)) return null;
  const page = (template.content.cloneNode(true) as DocumentFragment).firstElementChild;
  if (!page) return null;
  const texts: Record<string, string | null> = view;
  const walker = d.createTreeWalker(page, NodeFilter.SHOW_TEXT);
  const slots: Text[] = [];
  while (walker.nextNode()) slots.push(walker.currentNode as Text);
  for (const node of slots) {
    const field = TEMPLATE_SLOT.exec(node.data)?.[1];
    const text = field && texts[field];
    // A slot's element goes when the page did not show it (no notice).
    if (typeof text === 'string') node.data = text;
    else if (field) node.parentElement?.remove();
  }
  return page;
}

export function bootApp(where: Pick<Location, 'pathname' | 'search'> = location, d: Document = document) {
  const root = d.documentElement;
  const opensTheApp = (where.pathname === routes.signIn && !where.search) || where.pathname === routes.start;
  const snapshot = opensTheApp ? keptSnapshot(root) : null;
  if (where.pathname !== routes.signIn || snapshot) root.classList.add(NOT_SIGN_IN_CLASS);
  if (!snapshot) return;
  root.lang = snapshot.lang;
  // Runs before the first paint, once #app has been parsed (the parser has moved past it).
  new MutationObserver((_, observer) => {
    const app = d.getElementById('app');
    if (!app?.nextSibling) return;
    observer.disconnect();
    const page = paintedStartPage(d, snapshot.view);
    if (page) app.replaceChildren(page);
  }).observe(root, { childList: true, subtree: true });
}
