/**
 * "Save sanitized copy": the same HAR (entries, structure, order, timings) with every secret replaced
 * by a marker that keeps its kind and length class, e.g. `[jwt:RS256 sub=#3fa9c1 exp=2026-12-01T21:00:00Z len~1k #77a0e2]`.
 * Equal values get equal markers (one random salt per file), so a reader can still follow a code from
 * the callback to the token request, or a state round-trip, without seeing either.
 *
 * Two passes (the pitfalls list of the research note: one secret sits in many places): the structured
 * pass replaces values by what they are (Authorization, cookies, named parameters, JSON fields, JWTs)
 * and remembers each one; the final pass replaces every remembered value wherever else it appears
 * (Referer, `_initiator`, page titles, HTML bodies), raw or URL-encoded.
 */
import { findTokens } from '../tokens/detect';
import { decodeToken } from '../tokens/decode';
import { findSaml } from '../saml/detect';
import { base64Text, readHar } from './read';

/** Parameter, field, header and cookie names whose value is a secret (compared lower-case). */
const SECRET_NAMES = new Set([
  'access_token',
  'refresh_token',
  'id_token',
  'token',
  'code',
  'code_verifier',
  'code_challenge',
  'client_secret',
  'client_assertion',
  'assertion',
  'password',
  'passwd',
  'pwd',
  'pass',
  'passcode',
  'secret',
  'otp',
  'totp',
  'pin',
  'state',
  'nonce',
  'session_state',
  'sid',
  'session',
  'sessionid',
  'session_id',
  'jsessionid',
  'phpsessid',
  'samlresponse',
  'samlrequest',
  'samlart',
  'device_code',
  'user_code',
  'logout_token',
  'id_token_hint',
  'subject_token',
  'actor_token',
  'request_uri',
  'dpop',
  'api_key',
  'apikey',
  'authenticity_token',
  'csrf_token',
  '_csrf',
  'xsrf_token',
  'flowtoken',
  'ctx',
  'sft',
  'canary',
  'wresult',
  'wctx',
]);
const SECRET_HEADER =
  /^(?:authorization|proxy-authorization|cookie|set-cookie|dpop|x-api-key|api-key|x-auth-token|x-csrf-token|x-xsrf-token|x-client-data|x-ms-refreshtokencredential|x-amz-security-token)$|token|secret|session|apikey/i;

/**
 * A body that looks like `a=1&b=2`. The same language as `name=value(&name=value)*` (each `&name=` is
 * also a run of `[^\s<{]`), written without the nested repetition: that form backtracked exponentially
 * on a line of many `&x=` pairs with one space or `<` late in it (a fuzzed HAR hung the editor).
 */
const FORM_BODY = /^[\w.%-]+=[^\s<{]*$/;

interface Context {
  salt: string;
  secrets: Map<string, string>;
}

export function sanitizeHar(input: string): string {
  const { har } = readHar(input);
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  const ctx: Context = { salt: [...bytes].map((b) => b.toString(16).padStart(2, '0')).join(''), secrets: new Map() };
  const log = (har as { log: { entries: unknown[]; pages?: unknown[] } }).log;
  for (const entry of log.entries) if (entry && typeof entry === 'object') sanitizeEntry(entry as RawEntry, ctx);
  const out = replaceKnown(har, ctx);
  return `${JSON.stringify(out, null, 2)}\n`;
}

interface Pair {
  name: string;
  value: string;
  [k: string]: unknown;
}
interface RawEntry {
  request?: {
    url?: string;
    headers?: Pair[];
    cookies?: Pair[];
    queryString?: Pair[];
    postData?: { mimeType?: string; text?: string; params?: Pair[] };
  };
  response?: {
    headers?: Pair[];
    cookies?: Pair[];
    redirectURL?: string;
    content?: { mimeType?: string; text?: string; encoding?: string };
  };
}

function sanitizeEntry(entry: RawEntry, ctx: Context): void {
  const req = entry.request;
  if (req) {
    if (typeof req.url === 'string') req.url = sanitizeUrl(req.url, ctx);
    for (const q of pairs(req.queryString)) q.value = sanitizeParam(q.name, q.value, ctx);
    for (const h of pairs(req.headers)) h.value = sanitizeHeader(h.name, h.value, ctx);
    for (const c of pairs(req.cookies)) c.value = marker(ctx, c.value, `cookie:${c.name}`);
    const post = req.postData;
    if (post && typeof post === 'object') {
      for (const p of pairs(post.params)) p.value = sanitizeParam(p.name, p.value, ctx);
      if (typeof post.text === 'string') post.text = sanitizeBody(post.text, post.mimeType ?? '', ctx);
    }
  }
  const res = entry.response;
  if (res) {
    for (const h of pairs(res.headers)) h.value = sanitizeHeader(h.name, h.value, ctx);
    for (const c of pairs(res.cookies)) c.value = marker(ctx, c.value, `cookie:${c.name}`);
    if (typeof res.redirectURL === 'string' && res.redirectURL) res.redirectURL = sanitizeUrl(res.redirectURL, ctx);
    const content = res.content;
    if (content && typeof content.text === 'string' && content.text.length > 0) {
      const mime = content.mimeType ?? '';
      if (content.encoding === 'base64') {
        const decoded = /image\/|font\/|woff|video\/|audio\/|wasm/i.test(mime) ? undefined : base64Text(content.text);
        if (decoded !== undefined && !decoded.includes('\ufffd')) {
          content.text = sanitizeBody(decoded, mime, ctx);
          delete content.encoding;
        }
      } else {
        content.text = sanitizeBody(content.text, mime, ctx);
      }
    }
  }
}

function pairs(list: unknown): Pair[] {
  return Array.isArray(list)
    ? list.filter((p): p is Pair => !!p && typeof p === 'object' && typeof p.name === 'string' && typeof p.value === 'string')
    : [];
}

function isSecretName(name: string): boolean {
  return SECRET_NAMES.has(name.toLowerCase());
}

function sanitizeParam(name: string, value: string, ctx: Context): string {
  if (value.length === 0) return value;
  const lower = name.toLowerCase();
  if (lower === 'samlresponse' || lower === 'samlrequest') return marker(ctx, value, `saml:${name}`);
  if (isSecretName(name)) return marker(ctx, value, kindFor(lower, value));
  return scrubText(value, ctx);
}

function kindFor(name: string, value: string): string {
  if (findTokens(value).length === 1 && findTokens(value)[0]!.text === value) return 'jwt';
  if (name === 'code') return 'code';
  if (name === 'code_verifier') return 'code_verifier';
  if (/pass|pwd|otp|pin/.test(name)) return 'password';
  if (name.includes('secret')) return 'secret';
  return name;
}

function sanitizeHeader(name: string, value: string, ctx: Context): string {
  const lower = name.toLowerCase();
  if (lower === 'cookie') {
    return value
      .split(';')
      .map((part) => {
        const eq = part.indexOf('=');
        if (eq === -1) return part;
        return `${part.slice(0, eq)}=${marker(ctx, part.slice(eq + 1).trim(), `cookie:${part.slice(0, eq).trim()}`)}`;
      })
      .join(';');
  }
  if (lower === 'set-cookie') {
    return value
      .split('\n')
      .map((line) => {
        const semi = line.indexOf(';');
        const pair = semi === -1 ? line : line.slice(0, semi);
        const eq = pair.indexOf('=');
        if (eq === -1) return line;
        return `${pair.slice(0, eq)}=${marker(ctx, pair.slice(eq + 1).trim(), `cookie:${pair.slice(0, eq).trim()}`)}${semi === -1 ? '' : line.slice(semi)}`;
      })
      .join('\n');
  }
  if (lower === 'authorization' || lower === 'proxy-authorization') {
    const m = splitScheme(value);
    return m ? `${m.scheme} ${marker(ctx, m.rest, `authorization:${m.scheme.toLowerCase()}`)}` : marker(ctx, value, 'authorization');
  }
  if (lower === 'location' || lower === 'referer' || lower === 'content-location') return sanitizeUrl(value, ctx);
  if (SECRET_HEADER.test(lower)) return marker(ctx, value, `header:${lower}`);
  return scrubText(value, ctx);
}

/** Query and fragment parameters by name; the rest of the URL as text. */
function sanitizeUrl(url: string, ctx: Context): string {
  const hash = url.indexOf('#');
  const q = url.indexOf('?');
  const base = url.slice(0, q !== -1 && (hash === -1 || q < hash) ? q : hash !== -1 ? hash : url.length);
  const query = q !== -1 && (hash === -1 || q < hash) ? url.slice(q + 1, hash === -1 ? undefined : hash) : null;
  const fragment = hash !== -1 ? url.slice(hash + 1) : null;
  const params = (part: string) => sanitizeForm(part, ctx);
  return `${scrubText(base, ctx)}${query !== null ? `?${params(query)}` : ''}${fragment !== null ? `#${fragment.includes('=') ? params(fragment) : fragment}` : ''}`;
}

/** `a=1&b=2` (a query, a fragment, a form body) with each secret value replaced; other pairs byte for byte. */
function sanitizeForm(part: string, ctx: Context): string {
  return part
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq === -1) return pair;
      const name = decode(pair.slice(0, eq));
      const value = decode(pair.slice(eq + 1));
      const clean = sanitizeParam(name, value, ctx);
      return clean === value ? pair : `${pair.slice(0, eq)}=${urlEncoded(clean)}`;
    })
    .join('&');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

function sanitizeBody(text: string, mime: string, ctx: Context): string {
  const trimmed = text.trimStart();
  if ((trimmed.startsWith('{') || trimmed.startsWith('[')) && text.length < 20_000_000) {
    try {
      return JSON.stringify(sanitizeJson(JSON.parse(text), ctx));
    } catch {
      // not JSON: fall through
    }
  }
  if (/x-www-form-urlencoded/i.test(mime) || FORM_BODY.test(trimmed.slice(0, 10_000))) {
    return sanitizeForm(text, ctx);
  }
  if (/urn:oasis:names:tc:SAML:/.test(text.slice(0, 4000)) && trimmed.startsWith('<') && !/<html/i.test(text.slice(0, 2000))) {
    return marker(ctx, text, 'saml:xml');
  }
  // HTML (the auto-submitting form_post page) and anything else: hidden inputs by name, then tokens.
  const inputs = text.replace(/<input\b[^>]{0,2000}>/gi, (tag) => {
    const name = /\bname\s*=\s*["']?([\w.-]+)/i.exec(tag)?.[1];
    if (!name || !(isSecretName(name) || /pass/i.test(name))) return tag;
    return tag.replace(
      /(\bvalue\s*=\s*)(["'])([^"']*)\2/i,
      (_m, lead: string, quote: string, value: string) =>
        `${lead}${quote}${escapeHtml(sanitizeParam(name, unescapeHtml(value), ctx))}${quote}`,
    );
  });
  return scrubText(inputs, ctx);
}

function sanitizeJson(value: unknown, ctx: Context, key?: string, depth = 0): unknown {
  if (depth > 64) return value;
  if (typeof value === 'string')
    return key && isSecretName(key) ? marker(ctx, value, kindFor(key.toLowerCase(), value)) : scrubText(value, ctx);
  if (Array.isArray(value)) return value.map((v) => sanitizeJson(v, ctx, key, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = sanitizeJson(v, ctx, k, depth + 1);
    return out;
  }
  return value;
}

/** JWTs and SAML values anywhere in free text. */
function scrubText(text: string, ctx: Context): string {
  if (text.length === 0) return text;
  // No budget: every token must be replaced, however many a value holds (a shared HAR must not leak one).
  const jwts = findTokens(text, { maxHits: Infinity });
  const out = replaceSpans(text, jwts, (jwt) => marker(ctx, jwt.text, 'jwt'));
  return replaceSpans(out, findSaml(out), (s) => marker(ctx, s.text, `saml:${s.parameter ?? 'base64'}`));
}

/**
 * `text` with each span (in order, not overlapping) replaced by its marker, joined once: splicing each
 * marker into the whole text copied it once per value, quadratic on a dense body. The markers are made
 * last to first, the order they were always made in (their labels number values as they are first seen).
 */
function replaceSpans<T extends { start: number; end: number }>(text: string, spans: readonly T[], make: (span: T) => string): string {
  if (spans.length === 0) return text;
  const markers = new Array<string>(spans.length);
  for (let i = spans.length - 1; i >= 0; i--) markers[i] = make(spans[i]!);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < spans.length; i++) {
    parts.push(text.slice(at, spans[i]!.start), markers[i]!);
    at = spans[i]!.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The marker for one secret value, remembered for the final pass. */
function marker(ctx: Context, value: string, kind: string): string {
  if (value.length === 0 || (value.startsWith('[') && value.endsWith(']') && /#[0-9a-f]{6}\]$/.test(value))) return value;
  const known = ctx.secrets.get(value);
  if (known) return known;
  let label = kind;
  if (kind === 'jwt' || kind.startsWith('authorization') || kind.startsWith('cookie')) {
    const decoded = decodeToken(value.replace(/^Bearer\s+/i, ''));
    if (decoded.ok) {
      const { header, payload } = decoded.token;
      const parts = [
        `${kind === 'jwt' ? '' : `${kind} `}${decoded.token.format === 'jwe' ? 'jwe' : 'jwt'}:${typeof header.alg === 'string' ? header.alg : '?'}`,
      ]; // `alg` may be any JSON value, even one String() throws on
      if (payload && typeof payload.sub === 'string') parts.push(`sub=#${hash(ctx, payload.sub)}`);
      if (payload && typeof payload.exp === 'number') parts.push(`exp=${safeIso(payload.exp)}`);
      label = parts.join(' ');
    }
  }
  const result = `[${label} len${lengthClass(value.length)} #${hash(ctx, value)}]`;
  ctx.secrets.set(value, result);
  return result;
}

function safeIso(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function lengthClass(n: number): string {
  if (n < 16) return `=${n}`;
  if (n < 1000) return `~${Math.round(n / 10) * 10}`;
  return `~${Math.round(n / 1000)}k`;
}

/** FNV-1a over salt + value: enough to tell values apart, useless to recover them. */
function hash(ctx: Context, value: string): string {
  let h = 0x811c9dc5;
  const text = ctx.salt + value;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0').slice(0, 6);
}

/** The URL-encoded form; a value holding a lone surrogate has none (encodeURIComponent throws URIError) and stays as it is. */
function urlEncoded(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The final pass: every remembered secret (raw, URL-encoded, form-encoded) wherever it still appears. */
function replaceKnown(value: unknown, ctx: Context): unknown {
  const forms = new Map<string, string>();
  for (const [secret, mark] of ctx.secrets) {
    if (secret.length < 6) continue;
    forms.set(secret, mark);
    const encoded = urlEncoded(secret);
    if (encoded !== secret) forms.set(encoded, urlEncoded(mark));
    const form = encoded.replace(/%20/g, '+');
    if (form !== encoded) forms.set(form, urlEncoded(mark));
    const html = escapeHtml(secret);
    if (html !== secret) forms.set(html, mark);
    const json = JSON.stringify(secret).slice(1, -1);
    if (json !== secret) forms.set(json, mark);
  }
  if (forms.size === 0) return value;
  const keys = [...forms.keys()].sort((a, b) => b.length - a.length);
  // V8 refuses a regular expression holding a literal of more than 32,767 characters ("Regular expression
  // too large"): a long secret (a SAMLResponse, a big cookie) is replaced by plain search instead, first
  // (the longest forms go first either way, so a secret holding a shorter one is replaced whole).
  const long = keys.filter((key) => key.length > MAX_REGEX_LITERAL);
  const short = keys.filter((key) => key.length <= MAX_REGEX_LITERAL);
  const regexes: RegExp[] = [];
  for (let i = 0; i < short.length; i += 2000)
    regexes.push(
      new RegExp(
        short
          .slice(i, i + 2000)
          .map(escapeRegex)
          .join('|'),
        'g',
      ),
    );
  const fix = (text: string): string => {
    // In a URL the marker is percent-encoded, so the URL still parses to the same parts.
    const inUrl = /^(?:[a-z][\w+.-]*:)?\/\/|^\//i.test(text);
    const replacement = (m: string) => (inUrl ? urlEncoded(forms.get(m) ?? m) : (forms.get(m) ?? m));
    let out = text;
    for (const key of long) if (out.length >= key.length && out.includes(key)) out = out.split(key).join(replacement(key));
    for (const re of regexes) out = out.replace(re, replacement);
    return out;
  };
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === 'string') return v.length >= 6 ? fix(v) : v;
    if (depth > 200) return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i], depth + 1);
      return v;
    }
    if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) (v as Record<string, unknown>)[k] = walk((v as Record<string, unknown>)[k], depth + 1);
    }
    return v;
  };
  return walk(value, 0);
}

/** Longest secret matched by regular expression in the final pass (V8's limit for one literal is 32,767). */
const MAX_REGEX_LITERAL = 4096;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeHtml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * `Bearer eyJ…` → scheme and credentials, split at the first white space (a scanner: `^(\S+)\s+(.+)$`
 * backtracks polynomially on long runs of spaces). Undefined when there is no credential part.
 */
export function splitScheme(value: string): { scheme: string; rest: string } | undefined {
  let i = 0;
  while (i < value.length && !isSpace(value.charCodeAt(i))) i++;
  if (i === 0 || i === value.length) return undefined;
  let j = i;
  while (j < value.length && isSpace(value.charCodeAt(j))) j++;
  if (j === value.length) return undefined;
  return { scheme: value.slice(0, i), rest: value.slice(j) };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c;
}
