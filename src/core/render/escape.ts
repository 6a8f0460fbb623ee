/**
 * Escaping for values that come from tokens and error responses. A claim is attacker-controlled text:
 * it can hold markdown, `command:` links, HTML or control characters. Everything shown to the user
 * goes through one of these.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Characters that change how the text around them is shown without being seen themselves: bidi
 * embeddings, overrides and isolates (U+202A–202E, U+2066–2069), the direction marks (U+200E/F,
 * U+061C), zero-width and invisible characters (U+200B–200D, U+2060–2064, U+FEFF, U+180E, U+00AD).
 * A `sub` of `\u202Eevil` would otherwise display reversed. Shown as a visible `\u202e` instead.
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// C0 controls, DEL, C1 controls (a lone U+009B is a terminal's CSI), line and paragraph separators,
// and the invisibles above: one pass for hovers.
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_INVISIBLES = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
// The same, but line feeds and tabs stay: for whole multi-line output.
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;

const unicodeEscape = (ch: string) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Makes bidi controls and zero-width characters visible as `\u202e`-style escapes. */
export function showInvisibles(value: string): string {
  return value.replace(INVISIBLE, unicodeEscape);
}

/** For text placed in HTML (webviews): element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return showInvisibles(value.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch));
}

/**
 * For text written to a terminal (the CLI): no ESC/CSI/OSC sequence, no carriage return, no bidi or
 * zero-width character from the input reaches it; each shows as a `\u001b`-style escape. Line feeds
 * and tabs are kept, so whole multi-line output can go through it.
 */
export function terminalSafe(text: string): string {
  return showInvisibles(text.replace(CONTROLS_BUT_LINES, unicodeEscape));
}

/**
 * For JSON text written to a terminal: the same characters, written as JSON's own `\u` escapes, so
 * the output parses to exactly the same values (a token's `text` stays whole) and still cannot drive
 * the terminal. Characters outside strings cannot be controls in `JSON.stringify` output.
 */
export function jsonTerminalSafe(json: string): string {
  return json.replace(CONTROLS_BUT_LINES, unicodeEscape).replace(INVISIBLE, unicodeEscape);
}

/**
 * For text placed in a markdown paragraph (hovers). Backslash-escapes every markdown punctuation
 * character and HTML's `<`, and turns line breaks and other control characters into visible escapes,
 * so a value can neither start a link, a code block or a heading nor break out of its line.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~:&"']/g, (ch) => `\\${ch}`).replace(CONTROLS_AND_INVISIBLES, unicodeEscape);
}

/** Shortens a long value for one-line display; the full value stays available in the decoded view. */
export function truncate(value: string, max = 120): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}
