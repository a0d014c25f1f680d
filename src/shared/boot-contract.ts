// What the pages' inline boot code (src/boot/, built into the HTML) and the app agree on: one place, so neither side
// retypes a class name, a storage key or a record's shape. Pure: it is bundled into both.

import { STORAGE_PREFIX } from './storage-names.ts';

// Single constants, not objects: the boot code's bundler inlines each where it is used, and carries no others.

// Classes the boot code and the app put on `<html>` or on `#app`'s first element.
/** On `<html>`: the page will speak another language than its prerendered English, which waits hidden. */
export const TRANSLATING_CLASS = 'translating';
/** On `<html>`: index.html's prerendered sign-in screen must not show (another screen, or a start page). */
export const NOT_SIGN_IN_CLASS = 'not-sign-in';
/** On markup the build prerendered into a page: the app's first render takes it over or removes it. */
export const PRERENDERED_CLASS = 'prerendered';
/** On the start page a relaunch painted from its snapshot: the app's first render takes it over or removes it. */
export const SNAPSHOT_CLASS = 'snapshot';

/** Attribute on `<html>`: the language the page will speak, as the language gate found it. */
export const LANGUAGE_ATTRIBUTE = 'data-lang';

// Ids of what the build writes into a page for its boot code.
/** `<script type="application/json">` holding {@link BootFiles}. */
export const BOOT_FILES_ID = 'boot-files';
/** `<template>` holding the start page's markup with a slot for each {@link StartPageView} field. */
export const START_PAGE_TEMPLATE_ID = 'start-page-template';

/** The built files a page's boot code loads (a data block, so its hash in the CSP outlives chunk names). */
export interface BootFiles {
  /** The entry module: imported once the page has painted, or at once where nothing prerendered can paint. */
  entry: string;
  /** Chunks every app path needs at once (index.html only): preloaded alongside the entry. */
  app: string[];
}

// Where the device keeps the boot's inputs (localStorage: read synchronously before the first paint).
/** The language chosen in Settings. */
export const LANGUAGE_KEY = `${STORAGE_PREFIX}language`;
/** The start page as last shown ({@link StartPageSnapshot}). */
export const START_PAGE_KEY = `${STORAGE_PREFIX}start-page`;
/**
 * Until when (ms since the epoch, as text) the app may come back from the background without logging out: written
 * as it goes there while Auto logout applies. Past it, a relaunch paints nothing of the last start page.
 */
export const AWAY_KEY = `${STORAGE_PREFIX}away`;

/** Everything a start page shows, as text, in the language it was drawn in. */
export interface StartPageView {
  heading: string;
  /** A notice shown above the card (maintenance), or null. */
  notice: string | null;
  tenantName: string;
  tenantIdLabel: string;
  tenantId: string;
  statusLabel: string;
  status: string;
  /** The person's login name at the company (currentPrincipal's Associate), with its label; both null when unknown. */
  loginNameLabel: string | null;
  loginName: string | null;
  /** The company's own sign-in server (Onsite), with its label; both null for Online. */
  serverLabel: string | null;
  server: string | null;
  /** The tenant's web client, when it has one. */
  webClient: { label: string; href: string } | null;
  lastUpdated: string;
}

/** The start page as last shown: data only, painted with text nodes into markup the build rendered. */
export interface StartPageSnapshot {
  /** Whose page it is (user and tenant), as the start-page cache names it. */
  key: string;
  /** The language it was drawn in: another would flash the wrong words. */
  lang: string;
  /** Seconds since the epoch after which the session cannot be live; null while it can be renewed. */
  until: number | null;
  /** What it showed, but no link: a planted one could lead anywhere, so the app's own render adds it. */
  view: Omit<StartPageView, 'webClient'>;
}

/** A view field's place in the start-page template: text that no page shows, replaced before it paints. */
export const templateSlot = (field: string) => `\u2063${field}\u2063`;
/** Matches a whole slot, giving the field's name. */
export const TEMPLATE_SLOT = /^\u2063(\w+)\u2063$/;

/**
 * The few style rules the boot classes need, written into each page by the build: prerendered markup waits,
 * hidden, where the app will show another screen or speak another language.
 */
export const bootStyles = () =>
  `.${NOT_SIGN_IN_CLASS} .${PRERENDERED_CLASS},.${TRANSLATING_CLASS} .${PRERENDERED_CLASS}{visibility:hidden}`;
