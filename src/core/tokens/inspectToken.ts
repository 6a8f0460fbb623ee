/**
 * Decode + analyse in one step, for every token feature. Pure: the settings and "now" come in as
 * parameters, so the hover, the decoded view and decorations agree and tests can pin the clock.
 */
import { analyzeToken } from './analyze';
import { decodeToken } from './decode';
import type { TokenAnalysis } from './analysisTypes';
import type { DecodeError, DecodedToken } from './types';

export interface InspectOptions {
  clockSkewSeconds: number;
  now?: number;
  sentAsBearer?: boolean;
}

export type Inspection = { ok: true; decoded: DecodedToken; analysis: TokenAnalysis } | { ok: false; error: DecodeError };

export function inspectToken(input: string, options: InspectOptions): Inspection {
  const result = decodeToken(input);
  if (!result.ok) return result;
  const analysis = analyzeToken(result.token, {
    clockSkewSeconds: options.clockSkewSeconds,
    ...(options.now !== undefined ? { now: options.now } : {}),
    ...(options.sentAsBearer ? { sentAsBearer: true } : {}),
  });
  return { ok: true, decoded: result.token, analysis };
}
