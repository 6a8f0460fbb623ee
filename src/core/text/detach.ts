/**
 * A copy of `text` that does not keep the string it was cut from alive. In V8, `big.slice(a, b)` of
 * 13 characters or more is a view into `big`: a token kept in a cache would hold on to the whole
 * 64 KiB piece of log it was found in (and make the garbage collector copy that piece again and
 * again). Joining forces a flat string of its own; the slice of that is a view into the copy only.
 * Use it for what a cache or a long-lived map keeps, not on the hot path.
 */
export function detached(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
