/**
 * The one explain policy, for the editor's hover and Explain view and for `authlens explain -`: which
 * text is parsed (a mid-line `WWW-Authenticate:` header first), and which catalog entry explains each
 * code (provider codes before the OAuth `error` beside them, the same code in other families listed).
 * The catalog comes in as an argument: it is loaded lazily in the editor, and this file stays light.
 */
import type { ErrorEntry } from './catalog/types';
import { embeddedChallenge } from './embeddedHeader';
import type { ErrorExplanation } from './explain';
import type { ErrorResponseParts, ErrorResponseProblem } from './responses/types';

export interface ExplainCatalog {
  explainText(text: string): ErrorExplanation;
  lookupError(code: string, familyHint?: string): ErrorEntry | undefined;
  lookupAll(code: string, familyHint?: string): ErrorEntry[];
}

export interface ExplainedCode {
  code: string;
  family: string;
  /** The best entry for the code in this response; undefined when the catalog has none. */
  entry?: ErrorEntry;
  /** The same code's entries in other families. */
  others: ErrorEntry[];
}

export type ResponseExplanation =
  | { ok: true; parts: ErrorResponseParts; codes: ExplainedCode[] }
  | { ok: false; problem?: ErrorResponseProblem };

export function explainResponse(text: string, catalog: ExplainCatalog): ResponseExplanation {
  const header = embeddedChallenge(text);
  const fromHeader = header === undefined ? undefined : safeExplain(header, catalog);
  const explanation = fromHeader?.parts ? fromHeader : safeExplain(text, catalog);
  const parts = explanation.parts;
  if (!parts) return explanation.problem ? { ok: false, problem: explanation.problem } : { ok: false };
  // Provider codes first: `AADSTS70008` says more than the `invalid_grant` beside it (a stable sort keeps the rest in order).
  const specificFirst = [...parts.codes].sort((a, b) => Number(a.family === 'oauth') - Number(b.family === 'oauth'));
  const codes = specificFirst.map((found): ExplainedCode => {
    const entry = found.entry ?? catalog.lookupError(found.code, found.family);
    const others = catalog.lookupAll(found.code, found.family).filter((other) => other !== entry && other.family !== entry?.family);
    return entry ? { code: found.code, family: found.family, entry, others } : { code: found.code, family: found.family, others };
  });
  return { ok: true, parts, codes };
}

/** The parser promises not to throw; if it ever does, the caller still gets "nothing found". */
function safeExplain(text: string, catalog: Pick<ExplainCatalog, 'explainText'>): ErrorExplanation {
  try {
    return catalog.explainText(text);
  } catch {
    return { entries: [] };
  }
}
