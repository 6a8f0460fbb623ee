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
import { BASE64URL_CHAR as SHARED_TABLE, base64urlToText } from './base64url';
import { MAX_HEADER_LENGTH, MAX_TOKEN_LENGTH, MIN_HEADER_LENGTH } from './limits';

// A module-local binding: CommonJS transpilers turn imported bindings into getters, which would
// cost a call per character in the hot loop.
const BASE64URL_CHAR: Uint8Array = SHARED_TABLE;
/** Per UTF-16 code unit: 1 base64url, 2 dot, 0 anything else. One load per character, no range check. */
const RUN_CLASS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) RUN_CLASS[code] = SHARED_TABLE[code]!;
RUN_CLASS[46] = 2;
const DOT = 46;
const PERCENT = 37;
const BACKSLASH = 92;

/** Every token in `text`, in order, each reported alone (no quotes, `Bearer ` or trailing punctuation). */
export function findTokens(text: string): TokenMatch[] {
  const found: TokenMatch[] = [];
  let pos = 0;
  for (;;) {
    // Look for the rare `J` of `eyJ`, then check the two characters before it. A plain
    // indexOf('eyJ') stops at every `e`, the commonest letter in logs; `J` is rare outside base64.
    const j = text.indexOf('J', pos + 2);
    if (j === -1) return found;
    if (text.charCodeAt(j - 1) !== 121 /* y */ || text.charCodeAt(j - 2) !== 101 /* e */) {
      pos = j - 1;
      continue;
    }
    const start = j - 2;
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
  // The header: up to the first dot.
  let i = start;
  while (i < cap && i - start <= MAX_HEADER_LENGTH) {
    const code = text.charCodeAt(i);
    if (code >= 128 || BASE64URL_CHAR[code] === 0) break;
    i++;
  }
  if (i >= cap || text.charCodeAt(i) !== DOT) return { resumeAt: i };
  const headerPart = text.slice(start, i);
  const header = readHeader(headerPart);
  if (header === undefined) return { resumeAt: i };
  const seen = recentlySeen(text, start, limit, headerPart);
  if (seen !== undefined) return seen;
  // The rest of the run, in one pass: where the dots are and where it ends.
  const partCount = header.encrypted ? 5 : 3;
  const bounds = [start, i + 1];
  for (i++; i < cap; i++) {
    const kind = RUN_CLASS[text.charCodeAt(i)];
    if (kind === 1) continue;
    if (kind === 0 || bounds.length === partCount) break;
    bounds.push(i + 1);
  }
  if (i === cap && cap < limit && isTokenChar(text.charCodeAt(i))) {
    // Longer than any token: skip the rest of the run without looking at it twice.
    while (i < limit && isTokenChar(text.charCodeAt(i))) i++;
    return { resumeAt: i };
  }
  const end = i;
  if (bounds.length < partCount) return { resumeAt: end };
  for (let p = 1; p < partCount; p++) {
    const partEnd = p + 1 < partCount ? bounds[p + 1]! - 1 : end;
    const length = partEnd - bounds[p]!;
    // Every character is already known to be base64url; only the length can still be impossible.
    if (length % 4 === 1 || (length === 0 && !emptyPartAllowed(header, p))) return { resumeAt: end };
  }
  const format: TokenFormat = header.encrypted ? 'jwe' : header.alg.toLowerCase() === 'none' ? 'unsecured' : 'jws';
  const match: TokenMatch = { kind: 'token', format, start, end, text: text.slice(start, end) };
  remember(headerPart, match);
  return { match, resumeAt: end };
}

// Logs repeat the same token on every request for its whole lifetime. Comparing against a recently
// found token is a memory compare, far cheaper than walking its characters again.
const recentTokens = new Map<string, TokenMatch[]>();
const RECENT_HEADERS = 64;
const RECENT_PER_HEADER = 4;
const RECENT_MAX_LENGTH = 16 * 1024;

function recentlySeen(text: string, start: number, limit: number, headerPart: string): MatchResult | undefined {
  const candidates = recentTokens.get(headerPart);
  if (candidates === undefined) return undefined;
  for (const known of candidates) {
    const end = start + known.text.length;
    if (end > limit) continue;
    // The run must end where the known token ends (or continue only with a dot, as a full read would stop there).
    const next = end < limit ? text.charCodeAt(end) : 0;
    if (next !== DOT && next < 128 && BASE64URL_CHAR[next] === 1) continue;
    if (text.slice(start, end) === known.text) {
      return { match: { kind: 'token', format: known.format, start, end, text: known.text }, resumeAt: end };
    }
  }
  return undefined;
}

function remember(headerPart: string, match: TokenMatch): void {
  if (match.text.length > RECENT_MAX_LENGTH) return;
  let list = recentTokens.get(headerPart);
  if (list === undefined) {
    if (recentTokens.size >= RECENT_HEADERS) recentTokens.clear();
    list = [];
    recentTokens.set(headerPart, list);
  }
  list.unshift(match);
  if (list.length > RECENT_PER_HEADER) list.pop();
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

function readHeader(part: string): HeaderFacts | undefined {
  if (part.length < MIN_HEADER_LENGTH || part.length > MAX_HEADER_LENGTH) return undefined;
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
