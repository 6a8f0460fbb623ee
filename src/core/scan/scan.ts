import type { ErrorMatch, Finding, TokenMatch } from './findings';
import { findTokens } from '../tokens/detect';
import { findErrors } from '../errors/recognize';
import { findSaml } from '../saml/detect';

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
 * position-ordered results and numbers lines in one pass.
 */
export function scanText(text: string, options: ScanOptions = {}): Finding[] {
  const found: (TokenMatch | ErrorMatch | ReturnType<typeof findSaml>[number])[] = scanOffsets(text, options);
  const saml = options.saml === false ? [] : findSaml(text);
  return withLineNumbers(text, saml.length === 0 ? found : mergeByStart(found, saml)) as Finding[];
}

/**
 * The same findings without line numbers, for callers that only need offsets (live capture, the
 * benchmark's pure scanning figure): numbering lines means reading every newline of the text.
 */
export function scanOffsets(text: string, options: ScanOptions = {}): (TokenMatch | ErrorMatch)[] {
  const tokens = options.tokens === false ? [] : findTokens(text);
  const errors = options.errors === false ? [] : findErrors(text);
  return mergeByStart(tokens, errors);
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
