/**
 * From "some text the user pointed at" to what the Explain view shows. Pure: the catalog comes in
 * as an argument, so tests use the real one without VS Code.
 */
import type { ErrorExplanation } from '../../core/errors/explain';
import type { ErrorCore } from './errorCore';
import { embeddedChallenge } from './embeddedHeader';
import type { ExplainViewModel } from './explainViewHtml';
import { truncate } from '../../core/render/escape';

export interface ExplainSource {
  text: string;
  /** For messages and the view: "the selection", "line 5 of app.log", "the text given". */
  from: string;
}

export type ExplainOutcome =
  | { ok: true; model: ExplainViewModel }
  | { ok: false; message: string };

/** The command's argument when it is usable text (menus pass a Uri or nothing; the Captured view and terminal links pass a string). */
/** A code or a whole response as text, or `{ text, from }` (a captured line, a terminal line: where it was seen). */
export function sourceFromArgument(argument: unknown): ExplainSource | undefined {
  if (argument !== null && typeof argument === 'object') {
    const { text, from } = argument as { text?: unknown; from?: unknown };
    if (typeof text !== 'string' || text.trim() === '') return undefined;
    return { text, from: typeof from === 'string' && from.trim() !== '' ? from : 'the text given' };
  }
  if (typeof argument !== 'string' || argument.trim() === '') return undefined;
  return { text: argument, from: 'the text given' };
}

export function explainSource(source: ExplainSource, catalog: Pick<ErrorCore, 'explainText' | 'lookupError' | 'lookupAll'>): ExplainOutcome {
  const header = embeddedChallenge(source.text);
  const fromHeader = header === undefined ? undefined : safeExplain(header, catalog);
  const explanation = fromHeader?.parts ? fromHeader : safeExplain(source.text, catalog);
  const parts = explanation.parts;
  if (!parts) {
    const why = explanation.problem?.code === 'input_too_large' ? ` (${explanation.problem.message})` : '';
    return { ok: false, message: `No auth error code found in ${describe(source)}${why}.` };
  }
  // Provider codes first: `AADSTS70008` says more than the `invalid_grant` beside it (a stable sort keeps the rest in order).
  const specificFirst = [...parts.codes].sort((a, b) => Number(a.family === 'oauth') - Number(b.family === 'oauth'));
  const codes = specificFirst.map((found) => {
    const entry = found.entry ?? catalog.lookupError(found.code, found.family);
    const others = catalog.lookupAll(found.code, found.family).filter((other) => other !== entry && other.family !== entry?.family);
    return { code: found.code, family: found.family, entry, others };
  });
  return { ok: true, model: { source, parts, codes } };
}

/** The explanation, when the text holds an error. The parser promises not to throw; if it ever does, the user still gets a message. */
function safeExplain(text: string, catalog: Pick<ErrorCore, 'explainText'>): ErrorExplanation {
  try {
    return catalog.explainText(text);
  } catch {
    return { entries: [] };
  }
}

/** "the selection", or the text itself when it was given, shortened to one line. */
function describe(source: ExplainSource): string {
  if (source.from !== 'the text given') return source.from;
  const oneLine = source.text.trim().replace(/\s+/g, ' ');
  return `“${truncate(oneLine, 60)}”`;
}
