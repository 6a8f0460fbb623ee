/**
 * A work budget for one call of a finder (`findErrors`, `findTokens`, the scans built on them).
 *
 * Each anchor a finder stops at costs a bounded but real amount of work (a few hundred nanoseconds to a
 * few microseconds), and a text can be nothing but anchors: 4 MB of `AADSTS50058 ` holds 350,000 codes.
 * No per-hit speed-up makes such a text cheap, so a call examines at most `maxHits` anchors and then says
 * where it stopped. Real output is far below the default: a 64 KiB piece of a busy log has fewer than 100.
 */
export interface ScanLimits {
  /** How many anchor hits (`eyJ` starts, error anchors) the call may examine; `Infinity` for no limit. */
  maxHits?: number;
  /**
   * Set by the finder when it stopped early: the text offset of the first anchor past the budget.
   * Everything that starts before it was found, exactly as a search of the whole text would find it;
   * nothing at or after it is reported. Left undefined when the whole text was searched.
   */
  stoppedAt?: number;
}

/**
 * The budget of every caller that sets none. Measured on 4 MB texts made of one anchor family (the fuzzer's
 * huge inputs; best of 7 runs, a 2-core machine): 10,000 hits cost about 16 ms for the dearest family
 * (`error=access_denied&`, each code asks for vendor evidence) and 2 ms for the cheapest (`error `, no code),
 * where the whole text took 90 to 320 ms. On this workplace's slower machines (a plain read of 4 MB takes
 * 11–23 ms there, from one second to the next) 10,000 brought a whole scan of such a text (tokens, errors
 * and SAML, each with its budget) to 48 ms of the fuzzer's 50; 5,000 takes its slowest from 32 to 24 ms
 * (best of 15). Real texts never reach it: a 64 KiB piece of a busy log holds fewer than 100 hits, and a
 * hover reads at most 20,000 characters (at most 5,000 anchors of four characters or more).
 */
export const DEFAULT_MAX_HITS = 5_000;

/** The budget `limits` asks for: a whole number of at least 1, or `Infinity`. */
export function maxHitsOf(limits: ScanLimits | undefined): number {
  const max = limits?.maxHits;
  if (max === undefined || Number.isNaN(max)) return DEFAULT_MAX_HITS;
  return max === Infinity ? Infinity : Math.max(1, Math.floor(max));
}

/** How many of the leading matches of a position-ordered list start before `offset` (what a capped search keeps). */
export function countBefore(sorted: readonly { start: number }[], offset: number): number {
  let keep = sorted.length;
  while (keep > 0 && sorted[keep - 1]!.start >= offset) keep--;
  return keep;
}
