/**
 * Decodes a compact JWT (JWS, JWE or unsecured) into its header and payload without verifying
 * anything. `jwt-decode` does the base64url + JSON work; this module checks the structure first so
 * every problem comes back as a typed error that names the part, and never throws.
 */
import { InvalidTokenError, jwtDecode } from 'jwt-decode';
import type { TokenFormat } from '../scan/findings';
import { base64urlToBytes, base64urlToText, isBase64url } from './base64url';
import { findTokens } from './detect';
import { jsonDepthExceeds } from './jsonDepth';
import { MAX_DECODE_INPUT_LENGTH, MAX_JSON_DEPTH, MAX_TOKEN_LENGTH } from './limits';
import { tidyTokenInput } from './tidyInput';
import type { DecodeError, DecodeErrorCode, DecodeResult, JsonObject, JsonValue, TokenPart } from './types';

const JWS_PARTS: TokenPart[] = ['header', 'payload', 'signature'];
const JWE_PARTS: TokenPart[] = ['header', 'encrypted_key', 'iv', 'ciphertext', 'tag'];
const PART_NAMES: Record<TokenPart, string> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  encrypted_key: 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
};
/** How many tokens deep a nested JWS (`cty: JWT`) is unwrapped. */
const MAX_NESTING = 3;

/**
 * Decodes `input`, which may be a bare token or what a user pasted: `Bearer eyJ…`, a quoted string,
 * a token broken over lines, or a line of text with one token in it.
 */
export function decodeToken(input: string): DecodeResult {
  if (typeof input !== 'string') return failure('not_a_token', 'the input is not text');
  if (input.length > MAX_DECODE_INPUT_LENGTH) {
    return failure('too_large', `the input is ${input.length} characters; AuthLens decodes at most ${MAX_DECODE_INPUT_LENGTH}`);
  }
  const tidied = tidyTokenInput(input);
  if (tidied.text.length === 0) return failure('empty', 'there is no token: the input is empty');
  if (isTokenAlphabet(tidied.text)) return decodeCompact(tidied.text, tidied.sentAsBearer, 0);
  // A token wrapped over several lines (copied from a terminal): every line is a piece of it.
  const lines = tidied.text.split(/\r?\n/).map((line) => line.trim());
  if (lines.length > 1 && lines.every((line) => isTokenAlphabet(line) || line === '')) {
    return decodeCompact(lines.join(''), tidied.sentAsBearer, 0);
  }
  // Not a bare token: look for one inside the text (a log line, a header, a URL).
  const [first] = findTokens(input);
  if (first !== undefined) {
    const before = input.slice(Math.max(0, first.start - 16), first.start);
    return decodeCompact(first.text, /bearer\s+$/i.test(before), 0);
  }
  // Shaped like a token but damaged (`eyJ…` with a stray character): say which part is wrong.
  if (tidied.text.startsWith('eyJ') && tidied.text.includes('.') && !/\s/.test(tidied.text)) {
    return decodeCompact(tidied.text, tidied.sentAsBearer, 0);
  }
  const opaque = /^[A-Za-z0-9_\-.~+/=]+$/.test(tidied.text);
  return opaque
    ? failure('not_a_token', 'not a JWT: this looks like an opaque token (no three dot-separated parts), which only its issuer can read')
    : failure('not_a_token', 'no JWT found: a JWT is three (or, encrypted, five) base64url parts separated by dots, starting "eyJ"');
}

function decodeCompact(token: string, sentAsBearer: boolean, depth: number): DecodeResult {
  if (token.length > MAX_TOKEN_LENGTH) {
    return failure('too_large', `the token is ${token.length} characters; AuthLens decodes tokens up to ${MAX_TOKEN_LENGTH}`);
  }
  // `=` padding at the end of a part: not compact serialization, but some libraries write it. Decode
  // without it and say so.
  const padded = /=(?=\.|$)/.test(token);
  const parts = token.split('.').map((part) => (padded ? part.replace(/={1,2}$/, '') : part));
  const unpadded = padded ? parts.join('.') : token;
  if (parts.length !== 3 && parts.length !== 5) {
    const hint = parts.length === 1 ? ' (no dots at all: this may be an opaque token, which only its issuer can read)' : '';
    return failure('wrong_part_count', `a JWT has 3 or 5 parts separated by dots, this has ${parts.length}${hint}`);
  }
  const names = parts.length === 5 ? JWE_PARTS : JWS_PARTS;
  // RFC 7797 `b64: false`: the payload is not base64url-encoded (and is usually detached).
  const headerFirst = parts.length === 3 ? parseJsonPart(unpadded, 'header') : undefined;
  const unencoded = headerFirst?.ok === true && headerFirst.value.b64 === false;
  for (let i = 0; i < parts.length; i++) {
    if (unencoded && i === 1) continue;
    const problem = checkPart(parts[i]!, names[i]!, parts.length === 3 && parts[2]!.length > 0);
    if (problem) return { ok: false, error: problem };
  }
  const header = headerFirst ?? parseJsonPart(unpadded, 'header');
  if (!header.ok) return header;
  const nested = typeof header.value.cty === 'string' && header.value.cty.toUpperCase() === 'JWT';
  const base = { raw: token, header: header.value, parts, nested, sentAsBearer, ...(padded ? { padded: true } : {}) };
  if (parts.length === 5) {
    return {
      ok: true,
      token: { ...base, format: 'jwe', payload: null, ...(typeof header.value.enc !== 'string' ? { missingEnc: true } : {}) },
    };
  }
  const format: TokenFormat = typeof header.value.alg === 'string' && header.value.alg.toLowerCase() === 'none' ? 'unsecured' : 'jws';
  if (parts[1]!.length === 0) return { ok: true, token: { ...base, format, payload: null, detached: true } };
  if (unencoded) {
    const text = parts[1]!;
    return {
      ok: true,
      token: { ...base, format, payload: null, notJwt: true, payloadText: text, payloadBytes: new TextEncoder().encode(text).length },
    };
  }
  if (nested) {
    const innerText = base64urlToText(parts[1]!);
    if (innerText !== undefined && depth < MAX_NESTING && isTokenAlphabet(innerText.trim())) {
      const inner = decodeCompact(innerText.trim(), false, depth + 1);
      return { ok: true, token: { ...base, format, payload: null, inner } };
    }
  }
  const payload = parseJsonPart(unpadded, 'payload');
  if (!payload.ok) {
    // Not JSON at all (does not start like JSON, the header does not claim a JWT): a JWS that is not a JWT.
    const bytes = base64urlToBytes(parts[1]!);
    const looksJson = bytes !== undefined && (bytes[0] === 0x7b || bytes[0] === 0x5b); // { or [
    const typ = typeof header.value.typ === 'string' ? header.value.typ.replace(/^application\//i, '') : '';
    const claimsJwt = /(^|\+)jwt$/i.test(typ);
    if (looksJson || claimsJwt || bytes === undefined || payload.error.code === 'too_deep') return payload;
    const text = base64urlToText(parts[1]!);
    return {
      ok: true,
      token: {
        ...base,
        format,
        payload: null,
        notJwt: true,
        payloadBytes: bytes.length,
        ...(text !== undefined ? { payloadText: text } : {}),
      },
    };
  }
  return { ok: true, token: { ...base, format, payload: payload.value } };
}

/** Structure of one part: present where required, base64url, decodable length. */
function checkPart(part: string, name: TokenPart, signed = false): DecodeError | undefined {
  const label = PART_NAMES[name];
  // A JWS payload may be empty when detached, as long as there is a signature over it.
  const mayBeEmpty = name === 'signature' || name === 'encrypted_key' || (name === 'payload' && signed);
  if (part.length === 0) {
    if (mayBeEmpty) return undefined;
    const why = name === 'payload' ? ' (a detached-payload JWS cannot be decoded on its own)' : '';
    return { code: 'invalid_base64url', part: name, message: `the ${label} is empty${why}` };
  }
  if (!isBase64url(part)) {
    const detail = /[+/=]/.test(part) ? ' (it contains "+", "/" or "=", which belong to plain base64, not base64url)' : '';
    return { code: 'invalid_base64url', part: name, message: `the ${label} is not valid base64url${detail}` };
  }
  return undefined;
}

type PartResult = { ok: true; value: JsonObject } | { ok: false; error: DecodeError };

/** Decodes the header or payload with jwt-decode and insists on a JSON object of sane depth. */
function parseJsonPart(token: string, part: 'header' | 'payload'): PartResult {
  const text = base64urlToText(token.split('.')[part === 'header' ? 0 : 1]!);
  if (text === undefined) return partFailure('invalid_utf8', part, `the ${part} is not valid UTF-8 text once decoded`);
  let value: unknown;
  try {
    value = jwtDecode(token, { header: part === 'header' });
  } catch (error) {
    const message = error instanceof InvalidTokenError ? error.message : String(error);
    if (/invalid json/i.test(message)) return partFailure('invalid_json', part, `the ${part} is not valid JSON`);
    return partFailure('invalid_base64url', part, `the ${part} is not valid base64url`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return partFailure('not_an_object', part, `the ${part} is not a JSON object (it is ${kind})`);
  }
  if (jsonDepthExceeds(value as JsonValue, MAX_JSON_DEPTH)) {
    return partFailure('too_deep', part, `the ${part} nests JSON more than ${MAX_JSON_DEPTH} levels deep`);
  }
  return { ok: true, value: value as JsonObject };
}

function isTokenAlphabet(text: string): boolean {
  return /^[A-Za-z0-9_\-.=]+$/.test(text);
}

function partFailure(code: DecodeErrorCode, part: TokenPart, message: string): { ok: false; error: DecodeError } {
  return { ok: false, error: { code, message, part } };
}

function failure(code: DecodeErrorCode, message: string): { ok: false; error: DecodeError } {
  return { ok: false, error: { code, message } };
}
