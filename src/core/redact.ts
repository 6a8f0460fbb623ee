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

import { isAsciiLetter, isDigit, isSpace } from './text/chars';
import { sequential } from './text/sequential';

const KEEP = 6;

/** `abcdef…[redacted 212 chars]`: enough to recognise, useless to replay. */
export function mask(secret: string): string {
  if (secret.length <= KEEP) return '[redacted]';
  return secret.slice(0, KEEP) + maskTail(secret.length - KEEP);
}

/** `…[redacted N chars]`, the short ones made once: a dense text masks thousands of values of a few lengths. */
const MASK_TAILS: string[] = [];
function maskTail(hidden: number): string {
  if (hidden >= 1024) return `…[redacted ${hidden} chars]`;
  return (MASK_TAILS[hidden] ??= `…[redacted ${hidden} chars]`);
}

/**
 * Removes tokens and secrets from free text. Safe to call on any string, any size, in bounded time:
 * a text with more than MAX_MASKS secrets has everything from the next one on redacted whole (`Budget`),
 * and a text longer than MAX_TEXT has everything past it redacted whole (`textCut`).
 */
export function redact(input: string): string {
  if (typeof input !== 'string') return '';
  if (input.length <= MAX_TEXT) return redactWhole(input);
  const cut = textCut(input);
  return redactWhole(input.slice(0, cut)) + longNote(input.length - cut);
}

function redactWhole(input: string): string {
  // Read from a sequential copy (`sequential`): in the fuzz sequence, 11–12 of 10⁶ inputs over 50 ms
  // with it, 17–20 without, the slowest 101–107 ms against 159–163.
  const text = sequential(input);
  const budget: Budget = { masks: 0 };
  // A JWT is masked first, to 6 characters, too short to match again; a value still starting with
  // `eyJ` after it is no compact JWT (base64 JSON API keys are common) and is masked like any other.
  let masked = maskSchemes(maskCompactJwts(text, budget), budget);
  // Each pattern is tried only on a text that holds what it must start with: `-u`/`-U` (every curl
  // option it knows ends so), `://`. A native search for those is several times cheaper than the pattern's scan.
  if (masked.includes('-u') || masked.includes('-U')) masked = maskMatches(masked, CURL_USER, budget);
  if (masked.includes('://')) masked = maskMatches(masked, URL_USERINFO, budget);
  return maskPairs(masked, budget);
}

/**
 * The longest text redacted piece by piece (1 MiB); past it, the rest is one note (`longNote`). Every
 * caller's text is far shorter: a log line, a flow step's request or response (bodies are read up to
 * 1 MiB), a header, a command line. Redacting costs a few passes over the text, and on this workplace's
 * slower machines a dense 4 MB line took 85–130 ms, which a log line must never cost. More is hidden,
 * never less.
 */
export const MAX_TEXT = 1 << 20;
/** How far back from MAX_TEXT the cut looks for a character no value runs over (`VALUE_STOP`). */
const CUT_LOOKBACK = 1 << 16;
/**
 * Where a text longer than MAX_TEXT is cut: after the last character before MAX_TEXT that ends every
 * value (a space, a quote, a line break…), so no token or secret is split into a part that no longer
 * looks like one; within CUT_LOOKBACK of MAX_TEXT, else at MAX_TEXT.
 */
function textCut(text: string): number {
  for (let cut = MAX_TEXT; cut > MAX_TEXT - CUT_LOOKBACK; cut--) {
    const code = text.charCodeAt(cut - 1);
    if (code < 128 && VALUE_STOP[code] === 1) return cut;
  }
  return MAX_TEXT;
}
/** What stands for the rest of a text longer than MAX_TEXT. */
export const longNote = (hidden: number) => `[redacted the rest, ${hidden} chars: a text is redacted up to ${MAX_TEXT} chars]`;

/**
 * How many secrets one call masks one by one. Building the output costs about as much per mask as all
 * the scanning does: a 4 MB line of 190,000 `Bearer` values took 80 ms, half of it the output and the
 * garbage collector. Past the budget the rest of the text, from the secret that is one too many, is
 * replaced by one note: more is hidden, never less, and real texts are far from it (a 64 KiB piece of
 * a busy log holds fewer than 100 secrets; a token endpoint's answer holds three).
 */
export const MAX_MASKS = 20_000;
interface Budget {
  /** Masks made so far by this call, over all its passes. */
  masks: number;
}
/** What stands for the rest of a text cut at the budget. */
export const restNote = (hidden: number) => `[redacted the rest, ${hidden} chars: more than ${MAX_MASKS} secrets in one text]`;

// ── compact JWTs ────────────────────────────────────────────────────────────────────────────────

/** A run of base64url characters (`[A-Za-z0-9_-]`), searched natively: a JS loop costs several times more per character. */
const B64URL_RUN = /[\w-]*/y;
function b64urlRunEnd(text: string, from: number): number {
  B64URL_RUN.lastIndex = from;
  B64URL_RUN.test(text);
  return B64URL_RUN.lastIndex;
}

/**
 * A JWS or JWE in compact form: `eyJ` + at least 4 base64url characters, then 2 to 4 more parts after
 * dots. A scanner rather than a regex: a regex retried at every `eyJ` of one long base64url run is
 * quadratic, while here a run that is no JWT is skipped whole (any later `eyJ` in it ends the same way).
 */
function maskCompactJwts(text: string, budget: Budget): string {
  const output = new Output(text, budget);
  let from = 0;
  for (;;) {
    const start = indexOfEyJ(text, from);
    if (start < 0) break;
    let end = b64urlRunEnd(text, start + 3);
    const firstPartEnd = end;
    let dots = 0;
    if (end - start >= 7) {
      while (dots < 4 && text.charCodeAt(end) === 0x2e) {
        dots++;
        end = b64urlRunEnd(text, end + 1);
      }
    }
    if (dots >= 2) {
      output.mask(start, end);
      if (output.done) break;
      from = end;
    } else {
      from = firstPartEnd;
    }
  }
  return output.finish();
}

/**
 * `text.indexOf('eyJ', from)`, searched as `yJ` with the `e` checked before it: the native search looks
 * for the first character, and `e` is everywhere in text (on a 4 MB line without a JWT, 3.6 ms against 0.5).
 */
function indexOfEyJ(text: string, from: number): number {
  for (let at = text.indexOf('yJ', from + 1); at >= 0; at = text.indexOf('yJ', at + 2)) if (text.charCodeAt(at - 1) === 0x65) return at - 1;
  return -1;
}

/**
 * The masked text, built from the unchanged stretches and the masks in order with `+=`: V8 joins two
 * strings by pointing at both and copies the chain once, natively, when it is next read (on a 4 MB
 * line with 135,000 masks, a third of the cost of collecting the pieces in an array to join). A mask
 * keeps its secret's first characters by taking them with the stretch before it, and its tail
 * (`…[redacted N chars]`) is made once per length: no string is built per mask.
 */
class Output {
  private out = '';
  /** Where the unchanged text resumes. */
  private copied = 0;
  /** The budget ran out: the rest of the text is one note, and the pass stops. */
  done = false;
  constructor(
    private readonly text: string,
    private readonly budget: Budget,
  ) {}
  /** The text up to `start` unchanged, then `replacement` in place of `text[start, end)`. */
  replace(start: number, end: number, replacement: string): void {
    if (this.spent(start)) return;
    this.out += this.text.slice(this.copied, start);
    this.out += replacement;
    this.copied = end;
  }
  /** The text up to `end` unchanged except `text[start, end)` masked (`mask`). */
  mask(start: number, end: number): void {
    if (end - start <= KEEP) return this.replace(start, end, '[redacted]');
    if (this.spent(start)) return;
    this.out += this.text.slice(this.copied, start + KEEP);
    this.out += maskTail(end - start - KEEP);
    this.copied = end;
  }
  finish(): string {
    return this.copied === 0 ? this.text : this.out + this.text.slice(this.copied);
  }
  /** Counts a mask at `start`; past the budget, ends the output with the rest of the text as one note. */
  private spent(start: number): boolean {
    if (this.done) return true;
    if (++this.budget.masks <= MAX_MASKS) return false;
    this.out += this.text.slice(this.copied, start);
    this.out += restNote(this.text.length - start);
    this.copied = this.text.length;
    this.done = true;
    return true;
  }
}

// ── schemes, curl -u, URL user info ─────────────────────────────────────────────────────────────

// `Bearer xyz` anywhere (any case: logs write `bearer`), `Basic`/`Negotiate` as written in headers.
// The pattern stops where the value starts (8 value characters ahead); `maskSchemes` reads the value's
// run natively: a `{8,}` over a value of 8 MB overflowed the regex engine's backtracking stack.
const AUTH_SCHEME = /\b(?:[Bb][Ee][Aa][Rr][Ee][Rr]|Basic|DPoP|dpop|Negotiate|NTLM)[ \t]+(?=[\w.~+/=-]{8})/g;
const SCHEME_VALUE_RUN = /[\w.~+/=-]*/y;
// `curl -u id:secret`, `--user id:secret`, `--proxy-user=id:secret`: the part after the first colon.
const CURL_USER = /(^|\s)(-u|--user|--proxy-user|-U)(=|[ \t]{1,8})(["']?)([^\s"':]{0,256}):([^\s"']+)/g;
// `https://user:secret@host`. The match starts at `://` and looks back for the scheme: a pattern that
// starts with the scheme is tried at every word start of the text, this one only where `://` is.
const URL_USERINFO = /:\/\/(?<=\b[a-zA-Z][\w+.-]{0,15}:\/\/)[^\s:@/]{0,256}:([^\s@/]{1,256})@/g;

const isWordChar = (code: number) => isAsciiLetter(code) || isDigit(code) || code === 0x5f;

/**
 * `text` with the value after every auth scheme masked, written with one space after the scheme. The
 * regex finds where a value starts (`test`, no match object); the value is the run of value
 * characters from there, and the scheme is read back from before the blanks: a word run (the pattern
 * starts at a word boundary). On a text with a hundred thousand `Bearer`s, `replace` with a function
 * (or `exec`) made and held the groups of every match.
 */
function maskSchemes(text: string, budget: Budget): string {
  const output = new Output(text, budget);
  AUTH_SCHEME.lastIndex = 0;
  while (AUTH_SCHEME.test(text)) {
    const valueStart = AUTH_SCHEME.lastIndex;
    SCHEME_VALUE_RUN.lastIndex = valueStart;
    SCHEME_VALUE_RUN.test(text);
    const end = SCHEME_VALUE_RUN.lastIndex;
    AUTH_SCHEME.lastIndex = end;
    let schemeEnd = valueStart;
    while (isGap(text.charCodeAt(schemeEnd - 1))) schemeEnd--;
    if (schemeEnd === valueStart - 1 && text.charCodeAt(schemeEnd) === 0x20) {
      output.mask(valueStart, end);
      if (output.done) break;
      continue;
    }
    let schemeStart = schemeEnd;
    while (isWordChar(text.charCodeAt(schemeStart - 1))) schemeStart--;
    output.replace(schemeStart, end, `${text.slice(schemeStart, schemeEnd)} ${mask(text.slice(valueStart, end))}`);
    if (output.done) break;
  }
  return output.finish();
}

/**
 * `text` with the secret of every match of `pattern` masked: its last group, which ends the match
 * (curl's password) or comes just before its last character (the `@` of user info).
 */
function maskMatches(text: string, pattern: RegExp, budget: Budget): string {
  const output = new Output(text, budget);
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length - (pattern === URL_USERINFO ? 1 : 0);
    output.mask(end - match[match.length - 1]!.length, end);
    if (output.done) break;
  }
  return output.finish();
}

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

function isSecretKey(key: string): boolean {
  if (!key) return false;
  if (SECRET_NAMES.has(key)) return true;
  return SECRET_SUFFIXES.some((suffix) => key.length > suffix.length && key.endsWith(suffix));
}

export function isSecretName(name: string): boolean {
  return isSecretKey(normalizeName(name));
}

/** What a name character is to the key: kept as it is, lower-cased, or left out (`_`, `-`, `.`). 0: no name character. */
const KEPT = 1;
const UPPER = 2;
const DROPPED = 3;
const NAME_CHAR = new Uint8Array(128);
for (let code = 0x30; code <= 0x39; code++) NAME_CHAR[code] = KEPT;
for (let code = 0x61; code <= 0x7a; code++) NAME_CHAR[code] = KEPT;
for (let code = 0x41; code <= 0x5a; code++) NAME_CHAR[code] = UPPER;
for (const ch of '_-.') NAME_CHAR[ch.charCodeAt(0)] = DROPPED;

/** What a secret name says about its value, beyond being a secret. */
const AMBIGUOUS_KEY = 1;
const LINE_VALUED_KEY = 2;
const COOKIE_KEY = 4;
const AUTHORIZATION_KEY = 8;
const NOT_SECRET = -1;

interface KeyEntry {
  key: string;
  /** One of SECRET_NAMES: the name itself is a secret's. */
  whole: boolean;
  /** One of SECRET_SUFFIXES: a longer name ending so is a secret's. */
  suffix: boolean;
  flags: number;
}

/** Where a key's entries are in BY_LAST_TWO: its last character, and the one before it above that. */
const lastTwo = (beforeLast: number, last: number) => (beforeLast << 7) | last;

/**
 * Secret names and suffixes by their last two characters: most names in a text (`error`, `grant_type`,
 * `Timestamp`) are passed over on these alone, and the others are compared where they stand, with
 * nothing copied.
 */
// Dense, every slot set: a sparse array (60 groups among 16,384 slots) is a hash table in V8, and
// this is looked up at every separator (a quarter of `redact`'s time on a 4 MB line of pairs).
const BY_LAST_TWO: (KeyEntry[] | undefined)[] = Array.from({ length: 1 << 14 }, () => undefined);
/** Every secret name and suffix has this many characters or more. */
const MIN_KEY = 3;
for (const key of new Set([...SECRET_NAMES, ...SECRET_SUFFIXES])) {
  const flags =
    (AMBIGUOUS.has(key) ? AMBIGUOUS_KEY : 0) |
    (LINE_VALUED.has(key) ? LINE_VALUED_KEY : 0) |
    (key === 'cookie' || key === 'setcookie' ? COOKIE_KEY : 0) |
    (key === 'authorization' || key === 'proxyauthorization' ? AUTHORIZATION_KEY : 0);
  if (key.length < MIN_KEY) throw new Error(`secret name shorter than ${MIN_KEY}: ${key}`);
  const entries = (BY_LAST_TWO[lastTwo(key.charCodeAt(key.length - 2), key.charCodeAt(key.length - 1))] ??= []);
  entries.push({ key, whole: SECRET_NAMES.has(key), suffix: SECRET_SUFFIXES.includes(key), flags });
}

/** The code of the key character at `at` of a name: lower case; `_`, `-` and `.` are skipped by the callers. */
const keyCode = (code: number) => (NAME_CHAR[code] === UPPER ? code + 0x20 : code);

/** Whether the name `text[start, end)`, read as a key (`normalizeName`), ends with `key`. */
function keyEndsWith(text: string, start: number, end: number, key: string): boolean {
  let at = end;
  for (let k = key.length - 1; k >= 0; k--) {
    do at--;
    while (at >= start && NAME_CHAR[text.charCodeAt(at)] === DROPPED);
    if (at < start || keyCode(text.charCodeAt(at)) !== key.charCodeAt(k)) return false;
  }
  return true;
}

/** Whether `text` holds `key` just before `end`, compared in JS: `startsWith` is a call that costs more than the few characters. */
function endsWithKey(text: string, end: number, key: string): boolean {
  const start = end - key.length;
  for (let k = key.length - 1; k >= 0; k--) if (text.charCodeAt(start + k) !== key.charCodeAt(k)) return false;
  return true;
}

/**
 * What `isSecretName` says of the name `text[start, end)` (ASCII name characters only), read where it
 * stands: NOT_SECRET, or the flags of its key (0 for a name that holds a secret by its suffix alone).
 * `length` is the key's length, `last` where its last two characters are in BY_LAST_TWO, `plain` whether
 * the name is its key as written (no upper case, `_`, `-` or `.`).
 */
function flagsOfName(text: string, start: number, end: number, length: number, last: number, plain: boolean): number {
  const entries = length >= MIN_KEY ? BY_LAST_TWO[last] : undefined;
  if (!entries) return NOT_SECRET;
  let flags = NOT_SECRET;
  for (const entry of entries) {
    const n = entry.key.length;
    if (n > length || !(plain ? endsWithKey(text, end, entry.key) : keyEndsWith(text, start, end, entry.key))) continue;
    if (n === length) {
      if (entry.whole) return entry.flags;
    } else if (entry.suffix) {
      flags = 0;
    }
  }
  return flags;
}

/** `flagsOfName` of `text[start, end)`, reading what it needs first. */
function secretFlagsAt(text: string, start: number, end: number): number {
  let length = 0;
  let last = 0;
  let plain = true;
  for (let at = end - 1; at >= start; at--) {
    const kind = NAME_CHAR[text.charCodeAt(at)];
    if (kind !== KEPT) plain = false;
    if (kind === DROPPED) continue;
    if (length < 2) last |= keyCode(text.charCodeAt(at)) << (7 * length);
    length++;
  }
  return flagsOfName(text, start, end, length, last, plain);
}

const isHex = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
const isGap = (code: number) => code === 0x20 || code === 0x09;
const isQuote = (code: number) => code === 0x22 || code === 0x27;
const isLowerLetter = (code: number) => code >= 0x61 && code <= 0x7a;

/**
 * What an unquoted value runs over, by how it ends: at a blank, a backquote or one of `&,;"'<>)]}\\|`; also at `%26`, `%23`,
 * `%20`, `%22` when URL-encoded; at the end of the line for a header (`Cookie: a=b; c=d`), or of the
 * string for a header inside a quoted string (`"Cookie: a=b"`). Native searches: values of several KB
 * are common (cookies, assertions), and a JS loop costs several times more per character.
 */
const VALUE_RUN = /[^\t\n\r "&'),;<>\\\]`|}]*/y;
// Stops at every `%` too; `unquotedEnd` goes on past one that is no `%26`, `%23`, `%20`, `%22`. (An
// alternation under `*` would keep a backtracking entry per character and overflow on a long value.)
const ENCODED_VALUE_RUN = /[^\t\n\r "%&'),;<>\\\]`|}]*/y;
const LINE_RUN = /[^\n\r]*/y;
const STRING_LINE_RUN = /[^\n\r"\\]*/y;

/** The ASCII characters VALUE_RUN stops at (1), and the `%` ENCODED_VALUE_RUN stops at too (2). */
const VALUE_STOP = new Uint8Array(128);
for (const ch of '\t\n\r "&\'),;<>\\]`|}') VALUE_STOP[ch.charCodeAt(0)] = 1;
VALUE_STOP[0x25] = 2;
/**
 * How far an unquoted value is read in JS before the native run takes over: most values in a dense
 * text are short (`state=ready`, `code=400`), and a regex call costs as much as reading about 30
 * characters (65 ns against 34 for a 13-character value, measured at 390,000 values of a 4 MB line).
 */
const SHORT_VALUE = 24;

/** Where an unquoted value that starts at `from` ends. */
function unquotedEnd(text: string, from: number, encoded: boolean, lineValued: 'line' | 'string' | false): number {
  let end = from;
  if (!lineValued) {
    const stop = encoded ? 2 : 1;
    const short = Math.min(text.length, from + SHORT_VALUE);
    for (; end < short; end++) {
      const code = text.charCodeAt(end);
      const kind = code < 128 ? VALUE_STOP[code]! : 0;
      if (kind === 0 || kind > stop) continue;
      if (kind === 1 || encodedEndAt(text, end)) return end;
    }
    if (end === text.length) return end;
  }
  const run = lineValued === 'line' ? LINE_RUN : lineValued === 'string' ? STRING_LINE_RUN : encoded ? ENCODED_VALUE_RUN : VALUE_RUN;
  for (;;) {
    run.lastIndex = end;
    run.test(text);
    end = run.lastIndex;
    if (run !== ENCODED_VALUE_RUN || text.charCodeAt(end) !== 0x25 || encodedEndAt(text, end)) return end;
    end++;
  }
}

/** `%26`, `%23`, `%20` or `%22` at `i` (the `%` already seen): what ends an encoded value. */
function encodedEndAt(text: string, i: number): boolean {
  if (text.charCodeAt(i + 1) !== 0x32) return false;
  const code = text.charCodeAt(i + 2);
  return code === 0x36 || code === 0x33 || code === 0x30 || code === 0x32;
}

/** The `\"` that opens an escaped JSON string, as a value's opening quote (the others are their character codes). */
const ESCAPED_QUOTE = -1;

/** Where a quoted value that starts after `open` (`"`, `'` or `\"`) ends: the index of its closing quote. */
function quotedEnd(text: string, from: number, open: number): number {
  const length = text.length;
  let end = from;
  while (end < length) {
    const code = text.charCodeAt(end);
    if (code === 0x0d || code === 0x0a) return end;
    if (open === ESCAPED_QUOTE) {
      if (code === 0x5c && text.charCodeAt(end + 1) === 0x22) return end;
    } else if (code === 0x5c && open === 0x22) {
      end += 2;
      continue;
    } else if (code === open) {
      return end;
    }
    end++;
  }
  return Math.min(end, length);
}

/** Whether `text[start, end)` holds `[redacted` (masked once already). */
function holdsMask(text: string, start: number, end: number): boolean {
  for (let at = start; at + 9 <= end; at++) if (text.charCodeAt(at) === 0x5b && text.startsWith('[redacted', at)) return true;
  return false;
}

/**
 * For names that are also ordinary words, whether the value `text[start, end)` looks like a secret: long
 * enough, no `\s`, not a number (`/^[A-Za-z]{0,8}\d+$/`), not a snake_case word (`/^[a-z]+(?:_[a-z]+)+$/`).
 * Read where it stands, with nothing copied: a dense text asks this of a hundred thousand values.
 * `spaceFree`: the caller knows the value holds no `\s` (an unquoted value in a text without `ODD_SPACE`),
 * so it is not read for one.
 */
function looksLikeSecret(text: string, start: number, end: number, colon: boolean, spaceFree: boolean): boolean {
  if (end - start < 8) return false;
  if (!spaceFree) for (let at = start; at < end; at++) if (isSpace(text.charCodeAt(at))) return false;
  if (isNumberLike(text, start, end) || isSnakeWord(text, start, end)) return false;
  // `code=…` in a query or form is the authorization code; `code: Forbidden` in a log or JSON is a word.
  return !colon || end - start >= 16 || hasDigit(text, start, end);
}

/**
 * The `\s` characters an unquoted value can hold: every other one (tab, CR, LF, space) ends it. A text
 * without them (one native search) has no `\s` in any unquoted value.
 */
const ODD_SPACE = /[\v\f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/;

function hasDigit(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (isDigit(text.charCodeAt(at))) return true;
  return false;
}

/** `/^[A-Za-z]{0,8}\d+$/` on `text[start, end)`. */
function isNumberLike(text: string, start: number, end: number): boolean {
  let at = start;
  while (at < end && at - start < 8 && isAsciiLetter(text.charCodeAt(at))) at++;
  if (at === end) return false;
  for (; at < end; at++) if (!isDigit(text.charCodeAt(at))) return false;
  return true;
}

/** `/^[a-z]+(?:_[a-z]+)+$/` on `text[start, end)`: lower-case words joined by single underscores, two or more. */
function isSnakeWord(text: string, start: number, end: number): boolean {
  let underscores = 0;
  let previous = 0x5f;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x5f) {
      if (previous === 0x5f) return false;
      underscores++;
    } else if (!isLowerLetter(code)) {
      return false;
    }
    previous = code;
  }
  return underscores > 0 && previous !== 0x5f;
}

/**
 * The separators between names and values, `=`, `:` and an encoded `=` (`%3D`, either case), found in
 * order by one native `indexOf` per kind: each kind's next place is searched again only once the scan
 * has passed it, so every separator costs one search (a regex `[:=]|%3[Dd]` costs a call and a restart
 * per separator, and a 4 MB line holds 200,000 of them).
 */
class Separators {
  private colon = -1;
  private equals = -1;
  private encoded = -1;
  constructor(private readonly text: string) {}
  /** The first separator at or after `from` (at its `%` when encoded), or -1. A kind with none left is at Infinity, never searched again. */
  next(from: number): number {
    const text = this.text;
    if (this.colon < from) this.colon = orNone(text.indexOf(':', from));
    if (this.equals < from) this.equals = orNone(text.indexOf('=', from));
    if (this.encoded < from) {
      let at = text.indexOf('%3', from);
      while (at >= 0 && (text.charCodeAt(at + 2) | 0x20) !== 0x64) at = text.indexOf('%3', at + 1);
      this.encoded = orNone(at);
    }
    const first = Math.min(this.colon, this.equals, this.encoded);
    return first === Infinity ? -1 : first;
  }
}
const orNone = (at: number) => (at < 0 ? Infinity : at);

function maskPairs(text: string, budget: Budget): string {
  const output = new Output(text, budget);
  // A value masked already is left alone; only a text that holds a mask needs the look.
  const holdsMasks = text.includes('[redacted');
  // Whether the text holds an ODD_SPACE, searched once a value needs it.
  let oddSpaces: boolean | undefined;
  const separators = new Separators(text);
  let i = 0;
  while (i < text.length) {
    // The scanner itself only runs around separators.
    i = separators.next(i);
    if (i < 0) break;
    const separator = text.charCodeAt(i);
    const colon = separator === 0x3a;
    const encoded = separator === 0x25;
    const sepLength = encoded ? 3 : 1;
    // The name, read backwards: gaps, a closing quote (`"`, `'`, `\"`), then name characters.
    let j = i;
    for (let gap = 0; gap < MAX_GAP && isGap(text.charCodeAt(j - 1)); gap++) j--;
    if (isQuote(text.charCodeAt(j - 1))) {
      j--;
      if (text.charCodeAt(j - 1) === 0x5c) j--;
    }
    const nameEnd = j;
    // Name characters, noting on the way what the key needs (as `secretFlagsAt` does). Most names
    // (`error`, `grant_type`, `Timestamp`) end in two characters no secret name ends in: they are
    // passed over there, unread. (Taking off an escape's hex digits below leaves the end as it is.)
    let length = 0;
    let last = 0;
    let plain = true;
    while (j > 0 && nameEnd - j < MAX_NAME) {
      const code = text.charCodeAt(j - 1);
      const kind = code < 128 ? NAME_CHAR[code]! : 0;
      if (kind === 0) break;
      j--;
      if (kind !== KEPT) plain = false;
      if (kind === DROPPED) continue;
      if (length < 2) {
        last |= (kind === UPPER ? code + 0x20 : code) << (7 * length);
        if (length === 1 && BY_LAST_TWO[last] === undefined) break;
      }
      length++;
    }
    if (length < MIN_KEY || BY_LAST_TWO[last] === undefined) {
      i += sepLength;
      continue;
    }
    let nameStart = j;
    // `%3Fcode%3D`, `%26code`: the two hex digits of the escape before the name are no part of it.
    const escaped =
      text.charCodeAt(nameStart - 1) === 0x25 &&
      nameEnd - nameStart > 2 &&
      isHex(text.charCodeAt(nameStart)) &&
      isHex(text.charCodeAt(nameStart + 1));
    if (escaped) nameStart += 2;
    const flags = escaped
      ? secretFlagsAt(text, nameStart, nameEnd)
      : nameStart < nameEnd
        ? flagsOfName(text, nameStart, nameEnd, length, last, plain)
        : NOT_SECRET;
    if (flags === NOT_SECRET) {
      i += sepLength;
      continue;
    }
    // The value, read forwards.
    let k = i + sepLength;
    for (let gap = 0; gap < MAX_GAP && isGap(text.charCodeAt(k)); gap++) k++;
    let open = 0;
    let openLength = 0;
    if (isQuote(text.charCodeAt(k))) {
      open = text.charCodeAt(k);
      openLength = 1;
    } else if (text.charCodeAt(k) === 0x5c && text.charCodeAt(k + 1) === 0x22) {
      open = ESCAPED_QUOTE;
      openLength = 2;
    }
    const valueStart = k + openLength;
    const lineValued = flags & LINE_VALUED_KEY && colon ? (isQuote(text.charCodeAt(nameStart - 1)) ? 'string' : 'line') : false;
    const valueEnd = open !== 0 ? quotedEnd(text, valueStart, open) : unquotedEnd(text, valueStart, encoded, lineValued);
    const next = Math.max(valueEnd, i + sepLength);
    const first = text.charCodeAt(valueStart);
    // `"access_token": {` opens an object (a claims request), not a secret.
    if (
      valueEnd <= valueStart ||
      (open === 0 && (first === 0x7b || first === 0x5b)) ||
      (holdsMasks && holdsMask(text, valueStart, valueEnd)) ||
      (flags & AMBIGUOUS_KEY &&
        !looksLikeSecret(text, valueStart, valueEnd, colon, open === 0 && !lineValued && !(oddSpaces ??= ODD_SPACE.test(text))))
    ) {
      i = next;
      continue;
    }
    if (flags & COOKIE_KEY) output.replace(valueStart, valueEnd, '[redacted]');
    else if (flags & AUTHORIZATION_KEY) maskAuthorization(output, text, valueStart, valueEnd);
    else output.mask(valueStart, valueEnd);
    if (output.done) break;
    i = next;
  }
  return output.finish();
}

/**
 * An authorization header's value `text[start, end)` masked, keeping its scheme: `Authorization: Digest
 * [redacted]` still says what kind of credential it was. The scheme is a word of at most 20 characters
 * (`/^[A-Za-z][\w-]*$/`) before the first space; what follows is masked without its leading blanks.
 */
function maskAuthorization(output: Output, text: string, start: number, end: number): void {
  let space = start;
  while (space < end && space - start <= 20 && text.charCodeAt(space) !== 0x20) space++;
  let scheme = space > start && space < end && space - start <= 20 && isAsciiLetter(text.charCodeAt(start));
  for (let at = start + 1; scheme && at < space; at++) {
    const code = text.charCodeAt(at);
    scheme = isWordChar(code) || code === 0x2d;
  }
  if (!scheme) return output.mask(start, end);
  let rest = space + 1;
  while (rest < end && isSpace(text.charCodeAt(rest))) rest++;
  if (rest === space + 1) output.mask(rest, end);
  else output.replace(space + 1, end, mask(text.slice(rest, end)));
}
