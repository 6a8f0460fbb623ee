/**
 * Scans output that arrives in pieces (debug console events, terminal writes) for tokens and auth
 * error codes, one stream at a time.
 *
 * - A stream is anything that prints lines of its own: one debug session's stdout, its stderr. Each
 *   keeps its own unfinished line, so interleaved stdout and stderr never mix into one false line.
 * - Only complete lines are scanned. The unfinished last line waits for the next piece, so a token
 *   or a code split across two pieces is found whole. Tokens and codes never span a newline.
 * - Memory is bounded whatever the stream: an unfinished line longer than `maxLineLength` is scanned
 *   as it is and only its last `keepChars` are kept; the number of streams is capped (least recently
 *   fed goes first).
 * - Each finding is reported once: offsets are counted from the stream's start, and nothing that
 *   starts before the end of the last reported finding is reported again. An Entra code written both
 *   ways (`AADSTS50058: …` and `"error_codes": [50058]`) is one finding however the output is cut
 *   into pieces: the recogniser merges the two within one scan, the stream remembers them across scans.
 * - Cheap on the hot path: complete lines go straight to the finders, which are themselves one
 *   `indexOf`/anchor pass (a separate precheck over the same text measured as costly as the scan
 *   itself: see bench/capture.bench.ts). Short pieces and the unfinished line are prechecked for the
 *   finders' anchors (`eyJ`, `AADSTS`, `AADB2C`, `E0000`, `IDX`, `rror`, `Exception`, `oauth2: "`, and the
 *   recogniser's upper-case vendor anchors `INVALID_`, `ACCESS_FAILED`, `SAML:2.0:status:`), so the common one-line event
 *   without any of them costs one short regex test.
 */
import { scanOffsets, type ErrorMatch, type TokenMatch } from '../scan/scan';
import { DEFAULT_MAX_HITS, type ScanLimits } from '../scan/limits';
import { MAX_TOKEN_LENGTH } from '../tokens/limits';
import { NUMERIC_DEDUPE_WINDOW } from '../errors/recognize';
import { detached } from '../text/detach';

/** A finding in a stream. No line number: offsets count from the start of the stream instead. */
export type StreamMatch = TokenMatch | ErrorMatch;

/** What the finders start from: a text without any of these holds no token and no error code. */
export const SCAN_ANCHORS = [
  'eyJ',
  'AADSTS',
  'AADB2C',
  'E0000',
  'IDX',
  'rror',
  'Exception',
  'oauth2: "',
  'SAML:2.0:status:',
  'INVALID_',
  'ACCESS_FAILED',
] as const;
const ANCHOR_OVERLAP = Math.max(...SCAN_ANCHORS.map((anchor) => anchor.length)) - 1;
const ANCHOR_PATTERN = new RegExp(SCAN_ANCHORS.join('|'));
/** Pieces up to this long are prechecked for anchors before scanning; longer ones go to the finders directly. */
const SHORT_PIECE = 512;

/** Longest stretch of an error line kept as its context (for the explanation and the tooltip). */
export const MAX_CONTEXT_LENGTH = 2000;

export interface StreamScannerOptions {
  /** Characters of an endless line kept between pieces: enough for the longest token plus its context. */
  keepChars?: number;
  /** An unfinished line is scanned as it is once it grows past this. At least `2 * keepChars`. */
  maxLineLength?: number;
  /** How many streams are followed at once; the least recently fed is forgotten first. */
  maxStreams?: number;
  /**
   * The finder; `scanOffsets` (what `scanText` runs, without line numbers) unless a test injects another.
   * It gets each scan's budget in `limits` and sets `limits.stoppedAt` when it ran out.
   */
  scan?: (text: string, limits: ScanLimits) => StreamMatch[];
  /**
   * The finders' budget per scan (anchor hits, see `ScanLimits`): `DEFAULT_MAX_HITS` unless set. A scan that
   * runs out reports what it found before it stopped and counts in `stats().cappedScans`; `authlens scan`
   * passes `Infinity`, since it must report everything.
   */
  maxHitsPerScan?: number;
  /** Whether error findings carry their `context` (live capture shows it; `authlens scan` does not). Default true. */
  context?: boolean;
}

/** A finding with offsets counted from the start of its stream. */
export interface StreamFinding {
  stream: string;
  finding: StreamMatch;
  /**
   * The line the finding is on (errors only), at most `MAX_CONTEXT_LENGTH` characters around it;
   * for a line inside a pretty-printed JSON object, the object's lines that have arrived.
   */
  context?: string;
  /** Stream offset where `context` starts: findings with the same one come from the same line (or object). */
  contextStart?: number;
}

export interface StreamScannerStats {
  streams: number;
  /** Characters held in unfinished lines, all streams together. */
  bufferedChars: number;
  /** Characters fed so far, all streams together. */
  fedChars: number;
  /** Characters actually handed to the finder. */
  scannedChars: number;
  /** Scans that ran out of their budget (`maxHitsPerScan`) and so reported only what came before their stop. */
  cappedScans: number;
}

export interface StreamScanner {
  /** Adds a piece of output to a stream; returns what the piece completed. Never throws. */
  feed(stream: string, piece: string): StreamFinding[];
  /** Scans a stream's unfinished line as if it ended here (output went quiet); keeps following the stream. */
  flush(stream: string): StreamFinding[];
  /** Scans a stream's unfinished line and forgets the stream. */
  end(stream: string): StreamFinding[];
  /** Ends every stream whose key starts with `prefix` (e.g. all streams of one debug session). */
  endAll(prefix?: string): StreamFinding[];
  stats(): StreamScannerStats;
}

interface StreamState {
  /** The unfinished line (or the kept end of an endless one). */
  tail: string;
  /** Stream offset of `tail[0]`. */
  tailStart: number;
  /** Stream offset where the last reported finding ends: nothing starting before it is reported again. */
  reportedUntil: number;
  /** Whether `tail` holds an anchor, so a piece without one can still complete a finding. */
  tailHasAnchor: boolean;
  /** The tail's last few characters (an anchor may start there and end in the next piece). */
  tailEnd: string;
  /** Entra codes reported lately → stream offset, in each spelling (`AADSTS50058`, a bare `50058`). */
  recentEntra: Map<string, { textual?: number; numeric?: number }>;
}

/** How many Entra codes a stream remembers for merging the two spellings across scans. */
const RECENT_ENTRA_CODES = 64;

/** `"error_codes": [50058]`: the recogniser reports `AADSTS50058` over the bare number. */
function isBareEntraNumber(finding: StreamMatch): boolean {
  return (
    finding.kind === 'error' &&
    finding.family === 'entra' &&
    finding.code.startsWith('AADSTS') &&
    finding.end - finding.start === finding.code.length - 6
  );
}

/**
 * False when `finding` (at stream offset `start`) is the other spelling of an Entra code reported
 * within the recogniser's window in an earlier scan; records it otherwise.
 */
function firstEntraSpelling(state: StreamState, finding: StreamMatch, start: number): boolean {
  if (finding.kind !== 'error' || finding.family !== 'entra') return true;
  const numeric = isBareEntraNumber(finding);
  const seen = state.recentEntra.get(finding.code) ?? {};
  const other = numeric ? seen.textual : seen.numeric;
  if (other !== undefined && Math.abs(start - other) <= NUMERIC_DEDUPE_WINDOW) return false;
  if (numeric) seen.numeric = start;
  else seen.textual = start;
  state.recentEntra.delete(finding.code);
  state.recentEntra.set(detached(finding.code), seen); // a copy: the code is a view into the scanned text
  if (state.recentEntra.size > RECENT_ENTRA_CODES) state.recentEntra.delete(state.recentEntra.keys().next().value!);
  return true;
}

export function createStreamScanner(options: StreamScannerOptions = {}): StreamScanner {
  const keepChars = Math.max(1024, options.keepChars ?? MAX_TOKEN_LENGTH + 1024);
  const maxLineLength = Math.max(2 * keepChars, options.maxLineLength ?? 2 * keepChars);
  const maxStreams = Math.max(1, options.maxStreams ?? 64);
  const scan = options.scan ?? ((text: string, limits: ScanLimits) => scanOffsets(text, {}, limits));
  const withContext = options.context !== false;
  const maxHits = options.maxHitsPerScan ?? DEFAULT_MAX_HITS;
  const streams = new Map<string, StreamState>();
  let fedChars = 0;
  let scannedChars = 0;
  let cappedScans = 0;

  /** Scans `text` (which starts at stream offset `base`); `openEnd` means the text may continue. */
  function collect(key: string, state: StreamState, text: string, base: number, openEnd: boolean, out: StreamFinding[]): void {
    scannedChars += text.length;
    let findings: StreamMatch[];
    const limits: ScanLimits = { maxHits };
    try {
      findings = scan(text, limits);
    } catch {
      return; // a finder bug must not break the debug session it watches
    }
    // A line denser than the budget: what comes after the stop is not looked at (see `denseOutputNote`).
    if (limits.stoppedAt !== undefined) cappedScans++;
    let line: LineBounds = NO_LINE;
    for (const finding of findings) {
      // Touching the end of an open text: the rest of the token or code may be in the next piece.
      if (openEnd && finding.end >= text.length) continue;
      const start = base + finding.start;
      if (start < state.reportedUntil) continue;
      state.reportedUntil = base + finding.end;
      if (!firstEntraSpelling(state, finding, start)) continue;
      // The finder's objects are fresh for each scan: shifted in place rather than copied.
      finding.start = start;
      finding.end = base + finding.end;
      const found: StreamFinding = { stream: key, finding };
      if (withContext && finding.kind === 'error') {
        // One line's bounds serve all its findings (found in order): a 4 MB line with 130,000 codes on it
        // once walked 4,000 characters per finding to find them again.
        const at = start - base;
        if (!(at >= line.start && at <= line.end) || line.text !== text) line = lineAt(text, at);
        const around = contextAround(text, at, finding.end - base, line);
        found.context = around.text;
        found.contextStart = base + around.start;
      }
      out.push(found);
    }
  }

  let lastKey: string | undefined;
  function stateOf(key: string): StreamState {
    let state = streams.get(key);
    if (state) {
      // Keep the map in least-recently-fed order (nothing to do when the same stream is fed again).
      if (key !== lastKey) {
        streams.delete(key);
        streams.set(key, state);
        lastKey = key;
      }
      return state;
    }
    lastKey = key;
    state = { tail: '', tailStart: 0, reportedUntil: 0, tailHasAnchor: false, tailEnd: '', recentEntra: new Map() };
    streams.set(key, state);
    if (streams.size > maxStreams) {
      const oldest = streams.keys().next().value;
      if (oldest !== undefined) streams.delete(oldest);
    }
    return state;
  }

  function feed(key: string, piece: string): StreamFinding[] {
    if (typeof key !== 'string' || typeof piece !== 'string' || piece.length === 0) return [];
    fedChars += piece.length;
    const state = stateOf(key);
    const out: StreamFinding[] = [];
    if (state.tail.length > 0 && piece.length > SHORT_PIECE) {
      // A long piece finishing an unfinished line: scan that line on its own and go on with the rest
      // of the piece as it is, so a multi-megabyte piece is never copied into one joined string.
      const firstNewline = piece.indexOf('\n');
      if (firstNewline !== -1 && firstNewline < piece.length - 1) {
        const firstLine = state.tail + piece.slice(0, firstNewline + 1);
        collect(key, state, firstLine, state.tailStart, false, out);
        state.tailStart += firstLine.length;
        state.tail = '';
        state.tailHasAnchor = false;
        state.tailEnd = '';
        piece = piece.slice(firstNewline + 1);
      }
    }
    // Nothing here reads the whole tail for a piece that does not end a line: `tail + piece` stays a
    // rope until a line completes (or overflows), so a line printed a character at a time costs
    // linear time, not a copy of the growing line per character.
    const text = state.tail.length === 0 ? piece : state.tail + piece;
    const base = state.tailStart;
    // The tail never holds a newline, so the last one of the text is the piece's.
    const newline = piece.lastIndexOf('\n');
    const lineEnd = newline === -1 ? 0 : state.tail.length + newline + 1;
    // Anchors that end inside the piece (or straddle the tail's last characters and the piece).
    const joined = state.tailEnd + piece;
    const pieceHasAnchor = piece.length > SHORT_PIECE && !state.tailHasAnchor ? undefined : hasAnchor(joined);
    // Long pieces: the finders' own anchor pass is the precheck. Short ones: a quick look first.
    const mayHold = state.tailHasAnchor || piece.length > SHORT_PIECE || pieceHasAnchor === true;

    // Complete lines: final, scanned once.
    if (mayHold && lineEnd > 0) collect(key, state, lineEnd === text.length ? text : text.slice(0, lineEnd), base, false, out);

    let rest = lineEnd === 0 ? text : piece.slice(newline + 1);
    let restStart = base + lineEnd;
    let restIsNew = lineEnd > 0;
    if (rest.length > maxLineLength) {
      // An endless line: report what can no longer grow, keep only its end.
      if (mayHold) collect(key, state, rest, restStart, true, out);
      const drop = rest.length - keepChars;
      rest = rest.slice(drop);
      restStart += drop;
      restIsNew = true;
    }
    state.tail = rest;
    state.tailStart = restStart;
    state.tailEnd = (restIsNew ? rest : joined).slice(-ANCHOR_OVERLAP);
    state.tailHasAnchor =
      mayHold && rest.length > 0 && (restIsNew ? hasAnchor(rest) : state.tailHasAnchor || (pieceHasAnchor ?? hasAnchor(joined)));
    return out;
  }

  function flush(key: string): StreamFinding[] {
    const state = streams.get(key);
    const out: StreamFinding[] = [];
    if (state && state.tailHasAnchor) collect(key, state, state.tail, state.tailStart, false, out);
    return out;
  }

  function end(key: string): StreamFinding[] {
    const out = flush(key);
    streams.delete(key);
    if (key === lastKey) lastKey = undefined;
    return out;
  }

  function endAll(prefix = ''): StreamFinding[] {
    const keys = [...streams.keys()].filter((key) => key.startsWith(prefix));
    return keys.flatMap((key) => end(key));
  }

  function stats(): StreamScannerStats {
    let bufferedChars = 0;
    for (const state of streams.values()) bufferedChars += state.tail.length;
    return { streams: streams.size, bufferedChars, fedChars, scannedChars, cappedScans };
  }

  return { feed, flush, end, endAll, stats };
}

/**
 * What the Captured view says once some output was too dense to scan whole (`stats().cappedScans`), or
 * undefined while none was: the user must know that codes past the stop were not looked for.
 */
export function denseOutputNote(cappedScans: number, maxHits = DEFAULT_MAX_HITS): string | undefined {
  if (!(cappedScans > 0)) return undefined;
  const times = cappedScans === 1 ? 'once' : `${cappedScans} times`;
  return `Some output was too dense to scan whole (${times}: after ${maxHits.toLocaleString('en-US')} possible tokens or codes in one stretch, the rest of it was skipped).`;
}

/** True when `text` holds one of the finders' anchors at or after `from`. One regex pass, not one per anchor. */
export function hasAnchor(text: string, from = 0): boolean {
  return ANCHOR_PATTERN.test(from > 0 ? text.slice(from) : text);
}

/** Lines of a pretty-printed object looked at either way from the error's line. */
const MAX_CONTEXT_LINES = 24;

/**
 * The line holding `[start, end)`, trimmed to at most `MAX_CONTEXT_LENGTH` characters around it. When
 * that line is a member of a pretty-printed JSON object (`  "error": "invalid_grant",`), the object's
 * other lines present in `text` come with it, so the whole response can be explained: up to the line
 * that opens it (`{`) and the one that closes it (`}`), at most `MAX_CONTEXT_LINES` each way.
 */
export function contextAround(text: string, start: number, end: number, line?: LineBounds): { text: string; start: number } {
  // Bounded walks, never lastIndexOf/indexOf per finding: on a long line those read back to its start (and
  // on to its end) for every finding on it, quadratic in the line's length. With the line's bounds known
  // (computed once for all its findings), the same clipped bounds in constant time.
  const floor = Math.max(0, start - MAX_CONTEXT_LENGTH);
  const ceiling = Math.min(text.length, end + MAX_CONTEXT_LENGTH);
  const known = line !== undefined && line.text === text && start >= line.start && end <= line.end;
  let lineStart = known ? Math.max(line.start, floor) : lineStartBefore(text, start, floor);
  let lineEnd = known ? Math.min(line.end, ceiling) : lineEndAfter(text, end, ceiling);
  const wholeLine =
    (lineStart === 0 || text.charCodeAt(lineStart - 1) === 0x0a) && (lineEnd === text.length || text.charCodeAt(lineEnd) === 0x0a);
  if (wholeLine && isMemberLine(text.slice(lineStart, lineEnd))) {
    // Back to the line that opens the object, forward to the one that closes it, by bracket depth
    // (a rough count that ignores brackets inside strings: good enough to frame a response).
    let from = lineStart;
    let depth = 0;
    let opened = false;
    for (let n = 0; n < MAX_CONTEXT_LINES && from > floor; n++) {
      const previous = lineStartBefore(text, from - 1, floor);
      depth += bracketBalance(text.slice(previous, from - 1));
      from = previous;
      if (depth > 0) {
        opened = true;
        break;
      }
    }
    let to = lineEnd;
    depth = bracketBalance(text.slice(from, lineEnd));
    for (let n = 0; opened && depth > 0 && n < MAX_CONTEXT_LINES && to < ceiling; n++) {
      const nextEnd = lineEndAfter(text, to + 1, ceiling);
      depth += bracketBalance(text.slice(to + 1, nextEnd));
      to = nextEnd;
    }
    if (opened && to - from <= MAX_CONTEXT_LENGTH) {
      lineStart = from;
      lineEnd = to;
    }
  }
  const half = Math.max(0, (MAX_CONTEXT_LENGTH - (end - start)) >> 1);
  const from = Math.max(lineStart, lineEnd - lineStart > MAX_CONTEXT_LENGTH ? start - half : lineStart);
  const to = Math.min(lineEnd, lineEnd - lineStart > MAX_CONTEXT_LENGTH ? end + half : lineEnd);
  // A trailing CR dropped by hand: `/\r$/` tries every position of the (up to 2,000-character) slice.
  return { text: text.slice(from, to > from && text.charCodeAt(to - 1) === 0x0d ? to - 1 : to), start: from };
}

/** The whole line of `text` holding a position: `start` just after a newline (or 0), `end` at the next newline (or the text's end). */
export interface LineBounds {
  text: string;
  start: number;
  end: number;
}
const NO_LINE: LineBounds = { text: '', start: 1, end: 0 };

/** The line holding `pos`, read once (its findings share it: linear in the line for all of them). */
export function lineAt(text: string, pos: number): LineBounds {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const newline = text.indexOf('\n', pos);
  return { text, start: pos === 0 ? 0 : start, end: newline === -1 ? text.length : newline };
}

/** Where the line holding `pos` starts, looking back no further than `floor`. */
function lineStartBefore(text: string, pos: number, floor: number): number {
  let i = pos;
  while (i > floor && text.charCodeAt(i - 1) !== 0x0a) i--;
  return i;
}

/** Where the line holding `pos` ends (its newline), looking no further than `ceiling`. */
function lineEndAfter(text: string, pos: number, ceiling: number): number {
  let i = pos;
  while (i < ceiling && text.charCodeAt(i) !== 0x0a) i++;
  return i;
}

/** Opening minus closing brackets on a line. */
function bracketBalance(line: string): number {
  let balance = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 123 || code === 91)
      balance++; // { [
    else if (code === 125 || code === 93) balance--; // } ]
  }
  return balance;
}

/** `"error": "invalid_grant",`, `  "error_codes": [`: one member of a pretty-printed JSON object. */
function isMemberLine(line: string): boolean {
  return /^\s*"[^"\n]{1,64}"\s*:/.test(line);
}
