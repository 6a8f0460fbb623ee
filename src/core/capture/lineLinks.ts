/**
 * Tokens and error codes in one line of terminal output, as link ranges: what the terminal link
 * provider turns into "Decode with AuthLens" / "Explain with AuthLens" links.
 */
import { scanOffsets } from '../scan/scan';
import { hasAnchor } from './streamScanner';

/** Terminal lines are short; anything longer is only looked at up to here, so a link costs bounded time. */
export const MAX_LINK_LINE_LENGTH = 256 * 1024;
/** A line of hundreds of tokens is not something to underline. */
const MAX_LINKS_PER_LINE = 50;

export interface LineLink {
  kind: 'token' | 'error';
  /** Offset in the line. */
  start: number;
  length: number;
  /** The token, or the error code. */
  value: string;
  tooltip: string;
}

export const DECODE_TOOLTIP = 'Decode with AuthLens';
export const EXPLAIN_TOOLTIP = 'Explain with AuthLens';

export function linksInLine(line: string): LineLink[] {
  if (typeof line !== 'string' || line.length === 0) return [];
  const text = line.length > MAX_LINK_LINE_LENGTH ? line.slice(0, MAX_LINK_LINE_LENGTH) : line;
  if (!hasAnchor(text)) return [];
  return scanOffsets(text)
    .slice(0, MAX_LINKS_PER_LINE)
    .map((finding) =>
      finding.kind === 'token'
        ? { kind: 'token', start: finding.start, length: finding.end - finding.start, value: finding.text, tooltip: DECODE_TOOLTIP }
        : { kind: 'error', start: finding.start, length: finding.end - finding.start, value: finding.code, tooltip: EXPLAIN_TOOLTIP },
    );
}
