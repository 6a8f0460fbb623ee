/**
 * `parseErrorResponse(text)`: whatever the user pasted or selected (a token-endpoint body, a redirect
 * URL, a `WWW-Authenticate` header, an HTTP dump, an exception, a CLI message, an HTML error page),
 * the error's parts in one shape, with every code found and its catalog entry.
 *
 * Never throws: input with no error in it gives `{ ok: false, problem }`.
 */
import { findErrors } from '../recognize';
import { lookupError } from '../catalog/index';
import { normalizeCode } from '../lookup';
import { vocabularyFamily } from '../vocabulary';
import { vendorEvidence, vendorsWithCode } from '../vendorContext';
import { decodeClaimsChallenge } from './claims';
import { errorPageFields, formPostFields, htmlTitle, looksLikeHtml } from './html';
import { findErrorJson, looseErrorFields, type JsonObject } from './json';
import { messageFields } from './messages';
import { formParams, redirectParams } from './params';
import { timestampToIso } from './timestamp';
import { parseWwwAuthenticate } from './wwwAuthenticate';
import { isAsciiLetter, isDigit, isLineTerminator } from '../../text/chars';
import { jsonText } from '../../json';
import { jsonDepthExceeds } from '../../tokens/jsonDepth';
import { MAX_JSON_DEPTH } from '../../tokens/limits';
import type { JsonValue } from '../../tokens/types';
import type { AuthChallenge, ErrorResponseParts, ErrorResponseResult, ErrorResponseShape, FoundCode } from './types';

/** Larger input is not one error response; the caller should scan it instead. */
export const MAX_RESPONSE_LENGTH = 1024 * 1024;

type Draft = Omit<ErrorResponseParts, 'codes' | 'shape'> & {
  shape?: ErrorResponseShape;
  /** Internal: the family of `error` when the shape says it (a Google API status). */
  errorFamily?: string;
};

export function parseErrorResponse(text: string): ErrorResponseResult {
  if (typeof text !== 'string') return problem('no_error_found', 'Expected the text of an error response.');
  if (text.length > MAX_RESPONSE_LENGTH) {
    return problem(
      'input_too_large',
      `The text is ${text.length} characters; an error response is at most ${MAX_RESPONSE_LENGTH}. Scan it instead.`,
    );
  }
  const trimmed = text.trim();
  if (trimmed.length === 0) return problem('no_error_found', 'The text is empty.');

  const draft: Draft = {};
  const headerSource = headerSection(trimmed);
  const challenges = headerSource.challenges;
  if (challenges.length > 0) applyChallenges(draft, challenges);
  if (headerSource.dpopNonce) draft.dpop_nonce = headerSource.dpopNonce;
  const body = headerSource.body;

  // The body's own shape, most specific first.
  const json = findErrorJson(body);
  if (json) {
    applyJson(draft, json.value);
    const wholeBody = body.slice(0, json.start).trim() === '' && body.slice(json.end).trim() === '';
    draft.shape = wholeBody ? 'json' : undefined;
  } else {
    const loose = looseErrorFields(body);
    if (loose) applyJson(draft, loose);
  }

  if (!draft.shape && looksLikeHtml(body)) {
    const page = errorPageFields(body);
    const form = page ? undefined : formPostFields(body);
    if (page || form) {
      applyParams(draft, (page ?? form)!);
      draft.shape = page ? 'html' : 'form';
      if (page && draft.status === undefined && /something went wrong/i.test(htmlTitle(body) ?? '')) draft.status = 400;
    }
  }

  if (!draft.shape && draft.error === undefined) {
    const form = formParams(body);
    const redirect = form ? undefined : redirectParams(body);
    if (form || redirect) {
      applyParams(draft, (form ?? redirect)!);
      draft.shape = form ? 'form' : 'redirect';
    }
  }

  if (!draft.shape && challenges.length > 0 && (headerSource.hadHeaders || body.trim() === '')) draft.shape = 'www-authenticate';
  if (!draft.shape && challenges.length === 0) {
    const bare = bareChallenge(trimmed);
    if (bare.length > 0) {
      applyChallenges(draft, bare);
      draft.shape = 'www-authenticate';
    }
  }

  // Exception and CLI text: labelled fields fill whatever the structured parts did not.
  const message = messageFields(trimmed);
  draft.exception ??= message.exception;
  draft.error ??= message.error;
  draft.error_codes ??= message.error_codes;
  draft.error_description ??= message.error_description;
  draft.trace_id ??= message.trace_id;
  draft.correlation_id ??= message.correlation_id;
  draft.timestamp ??= message.timestamp;
  draft.status ??= message.status ?? headerSource.status;
  draft.failures ??= message.failures;
  draft.command ??= message.command;
  if (draft.error_description && (!draft.trace_id || !draft.correlation_id || !draft.timestamp)) {
    // Entra's JSON repeats the diagnostics inside error_description; a body without the fields still has them there.
    const inner = messageFields(draft.error_description);
    draft.trace_id ??= inner.trace_id;
    draft.correlation_id ??= inner.correlation_id;
    draft.timestamp ??= inner.timestamp;
  }
  if (draft.error === undefined && draft.exception) {
    const simple = draft.exception.slice(draft.exception.lastIndexOf('.') + 1);
    if (vocabularyFamily(simple) === 'cognito') draft.error = simple;
  }
  if (!draft.shape) draft.shape = draft.exception ? 'exception' : 'text';

  const codes = collectCodes(trimmed, draft);
  const hasChallenge = (draft.challenges?.length ?? 0) > 0;
  if (codes.length === 0 && draft.error === undefined && !hasChallenge && !draft.failures) {
    // A bare code (`invalid_grant`, `aadsts50058`, `NotAuthorizedException`) explains itself.
    const entry = /^\S{1,100}$/.test(trimmed) ? lookupError(trimmed) : undefined;
    if (entry) return { ok: true, parts: { shape: 'text', codes: [{ code: entry.code, family: entry.family, entry }] } };
  }
  if (codes.length === 0 && draft.error === undefined && !hasChallenge && !draft.failures) {
    return problem('no_error_found', 'No auth error found: no error code, error field, error parameter or authentication challenge.');
  }
  return { ok: true, parts: { ...withoutUndefined(draft), shape: draft.shape, codes } };
}

// ---- HTTP head --------------------------------------------------------------------------------

interface HeaderSection {
  status?: number;
  challenges: AuthChallenge[];
  dpopNonce?: string;
  hadHeaders: boolean;
  body: string;
}

/**
 * Splits an HTTP response dump (status line, headers, blank line, body) or a block of header lines
 * from what follows, collecting `WWW-Authenticate` and `DPoP-Nonce`. Text without headers is all body.
 */
function headerSection(text: string): HeaderSection {
  const section: HeaderSection = { challenges: [], hadHeaders: false, body: text };
  let pos = 0;
  const readLine = (): string => {
    const newline = text.indexOf('\n', pos);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(pos, end).replace(/\r$/, '');
    pos = newline === -1 ? text.length : newline + 1;
    return line;
  };
  const statusLine = /^HTTP\/[\d.]+\s+(\d{3})\b/.exec(text.slice(0, 64));
  if (statusLine) {
    section.status = Number(statusLine[1]);
    readLine();
  }
  let location: string | undefined;
  for (let count = 0; pos < text.length && count < 200; count++) {
    const lineStart = pos;
    const line = readLine();
    const header = headerLine(line);
    const known =
      header &&
      /^(?:www-authenticate|dpop-nonce|content-type|cache-control|date|pragma|location|content-length|x-[\w-]+)$/i.test(header.name);
    if (!header || (!statusLine && !known)) {
      pos = lineStart;
      break;
    }
    section.hadHeaders = true;
    const name = header.name.toLowerCase();
    if (name === 'www-authenticate') section.challenges.push(...parseWwwAuthenticate(header.value));
    if (name === 'dpop-nonce') section.dpopNonce = header.value.trim();
    if (name === 'location') location = header.value.trim();
  }
  if (section.hadHeaders || statusLine) {
    const rest = text.slice(pos).trim();
    // A redirect's Location is the interesting part; otherwise the body is what follows the head.
    section.body = location !== undefined && (rest === '' || location.includes('error=')) ? location : rest;
  } else {
    // Header lines inside a longer text (a log that prints one) still count.
    for (const value of headerValuesInText(text, 'www-authenticate')) section.challenges.push(...parseWwwAuthenticate(value));
    const nonce = headerValuesInText(text, 'dpop-nonce', 1)[0]?.split(/\s/, 1)[0];
    if (nonce) section.dpopNonce = nonce;
  }
  return section;
}

/**
 * `Name: value` as one header line: a name of letters, digits and dashes (at most 64, starting with a
 * letter), a colon, optional blanks, then the rest of the line. A scanner: the equivalent regex
 * (`^([A-Za-z][A-Za-z0-9-]{0,63}):[ \t]*(.*)$`) backtracks quadratically on blanks before a stray `\r`.
 */
export function headerLine(line: string): { name: string; value: string } | undefined {
  if (!isAsciiLetter(line.charCodeAt(0))) return undefined;
  let i = 1;
  while (i < line.length && i <= 64 && (isAsciiLetter(line.charCodeAt(i)) || isDigit(line.charCodeAt(i)) || line.charCodeAt(i) === 0x2d))
    i++;
  if (i > 64 || line.charCodeAt(i) !== 0x3a /* : */) return undefined;
  const name = line.slice(0, i);
  i++;
  while (line.charCodeAt(i) === 0x20 || line.charCodeAt(i) === 0x09) i++;
  // `.` stops at line terminators; a value holding one is not a header line (as the regex required).
  for (let j = i; j < line.length; j++) if (isLineTerminator(line.charCodeAt(j))) return undefined;
  return { name, value: line.slice(i) };
}

/**
 * The values of every `Name: value` line (any case, leading blanks allowed) for header `lowerName`
 * inside a longer text, such as a log that prints one. Lines are split at every line terminator.
 */
function headerValuesInText(text: string, lowerName: string, max = 200): string[] {
  const values: string[] = [];
  for (let lineStart = 0; lineStart < text.length && values.length < max;) {
    let end = lineStart;
    while (end < text.length && !isLineTerminator(text.charCodeAt(end))) end++;
    let i = lineStart;
    while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
    if (startsWithAsciiIgnoringCase(text, i, lowerName) && text.charCodeAt(i + lowerName.length) === 0x3a /* : */) {
      i += lowerName.length + 1;
      while (i < end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
      if (end > i) values.push(text.slice(i, end));
    }
    lineStart = end + 1;
  }
  return values;
}

/** `text` holds `lower` (ASCII, lower case) at `at`, letters compared without case. */
function startsWithAsciiIgnoringCase(text: string, at: number, lower: string): boolean {
  if (at + lower.length > text.length) return false;
  for (let k = 0; k < lower.length; k++) {
    const c = text.charCodeAt(at + k);
    const folded = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
    if (folded !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** `Bearer error="invalid_token", …` pasted without the header name. */
function bareChallenge(text: string): AuthChallenge[] {
  if (!/^(?:Bearer|DPoP|Basic|Digest|Negotiate|Mutual|PoP)\b[ \t]*(?:[\w-]+=|$)/i.test(text) || text.includes('\n')) return [];
  return parseWwwAuthenticate(text);
}

// ---- applying what was found --------------------------------------------------------------

function applyChallenges(draft: Draft, challenges: AuthChallenge[]): void {
  draft.challenges = [...(draft.challenges ?? []), ...challenges];
  const main = challenges.find((c) => c.params.error !== undefined) ?? challenges[0]!;
  draft.scheme ??= main.scheme || undefined;
  const p = main.params;
  draft.error ??= p.error;
  draft.error_description ??= p.error_description;
  draft.error_uri ??= p.error_uri;
  draft.realm ??= p.realm;
  draft.scope ??= p.scope;
  draft.resource_metadata ??= p.resource_metadata;
  draft.authorization_uri ??= p.authorization_uri;
  draft.acr_values ??= p.acr_values;
  if (p.max_age !== undefined && /^\d{1,10}$/.test(p.max_age)) draft.max_age ??= Number(p.max_age);
  if (p.claims !== undefined) applyClaims(draft, p.claims);
}

function applyClaims(draft: Draft, raw: string): void {
  draft.claims_raw ??= raw;
  const decoded = decodeClaimsChallenge(raw);
  if (decoded !== undefined) draft.claims ??= decoded;
}

function applyParams(draft: Draft, params: Map<string, string>): void {
  const get = (name: string): string | undefined => params.get(name);
  draft.error ??= get('error');
  draft.error_description ??= get('error_description');
  draft.error_uri ??= get('error_uri');
  draft.error_subtype ??= get('error_subtype');
  draft.state ??= get('state');
  draft.iss ??= get('iss');
  draft.scope ??= get('scope');
  draft.suberror ??= get('suberror');
  const codes = get('error_codes');
  if (codes) draft.error_codes ??= numbers(codes.split(','));
  const stamp = get('timestamp');
  if (stamp) draft.timestamp ??= timestampToIso(stamp);
  draft.trace_id ??= get('trace_id');
  draft.correlation_id ??= get('correlation_id');
  const claims = get('claims');
  if (claims) applyClaims(draft, claims);
}

/** Standard and Entra fields, plus the provider shapes that name things differently (Okta, Cognito, Google APIs). */
function applyJson(draft: Draft, body: JsonObject): void {
  const text = (key: string): string | undefined => {
    const value = body[key];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  };
  const error = body.error;
  if (typeof error === 'string') draft.error ??= error;
  else if (typeof error === 'object' && error !== null && !Array.isArray(error)) {
    // Google APIs: {"error": {"code": 401, "message": "…", "status": "UNAUTHENTICATED"}}
    const nested = error as JsonObject;
    if (typeof nested.status === 'string' && draft.error === undefined) {
      draft.error = nested.status;
      draft.errorFamily = 'google';
    }
    if (typeof nested.message === 'string') draft.error_description ??= nested.message;
    if (typeof nested.code === 'number') draft.status ??= nested.code;
  }
  draft.error_description ??= text('error_description');
  draft.error_uri ??= text('error_uri');
  draft.error_subtype ??= text('error_subtype');
  draft.suberror ??= text('suberror');
  draft.trace_id ??= text('trace_id');
  draft.correlation_id ??= text('correlation_id');
  draft.scope ??= text('scope');
  const stamp = text('timestamp');
  if (stamp) draft.timestamp ??= timestampToIso(stamp);
  if (Array.isArray(body.error_codes)) draft.error_codes ??= numbers(body.error_codes);
  const claims = body.claims;
  if (typeof claims === 'string') applyClaims(draft, claims);
  else if (typeof claims === 'object' && claims !== null) {
    // Nested deeper than any real claims request: shown (cut) as text, not kept as a value to walk.
    if (!jsonDepthExceeds(claims as JsonValue, MAX_JSON_DEPTH)) draft.claims ??= claims;
    draft.claims_raw ??= jsonText(claims, { maxLength: 64 * 1024 });
  }
  // Okta: errorCode / errorSummary / errorId; Cognito: __type / message.
  if (typeof body.errorCode === 'string') {
    draft.error ??= body.errorCode;
    draft.error_description ??= text('errorSummary');
    draft.error_id ??= text('errorId');
  }
  if (typeof body.__type === 'string') {
    draft.error ??= body.__type.slice(body.__type.lastIndexOf('#') + 1);
    draft.error_description ??= text('message') ?? text('Message');
  }
}

// ---- codes --------------------------------------------------------------------------------

/** Every code once, in order of appearance: recognised in the text, then the fields that name codes. */
function collectCodes(text: string, draft: Draft): FoundCode[] {
  const found: FoundCode[] = [];
  const seen = new Set<string>();
  const add = (code: string, family: string): void => {
    const key = `${family}:${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry = lookupError(code, family);
    found.push(entry ? { code, family, entry } : { code, family });
  };
  // The default budget (DEFAULT_MAX_HITS anchors): a response is at most 1 MB and names a few codes; one
  // made of codes alone is explained by its first ones.
  const recognised = findErrors(text);
  const normalized = draft.error === undefined ? undefined : normalizeCode(draft.error);
  if (normalized) {
    // The `error` field's family: as recognised in context (a Keycloak event line), else as the catalog or vocabulary knows it.
    // (A sentence in the field, `{"error":"Something went wrong"}`, is kept as `error` but is not a code.)
    const code = normalized.code;
    const inContext = recognised.find((match) => match.code === code);
    add(
      code,
      draft.errorFamily ??
        inContext?.family ??
        normalized.family ??
        vendorShown(text, code) ??
        lookupError(code)?.family ??
        vocabularyFamily(code) ??
        'oauth',
    );
  }
  // Recognised codes sharing the `error` field's code are the same error, not another one.
  for (const match of recognised) if (!found.some((f) => f.code === match.code)) add(match.code, match.family);
  for (const code of draft.error_codes ?? []) if (!found.some((f) => f.code === `AADSTS${code}`)) add(`AADSTS${code}`, 'entra');
  if (draft.suberror) add(draft.suberror, 'entra-suberror');
  if (draft.error_subtype) add(draft.error_subtype, 'google');
  return found;
}

// ---- small helpers -----------------------------------------------------------------------------

/** The vendor the text shows whose family has its own entry for `code` (vendor meaning first), if any. */
function vendorShown(text: string, code: string): string | undefined {
  const candidates = vendorsWithCode(code);
  if (candidates.length === 0) return undefined;
  const shown = vendorEvidence(text).families();
  return shown.find((family) => candidates.includes(family));
}

function numbers(values: unknown[]): number[] {
  // Numbers and numeric strings only: `String(v)` on an object throws when its `toString` key is not a function.
  return values
    .slice(0, 200)
    .map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : NaN))
    .filter((n) => Number.isInteger(n) && n > 0)
    .slice(0, 50);
}

function withoutUndefined(draft: Draft): Omit<Draft, 'shape' | 'errorFamily'> {
  const { shape: _shape, errorFamily: _family, ...rest } = draft;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Omit<Draft, 'shape' | 'errorFamily'>;
}

function problem(code: 'no_error_found' | 'input_too_large', message: string): ErrorResponseResult {
  return { ok: false, problem: { code, message } };
}
