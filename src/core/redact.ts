/**
 * Redaction for anything that leaves AuthLens as text we do not control: log lines, "copy as curl",
 * raw request views. Tokens, codes, verifiers and secrets keep a short recognisable prefix so a
 * developer can still tell two of them apart, and lose the rest.
 *
 * Every pattern here is linear: no nested quantifiers, so hostile input cannot make it slow.
 */

const KEEP = 6;

/** `abcdef…[redacted 212 chars]`: enough to recognise, useless to replay. */
export function mask(secret: string): string {
  if (secret.length <= KEEP) return '[redacted]';
  return `${secret.slice(0, KEEP)}…[redacted ${secret.length - KEEP} chars]`;
}

// A JWS or JWE in compact form: base64url parts joined by dots, the first starting with `eyJ` ("{"").
const COMPACT_JWT = /eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){2,4}/g;

// `name=value` in URLs, form bodies and query strings, and `"name": "value"` in JSON.
const SECRET_NAMES = [
  'access_token', 'refresh_token', 'id_token', 'code', 'code_verifier', 'client_secret', 'client_assertion',
  'device_code', 'user_code', 'password', 'assertion', 'subject_token', 'actor_token', 'token', 'logout_token',
  'state', 'nonce', 'session_state', 'dpop',
].join('|');
const FORM_PAIR = new RegExp(`([?&#;\\s]|^)(${SECRET_NAMES})=([^&#\\s"']+)`, 'gi');
// The value may hold JSON escapes (`\\/`, `\\"`): a value that stopped at the first backslash would not
// match at all and be left whole. The two alternatives start with different characters, so this stays linear.
const JSON_PAIR = new RegExp(`("(?:${SECRET_NAMES})"\\s*:\\s*")((?:[^"\\\\]|\\\\.)+)(")`, 'gi');

// Authorization / DPoP / Cookie headers and bare `Bearer xyz` words.
const AUTH_SCHEME = /\b(Bearer|Basic|DPoP|Negotiate)\s+([A-Za-z0-9._~+/=-]{8,})/g;
const COOKIE_HEADER = /^((?:set-)?cookie:\s*)(.+)$/gim;

/** Removes tokens and secrets from free text. Safe to call on any string, any size. */
export function redact(text: string): string {
  return text
    .replace(COMPACT_JWT, (jwt) => mask(jwt))
    // A JWT is masked above to 6 characters, too short to match again; a value still starting with
    // `eyJ` here is no compact JWT (base64 JSON API keys are common) and is masked like any other.
    .replace(AUTH_SCHEME, (_m, scheme: string, value: string) => `${scheme} ${mask(value)}`)
    .replace(FORM_PAIR, (_m, lead: string, name: string, value: string) => `${lead}${name}=${value.includes('[redacted') ? value : mask(value)}`)
    .replace(JSON_PAIR, (_m, head: string, value: string, tail: string) => `${head}${value.includes('[redacted') ? value : mask(value)}${tail}`)
    .replace(COOKIE_HEADER, (_m, head: string) => `${head}[redacted]`);
}
