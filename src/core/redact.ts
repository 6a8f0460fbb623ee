/**
 * Redaction for anything that leaves AuthLens as text we do not control: log lines, "copy as curl",
 * raw request views. Tokens, codes, verifiers and secrets keep a short recognisable prefix so a
 * developer can still tell two of them apart, and lose the rest.
 *
 * Secrets are written in many ways (`name=value`, `"name": "value"`, `\"name\":\"value\"`, Python's
 * `'name': 'value'`, YAML's `name: value`, URL-encoded `%3Fname%3Dvalue`, camelCase `clientSecret`,
 * `curl -u id:secret`, headers anywhere in a line), so pairs are found by a hand-written scanner:
 * it looks at each `=`, `:` or `%3D`, reads a bounded name backwards and the value forwards, and never
 * looks at a character more than a bounded number of times. The few regular expressions left use only
 * bounded or single-class quantifiers that start at a fixed word, so every step is linear in the input.
 */

const KEEP = 6;

/** `abcdef…[redacted 212 chars]`: enough to recognise, useless to replay. */
export function mask(secret: string): string {
  if (secret.length <= KEEP) return '[redacted]';
  return `${secret.slice(0, KEEP)}…[redacted ${secret.length - KEEP} chars]`;
}

/** Removes tokens and secrets from free text. Safe to call on any string, any size. */
export function redact(text: string): string {
  if (typeof text !== 'string') return '';
  const withoutJwts = maskCompactJwts(text);
  const withoutSchemes = withoutJwts
    // A JWT is masked above to 6 characters, too short to match again; a value still starting with
    // `eyJ` here is no compact JWT (base64 JSON API keys are common) and is masked like any other.
    .replace(AUTH_SCHEME, (_m, scheme: string, value: string) => `${scheme} ${mask(value)}`)
    .replace(
      CURL_USER,
      (_m, lead: string, flag: string, sep: string, quote: string, user: string, secret: string) =>
        `${lead}${flag}${sep}${quote}${user}:${mask(secret)}`,
    )
    .replace(URL_USERINFO, (_m, head: string, secret: string) => `${head}${mask(secret)}@`);
  return maskPairs(withoutSchemes);
}

// ── compact JWTs ────────────────────────────────────────────────────────────────────────────────

const B64URL = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_') B64URL[ch.charCodeAt(0)] = 1;
const isB64 = (code: number) => code < 128 && B64URL[code] === 1;

/**
 * A JWS or JWE in compact form: `eyJ` + at least 4 base64url characters, then 2 to 4 more parts after
 * dots. A scanner rather than a regex: a regex retried at every `eyJ` of one long base64url run is
 * quadratic, while here a run that is no JWT is skipped whole (any later `eyJ` in it ends the same way).
 */
function maskCompactJwts(text: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const start = text.indexOf('eyJ', from);
    if (start < 0) break;
    let end = start + 3;
    while (end < text.length && isB64(text.charCodeAt(end))) end++;
    const firstPartEnd = end;
    let dots = 0;
    if (end - start >= 7) {
      while (dots < 4 && text.charCodeAt(end) === 0x2e) {
        end++;
        dots++;
        while (end < text.length && isB64(text.charCodeAt(end))) end++;
      }
    }
    if (dots >= 2) {
      out += text.slice(copied, start) + mask(text.slice(start, end));
      copied = end;
      from = end;
    } else {
      from = firstPartEnd;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

// ── schemes, curl -u, URL user info ─────────────────────────────────────────────────────────────

// `Bearer xyz` anywhere (any case: logs write `bearer`), `Basic`/`Negotiate` as written in headers.
const AUTH_SCHEME = /\b([Bb][Ee][Aa][Rr][Ee][Rr]|Basic|DPoP|dpop|Negotiate|NTLM)[ \t]+([\w.~+/=-]{8,})/g;
// `curl -u id:secret`, `--user id:secret`, `--proxy-user=id:secret`: the part after the first colon.
const CURL_USER = /(^|\s)(-u|--user|--proxy-user|-U)(=|[ \t]{1,8})(["']?)([^\s"':]{0,256}):([^\s"']+)/g;
// `https://user:secret@host`.
const URL_USERINFO = /(\b[a-zA-Z][\w+.-]{0,15}:\/\/[^\s:@/]{0,256}:)([^\s@/]{1,256})@/g;

// ── name/value pairs ────────────────────────────────────────────────────────────────────────────

/**
 * Names that hold a secret, compared without case, `_`, `-` and `.` (so `client_secret`,
 * `clientSecret`, `CLIENT-SECRET` are one name).
 */
const SECRET_NAMES = new Set([
  'accesstoken',
  'refreshtoken',
  'idtoken',
  'idtokenhint',
  'code',
  'codeverifier',
  'clientsecret',
  'clientassertion',
  'devicecode',
  'usercode',
  'password',
  'passwd',
  'pwd',
  'pass',
  'assertion',
  'subjecttoken',
  'actortoken',
  'token',
  'logouttoken',
  'state',
  'nonce',
  'sessionstate',
  'dpop',
  'samlresponse',
  'samlart',
  'secret',
  'apikey',
  'privatekey',
  'accountkey',
  'sharedaccesskey',
  'sharedaccesssignature',
  'sig',
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'sessionid',
  'sid',
  'credential',
  'credentials',
  'clientkey',
  'accesskey',
  'secretkey',
  'otp',
  'totp',
  'pin',
  'passphrase',
  'wresult',
]);
/** A name ending so holds a secret too: `AZURE_CLIENT_SECRET`, `db_password`, `GITHUB_TOKEN`, `x-api-key`. */
const SECRET_SUFFIXES = [
  'secret',
  'password',
  'passwd',
  'token',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'accountkey',
  'credential',
  'credentials',
];
/** Names that are also ordinary words (`code: 400`, `state: ready`): their value must look like a secret. */
const AMBIGUOUS = new Set(['code', 'state', 'nonce', 'token', 'sid', 'sig', 'pin', 'pass', 'otp', 'secret', 'credential', 'credentials']);
/** Header names whose value runs to the end of the line (`Cookie: a=b; c=d`). */
const LINE_VALUED = new Set(['authorization', 'proxyauthorization', 'cookie', 'setcookie']);

const MAX_NAME = 80;
const MAX_GAP = 8;

function normalizeName(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch !== '_' && ch !== '-' && ch !== '.') out += ch.toLowerCase();
  }
  return out;
}

export function isSecretName(name: string): boolean {
  const key = normalizeName(name);
  if (!key) return false;
  if (SECRET_NAMES.has(key)) return true;
  return SECRET_SUFFIXES.some((suffix) => key.length > suffix.length && key.endsWith(suffix));
}

const isNameChar = (code: number) =>
  (code >= 0x30 && code <= 0x39) ||
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  code === 0x5f ||
  code === 0x2d ||
  code === 0x2e;
const isHex = (ch: string | undefined) => ch !== undefined && /^[0-9A-Fa-f]$/.test(ch);
const isGap = (ch: string | undefined) => ch === ' ' || ch === '\t';

/** Characters that end an unquoted value. */
const VALUE_END = new Set([' ', '\t', '\r', '\n', '&', ',', ';', '"', "'", '<', '>', ')', ']', '}', '\\', '|', '`']);

function encodedAt(text: string, i: number, pair: string): boolean {
  return text[i] === '%' && text.slice(i + 1, i + 3).toUpperCase() === pair;
}

/** Where an unquoted value that starts at `from` ends. */
function unquotedEnd(text: string, from: number, encoded: boolean, lineValued: 'line' | 'string' | false): number {
  let end = from;
  while (end < text.length) {
    const ch = text[end]!;
    if (lineValued) {
      // A header inside a quoted string (`"Cookie: a=b"`) ends with the string; one on its own line with the line.
      if (ch === '\r' || ch === '\n' || (lineValued === 'string' && (ch === '"' || ch === '\\'))) break;
    } else if (VALUE_END.has(ch)) {
      break;
    } else if (
      encoded &&
      (encodedAt(text, end, '26') || encodedAt(text, end, '23') || encodedAt(text, end, '20') || encodedAt(text, end, '22'))
    ) {
      break;
    }
    end++;
  }
  return end;
}

/** Where a quoted value that starts after `open` (`"`, `'` or `\"`) ends: the index of its closing quote. */
function quotedEnd(text: string, from: number, open: string): number {
  let end = from;
  while (end < text.length) {
    const ch = text[end]!;
    if (ch === '\r' || ch === '\n') return end;
    if (open === '\\"') {
      if (ch === '\\' && text[end + 1] === '"') return end;
    } else if (ch === '\\' && open === '"') {
      end += 2;
      continue;
    } else if (ch === open) {
      return end;
    }
    end++;
  }
  return Math.min(end, text.length);
}

/** For names that are also ordinary words: long enough, not a number, an error code or a snake_case word. */
function looksLikeSecret(value: string, separator: string): boolean {
  if (value.length < 8 || /\s/.test(value)) return false;
  if (/^[A-Za-z]{0,8}\d+$/.test(value) || /^[a-z]+(?:_[a-z]+)+$/.test(value)) return false;
  // `code=…` in a query or form is the authorization code; `code: Forbidden` in a log or JSON is a word.
  return separator !== ':' || /\d/.test(value) || value.length >= 16;
}

/** The next character that may separate a name from its value. */
const SEPARATOR = /[=:%]/g;

function maskPairs(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    // Native search to the next candidate: the scanner itself only runs around separators.
    SEPARATOR.lastIndex = i;
    const found = SEPARATOR.exec(text);
    if (!found) break;
    i = found.index;
    const ch = text[i];
    let sepLength = 0;
    let encoded = false;
    if (ch === '=' || ch === ':') sepLength = 1;
    else if (encodedAt(text, i, '3D')) {
      sepLength = 3;
      encoded = true;
    }
    if (sepLength === 0) {
      i++;
      continue;
    }
    // The name, read backwards: gaps, a closing quote (`"`, `'`, `\"`), then name characters.
    let j = i;
    for (let gap = 0; gap < MAX_GAP && isGap(text[j - 1]); gap++) j--;
    if (text[j - 1] === '"' || text[j - 1] === "'") {
      j--;
      if (text[j - 1] === '\\') j--;
    }
    const nameEnd = j;
    while (j > 0 && nameEnd - j < MAX_NAME && isNameChar(text.charCodeAt(j - 1))) j--;
    let nameStart = j;
    // `%3Fcode%3D`, `%26code`: the two hex digits of the escape before the name are no part of it.
    if (text[nameStart - 1] === '%' && nameEnd - nameStart > 2 && isHex(text[nameStart]) && isHex(text[nameStart + 1])) nameStart += 2;
    const name = text.slice(nameStart, nameEnd);
    if (!name || !isSecretName(name)) {
      i += sepLength;
      continue;
    }
    const key = normalizeName(name);
    // The value, read forwards.
    let k = i + sepLength;
    for (let gap = 0; gap < MAX_GAP && isGap(text[k]); gap++) k++;
    let open = '';
    if (text[k] === '"' || text[k] === "'") open = text[k]!;
    else if (text[k] === '\\' && text[k + 1] === '"') open = '\\"';
    const valueStart = k + open.length;
    const valueEnd = open
      ? quotedEnd(text, valueStart, open)
      : unquotedEnd(
          text,
          valueStart,
          encoded,
          LINE_VALUED.has(key) && ch === ':' ? (text[nameStart - 1] === '"' || text[nameStart - 1] === "'" ? 'string' : 'line') : false,
        );
    const value = text.slice(valueStart, valueEnd);
    const next = Math.max(valueEnd, i + sepLength);
    // `"access_token": {` opens an object (a claims request), not a secret.
    if (
      !value ||
      (!open && (value[0] === '{' || value[0] === '[')) ||
      value.includes('[redacted') ||
      (AMBIGUOUS.has(key) && !looksLikeSecret(value, ch!))
    ) {
      i = next;
      continue;
    }
    out += text.slice(copied, valueStart) + maskValue(key, value);
    copied = valueEnd;
    i = next;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function maskValue(key: string, value: string): string {
  if (key === 'cookie' || key === 'setcookie') return '[redacted]';
  if (key === 'authorization' || key === 'proxyauthorization') {
    // Keep the scheme: `Authorization: Digest [redacted]` still says what kind of credential it was.
    const space = value.indexOf(' ');
    if (space > 0 && space <= 20 && /^[A-Za-z][\w-]*$/.test(value.slice(0, space)))
      return `${value.slice(0, space)} ${mask(value.slice(space + 1).trimStart())}`;
  }
  return mask(value);
}
