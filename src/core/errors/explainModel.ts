/**
 * From "some text the user pointed at" to what the Explain view shows. Pure: the catalog comes in
 * as an argument, so tests use the real one without VS Code.
 */
import { explainResponse, type ExplainCatalog, type ExplainedCode, type ExplainOptions } from './explainPolicy';
import type { ErrorResponseParts } from './responses/types';
import { truncate } from '../render/escape';

/** What the Explain view shows: the text explained, its parts, every code explained. */
export interface ExplainViewModel {
  /** The text that was explained and where it came from ("the selection", "line 5 of app.log"). */
  source: ExplainSource;
  parts: ErrorResponseParts;
  codes: ExplainedCode[];
}

export interface ExplainSource {
  text: string;
  /** For messages and the view: "the selection", "line 5 of app.log", "the text given". */
  from: string;
}

export type ExplainOutcome = { ok: true; model: ExplainViewModel } | { ok: false; message: string };

/**
 * The command's argument when it is usable text (menus pass a Uri or nothing; the Captured view and
 * terminal links pass a string): a code or a whole response as text, or `{ text, from }` (a captured line, a terminal line: where it was seen).
 */
export function sourceFromArgument(argument: unknown): ExplainSource | undefined {
  if (argument !== null && typeof argument === 'object') {
    const { text, from } = argument as { text?: unknown; from?: unknown };
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    return { text, from: typeof from === 'string' && from.trim() !== '' ? from : 'the text given' };
  }
  if (typeof argument !== 'string' || argument.trim() === '') return undefined;
  return { text: argument, from: 'the text given' };
}

export function explainSource(source: ExplainSource, catalog: ExplainCatalog, options: ExplainOptions = {}): ExplainOutcome {
  // The one policy, shared with the hover and `authlens explain -`.
  const explained = explainResponse(source.text, catalog, options);
  if (!explained.ok) {
    const why = explained.problem?.code === 'input_too_large' ? ` (${explained.problem.message})` : '';
    return { ok: false, message: `No auth error code found in ${describe(source)}${why}.` };
  }
  return { ok: true, model: { source, parts: explained.parts, codes: explained.codes } };
}

/** "the selection", or the text itself when it was given, shortened to one line. */
function describe(source: ExplainSource): string {
  if (source.from !== 'the text given') return source.from;
  const oneLine = source.text.trim().replace(/\s+/g, ' ');
  return `“${truncate(oneLine, 60)}”`;
}
