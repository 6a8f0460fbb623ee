/**
 * Finds auth error codes in free text: logs, terminals, HTTP dumps, editors.
 *
 * Codes with their own shape (`AADSTS50058`, `AADB2C90118`, `E0000011`, `IDX10223`) count anywhere. Bare protocol words
 * (`invalid_grant`, `access_denied`) count only where something reports them as an error: an `error`
 * field in JSON, a query or a header, an exception's message, Google's error page. Prose and code that
 * merely mention them report nothing.
 *
 * Speed: one regex pass over the text looks for six rare anchors (`error`/`Error`, `AADSTS`, `AADB2C`, `E0000`, `IDX`,
 * `Exception`); everything else is a bounded look around each hit, so a 100 MB log costs about one
 * `indexOf` pass. Nothing here loads the catalog.
 */
import type { ErrorMatch } from '../scan/findings';
import type { ErrorFamily } from './catalog/types';
import { COGNITO_EXCEPTIONS, GENERIC_AWS_EXCEPTIONS, MSAL_ERROR_CLASSES, OAUTH_ERROR_CODES, vocabularyFamily } from './vocabulary';
import { vendorEvidence, vendorsWithCode, type VendorEvidence } from './vendorContext';
import { countBefore, maxHitsOf, type ScanLimits } from '../scan/limits';

/** The families `vendorContext` can attribute a generic code to. */
const CONTEXT_FAMILIES: ReadonlySet<string> = new Set(['supabase', 'salesforce', 'spotify', 'apple', 'pingfederate']);

/**
 * What the recogniser looks for (a regex source). `rror` stands for `error`/`Error` (the word is read from
 * around the hit). Grouped by first letter, upper-case anchors first: on the 100 MB benchmark log this form
 * searched in 61 ms where the flat `[eE]rror|AADSTS|…` list took 71 (irregexp's cost is per character).
 */
export const ERROR_ANCHORS = 'A(?:ADSTS|ADB2C|CCESS_FAILED)|E(?:0000|xception)|I(?:DX[1-4]|NVALID_)|SAML:2\\.0:status:|oauth2: "|rror';
/**
 * How far the look-around may go from a hit: keeps every hit O(1) whatever the input. Room for the longest
 * catalog code (MSAL.NET's 75-character `no_username_or_accountid_provided_for_silent_android_broker_authentication`).
 */
const MAX_WORD = 80;
const LINE_LOOKBACK = 400;
/** An Entra code written as a bare number (`"error_codes":[70008]`) is dropped when its `AADSTS` form is this near. */
export const NUMERIC_DEDUPE_WINDOW = 2000;

/**
 * Past the hit where a capped search stops, it goes on this far (a bounded extra) so that what it keeps is
 * exactly what a whole search finds: a bare Entra number is dropped when its `AADSTS` form follows within
 * `NUMERIC_DEDUPE_WINDOW`, a generic code beside an Entra code is Microsoft's, a label before `AADSTS` is a code.
 */
const STOP_LOOKAHEAD = NUMERIC_DEDUPE_WINDOW + 512;

/**
 * Every error code in `text`, in order of position. Never throws; linear in the length of `text`.
 * `limits.maxHits` bounds the anchor hits examined (`DEFAULT_MAX_HITS` when unset): past it the search
 * stops, `limits.stoppedAt` says where, and only the codes starting before that offset are returned.
 */
export function findErrors(text: string, limits?: ScanLimits): ErrorMatch[] {
  const collector = errorCollector(text);
  const anchors = new RegExp(ERROR_ANCHORS, 'g');
  const maxHits = maxHitsOf(limits);
  let hits = 0;
  let stoppedAt: number | undefined;
  let hit: RegExpExecArray | null;
  while ((hit = anchors.exec(text)) !== null) {
    if (++hits > maxHits) {
      stoppedAt ??= hit.index;
      if (hit.index >= stoppedAt + STOP_LOOKAHEAD) break;
    }
    const resume = collector.at(hit.index, hit[0]);
    if (resume > anchors.lastIndex) anchors.lastIndex = resume;
  }
  if (limits) limits.stoppedAt = stoppedAt;
  return collector.finish(stoppedAt);
}

/**
 * The recogniser as steps, for a scanner that looks for tokens and errors in one pass over the text:
 * it searches `ERROR_ANCHORS` itself (alongside its own anchors), hands each hit to `at`, continues
 * from the position `at` returns (or further), and calls `finish` once at the end.
 */
export interface ErrorCollector {
  /** Examines the anchor `anchor` found at `index`; returns where searching may resume. */
  at(index: number, anchor: string): number;
  /** The matches, ordered by position; with `before`, only those starting before that offset. */
  finish(before?: number): ErrorMatch[];
}

function errorCollector(text: string): ErrorCollector {
  const found: ErrorMatch[] = [];
  const numeric: ErrorMatch[] = [];
  const keycloak = keycloakGate(text);
  return {
    at(index, anchor) {
      // By the anchor's first two characters (one per alternative of ERROR_ANCHORS): no string compares per hit.
      switch (anchor.charCodeAt(0)) {
        case 0x41: // A
          if (anchor.charCodeAt(1) === 0x43) return matchUpperVendorCode(text, index, found); // ACCESS_FAILED
          return anchor.charCodeAt(3) === 0x53 ? matchAadsts(text, index, found) : matchB2c(text, index, found); // AADSTS, AADB2C
        case 0x45: // E
          if (anchor.charCodeAt(1) === 0x30) return matchOkta(text, index, found); // E0000
          break; // Exception
        case 0x49: // I
          return anchor.charCodeAt(1) === 0x44 ? matchIdentityModel(text, index, found) : matchUpperVendorCode(text, index, found); // IDX, INVALID_
        case 0x53: // S
          return matchSamlStatus(text, index, anchor.length, found); // SAML:2.0:status:
        case 0x6f: // o
          return matchGoOAuth2(text, index, found); // oauth2: "
      }
      return matchIdentifier(text, index, found, numeric, keycloak); // `error`, `Error` (found by `rror`), `Exception`
    },
    finish: (before) => finish(found, numeric, text, before),
  };
}

/**
 * The error code under the cursor in one line, for hovers. Looks like `findErrors` first; failing that,
 * a bare known code under the cursor counts even outside an error context, because the user pointed at it.
 * `familyOf` lets a caller that has the catalog loaded recognise every catalog code.
 */
export function findErrorAt(
  lineText: string,
  character: number,
  familyOf: (code: string) => string | undefined = vocabularyFamily,
): ErrorMatch | undefined {
  // Hovers on very long lines (minified JSON) look only at a window around the cursor.
  const windowed = lineText.length > 20_000;
  const offset = windowed ? Math.max(0, character - 4000) : 0;
  const line = windowed ? lineText.slice(offset, character + 4000) : lineText;
  const cursor = character - offset;
  const inContext = findErrors(line).find((match) => match.start <= cursor && cursor <= match.end);
  if (inContext) return shift(inContext, offset);
  const firebase = firebaseCodeAt(line, cursor);
  if (firebase) return shift(firebase, offset);
  let start = cursor;
  let end = cursor;
  while (start > 0 && cursor - start < MAX_WORD && isWordChar(line.charCodeAt(start - 1))) start--;
  while (end < line.length && end - cursor < MAX_WORD && isWordChar(line.charCodeAt(end))) end++;
  const word = line.slice(start, end);
  if (!word) return undefined;
  if (/^AADSTS\d{4,8}$/i.test(word)) return shift(error(`AADSTS${word.slice(6)}`, 'entra', start, end), offset);
  if (/^AADB2C\d{5}$/i.test(word)) return shift(error(`AADB2C${word.slice(6)}`, 'b2c', start, end), offset);
  if (/^E\d{7}$/i.test(word)) return shift(error(word.toUpperCase(), 'okta', start, end), offset);
  if (/^IDX\d{5}$/i.test(word)) return shift(error(word.toUpperCase(), 'identitymodel', start, end), offset);
  // A bare word used as an identifier in source code (`reason === access_denied`, `const unauthorized_client = 1`)
  // is a name the program chose, not an error someone got.
  if (isIdentifierInCode(line, start, end)) return undefined;
  const family = familyOf(word);
  return family ? shift(error(word, family, start, end), offset) : undefined;
}

/** A Firebase code (`auth/user-not-found`) around the cursor: a path-like word, so not a plain word. */
function firebaseCodeAt(line: string, cursor: number): ErrorMatch | undefined {
  const isChar = (c: number): boolean => isWordChar(c) || c === 0x2d || c === 0x2f;
  let start = cursor;
  let end = cursor;
  while (start > 0 && cursor - start < MAX_WORD && isChar(line.charCodeAt(start - 1))) start--;
  while (end < line.length && end - cursor < MAX_WORD && isChar(line.charCodeAt(end))) end++;
  const word = line.slice(start, end);
  return /^auth\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(word) ? error(word, 'firebase', start, end) : undefined;
}

/** Source-code use of the word at `start..end`: compared, assigned, declared, a member or called. */
function isIdentifierInCode(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 40), start);
  const after = line.slice(end, end + 8);
  if (/(?:[=!]==?|[<>]=?|&&|\|\||[^=!<>]=)\s*$/.test(before)) return true; // `=== word`, `x = word`
  if (/^\s*(?:[=!]=|=(?![=>])|\(|\.[A-Za-z_$])/.test(after)) return true; // `word ===`, `word = 1`, `word(`, `word.x`
  if (/(?:^|[^\w$])(?:const|let|var|val|case|enum|def|function|class|static|final|public|private|protected|readonly)\s+$/.test(before))
    return true;
  return /[\w$)\]]\.$/.test(before); // `Errors.word`, `this.word`
}

// ---- anchors with their own shape ------------------------------------------------------------------

function matchAadsts(text: string, at: number, found: ErrorMatch[]): number {
  let end = at + 6;
  while (end - at - 6 < 8 && isDigit(text.charCodeAt(end))) end++;
  const digits = end - at - 6;
  if (digits >= 5 && digits <= 7 && !isWordChar(text.charCodeAt(end)) && boundaryBefore(text, at)) {
    // Azure CLI and MSAL Python print the `error` value right before it: `invalid_grant: AADSTS50173: …`.
    // (The label ends `: `: checked first, so a line of bare codes slices nothing.)
    const label =
      text.charCodeAt(at - 1) === 0x20 && text.charCodeAt(at - 2) === 0x3a
        ? /(?:^|[\s.(])([a-z][a-z0-9]*(?:_[a-z0-9]+)+): $/.exec(text.slice(Math.max(0, at - MAX_WORD - 4), at))
        : null;
    if (label && isKnown(label[1]!)) {
      const codeStart = at - 2 - label[1]!.length;
      found.push(error(label[1]!, familyFor(label[1]!, 'oauth'), codeStart, at - 2));
    }
    found.push(error(text.slice(at, end), 'entra', at, end));
  }
  return end;
}

/** Go's golang.org/x/oauth2: `oauth2: "invalid_grant" "Bad Request"` (code, then the description). */
function matchGoOAuth2(text: string, at: number, found: ErrorMatch[]): number {
  const value = readCode(text, at + 9);
  if (!value || text.charCodeAt(value.end) !== 0x22 || !acceptStrong(value.code)) return at + 9;
  found.push(error(value.code, familyFor(value.code, 'oauth'), value.start, value.end));
  return value.end;
}

/**
 * A vendor's upper-case code written on its own: Spotify's authorize page (`INVALID_CLIENT: Invalid redirect
 * URI`), Salesforce's SOAP and REST faults (`INVALID_SESSION_ID: Invalid Session ID found…`, `sf:INVALID_SESSION_ID`),
 * PingOne's platform JSON (`"code":"ACCESS_FAILED"`, the one PingOne code not starting with `INVALID_`).
 * Only codes the vocabulary knows, followed by `:` or closing a quote or a tag.
 */
function matchUpperVendorCode(text: string, at: number, found: ErrorMatch[]): number {
  let end = at + 8;
  while (end - at <= MAX_WORD && (isUpper(text.charCodeAt(end)) || isDigit(text.charCodeAt(end)) || text.charCodeAt(end) === 0x5f)) end++;
  const before = text.charCodeAt(at - 1);
  const boundary = !isWordChar(before) || before === 0x3a; /* sf: */
  if (end - at > MAX_WORD || !boundary || isWordChar(text.charCodeAt(end))) return end;
  const code = text.slice(at, end);
  const family = vocabularyFamily(code);
  if (!family || family === 'oauth') return end;
  const next = text.charCodeAt(end);
  if (!(
    next === 0x3a ||
    next === 0x22 ||
    next === 0x27 ||
    next === 0x3c ||
    next === 0x20 ||
    Number.isNaN(next) ||
    next === 0x0a ||
    next === 0x0d
  ))
    return end;
  // A constant in source code (`case INVALID_DATA:`, `const INVALID_CLIENT = …`) is a name, not an error.
  if (isIdentifierInCode(text, at, end)) return end;
  found.push(error(code, family, at, end));
  return end;
}

/** Azure AD B2C: `AADB2C` and five digits (`AADB2C90118: The user has forgotten their password.`). */
function matchB2c(text: string, at: number, found: ErrorMatch[]): number {
  let end = at + 6;
  while (end - at - 6 < 6 && isDigit(text.charCodeAt(end))) end++;
  if (end - at - 6 === 5 && !isWordChar(text.charCodeAt(end)) && boundaryBefore(text, at)) {
    found.push(error(text.slice(at, end), 'b2c', at, end));
  }
  return end;
}

/** Microsoft.IdentityModel: `IDX` and five digits (`IDX10223: Lifetime validation failed…`); not its `aka.ms/IDX10503` link. */
function matchIdentityModel(text: string, at: number, found: ErrorMatch[]): number {
  let end = at + 3;
  while (end - at - 3 < 6 && isDigit(text.charCodeAt(end))) end++;
  if (end - at - 3 === 5 && !isWordChar(text.charCodeAt(end)) && boundaryBefore(text, at) && !text.startsWith('aka.ms/', at - 7)) {
    found.push(error(text.slice(at, end), 'identitymodel', at, end));
  }
  return end;
}

function matchOkta(text: string, at: number, found: ErrorMatch[]): number {
  const end = at + 8;
  if (
    isDigit(text.charCodeAt(at + 5)) &&
    isDigit(text.charCodeAt(at + 6)) &&
    isDigit(text.charCodeAt(at + 7)) &&
    !isWordChar(text.charCodeAt(end)) &&
    boundaryBefore(text, at) &&
    // Okta repeats the code as `errorLink`; one finding per error is enough.
    !(text.charCodeAt(at - 1) === 0x22 && /"errorLink"\s*:\s*"$/.test(text.slice(Math.max(0, at - 16), at)))
  ) {
    found.push(error(text.slice(at, end), 'okta', at, end));
    return end;
  }
  // Not a code: resume right after the anchor, so `E0000 AADSTS50058` still finds the next code.
  return at + 5;
}

/**
 * `urn:oasis:names:tc:SAML:2.0:status:Requester` (SAML 2.0 Core §3.2.2.2). `Success` is no error, so
 * it is not reported; the whole URN is the finding.
 */
function matchSamlStatus(text: string, at: number, anchorLength: number, found: ErrorMatch[]): number {
  const prefix = 'urn:oasis:names:tc:';
  const start = at - prefix.length;
  let end = at + anchorLength;
  const nameStart = end;
  while (end - nameStart < 40 && isLetter(text.charCodeAt(end))) end++;
  if (start < 0 || text.slice(start, at).toLowerCase() !== prefix || end - nameStart < 3 || isWordChar(text.charCodeAt(end))) return end;
  if (text.slice(nameStart, end) !== 'Success') found.push(error(text.slice(start, end), 'saml', start, end));
  return end;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Word boundary before a code, also after an escaped `\n` or a percent-encoded character. */
function boundaryBefore(text: string, at: number): boolean {
  if (!isWordChar(text.charCodeAt(at - 1))) return true;
  const two = text.slice(Math.max(0, at - 2), at);
  if (two === '\\n' || two === '\\r' || two === '\\t') return true;
  return /^%[0-9A-Fa-f]{2}$/.test(text.slice(Math.max(0, at - 3), at));
}

// ---- words around `rror` and `Exception` --------------------------------------------------------

/** Classifies the identifier that contains position `inside` and looks for a code after it. */
function matchIdentifier(text: string, inside: number, found: ErrorMatch[], numeric: ErrorMatch[], keycloak: KeycloakGate): number {
  let start = inside;
  while (start > 0 && inside - start < MAX_WORD && isWordChar(text.charCodeAt(start - 1))) start--;
  let end = inside + 1;
  while (end < text.length && end - inside < MAX_WORD && isWordChar(text.charCodeAt(end))) end++;
  if (isWordChar(text.charCodeAt(start - 1)) || isWordChar(text.charCodeAt(end))) return end; // too long to be a key
  // `%2ferror%3fcode%3d…`: a percent-escape before the word is not part of it.
  if (text.charCodeAt(start - 1) === 0x25 && end - start > 2 && isHex(text.charCodeAt(start)) && isHex(text.charCodeAt(start + 1)))
    start += 2;
  const word = text.slice(start, end);
  // Firebase: `FirebaseError: Firebase: Error (auth/invalid-credential).`, or the message then `(auth/…)`.
  if (word === 'FirebaseError' || (word === 'Error' && text.startsWith('Firebase: ', start - 10))) return afterFirebase(text, end, found);
  if ((word === 'error' || word === 'Error') && text.charCodeAt(end) === 0x2d /* - */) return afterSupabaseHeader(text, start, end, found);
  switch (word) {
    case 'error':
      return afterErrorKey(text, start, end, found, numeric, keycloak);
    case 'suberror':
      return afterSuberror(text, start, end, found);
    case 'error_codes':
      return afterErrorCodes(text, start, end, numeric);
    case 'Error':
      return afterCapitalError(text, start, end, found, numeric);
    case 'ErrorCode':
    case 'errorCode':
      return afterErrorCodeLabel(text, start, end, found);
    case 'error_code':
      return afterErrorCodeField(text, start, end, found);
    default:
      if (word.endsWith('Exception') && COGNITO_EXCEPTIONS.has(word)) return afterCognitoName(text, start, end, found);
      if (word.endsWith('Error') || word.endsWith('Exception')) return afterClassName(text, word, end, found);
      return end;
  }
}

/** Supabase Auth's response header `x-sb-error-code: otp_expired` (any case); only codes a family knows. */
function afterSupabaseHeader(text: string, start: number, end: number, found: ErrorMatch[]): number {
  if (!/^-code:/i.test(text.slice(end, end + 6)) || !/x-sb-$/i.test(text.slice(Math.max(0, start - 5), start))) return end;
  const value = readCode(text, skipSpaces(text, end + 6));
  const family = value && (vocabularyFamily(value.code) ?? vendorsWithCode(value.code)[0]);
  if (!value || !family || !endsCode(text.charCodeAt(value.end))) return end;
  found.push(error(value.code, family, value.start, value.end));
  return value.end;
}

/** The first `(auth/code)` on the rest of the line after a Firebase error name. */
function afterFirebase(text: string, end: number, found: ErrorMatch[]): number {
  const rest = text.slice(end, end + LINE_LOOKBACK);
  const line = rest.slice(0, (rest.indexOf('\n') + 1 || rest.length + 1) - 1);
  const hit = /\((auth\/[a-z0-9]+(?:-[a-z0-9]+)*)\)/.exec(line);
  if (!hit) return end;
  const start = end + hit.index + 1;
  found.push(error(hit[1]!, 'firebase', start, start + hit[1]!.length));
  return start + hit[1]!.length;
}

/** `"error": "x"`, `'error': 'x'`, `error=x`, `error="x"`, `error: x`, and Entra's `…/error?code=50058`. */
function afterErrorKey(
  text: string,
  start: number,
  end: number,
  found: ErrorMatch[],
  numeric: ErrorMatch[],
  keycloak: KeycloakGate,
): number {
  const quote = keyQuote(text, start, end);
  if (quote) {
    const value = quotedValueAfterColon(text, quote) ?? odataCode(text, quote);
    if (!value || !acceptStrong(value.code)) return quote.after;
    found.push(error(value.code, familyFor(value.code, 'oauth'), value.start, value.end));
    return value.end;
  }
  const next = text.charCodeAt(end);
  const before = text.charCodeAt(start - 1);
  if (before === 0x2e /* . */ || before === 0x24 /* $ */) return end; // `this.error = …`, `$error`
  if (next === 0x3d /* = */) {
    const quoted = text.charCodeAt(end + 1) === 0x22;
    const value = readCode(text, end + (quoted ? 2 : 1));
    // `error=unauthorized&error_description=…`: a single word counts when the rest is an error response.
    const described =
      value !== undefined && (text.startsWith('&error_description=', value.end) || text.startsWith('&error_uri=', value.end));
    if (
      !value ||
      (quoted && text.charCodeAt(value.end) !== 0x22) ||
      !(acceptStrong(value.code) || (described && /^[a-z]+$/.test(value.code)))
    )
      return end + 1;
    const family = keycloak.mayBeEventLine(start) && isKeycloakEventLine(text, start) ? 'keycloak' : familyFor(value.code, 'oauth');
    found.push(error(value.code, family, value.start, value.end));
    return value.end;
  }
  if (next === 0x20 && text.startsWith(' occurred (', end)) return afterAwsClientError(text, end + 11, found);
  if (next === 0x3a /* : */ || next === 0x20) {
    // A JavaScript object as Node or a console prints it (`{ error: 'invalid_grant' }`), or a Python
    // repr (`error '(invalid_grant) AADSTS…'`): a quoted code is as strong as a JSON field.
    const at = skipSpaces(text, end + (next === 0x3a ? 1 : 0));
    const value = next === 0x3a ? quotedCode(text, at) : parenthesisedInQuotes(text, at);
    if (value) {
      if (!acceptStrong(value.code)) return value.end;
      found.push(error(value.code, familyFor(value.code, 'oauth'), value.start, value.end));
      return value.end;
    }
  }
  if (next === 0x3a /* : */ && text.charCodeAt(end + 1) === 0x20) {
    // `error: invalid_grant` in a log line: only words we know, since `error: timeout` is everywhere.
    const value = readCode(text, skipSpaces(text, end + 1));
    if (!value || !isKnown(value.code) || !endsCode(text.charCodeAt(value.end))) return end + 1;
    found.push(error(value.code, familyFor(value.code, 'oauth'), value.start, value.end));
    return value.end;
  }
  if (
    next === 0x3f /* ? */ &&
    text.startsWith('code=', end + 1) &&
    /login\.|microsoftonline/.test(text.slice(Math.max(0, start - 80), start))
  ) {
    return pushEntraNumbers(text, end + 6, numeric, 1);
  }
  if (
    next === 0x25 /* % */ &&
    /^%3Fcode%3D/i.test(text.slice(end, end + 11)) &&
    /login\.|microsoftonline/i.test(text.slice(Math.max(0, start - 120), start))
  ) {
    return pushEntraNumbers(text, end + 10, numeric, 1);
  }
  return end;
}

/**
 * The AWS CLI's and SDKs' `An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity
 * operation: …`. Counted for the STS role operations (any code) and for codes the vocabulary knows (Cognito).
 */
function afterAwsClientError(text: string, at: number, found: ErrorMatch[]): number {
  const value = readCode(text, at);
  if (!value || text.charCodeAt(value.end) !== 0x29) return at;
  const operation = /^\) when calling the (\w{1,64}) operation/.exec(text.slice(value.end, value.end + 90))?.[1];
  // Not matched: leave the code to the other anchors (`(NotAuthorizedException)` is one itself).
  if (!operation) return at;
  const sts = /^AssumeRole/.test(operation) && /^[A-Z][A-Za-z]+$/.test(value.code);
  if (!sts && !isKnown(value.code)) return at;
  found.push(error(value.code, sts ? 'aws-sts' : familyFor(value.code, 'oauth'), value.start, value.end));
  return value.end;
}

/** Microsoft Graph's OData envelope: `"error": { "code": "InvalidAuthenticationToken", … }` (any spacing). */
function odataCode(text: string, quote: KeyQuote): Span | undefined {
  if (quote.escaped) return undefined;
  const hit = /^\s*:\s*\{\s*"code"\s*:\s*"/.exec(text.slice(quote.after, quote.after + 40));
  if (!hit) return undefined;
  const value = readCode(text, quote.after + hit[0].length);
  return value && text.charCodeAt(value.end) === 0x22 && isKnown(value.code) ? value : undefined;
}

/** `"suberror": "basic_action"` and `suberror=basic_action`. */
function afterSuberror(text: string, start: number, end: number, found: ErrorMatch[]): number {
  const quote = keyQuote(text, start, end);
  const value = quote ? quotedValueAfterColon(text, quote) : text.charCodeAt(end) === 0x3d ? readCode(text, end + 1) : undefined;
  if (!value || !acceptStrong(value.code)) return end;
  found.push(error(value.code, 'entra-suberror', value.start, value.end));
  return value.end;
}

/** `"error_codes": [70008, 50012]`: each number is an Entra code. */
function afterErrorCodes(text: string, start: number, end: number, numeric: ErrorMatch[]): number {
  const quote = keyQuote(text, start, end);
  if (!quote) return end;
  let at = skipSpaces(text, quote.after);
  if (text.charCodeAt(at) !== 0x3a) return at;
  at = skipSpaces(text, at + 1);
  if (text.charCodeAt(at) !== 0x5b /* [ */) return at;
  return pushEntraNumbers(text, at + 1, numeric, 20);
}

/** `Error 400: redirect_uri_mismatch` (Google), `Error(s): 70008` (MSAL.js), `Error: invalid_grant`. */
function afterCapitalError(text: string, _start: number, end: number, found: ErrorMatch[], numeric: ErrorMatch[]): number {
  if (text.charCodeAt(end) === 0x20 && /^ \d{3}: /.test(text.slice(end, end + 6))) {
    const value = readCode(text, end + 6);
    if (!value || !acceptStrong(value.code) || !endsCode(text.charCodeAt(value.end))) return end;
    found.push(error(value.code, 'google', value.start, value.end));
    return value.end;
  }
  if (text.startsWith('(s): ', end)) return pushEntraNumbers(text, end + 5, numeric, 20);
  if (text.startsWith(' code: ', end)) {
    // The Graph Java SDK's `Error code: InvalidAuthenticationToken`: only codes we know.
    const value = readCode(text, end + 7);
    if (!value || !isKnown(value.code) || !endsCode(text.charCodeAt(value.end))) return end;
    found.push(error(value.code, familyFor(value.code, 'oauth'), value.start, value.end));
    return value.end;
  }
  return afterClassName(text, 'Error', end, found);
}

/** MSAL.NET's `ErrorCode: invalid_grant`, and an `"errorCode": "…"` field. */
function afterErrorCodeLabel(text: string, start: number, end: number, found: ErrorMatch[]): number {
  const quote = keyQuote(text, start, end);
  const afterColon = text.charCodeAt(end) === 0x3a ? skipSpaces(text, end + 1) : -1;
  const value = quote
    ? quotedValueAfterColon(text, quote)
    : afterColon >= 0
      ? (quotedCode(text, afterColon) ?? readCode(text, afterColon))
      : undefined;
  if (!value || !acceptStrong(value.code) || !endsCode(text.charCodeAt(value.end))) return end;
  // An unknown upper-case code (`INVALID_SESSION_ID`) is a vendor's, not MSAL's.
  found.push(error(value.code, familyFor(value.code, /^[A-Z]/.test(value.code) ? 'oauth' : 'msal'), value.start, value.end));
  return value.end;
}

/**
 * Supabase Auth's `"error_code": "otp_expired"` and its redirect's `&error_code=otp_expired`. Many APIs have an
 * `error_code` field, so only codes the vocabulary or a vendor family knows count.
 */
function afterErrorCodeField(text: string, start: number, end: number, found: ErrorMatch[]): number {
  const quote = keyQuote(text, start, end);
  const value = quote ? quotedValueAfterColon(text, quote) : text.charCodeAt(end) === 0x3d ? readCode(text, end + 1) : undefined;
  if (!value || (!quote && !endsParam(text.charCodeAt(value.end)))) return end;
  const family = vocabularyFamily(value.code) ?? vendorsWithCode(value.code)[0];
  if (!family) return end;
  found.push(error(value.code, family, value.start, value.end));
  return value.end;
}

function endsParam(c: number): boolean {
  return Number.isNaN(c) || c === 0x26 /* & */ || c === 0x23 /* # */ || endsCode(c);
}

/**
 * `ServerError: invalid_grant: …`, `InteractionRequiredAuthError: interaction_required: …`,
 * `InvalidGrantError: (invalid_grant) …`. After MSAL's own classes any code-shaped word counts;
 * after any other `…Error:`/`…Exception:` only a word we know.
 */
function afterClassName(text: string, className: string, end: number, found: ErrorMatch[]): number {
  if (text.charCodeAt(end) !== 0x3a || text.charCodeAt(end + 1) !== 0x20) return end;
  let at = end + 2;
  const opener = text.charCodeAt(at);
  const bracketed = opener === 0x28 /* ( */ || opener === 0x5b; /* [ */
  if (bracketed) at++;
  const value = readCode(text, at);
  if (!value) return end;
  const closer = text.charCodeAt(value.end);
  const closes = bracketed ? closer === 0x29 || closer === 0x5d : endsCode(closer);
  const msal = MSAL_ERROR_CLASSES.has(className);
  if (!closes || !(msal ? acceptStrong(value.code) : isKnown(value.code))) return end;
  found.push(error(value.code, familyFor(value.code, msal ? 'msal' : 'oauth'), value.start, value.end));
  return value.end;
}

/** `NotAuthorizedException: …`, `(NotAuthorizedException)`, `"__type":"NotAuthorizedException"`. */
function afterCognitoName(text: string, start: number, end: number, found: ErrorMatch[]): number {
  const word = text.slice(start, end);
  const before = text.charCodeAt(start - 1);
  const next = text.charCodeAt(end);
  const lineBefore = text.slice(Math.max(0, start - LINE_LOOKBACK), start);
  const typeField = /(?:"__type"|"name"|"code"|'name'|'code'|\bcode|\bname)\s*[:=]\s*["'](?:[\w.]*#)?$/.test(lineBefore);
  const asException =
    next === 0x3a /* : */ ||
    (before === 0x28 && next === 0x29) /* (…) */ ||
    before === 0x23 /* # */ ||
    before === 0x2e /* qualified */ ||
    typeField ||
    (next === 0x20 && isUpper(text.charCodeAt(end + 1)));
  if (!asException) return end;
  if (GENERIC_AWS_EXCEPTIONS.has(word) && !/"__type"|cognito/i.test(lineContext(text, start, end))) return end;
  found.push(error(word, 'cognito', start, end));
  return end;
}

// ---- helpers ---------------------------------------------------------------------------------

interface Span {
  code: string;
  start: number;
  end: number;
}

interface KeyQuote {
  char: string;
  /** `\"error\"`: JSON inside a JSON string, as loggers often print it. */
  escaped: boolean;
  /** Where the text after the key's closing quote starts. */
  after: number;
}

/** The quote around a key (`"error"`, `'error'`, or `\"error\"`), if the key is quoted. */
function keyQuote(text: string, start: number, end: number): KeyQuote | undefined {
  const before = text.charCodeAt(start - 1);
  if (before !== 0x22 && before !== 0x27) return undefined;
  const char = before === 0x22 ? '"' : "'";
  if (char === '"' && text.charCodeAt(start - 2) === 0x5c) {
    return text.startsWith('\\"', end) ? { char, escaped: true, after: end + 2 } : undefined;
  }
  return text[end] === char ? { char, escaped: false, after: end + 1 } : undefined;
}

/** `: "value"` after a quoted key, in the same quoting as the key. */
function quotedValueAfterColon(text: string, quote: KeyQuote): Span | undefined {
  let i = skipSpaces(text, quote.after);
  if (text.charCodeAt(i) !== 0x3a) return undefined;
  i = skipSpaces(text, i + 1);
  if (quote.escaped) {
    if (text.charCodeAt(i) !== 0x5c) return undefined;
    i++;
  }
  if (text[i] !== quote.char) return undefined;
  const value = readCode(text, i + 1);
  if (!value) return undefined;
  const closing = quote.escaped ? text.charCodeAt(value.end) === 0x5c : text[value.end] === quote.char;
  return closing ? value : undefined;
}

/** A code-shaped word: letters, digits, `_`, `-`, `.`; bounded length. */
function readCode(text: string, at: number): Span | undefined {
  let end = at;
  while (end - at <= MAX_WORD && isCodeChar(text.charCodeAt(end))) end++;
  if (end === at || end - at > MAX_WORD) return undefined;
  // A trailing `.` ends a sentence, not the code.
  while (end > at && text.charCodeAt(end - 1) === 0x2e) end--;
  return end > at ? { code: text.slice(at, end), start: at, end } : undefined;
}

/** Reads `70008, 50012` (up to `max` numbers) as Entra codes written without their prefix. */
function pushEntraNumbers(text: string, at: number, numeric: ErrorMatch[], max: number): number {
  let i = at;
  for (let n = 0; n < max; n++) {
    i = skipSpaces(text, i);
    let end = i;
    while (end - i < 8 && isDigit(text.charCodeAt(end))) end++;
    const digits = end - i;
    if (digits < 5 || digits > 7 || isWordChar(text.charCodeAt(end))) return end;
    numeric.push(error(`AADSTS${text.slice(i, end)}`, 'entra', i, end));
    i = skipSpaces(text, end);
    if (text.charCodeAt(i) !== 0x2c /* , */) return i;
    i++;
  }
  return i;
}

/** In a strong error slot (an `error` field or parameter) any code-shaped word counts, not prose. */
function acceptStrong(code: string): boolean {
  // Vendors that shout (`INVALID_CLIENT`, `INVALID_SESSION_ID`) count like the snake_case ones.
  return isKnown(code) || /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(code) || /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(code);
}

/** `'code'` or `"code"` at `at`: a code in matching quotes. */
function quotedCode(text: string, at: number): Span | undefined {
  const quote = text.charCodeAt(at);
  if (quote !== 0x22 && quote !== 0x27) return undefined;
  const value = readCode(text, at + 1);
  return value && text.charCodeAt(value.end) === quote ? value : undefined;
}

/** `'(code) …` at `at`: Azure.Identity's and MSAL Python's `(invalid_grant) AADSTS…` inside a quoted message. */
function parenthesisedInQuotes(text: string, at: number): Span | undefined {
  const quote = text.charCodeAt(at);
  if ((quote !== 0x22 && quote !== 0x27) || text.charCodeAt(at + 1) !== 0x28) return undefined;
  const value = readCode(text, at + 2);
  return value && text.charCodeAt(value.end) === 0x29 ? value : undefined;
}

function isKnown(code: string): boolean {
  return OAUTH_ERROR_CODES.has(code) || vocabularyFamily(code) !== undefined;
}

function familyFor(code: string, fallback: ErrorFamily): ErrorFamily {
  return vocabularyFamily(code) ?? fallback;
}

/** Keycloak's event logger: `type=LOGIN_ERROR, … error=invalid_user_credentials`. */
function isKeycloakEventLine(text: string, at: number): boolean {
  // Kept in step with `keycloakGate`: each alternative holds `_ERROR` or `org.keycloak`.
  const before = text.slice(Math.max(0, at - LINE_LOOKBACK), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return /type="?[A-Z_]*_ERROR\b|org\.keycloak/.test(line);
}

/**
 * Whether `isKeycloakEventLine(text, at)` can be true: its look-back window must hold `_ERROR` or
 * `org.keycloak`. Found with `indexOf`, remembered: anchors come in order, so each search picks up where the
 * last one stopped and the text is read once in all, where the check itself reads 400 characters per `error=`
 * (a third of the time on a line made of `error=access_denied&`).
 */
interface KeycloakGate {
  mayBeEventLine(at: number): boolean;
}

function keycloakGate(text: string): KeycloakGate {
  const signs = [nextOccurrence(text, '_ERROR'), nextOccurrence(text, 'org.keycloak')];
  return {
    mayBeEventLine(at) {
      const from = Math.max(0, at - LINE_LOOKBACK);
      return signs.some((sign) => sign.within(from, at));
    },
  };
}

/**
 * How far past the window one search for a Keycloak sign reads: the next few anchors on a dense line are answered
 * by it, and a sparse log (one `error=` every few KB, no sign anywhere) reads little more than the windows.
 */
const SIGN_HORIZON = LINE_LOOKBACK;

/** Where `needle` next is in `text`, remembered between questions asked in increasing order (any order stays correct). */
function nextOccurrence(text: string, needle: string): { within(from: number, to: number): boolean } {
  // `needle` starts nowhere in [searchedFrom, clearUntil); when `next` is not -1 it starts there (clearUntil === next).
  let searchedFrom = -1;
  let clearUntil = -1;
  let next = -1;
  return {
    /** Whether `needle` lies wholly inside `[from, to)`. */
    within(from, to) {
      const lastStart = to - needle.length;
      if (lastStart < from) return false;
      if (searchedFrom < 0 || from < searchedFrom || (next === -1 ? lastStart >= clearUntil : from > next)) {
        // A view of the window and a stretch after it (V8 slices without copying): indexOf never runs to the text's end.
        const end = Math.min(text.length, to + SIGN_HORIZON);
        const at = text.slice(from, end).indexOf(needle);
        searchedFrom = from;
        next = at === -1 ? -1 : from + at;
        clearUntil = at === -1 ? end - needle.length + 1 : next;
      }
      return next !== -1 && next <= lastStart;
    },
  };
}

function lineContext(text: string, start: number, end: number): string {
  const before = text.slice(Math.max(0, start - LINE_LOOKBACK), start);
  const after = text.slice(end, end + LINE_LOOKBACK);
  const nl = after.indexOf('\n');
  return before.slice(before.lastIndexOf('\n') + 1) + after.slice(0, nl === -1 ? after.length : nl);
}

/**
 * Vendor meaning first: a generic code (`invalid_grant`, `invalid_client`) next to evidence of a vendor whose
 * family has its own entry for it is reported as the vendor's. The evidence is searched only when some match could use it.
 */
function attributeVendors(found: ErrorMatch[], text: string, before: number): void {
  let evidence: VendorEvidence | undefined;
  for (let i = 0; i < found.length; i++) {
    const match = found[i]!;
    if (match.start >= before) continue; // past a capped search's stop: dropped by finish
    if (CONTEXT_FAMILIES.has(match.family) || match.family === 'entra' || match.family === 'b2c') continue;
    const candidates = vendorsWithCode(match.code);
    if (candidates.length === 0) continue;
    // `{"error":"invalid_grant","error_description":"AADSTS50173: …"}`: the response itself names Entra.
    if (besideMicrosoftCode(found, i, text)) continue;
    evidence ??= vendorEvidence(text);
    const vendor = evidence.near(match.start, match.end, candidates);
    if (vendor) found[i] = { ...match, family: vendor };
  }
}

/** How near an Entra or B2C code must be, on the same line, for a generic code to be read as Microsoft's. */
const MICROSOFT_NEIGHBOUR = 400;

/** Whether the match next to `found[i]` (either side) is an Entra or B2C code on the same line, close by. */
function besideMicrosoftCode(found: ErrorMatch[], i: number, text: string): boolean {
  const match = found[i]!;
  for (const j of [i - 1, i + 1]) {
    const other = found[j];
    if (!other || (other.family !== 'entra' && other.family !== 'b2c')) continue;
    const from = Math.min(match.end, other.end);
    const to = Math.max(match.start, other.start);
    if (to - from > MICROSOFT_NEIGHBOUR) continue;
    let k = from;
    while (k < to && text.charCodeAt(k) !== 0x0a) k++; // bounded by MICROSOFT_NEIGHBOUR, not by the line
    if (k >= to) return true;
  }
  return false;
}

/** `before`: a capped search's stop; matches from there on are dropped (they only served the ones before as context). */
function finish(found: ErrorMatch[], numeric: ErrorMatch[], text: string, before = Infinity): ErrorMatch[] {
  attributeVendors(found, text, before);
  if (numeric.length > 0) {
    const aadsts = new Map<string, number[]>();
    for (const match of found)
      if (match.family === 'entra') (aadsts.get(match.code) ?? aadsts.set(match.code, []).get(match.code)!).push(match.start);
    for (const match of numeric) {
      const near = aadsts.get(match.code)?.some((start) => Math.abs(start - match.start) <= NUMERIC_DEDUPE_WINDOW);
      if (!near) found.push(match);
    }
  }
  // Usually already in order and without repeats (one anchor pass, left to right): then no sort and no copy.
  let ordered = true;
  let repeated = false;
  for (let i = 1; i < found.length && ordered; i++) {
    const a = found[i - 1]!;
    const b = found[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) ordered = false;
    else if (a.start === b.start && a.end === b.end) repeated = true;
  }
  if (!ordered) found.sort((a, b) => a.start - b.start || a.end - b.end);
  if (before !== Infinity) found.length = countBefore(found, before);
  if (ordered && !repeated) return found;
  return found.filter((match, i) => i === 0 || match.start !== found[i - 1]!.start || match.end !== found[i - 1]!.end);
}

function error(code: string, family: string, start: number, end: number): ErrorMatch {
  return { kind: 'error', code, family, start, end };
}

function shift(match: ErrorMatch, offset: number): ErrorMatch {
  return offset === 0 ? match : { ...match, start: match.start + offset, end: match.end + offset };
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i - at < 16 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i;
}

function endsCode(c: number): boolean {
  // end of text, whitespace, or punctuation that can follow a code in a message
  return (
    Number.isNaN(c) ||
    c <= 0x20 ||
    c === 0x3a ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x2e ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x5c ||
    c === 0x7d ||
    c === 0x3c
  );
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isCodeChar(c: number): boolean {
  return isWordChar(c) || c === 0x2d || c === 0x2e;
}
