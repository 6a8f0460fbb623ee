/**
 * What the error hover explains at a position, in two steps so the catalog loads only when needed:
 * `findHoverTarget` reads the line with the built-in vocabulary (no catalog), and `hoverInputFor`,
 * given the loaded catalog, looks the code up and parses the response around it.
 */
import type { ErrorMatch } from '../scan/scan';
import type { ErrorEntry } from './catalog/types';
import { findErrorAt, findErrors } from './recognize';
import type { ErrorResponseParts } from './responses/types';
import { embeddedChallenge } from './embeddedHeader';
import { explainCode, type ExplainCatalog } from './explainPolicy';
import { responseWindow, type LineSource, type WindowLimits } from './responseWindow';
import { isDigit, skipSpace } from '../text/chars';

/** What the error hover shows for one code: built here, rendered by the editor layer. */
export interface ErrorHoverInput {
  /** The code under the mouse, as recognised (`AADSTS700082`, `invalid_grant`). */
  code: string;
  /** The family the recogniser attributed it to. */
  family: string;
  /** The catalog's best entry for this response, its causes and fixes in the order that applies. */
  entry?: ErrorEntry;
  /** How many of the entry's first causes and fixes this response singled out. */
  leadCauses?: number;
  leadFixes?: number;
  /** Other families that use the same code (`invalid_grant`: MSAL, Auth0 …). */
  otherFamilies?: readonly string[];
  /** False for a bare word the user pointed at outside any error field, message or parameter. */
  inErrorContext: boolean;
  /** The response the code sits in, when the line (or the JSON body around it) parsed as one. */
  response?: ErrorResponseParts;
  /** Text for the "Explain" link (the response or the line); omitted when too long to carry. */
  explainArgument?: string;
}

export interface HoverTarget {
  match: ErrorMatch;
  /** False for a bare known word outside an error field, message or parameter. */
  inContext: boolean;
}

export function findHoverTarget(lineText: string, character: number): HoverTarget | undefined {
  const match = findErrorAt(lineText, character);
  if (!match) return undefined;
  // findErrorAt already ran findErrors on this line; asking again on a bounded slice is cheap.
  const from = Math.max(0, match.start - 4000);
  const inContext = findErrors(lineText.slice(from, match.end + 4000)).some(
    (found) => found.start + from === match.start && found.end + from === match.end,
  );
  return { match, inContext };
}

/**
 * A bare number on its own line inside a pretty-printed `"error_codes": [ … ]` array is an Entra
 * code: the recogniser cannot tell from the line alone, so this looks at the body around it.
 */
export function findErrorCodesEntry(source: LineSource, line: number, character: number, limits?: WindowLimits): HoverTarget | undefined {
  const lineText = source.lineAt(line);
  const number = bareNumberLine(lineText);
  if (!number) return undefined;
  const { start, end } = number;
  if (character < start || character > end) return undefined;
  const window = responseWindow(source, line, character, limits);
  if (!window.multiLine || !/"error_codes"\s*:\s*\[[\d\s,]*$/.test(linesBefore(source, window.firstLine, line))) return undefined;
  return { match: { kind: 'error', code: `AADSTS${lineText.slice(start, end)}`, family: 'entra', start, end }, inContext: true };
}

/** A line holding only a 5-to-7-digit number and perhaps a comma (`  70008,`): where the number is. */
function bareNumberLine(line: string): { start: number; end: number } | undefined {
  // A scanner: the regex `^(\s*)(\d{5,7})\s*,?\s*$` backtracks quadratically over long blank runs.
  const start = skipSpace(line);
  let end = start;
  while (end < line.length && end - start <= 7 && isDigit(line.charCodeAt(end))) end++;
  if (end - start < 5 || end - start > 7) return undefined;
  let rest = skipSpace(line, end);
  if (line.charCodeAt(rest) === 0x2c /* , */) rest = skipSpace(line, rest + 1);
  return rest === line.length ? { start, end } : undefined;
}

/** The text of lines `first` up to (not including) `line`, joined; bounded by the window that chose `first`. */
function linesBefore(source: LineSource, first: number, line: number): string {
  const lines: string[] = [];
  for (let n = first; n < line; n++) lines.push(source.lineAt(n));
  return lines.join('\n');
}

export type HoverCatalog = ExplainCatalog;

export function hoverInputFor(
  target: HoverTarget,
  source: LineSource,
  line: number,
  character: number,
  catalog: HoverCatalog,
  limits?: WindowLimits,
): ErrorHoverInput | undefined {
  const { match, inContext } = target;
  // A bare word we cannot explain is just a word.
  if (!inContext && !catalog.lookupError(match.code, match.family)) return undefined;
  const found = inContext ? responseAround(match.code, source, line, character, catalog, limits) : undefined;
  // The one policy: the entry for this response (Entra's meaning where it shows Entra), causes that apply first.
  const explained = explainCode(match, found ?? {}, catalog);
  const lineText = source.lineAt(line);
  const input: ErrorHoverInput = {
    code: match.code,
    family: match.family,
    otherFamilies: [...new Set(explained.others.map((other) => other.family))],
    inErrorContext: inContext,
    explainArgument: found?.text ?? (inContext ? lineText : match.code),
  };
  if (explained.entry) Object.assign(input, { entry: explained.entry, leadCauses: explained.leadCauses, leadFixes: explained.leadFixes });
  if (found) input.response = found.parts;
  return input;
}

/** The parsed response holding `code`: the JSON body around the line if there is one, else the line. */
function responseAround(
  code: string,
  source: LineSource,
  line: number,
  character: number,
  catalog: HoverCatalog,
  limits?: WindowLimits,
): { parts: ErrorResponseParts; text: string } | undefined {
  const window = responseWindow(source, line, character, limits);
  const candidates = window.multiLine ? [window.text] : [];
  const header = embeddedChallenge(window.multiLine ? source.lineAt(line) : window.text);
  // A header in mid-line is the response; the line around it is only the log's own prefix.
  if (header) candidates.push(header);
  candidates.push(window.multiLine ? source.lineAt(line) : window.text);
  for (const text of candidates) {
    const parsed = parsesWith(code, text, catalog);
    if (parsed) return parsed;
  }
  return undefined;
}

function parsesWith(code: string, text: string, catalog: HoverCatalog): { parts: ErrorResponseParts; text: string } | undefined {
  const parts = catalog.explainText(text).parts;
  const wanted = code.toLowerCase();
  return parts && parts.codes.some((found) => found.code.toLowerCase() === wanted) ? { parts, text } : undefined;
}
