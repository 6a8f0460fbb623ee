/** The short status shown after a token in the editor. Pure. */
import type { TokenAnalysis } from '../tokens/analysisTypes';
import { tokenTitle } from './claimDisplay';
import { showInvisibles, truncate } from './escape';

const MAX_LENGTH = 90;

/** "← Entra ID access token · expired 3 h ago". Kept short: it sits at the end of a code line. */
export function decorationText(analysis: TokenAnalysis): string {
  const text = `${tokenTitle(analysis)} · ${analysis.expiryWords}`;
  // Plain text after a code line: a bidi override from a claim would still reorder it.
  return truncate(showInvisibles(text), MAX_LENGTH);
}
