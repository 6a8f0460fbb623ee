/**
 * Escaping for values that come from tokens and error responses. A claim is attacker-controlled text:
 * it can hold markdown, `command:` links, HTML or control characters. Everything shown to the user
 * goes through one of these.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For text placed in HTML (webviews): element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/**
 * For text placed in a markdown paragraph (hovers). Backslash-escapes every markdown punctuation
 * character and HTML's `<`, and turns line breaks and other control characters into visible escapes,
 * so a value can neither start a link, a code block or a heading nor break out of its line.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_{}[\]()#+\-.!|<>~:&"']/g, (ch) => `\\${ch}`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Shortens a long value for one-line display; the full value stays available in the decoded view. */
export function truncate(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
