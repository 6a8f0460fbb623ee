import type { ErrorMatch, Finding, TokenMatch } from './findings';
import { findTokens } from '../tokens/detect';
import { findErrors } from '../errors/recognize';
import { findSaml } from '../saml/detect';
import { countBefore, maxHitsOf, type ScanLimits } from './limits';

export { DEFAULT_MAX_HITS, type ScanLimits } from './limits';

// The detectors' match types live in the leaf module findings.ts (the detectors import them from there, not from here).
export type { ErrorMatch, TokenMatch } from './findings';

export interface ScanOptions {
  tokens?: boolean;
  errors?: boolean;
  /** SAML messages (`scanText` only; live capture reads offsets of tokens and errors). */
  saml?: boolean;
}

/**
 * Finds every token and every auth error code in `text`, ordered by position, with 1-based line
 * numbers. The finders do the work (each a pass driven by rare anchors); this merges their
 * position-ordered results and numbers lines in one pass. Each finder examines at most
 * `DEFAULT_MAX_HITS` anchors: a text denser than that is searched only in part, silently (a caller
 * that shows the results to someone uses `scanTextWithLimits`, which says where it stopped).
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  return scanTextWithLimits(text, options).findings;
}

export interface LimitedScan {
  findings: Finding[];
  /**
   * Set when a finder ran out of its budget (`maxHits`): the text offset where the scan stopped. The
   * findings are every one that starts before it, as a scan of the whole text would report them.
   */
  stoppedAt?: number;
}

/** `scanText` with the finders' budget given (`maxHits`, default `DEFAULT_MAX_HITS`) and where it ran out. */
export function scanTextWithLimits(text: string, options: ScanOptions & { maxHits?: number } = {}): LimitedScan {
  const limits: ScanLimits = options.maxHits === undefined ? {} : { maxHits: options.maxHits };
  const found: (TokenMatch | ErrorMatch | ReturnType<typeof findSaml>[number])[] = scanOffsets(text, options, limits);
  const stoppedAt = limits.stoppedAt;
  let saml = options.saml === false ? [] : findSaml(text);
  if (stoppedAt !== undefined) saml = saml.filter((message) => message.start < stoppedAt);
  const findings = withLineNumbers(text, saml.length === 0 ? found : mergeByStart(found, saml)) as Finding[];
  return stoppedAt === undefined ? { findings } : { findings, stoppedAt };
}

/**
 * The same findings without line numbers, for callers that only need offsets (live capture, the
 * benchmark's pure scanning figure): numbering lines means reading every newline of the text.
 * `limits` is each finder's budget (see `ScanLimits`); when either stops early, `limits.stoppedAt` is
 * the earlier stop and only the findings starting before it are returned.
 */
export function scanOffsets(text: string, options: ScanOptions = {}, limits?: ScanLimits): (TokenMatch | ErrorMatch)[] {
  const tokenLimits: ScanLimits = { maxHits: maxHitsOf(limits) };
  const errorLimits: ScanLimits = { maxHits: tokenLimits.maxHits };
  const tokens = options.tokens === false ? [] : findTokens(text, tokenLimits);
  const errors = options.errors === false ? [] : findErrors(text, errorLimits);
  const stoppedAt = Math.min(tokenLimits.stoppedAt ?? Infinity, errorLimits.stoppedAt ?? Infinity);
  if (limits) limits.stoppedAt = stoppedAt === Infinity ? undefined : stoppedAt;
  if (stoppedAt === Infinity) return mergeByStart(tokens, errors);
  return mergeByStart(before(tokens, stoppedAt), before(errors, stoppedAt));
}

/** The leading matches of a position-ordered list that start before `offset`. */
function before<T extends { start: number }>(sorted: T[], offset: number): T[] {
  const keep = countBefore(sorted, offset);
  return keep === sorted.length ? sorted : sorted.slice(0, keep);
}

/** Merges two position-ordered lists into one. */
function mergeByStart<A extends { start: number; end: number }, B extends { start: number; end: number }>(a: A[], b: B[]): (A | B)[] {
  const merged = new Array<A | B>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    merged[k++] = x.start < y.start || (x.start === y.start && x.end <= y.end) ? (i++, x) : (j++, y);
  }
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

/**
 * Adds `line` to offset-sorted matches, counting newlines once from the start of the text. The
 * matches are the finders' own fresh objects, so the number is set on them in place: copying each
 * one (`{ ...match, line }`) cost more than counting the newlines of a 100 MB log.
 */
function withLineNumbers<T extends { start: number }>(text: string, sorted: T[]): (T & { line: number })[] {
  const numbered = sorted as (T & { line: number })[];
  let line = 1;
  let nl = text.indexOf('\n');
  for (let i = 0; i < numbered.length; i++) {
    const match = numbered[i]!;
    const start = match.start;
    while (nl !== -1 && nl < start) {
      line++;
      nl = text.indexOf('\n', nl + 1);
    }
    match.line = line;
  }
  return numbered;
}
