import type { ComponentChildren } from 'preact';

/**
 * Text in which an email may wrap after its "@" and an address after its "//": at 200 % text on a narrow screen
 * neither fits a line, and would otherwise break at any letter ("bjorn@example.c" | "om").
 */
export function breakable(text: string): ComponentChildren {
  return text
    .replace(/(@|\/\/)/g, '$1\u0000')
    .split('\u0000')
    .map((part, at) => (at === 0 ? part : [<wbr key={at} />, part]));
}
