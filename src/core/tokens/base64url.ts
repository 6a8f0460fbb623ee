/**
 * Minimal base64url helpers that work the same in Node, the CLI and a browser (no `Buffer`).
 * Detection needs to peek at a header without the cost or the exceptions of a general decoder.
 */

/** 1 for the base64url alphabet `A-Z a-z 0-9 - _`, 0 otherwise; indexed by UTF-16 code unit < 128. */
export const BASE64URL_CHAR = new Uint8Array(128);
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  BASE64URL_CHAR[ALPHABET.charCodeAt(i)] = 1;
  VALUE[ALPHABET.charCodeAt(i)] = i;
}

/** True when every character is in the base64url alphabet (no padding) and the length can be decoded. */
export function isBase64url(text: string, start = 0, end = text.length): boolean {
  if ((end - start) % 4 === 1) return false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || BASE64URL_CHAR[code] === 0) return false;
  }
  return true;
}

/** Decodes base64url (unpadded) into bytes, or returns undefined for any character or length problem. */
export function base64urlToBytes(text: string, start = 0, end = text.length): Uint8Array | undefined {
  const length = end - start;
  if (length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUE[code]! : -1;
    if (value < 0) return undefined;
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes base64url into UTF-8 text; undefined when it is not base64url or not valid UTF-8. */
export function base64urlToText(text: string, start = 0, end = text.length): string | undefined {
  const bytes = base64urlToBytes(text, start, end);
  if (bytes === undefined) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Encodes UTF-8 text as unpadded base64url (used by tests, fixtures and the benchmark generator). */
export function textToBase64url(text: string): string {
  return bytesToBase64url(new TextEncoder().encode(text));
}

export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]!;
  }
  return out;
}
