/**
 * Error bodies in JSON, alone or embedded in a log line or an exception message (MSAL.NET's
 * `ResponseBody: {…}`, ADAL4J's `AuthenticationException: {…}`, the Azure CLI's `server response: {…}`),
 * and the same fields in JSON-like text that does not parse (Python dict reprs, truncated bodies,
 * JSON escaped inside a JSON string).
 */

import { parseJsonObject } from '../../json';

const ERROR_KEYS = ['error', 'error_codes', 'errorCode', '__type', 'suberror'];
const MAX_CANDIDATES = 20;

export type JsonObject = Record<string, unknown>;

/** The first JSON object in `text` that looks like an error body, with where it starts and ends. */
export function findErrorJson(text: string): { value: JsonObject; start: number; end: number } | undefined {
  let from = text.indexOf('{');
  for (let tries = 0; from !== -1 && tries < MAX_CANDIDATES; tries++) {
    const end = matchingBrace(text, from);
    if (end !== -1) {
      const value = parseJsonObject(text.slice(from, end + 1));
      if (value && ERROR_KEYS.some((key) => key in value)) return { value, start: from, end: end + 1 };
    }
    from = text.indexOf('{', from + 1);
  }
  return undefined;
}

/** The index of the `}` closing the object that opens at `open`, skipping strings; -1 if unbalanced. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i++;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x7b) depth++;
    else if (ch === 0x7d && --depth === 0) return i;
  }
  return -1;
}

/**
 * `"key": "value"` / `'key': 'value'` / `\"key\":\"value\"` pairs from text that is not valid JSON.
 * String values only, plus arrays of numbers (`error_codes`).
 */
export function looseErrorFields(text: string): JsonObject | undefined {
  const fields: JsonObject = {};
  const key = /(\\?)(["'])([A-Za-z_]{1,40})\1\2\s*:\s*/g;
  let match: RegExpExecArray | null;
  for (let count = 0; (match = key.exec(text)) !== null && count < 200; count++) {
    const name = match[3]!;
    const at = key.lastIndex;
    if (text[at] === '[') {
      const list = /^\[([\d,\s]{0,200})\]/.exec(text.slice(at, at + 210));
      if (list && !(name in fields))
        fields[name] = list[1]!
          .split(',')
          .map((n) => Number(n.trim()))
          .filter((n) => Number.isInteger(n) && n > 0);
      continue;
    }
    const value = match[1] ? readEscapedString(text, at) : readString(text, at, match[2]!);
    if (value === undefined) continue;
    if (!(name in fields)) fields[name] = value.text;
    key.lastIndex = value.end;
  }
  return ERROR_KEYS.some((name) => name in fields) ? fields : undefined;
}

/** A string in `quote` quotes starting at `at`, with backslash escapes; bounded. */
function readString(text: string, at: number, quote: string): { text: string; end: number } | undefined {
  if (text[at] !== quote) return undefined;
  let value = '';
  for (let i = at + 1; i < text.length && i - at < 16 * 1024; i++) {
    const ch = text[i]!;
    if (ch === quote) return { text: value, end: i + 1 };
    if (ch === '\\' && i + 1 < text.length) {
      i++;
      const unescaped = unescapeChar(text, i);
      if (text[i] === 'u' && unescaped !== 'u') i += 4;
      value += unescaped;
    } else value += ch;
  }
  return undefined;
}

/** `\"…\"`: a JSON string printed inside another JSON string, so its escapes are doubled. */
function readEscapedString(text: string, at: number): { text: string; end: number } | undefined {
  if (!text.startsWith('\\"', at)) return undefined;
  const close = text.indexOf('\\"', at + 2);
  if (close === -1 || close - at > 16 * 1024) return undefined;
  const inner = text.slice(at + 2, close).replace(/\\\\/g, '\\');
  const once = readString(`"${inner}"`, 0, '"');
  return { text: once?.text ?? inner, end: close + 2 };
}

function unescapeChar(text: string, i: number): string {
  const ch = text[i]!;
  if (ch === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
  return ch === 'n' ? '\n' : ch === 'r' ? '\r' : ch === 't' ? '\t' : ch;
}
