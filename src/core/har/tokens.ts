/** Every token of one HAR entry: JWTs anywhere, opaque tokens by parameter name, SAML values. */
import type { Entry } from 'har-format';
import { findTokens } from '../tokens/detect';
import { decodeToken } from '../tokens/decode';
import { findSaml } from '../saml/detect';
import { formParams, fragmentParams, header, location, parseParams, queryParams, requestText, responseText, safeUrl } from './read';
import type { HarToken, HarTokenFormat } from './types';

/** Parameter and JSON field names whose value is a token even when it is no JWT. */
export const TOKEN_NAMES: ReadonlySet<string> = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'subject_token',
  'actor_token',
  'client_assertion',
  'assertion',
  'logout_token',
  'id_token_hint',
  'device_code',
]);

export function entryTokens(entry: Entry, index: number): HarToken[] {
  const found: HarToken[] = [];
  const seen = new Set<string>();
  const texts = new Set<string>();
  const add = (where: string, text: string, format: HarTokenFormat) => {
    const key = `${where}\u0000${text}`;
    if (seen.has(key) || text.length === 0) return;
    // A body's whole-text scan finds again what its fields already named.
    if ((where === 'response.body' || where === 'request.body') && texts.has(text)) return;
    seen.add(key);
    texts.add(text);
    const token: HarToken = { entry: index, where, text, format };
    if (format !== 'opaque' && format !== 'saml') token.claims = claimsOf(text);
    found.push(token);
  };
  const scanValue = (where: string, value: string, name?: string) => {
    const jwts = findTokens(value);
    for (const t of jwts) add(where, t.text, t.format);
    if (jwts.length === 0 && name && TOKEN_NAMES.has(name) && value.length >= 8) add(where, value, 'opaque');
  };
  const req = entry.request;
  for (const [name, value] of queryParams(entry)) {
    if (name === 'SAMLRequest' || name === 'SAMLResponse') add(`request.query:${name}`, value, 'saml');
    else scanValue(`request.query:${name}`, value, name);
  }
  for (const h of req.headers) {
    const lower = h.name.toLowerCase();
    if (lower === 'cookie' && req.cookies.length > 0) continue;
    if (lower === 'cookie') {
      for (const c of parseCookieHeader(h.value)) scanValue(`request.cookie:${c.name}`, c.value);
      continue;
    }
    if (lower === 'referer') continue; // the previous page's URL: its tokens are reported where they were sent
    const bearer = /^(?:bearer|dpop)\s+(\S+)/i.exec(h.value);
    if (bearer && findTokens(bearer[1]!).length === 0 && bearer[1]!.length >= 8) add(`request.header:${h.name}`, bearer[1]!, 'opaque');
    else scanValue(`request.header:${h.name}`, h.value);
  }
  for (const c of req.cookies) scanValue(`request.cookie:${c.name}`, c.value);
  const form = formParams(entry);
  if (form.size > 0) {
    for (const [name, value] of form) {
      if (name === 'SAMLRequest' || name === 'SAMLResponse') add(`request.body:${name}`, value, 'saml');
      else scanValue(`request.body:${name}`, value, name);
    }
  } else {
    const body = requestText(entry);
    if (body) scanBody('request.body', body, add);
  }
  const loc = location(entry);
  if (loc) {
    const url = safeUrl(loc);
    const params = new Map(
      [...parseParams(url?.search.slice(1) ?? ''), ...fragmentParams(loc)].map(
        (p) => (Array.isArray(p) ? p : [p.name, p.value]) as [string, string],
      ),
    );
    for (const [name, value] of params) {
      if (name === 'SAMLRequest' || name === 'SAMLResponse') add(`response.location:${name}`, value, 'saml');
      else scanValue(`response.location:${name}`, value, name);
    }
  }
  for (const h of entry.response.headers) {
    const lower = h.name.toLowerCase();
    if (lower === 'location' || (lower === 'set-cookie' && entry.response.cookies.length > 0)) continue;
    if (lower === 'set-cookie') {
      const c = parseCookieHeader(h.value.split(';')[0] ?? '')[0];
      if (c) scanValue(`response.cookie:${c.name}`, c.value);
      continue;
    }
    scanValue(`response.header:${h.name}`, h.value);
  }
  for (const c of entry.response.cookies) scanValue(`response.cookie:${c.name}`, c.value);
  const body = responseText(entry);
  if (body) scanBody('response.body', body, add);
  return found;
}

/**
 * The tokens of a request or response body. `findTokens` keeps its default budget (DEFAULT_MAX_HITS `eyJ`
 * starts) here: a body made of tens of thousands of token starts is listed in part, enough to review a trace.
 * Redacting is `sanitize.ts`'s job, and it searches without a budget.
 */
function scanBody(where: string, body: string, add: (where: string, text: string, format: HarTokenFormat) => void): void {
  const trimmed = body.trimStart();
  if (trimmed.startsWith('{') && body.length < 1_000_000) {
    try {
      const json = JSON.parse(body) as unknown;
      if (json && typeof json === 'object' && !Array.isArray(json)) {
        for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
          if (typeof value !== 'string') continue;
          const jwts = findTokens(value);
          for (const t of jwts) add(`${where}:${key}`, t.text, t.format);
          if (jwts.length === 0 && TOKEN_NAMES.has(key) && value.length >= 8) add(`${where}:${key}`, value, 'opaque');
        }
      }
    } catch {
      // not JSON after all: the text scan below still runs
    }
  }
  for (const t of findTokens(body)) add(where, t.text, t.format);
  for (const s of findSaml(body)) add(`${where}:${s.parameter ?? 'saml'}`, s.text, 'saml');
}

export function parseCookieHeader(value: string): { name: string; value: string }[] {
  return value
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      return eq === -1 ? { name: part, value: '' } : { name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    });
}

export function claimsOf(jwt: string): Record<string, string | number | null> | undefined {
  const decoded = decodeToken(jwt);
  if (!decoded.ok) return undefined;
  const { header: h, payload } = decoded.token;
  const out: Record<string, string | number | null> = { alg: typeof h.alg === 'string' ? h.alg : null };
  if (typeof h.enc === 'string') out.enc = h.enc;
  for (const name of ['iss', 'sub', 'aud', 'exp', 'iat', 'nbf', 'nonce', 'typ']) {
    const value = payload?.[name];
    if (typeof value === 'string' || typeof value === 'number') out[name] = value;
    else if (Array.isArray(value)) out[name] = value.filter((v) => typeof v === 'string').join(' ');
  }
  return out;
}

export { header };
