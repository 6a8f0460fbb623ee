/**
 * What the Captured view says about an error code: the catalog's name and gist, and the parts of the
 * line it was printed on when that line is an error response. Pulls in the catalog: load lazily.
 */
import { lookupError } from '../errors/catalog/index';
import { parseErrorResponse } from '../errors/responses/parse';
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
  try {
    const entry = lookupError(code, family);
    if (entry) Object.assign(facts, { name: entry.name, summary: entry.summary });
  } catch {
    // the catalog is best effort here
  }
  if (context) {
    try {
      const parsed = parseErrorResponse(context);
      if (parsed.ok) {
        const { parts } = parsed;
        if (parts.error_description) facts.description = parts.error_description;
        if (parts.trace_id) facts.traceId = parts.trace_id;
        if (parts.correlation_id) facts.correlationId = parts.correlation_id;
        if (parts.codes.length > 1) facts.codesOnLine = parts.codes.map((found) => found.code);
      }
    } catch {
      // the line is only context
    }
  }
  return facts;
}
