/**
 * Character classes for the hand-written scanners that replace regular expressions which could
 * backtrack (issue 16): each says exactly what the regex class it stands for matches.
 */

/** What `\s` matches in a JavaScript regular expression. */
export function isSpace(c: number): boolean {
  // Most characters are printable ASCII: one or two comparisons answer for them.
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What ends a line for `.` and for the `m` flag's `^` and `$`: LF, CR, U+2028, U+2029. */
export function isLineTerminator(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** `[0-9]`. */
export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** `[A-Za-z]`. */
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The index just after the last non-space character before `end`: `text.slice(0, i)` has no trailing `\s`. */
export function trimEndIndex(text: string, end = text.length): number {
  let i = end;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** The first index at or after `from` that is not `\s` (or `text.length`). */
export function skipSpace(text: string, from = 0): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}
