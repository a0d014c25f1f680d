// What the page plugins share: the pages the build writes, and reading files out of Vite's bundle.
import type { Rolldown } from 'vite';

/** The app's own page, and /mobile's (written from it). */
export const PAGES = ['index.html', 'mobile.html'];

/** A file the build wrote that is not a chunk (a page, a stylesheet); fails the build, naming the plugin, without it. */
export function bundledAsset(
  bundle: Rolldown.OutputBundle,
  fileName: string,
  plugin: string,
): Rolldown.OutputAsset {
  const asset = bundle[fileName];
  if (!asset || asset.type !== 'asset') throw new Error(`${plugin}: ${fileName} missing from the bundle`);
  return asset;
}

/** Text for prerendered markup (the strings are ours, but an "&" or a quote must still be HTML). */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const EMPTY_APP = '<div id="app"></div>';

/** index.html's markup with `markup` prerendered into its empty #app. */
export function prerenderInto(source: string, markup: string, plugin: string): string {
  if (!source.includes(EMPTY_APP)) throw new Error(`${plugin}: no empty #app in index.html`);
  return source.replace(EMPTY_APP, `<div id="app">${markup}</div>`);
}
