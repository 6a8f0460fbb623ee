/**
 * Finds compact JWS, JWE and unsecured JWTs in any text: logs, JSON, HTTP headers, URLs, cookies,
 * `.env` files, source code, curl command lines.
 *
 * Linear time, no regular expressions: `indexOf('eyJ')` jumps to each candidate (a JOSE header is a
 * JSON object, so its base64url starts `eyJ`), a table-driven loop walks the run of base64url
 * characters and dots once, and the header is decoded to confirm it is a JSON object with `alg`.
 * A rejected run is skipped whole, so no character is looked at more than a constant number of times.
 */
import type { TokenFormat, TokenMatch } from '../scan/findings';
import { BASE64URL_CHAR as SHARED_TABLE, base64urlToBytes, base64urlToText } from './base64url';
import { MAX_HEADER_LENGTH, MAX_TOKEN_LENGTH, MIN_HEADER_LENGTH } from './limits';
import { detached } from '../text/detach';
import { maxHitsOf, type ScanLimits } from '../scan/limits';

// A module-local binding: CommonJS transpilers turn imported bindings into getters, which would
// cost a call per character in the hot loop.
const BASE64URL_CHAR: Uint8Array = SHARED_TABLE;
/** Per UTF-16 code unit: 1 base64url, 2 dot, 0 anything else. One load per character, no range check. */
const RUN_CLASS = new Uint8Array(65536);
for (let code = 0; code < 128; code++) RUN_CLASS[code] = SHARED_TABLE[code]!;
RUN_CLASS[46] = 2;
RUN_CLASS[61] = 3; // `=`: padding, allowed only at the end of a part
const DOT = 46;
const EQUALS = 61;
const ELLIPSIS = 0x2026;
const PERCENT = 37;
const BACKSLASH = 92;

/**
 * Every token in `text`, in order, each reported alone (no quotes, `Bearer ` or trailing punctuation).
 * `limits.maxHits` bounds the `eyJ` starts examined (`DEFAULT_MAX_HITS` when unset): past it the search
 * stops at the next one, `limits.stoppedAt` says where, and the tokens before it are returned.
 */
export function findTokens(text: string, limits?: ScanLimits): TokenMatch[] {
  const found: TokenMatch[] = [];
  const maxHits = maxHitsOf(limits);
  let hits = 0;
  let pos = 0;
  if (limits) limits.stoppedAt = undefined;
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
    if (++hits > maxHits) {
      if (limits) limits.stoppedAt = start;
      return found;
    }
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
  // The header: up to the first dot (after at most two `=` of padding, which some libraries write).
  let i = Math.min(base64urlRunEnd(text, start), cap, start + MAX_HEADER_LENGTH + 1);
  const headerEnd = i;
  while (i < cap && i - headerEnd < 2 && text.charCodeAt(i) === EQUALS) i++;
  if (i >= cap || text.charCodeAt(i) !== DOT) return { resumeAt: i };
  const headerPart = text.slice(start, headerEnd);
  const header = readHeader(headerPart);
  if (header === undefined) return { resumeAt: i };
  const seen = recentlySeen(text, start, limit, headerPart);
  if (seen !== undefined) return seen;
  // The rest of the run, in one pass: where each part starts and where its content ends (before any padding).
  const partCount = header.encrypted || header.keyManagement ? 5 : 3;
  const starts = [start, i + 1];
  const ends = [headerEnd];
  for (i++; i < cap; i++) {
    // A part's base64url characters in one native step (the bulk of a token), then its end in this loop.
    i = Math.min(base64urlRunEnd(text, i), cap);
    if (i === cap) break;
    const kind = RUN_CLASS[text.charCodeAt(i)];
    if (kind === 1) continue;
    if (kind === 3) {
      // Padding: one or two `=`, then the part ends (a dot, or the end of the token).
      let k = i;
      while (k < cap && k - i < 2 && text.charCodeAt(k) === EQUALS) k++;
      const next = k < cap ? RUN_CLASS[text.charCodeAt(k)] : 0;
      if (next === 1 || next === 3) return { resumeAt: k };
      ends.push(i);
      if (next === 2 && starts.length < partCount) {
        starts.push(k + 1);
        i = k;
        continue;
      }
      i = k;
      break;
    }
    if (kind === 0 || starts.length === partCount) break;
    ends.push(i);
    starts.push(i + 1);
  }
  if (i === cap && cap < limit && isTokenChar(text.charCodeAt(i))) {
    // Longer than any token: skip the rest of the run without looking at it twice.
    while (i < limit && isTokenChar(text.charCodeAt(i))) i++;
    return { resumeAt: i };
  }
  const end = i;
  if (ends.length < starts.length) ends.push(end);
  if (starts.length < partCount) return { resumeAt: end };
  // Elided text (`eyJhbGciOi…`, `….sig...`) is an example, not a token.
  if (elidedAt(text, end)) return { resumeAt: end + 1 };
  for (let p = 1; p < partCount; p++) {
    const length = ends[p]! - starts[p]!;
    // Every character is already known to be base64url; only the length can still be impossible.
    if (length % 4 === 1 || (length === 0 && !emptyPartAllowed(header, p, partCount, ends[2]! - starts[2]!))) return { resumeAt: end };
  }
  if (partCount === 3 && !payloadPlausible(text, starts[1]!, ends[1]!, header)) return { resumeAt: end };
  const format: TokenFormat = partCount === 5 ? 'jwe' : header.alg.toLowerCase() === 'none' ? 'unsecured' : 'jws';
  const match: TokenMatch = { kind: 'token', format, start, end, text: text.slice(start, end) };
  remember(headerPart, match);
  return { match, resumeAt: end };
}

/** `…` or `..` at `end`: the token before it is an elided example (`eyJhbGciOi…`, `….sig...`). */
function elidedAt(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  return next === ELLIPSIS || (next === DOT && text.charCodeAt(end + 1) === DOT);
}

/**
 * Where the run of base64url characters starting at `from` ends. A sticky regex: irregexp's native
 * loop runs at full speed from the first call, where a character loop in JavaScript is slow until the
 * optimizing compiler has caught up (most of a 100 MB scan in a fresh process). It may read past a
 * caller's cap; callers clamp, and each character is still read a constant number of times.
 */
const BASE64URL_RUN = /[A-Za-z0-9_-]*/y;
function base64urlRunEnd(text: string, from: number): number {
  if (from >= text.length) return from;
  BASE64URL_RUN.lastIndex = from;
  BASE64URL_RUN.test(text);
  return BASE64URL_RUN.lastIndex;
}

/**
 * A JWT's payload is base64url JSON: one that starts like JSON (`eyJ`) must end like it, else it is
 * cut short (copied from a truncated log or a doc). Only the last few characters are decoded: the
 * whole payload is decoded when the token is shown, not while scanning. A payload that is not JSON at
 * all is a JWS that is not a JWT (RFC 7515 A.4), fine unless the header says `typ: JWT`.
 */
function payloadPlausible(text: string, from: number, to: number, header: HeaderFacts): boolean {
  if (to === from) return true; // detached (checked by emptyPartAllowed)
  const json = text.charCodeAt(from) === 101 && text.charCodeAt(from + 1) === 121 && text.charCodeAt(from + 2) === 74; // eyJ
  if (!json) return !header.jwt;
  const length = to - from;
  const tailStart = from + Math.max(0, Math.floor((length - 1) / 4) * 4 - 4);
  const bytes = base64urlToBytes(text, tailStart, to);
  if (bytes === undefined) return false;
  for (let k = bytes.length - 1; k >= 0; k--) {
    const byte = bytes[k]!;
    if (byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09) continue;
    return byte === 0x7d; // }
  }
  return false;
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
    // Elided after it: the full read refuses it (as it would have the first time).
    if (elidedAt(text, end)) return undefined;
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
    recentTokens.set(detached(headerPart), list);
  }
  // Copies: the match's own text is a view into the scanned text, which must not stay alive for the cache.
  list.unshift({ kind: 'token', format: match.format, start: 0, end: 0, text: detached(match.text) });
  if (list.length > RECENT_PER_HEADER) list.pop();
}

/**
 * Empty parts. JWS: the signature only for `alg: none` (an empty signature under another `alg` is a
 * token with its signature cut off, or an elided example); the payload only when detached (RFC 7515
 * Appendix F, RFC 7797 `b64: false`), with a signature. JWE: the encrypted key for direct encryption
 * (`alg: dir`); the IV, ciphertext and tag never.
 */
function emptyPartAllowed(header: HeaderFacts, part: number, partCount: number, signatureLength: number): boolean {
  if (partCount === 5) return part === 1;
  if (part === 2) return header.alg.toLowerCase() === 'none';
  return part === 1 && signatureLength > 0 && header.alg.toLowerCase() !== 'none';
}

interface HeaderFacts {
  alg: string;
  encrypted: boolean;
  /** No `enc`, but a key-management `alg` (RSA-OAEP, A128KW, dir, ECDH-ES…): a JWE that lacks its `enc`. */
  keyManagement: boolean;
  /** `typ` says JWT (`JWT`, `at+jwt`, …): the payload must be JSON. */
  jwt: boolean;
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
  headerCache.set(detached(part), facts ?? null);
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
  const { alg, enc, typ } = header as { alg?: unknown; enc?: unknown; typ?: unknown };
  if (typeof alg !== 'string' || alg.length === 0) return undefined;
  const encrypted = typeof enc === 'string';
  return {
    alg,
    encrypted,
    keyManagement: !encrypted && isKeyManagementAlg(alg),
    jwt: typeof typ === 'string' && /(^|\+)jwt$/i.test(typ.replace(/^application\//i, '')),
  };
}

/** JWE key-management algorithms (RFC 7518 §4): a header with one of these is a JWE even without `enc`. */
export function isKeyManagementAlg(alg: string): boolean {
  return /^(RSA1_5|RSA-OAEP(-\d+)?|A(128|192|256)(GCM)?KW|dir|ECDH-ES(\+A(128|192|256)KW)?|PBES2-HS(256|384|512)\+A(128|192|256)KW)$/.test(
    alg,
  );
}
