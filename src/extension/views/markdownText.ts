/**
 * Markdown pieces for hovers. Everything from a token, a log line or a response (claims, codes, ids,
 * descriptions) is attacker-controlled text: it goes through `mdText` or a fenced block.
 */
import { escapeMarkdown } from '../../core/render/escape';
import { commandLink, type CommandId } from '../commandIds';
import { isWebUrl } from '../../core/render/webUrl';

/**
 * Escaped for a markdown paragraph, list item or table cell. `$` becomes the entity `&#36;`: hovers
 * turn `$(icon)` into an icon after markdown has removed backslash escapes, so `\$\(alert\)` would still
 * render as one; an entity stays an entity until the sanitizer, after icons are rendered.
 */
export function mdText(value: string): string {
  return escapeMarkdown(value).replace(/\$/g, '&#36;');
}

/**
 * Catalog prose is ours but may quote names in backticks (`redirect_uri`): those become code spans,
 * whose content markdown never interprets; the rest is escaped like any other text.
 */
export function mdCatalogText(value: string): string {
  return value
    .split('`')
    .map((piece, i) => (i % 2 === 1 ? `\`${piece.replace(/[`|\r\n]/g, '')}\`` : mdText(piece)))
    .join('');
}

/** A fenced code block whose fence is longer than any backtick run inside, so the content cannot close it. */
export function mdCodeBlock(content: string, language = ''): string {
  const longestRun = Math.max(0, ...Array.from(content.matchAll(/`+/g), (run) => run[0].length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${language}\n${content}\n${fence}`;
}

/** A markdown link to an https page; anything else is shown as plain text, never as a link. */
export function mdWebLink(title: string, url: string): string {
  if (!isWebUrl(url)) return mdText(title);
  // Parentheses and spaces would end the link target early; percent-encode them.
  const target = url.replace(/[()\s<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${mdText(title)}](${target})`;
}

/** Only absolute https URLs become links in hovers and the Explain view (the core's one rule). */
export { isWebUrl } from '../../core/render/webUrl';

/**
 * A `command:` link target safe inside markdown's `(…)`: `encodeURIComponent` leaves `(`, `)`, `'`,
 * `!` and `*` alone, and a `)` from the argument would end the link early.
 */
export function mdCommandTarget(command: CommandId, args: unknown): string {
  return commandLink(command, args).replace(/[()'!*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
