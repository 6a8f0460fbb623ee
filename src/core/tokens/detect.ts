/**
 * Finds compact JWS, JWE and unsecured JWTs in any text: logs, JSON, HTTP headers, URLs, cookies,
 * `.env` files, source code, curl command lines.
 *
 * Linear time, no regular expressions: `indexOf('eyJ')` jumps to each candidate (a JOSE header is a
 * JSON object, so its base64url starts `eyJ`), a table-driven loop walks the run of base64url
 * characters and dots once, and the header is decoded to confirm it is a JSON object with `alg`.
 * A rejected run is skipped whole, so no character is looked at more than a constant number of times.
 */
import type { TokenMatch } from '../scan/scan';
import type { TokenFormat } from '../scan/findings';
import { BASE64URL_CHAR, base64urlToText, isBase64url } from './base64url';
import { MAX_HEADER_LENGTH, MAX_TOKEN_LENGTH, MIN_HEADER_LENGTH } from './limits';

const DOT = 46;
const PERCENT = 37;
const BACKSLASH = 92;

/** Every token in `text`, in order, each reported alone (no quotes, `Bearer ` or trailing punctuation). */
export function findTokens(text: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  let pos = 0;
  for (;;) {
    const start = text.indexOf('eyJ', pos);
    if (start === -1) return found;
    if (!startsCleanly(text, start)) {
      pos = start + 3;
      continue;
    }
    const result = matchTokenAt(text, start, text.length);
    if (result.match !== undefined) found.push(result.match);
    pos = result.resumeAt;
  }
}

/**
 * The token under the cursor in one line of text, or undefined. Looks only outward from `character`
 * and never further than one maximum token length either way, so its cost does not depend on the
 * size of the line or the document. Offsets in the result are relative to `lineText`.
 */
export function findTokenAt(lineText: string, character: number): TokenMatch | undefined {
  if (character < 0 || character > lineText.length) return undefined;
  // Walk left over token characters to where the run begins (bounded).
  const floor = Math.max(0, character - MAX_TOKEN_LENGTH);
  let runStart = Math.min(character, lineText.length);
  while (runStart > floor && isTokenChar(lineText.charCodeAt(runStart - 1))) runStart--;
  const ceiling = Math.min(lineText.length, character + MAX_TOKEN_LENGTH);
  // A token starts at the run start, or just after a `%22`-style or `\n`-style escape inside it.
  let from = runStart;
  while (from <= character) {
    const start = lineText.indexOf('eyJ', from);
    if (start === -1 || start > character) return undefined;
    if (startsCleanly(lineText, start)) {
      const { match } = matchTokenAt(lineText, start, ceiling);
      if (match !== undefined && character <= match.end) return match;
    }
    from = start + 1;
  }
  return undefined;
}

/** True when `text` is exactly one compact token and nothing else. */
export function isCompactToken(text: string): boolean {
  if (!text.startsWith('eyJ')) return false;
  const { match } = matchTokenAt(text, 0, text.length);
  return match !== undefined && match.end === text.length;
}

function isTokenChar(code: number): boolean {
  return code === DOT || (code < 128 && BASE64URL_CHAR[code] === 1);
}

/**
 * A token must not be the tail of a longer word (`fooeyJ…`, `a.eyJ…`). The exceptions are an
 * escape just before it: URL-encoded (`%22eyJ`, `%3DeyJ`) or a JSON/string escape (`\neyJ`).
 */
function startsCleanly(text: string, start: number): boolean {
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  if (!isTokenChar(before)) return true;
  if (start >= 3 && text.charCodeAt(start - 3) === PERCENT && isHex(text.charCodeAt(start - 2)) && isHex(before)) return true;
  return start >= 2 && text.charCodeAt(start - 2) === BACKSLASH && (before === 110 || before === 114 || before === 116); // \n \r \t
}

function isHex(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);
}

interface MatchResult {
  match?: TokenMatch;
  /** Where the caller continues looking: after the token, or after the whole rejected run. */
  resumeAt: number;
}

/**
 * Tries to read a token starting at `start` (which holds `eyJ`), looking no further than `limit`.
 * The header decides the shape: with `enc` it is a JWE of five parts, otherwise a JWS of three.
 * Extra dotted parts after that (a sentence's full stop, `.json`) are not part of the token.
 */
function matchTokenAt(text: string, start: number, limit: number): MatchResult {
  const cap = Math.min(limit, start + MAX_TOKEN_LENGTH + 1);
  const dots: number[] = [];
  let i = start;
  for (; i < cap; i++) {
    const code = text.charCodeAt(i);
    if (code === DOT) {
      if (dots.length < 5) dots.push(i);
      continue;
    }
    if (code >= 128 || BASE64URL_CHAR[code] === 0) break;
  }
  if (i === cap && cap < limit && isTokenChar(text.charCodeAt(i))) {
    // Longer than any token: skip the rest of the run without looking at it twice.
    while (i < limit && isTokenChar(text.charCodeAt(i))) i++;
    return { resumeAt: i };
  }
  const runEnd = i;
  const rejected: MatchResult = { resumeAt: runEnd };
  const headerEnd = dots[0];
  if (headerEnd === undefined) return rejected;
  const header = readHeader(text, start, headerEnd);
  if (header === undefined) return rejected;
  const partCount = header.encrypted ? 5 : 3;
  if (dots.length < partCount - 1) return rejected;
  const end = dots.length >= partCount ? dots[partCount - 1]! : runEnd;
  const bounds = [start, ...dots.slice(0, partCount - 1).map((d) => d + 1)];
  for (let p = 1; p < partCount; p++) {
    const partStart = bounds[p]!;
    const partEnd = p + 1 < partCount ? bounds[p + 1]! - 1 : end;
    if (!isBase64url(text, partStart, partEnd)) return rejected;
    if (partEnd === partStart && !emptyPartAllowed(header, p)) return rejected;
  }
  const format: TokenFormat = header.encrypted ? 'jwe' : header.alg.toLowerCase() === 'none' ? 'unsecured' : 'jws';
  return { match: { kind: 'token', format, start, end, text: text.slice(start, end) }, resumeAt: end };
}

/**
 * Empty parts: a JWS signature may be empty (unsecured, or a token with its signature stripped) and
 * a JWE encrypted key is empty for direct encryption (`alg: dir`). The payload, IV, ciphertext and
 * tag never are.
 */
function emptyPartAllowed(header: HeaderFacts, part: number): boolean {
  return header.encrypted ? part === 1 : part === 2;
}

interface HeaderFacts {
  alg: string;
  encrypted: boolean;
}

// Logs repeat the same few headers; remembering verdicts avoids decoding each one again.
const headerCache = new Map<string, HeaderFacts | null>();
const HEADER_CACHE_SIZE = 256;

function readHeader(text: string, start: number, end: number): HeaderFacts | undefined {
  const length = end - start;
  if (length < MIN_HEADER_LENGTH || length > MAX_HEADER_LENGTH) return undefined;
  const part = text.slice(start, end);
  const cached = headerCache.get(part);
  if (cached !== undefined) return cached ?? undefined;
  const facts = parseHeader(part);
  if (headerCache.size >= HEADER_CACHE_SIZE) headerCache.clear();
  headerCache.set(part, facts ?? null);
  return facts;
}

function parseHeader(part: string): HeaderFacts | undefined {
  const json = base64urlToText(part);
  if (json === undefined || json.charCodeAt(0) !== 123 /* { */) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
  const { alg, enc } = header as { alg?: unknown; enc?: unknown };
  if (typeof alg !== 'string' || alg.length === 0) return undefined;
  return { alg, encrypted: typeof enc === 'string' };
}
