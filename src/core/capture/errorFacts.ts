/**
 * What the Captured view says about an error code: the catalog's name and gist, and the parts of the
 * line it was printed on when that line is an error response. Pulls in the catalog: load lazily.
 */
import { lookupAll, lookupError } from '../errors/catalog/index';
import { explainText } from '../errors/explain';
import { explainCode } from '../errors/explainPolicy';
import { parseErrorResponse } from '../errors/responses/parse';
import type { ErrorResponseParts } from '../errors/responses/types';
import type { ErrorFacts } from './labels';

export interface CapturedErrorFacts extends ErrorFacts {
  /** From the line, when it parses as an error response. */
  description?: string;
  traceId?: string;
  correlationId?: string;
  /** Every code the line holds (`invalid_grant`, `AADSTS700082`), in order. */
  codesOnLine?: string[];
}

/** Never throws: a code the catalog lacks, or a line that is no response, just gives fewer facts. */
export function capturedErrorFacts(code: string, family?: string, context?: string): CapturedErrorFacts {
  const facts: CapturedErrorFacts = {};
  let parts: ErrorResponseParts | undefined;
  if (context) {
    try {
      const parsed = parseErrorResponse(context);
      if (parsed.ok) {
        parts = parsed.parts;
        if (parts.error_description) facts.description = parts.error_description;
        if (parts.trace_id) facts.traceId = parts.trace_id;
        if (parts.correlation_id) facts.correlationId = parts.correlation_id;
        if (parts.codes.length > 1) facts.codesOnLine = parts.codes.map((found) => found.code);
      }
    } catch {
      // the line is only context
    }
  }
  try {
    // The one explain policy: the entry the hover would show for this code on this line.
    const { entry } = explainCode({ code, family: family ?? lookupError(code)?.family ?? 'oauth' }, parts ? { parts, text: context } : {}, {
      explainText,
      lookupError,
      lookupAll,
    });
    if (entry) Object.assign(facts, { name: entry.name, summary: entry.summary });
  } catch {
    // the catalog is best effort here
  }
  return facts;
}
