/**
 * How a claim value reads in one line, for the hover, the decoded view and decorations. Pure (no
 * `vscode`), so the unit tests can run it; escaping is the caller's job (markdown or HTML).
 */
import type { AnalyzedClaim, TokenAnalysis } from '../tokens/analysisTypes';
import type { JsonValue } from '../tokens/types';
import { kindLabel } from '../tokens/analyze';
import { truncate } from './escape';
import { jsonText } from '../json';

/** "Microsoft Entra ID (v2.0 issuer) access token", "unsigned token", "encrypted token". */
export function tokenTitle(analysis: TokenAnalysis): string {
  const provider = analysis.provider.id === 'unknown' ? '' : `${analysis.provider.name} `;
  return `${provider}${kindLabel(analysis)}`;
}

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
