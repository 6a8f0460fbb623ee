/**
 * Markdown pieces for hovers built from untrusted text. Token claims can hold markdown, `command:`
 * links, HTML and theme-icon syntax; everything from a token goes through `mdText`.
 */
import { escapeMarkdown } from '../../core/render/escape';

/** Escaped for a markdown paragraph or table cell; `$` too, because our hovers render `$(icon)` syntax. */
export function mdText(value: string): string {
  return escapeMarkdown(value).replace(/\$/g, '\\$');
}

/**
 * Our own catalog prose may quote names in backticks (`iss`). Those become code spans (whose content
 * markdown never interprets); the rest is escaped like any other text.
 */
export function mdCatalogText(value: string): string {
  return value
    .split('`')
    .map((piece, i) => (i % 2 === 1 ? `\`${piece.replace(/[`|\r\n]/g, '')}\`` : mdText(piece)))
    .join('');
}
