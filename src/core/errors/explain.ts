/**
 * The parse step of the explain policy: the parts of whatever error text the user points at, and the
 * parser's catalog entry for every code in it. Which entry explains a code, in which order, with which
 * causes first, is `explainPolicy.ts`'s to say (it takes this function as part of its catalog); call
 * that, not this, to explain. Load lazily: this pulls in the catalog.
 */
import type { ErrorEntry } from './catalog/types';
import { parseErrorResponse } from './responses/parse';
import type { ErrorResponseParts, ErrorResponseProblem } from './responses/types';

export interface ErrorExplanation {
  /** The response's parts, when the text holds an error. */
  parts?: ErrorResponseParts;
  /** One catalog entry per code found, in the order the codes appear; empty when none is catalogued. */
  entries: ErrorEntry[];
  /** Why nothing could be explained. */
  problem?: ErrorResponseProblem;
}

export function explainText(text: string): ErrorExplanation {
  const result = parseErrorResponse(text);
  if (!result.ok) return { entries: [], problem: result.problem };
  const entries: ErrorEntry[] = [];
  for (const found of result.parts.codes) if (found.entry && !entries.includes(found.entry)) entries.push(found.entry);
  return { parts: result.parts, entries };
}

export { parseErrorResponse };
export type { ErrorResponseParts, ErrorResponseProblem };
