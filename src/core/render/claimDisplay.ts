/**
 * How a claim value reads in one line, for the hover, the decoded view and decorations. Pure (no
 * `vscode`), so the unit tests can run it; escaping is the caller's job (markdown or HTML).
 */
import type { AnalyzedClaim } from '../tokens/analysisTypes';
import type { JsonValue } from '../tokens/types';
import { tokenTitle } from '../tokens/analyze';
import { truncate } from './escape';
import { jsonText } from '../json';

export { tokenTitle };

/** The value as one line of text: strings as they are, everything else as compact JSON. */
export function valueText(value: JsonValue, maxLength = 64 * 1024): string {
  // jsonText: no recursion, no `String(value)` (which throws on a `toString` key that is not a function).
  return typeof value === 'string' ? value : jsonText(value, { maxLength });
}

/** One-line value for tight spaces: times as the date plus what the time means now. */
export function shortClaimValue(claim: AnalyzedClaim, maxLength: number): string {
  if (claim.time) return `${claim.time.iso} (${claim.time.words})`;
  return truncate(valueText(claim.value, maxLength + 1), maxLength);
}
