/**
 * The one explain policy, for the editor's hover and Explain view, the Captured view, terminal links,
 * the Flow Tester and `authlens explain`: which text is parsed (a mid-line `WWW-Authenticate:` header
 * first), which catalog entry explains each code (provider codes before the OAuth `error` beside them;
 * Entra's own meaning of an `error` value when the text shows Entra; the same code in other families
 * listed), and which of its causes and fixes come first for this response (`ranking.ts`).
 * The catalog comes in as an argument: it is loaded lazily in the editor, and this file stays light.
 */
import type { ErrorEntry } from './catalog/types';
import { embeddedChallenge } from './embeddedHeader';
import type { ErrorExplanation } from './explain';
import { rankEntry, rankingEvidence, type ExplainContext, type RankingEvidence } from './ranking';
import type { ErrorResponseParts, ErrorResponseProblem, FoundCode } from './responses/types';

export type { ExplainContext, ExplainStep, SessionFact } from './ranking';

export interface ExplainCatalog {
  explainText(text: string): ErrorExplanation;
  lookupError(code: string, familyHint?: string): ErrorEntry | undefined;
  lookupAll(code: string, familyHint?: string): ErrorEntry[];
}

export interface ExplainedCode {
  code: string;
  /** The family the code was recognised as. */
  family: string;
  /** The best entry for the code in this response, its causes and fixes in the order that applies; undefined when the catalog has none. */
  entry?: ErrorEntry;
  /** The same code's entries in other families. */
  others: ErrorEntry[];
  /** How many of the entry's first causes and fixes this response (or the session) singled out. */
  leadCauses: number;
  leadFixes: number;
}

export type ResponseExplanation =
  { ok: true; parts: ErrorResponseParts; codes: ExplainedCode[] } | { ok: false; problem?: ErrorResponseProblem };

export interface ExplainOptions {
  /** What the caller knows beyond the text (the Flow Tester: the step, a revoked token). */
  context?: ExplainContext;
}

/** A whole response, log line or redirect: its parts and every code in it explained. */
export function explainResponse(text: string, catalog: ExplainCatalog, options: ExplainOptions = {}): ResponseExplanation {
  const header = embeddedChallenge(text);
  const fromHeader = header === undefined ? undefined : safeExplain(header, catalog);
  const explanation = fromHeader?.parts ? fromHeader : safeExplain(text, catalog);
  const parts = explanation.parts;
  if (!parts) return explanation.problem ? { ok: false, problem: explanation.problem } : { ok: false };
  // Provider codes first: `AADSTS70008` says more than the `invalid_grant` beside it (a stable sort keeps the rest in order).
  const specificFirst = [...parts.codes].sort((a, b) => Number(a.family === 'oauth') - Number(b.family === 'oauth'));
  const seen = { parts, text: header !== undefined && fromHeader?.parts ? header : text };
  const evidence = rankingEvidence(parts, seen.text, options.context);
  const codes = specificFirst.map((found) => explainFound(found, seen, catalog, evidence));
  return { ok: true, parts, codes };
}

/**
 * One code as it was found (a hover's word, a captured line's code), explained for the response
 * around it when there is one. The hover, capture and the flow use this; `explainResponse` too.
 */
export function explainCode(
  found: Pick<FoundCode, 'code' | 'family' | 'entry'>,
  around: { parts?: ErrorResponseParts; text?: string },
  catalog: ExplainCatalog,
  options: ExplainOptions = {},
): ExplainedCode {
  return explainFound(found, around, catalog, rankingEvidence(around.parts, around.text, options.context));
}

export type InputExplanation =
  { ok: true; parts?: ErrorResponseParts; codes: ExplainedCode[] } | { ok: false; problem?: ErrorResponseProblem };

/**
 * What someone typed: a bare code (`AADSTS50058`, `50058`, `invalid_grant`, `E0000011`) is looked up
 * as it is, every family's meaning; anything else is read as a response. For `authlens explain CODE`
 * and the agent's `explain_error`.
 */
export function explainInput(input: string, catalog: ExplainCatalog, options: ExplainOptions = {}): InputExplanation {
  const code = input.trim();
  if (code.length > 0 && code.length <= 100 && !/\s/.test(code)) {
    const direct = catalog.lookupAll(code, /^\d{4,8}$/.test(code) ? 'entra' : undefined);
    const [best, ...others] = direct;
    if (best) {
      const ranked = rankEntry(best, rankingEvidence(undefined, '', options.context));
      return {
        ok: true,
        codes: [
          { code: best.code, family: best.family, entry: ranked.entry, others, leadCauses: ranked.leadCauses, leadFixes: ranked.leadFixes },
        ],
      };
    }
  }
  const explained = explainResponse(input, catalog, options);
  return explained.ok ? { ok: true, parts: explained.parts, codes: explained.codes } : explained;
}

function explainFound(
  found: Pick<FoundCode, 'code' | 'family' | 'entry'>,
  around: { parts?: ErrorResponseParts; text?: string },
  catalog: ExplainCatalog,
  evidence: RankingEvidence,
): ExplainedCode {
  // The parser's attribution for the same code wins over the recogniser's (a vendor's meaning where the text shows the vendor).
  const lower = found.code.toLowerCase();
  const parsed = found.entry
    ? undefined
    : around.parts?.codes.find(
        (other) => other.entry && other.code.toLowerCase() === lower && other.family !== found.family && found.family === 'oauth',
      );
  const general = found.entry ?? parsed?.entry ?? catalog.lookupError(found.code, found.family);
  const entra =
    found.family === 'oauth' && around.parts && showsEntra(around.parts, around.text ?? '')
      ? catalog.lookupAll(found.code, 'entra').find((entry) => entry.family === 'entra')
      : undefined;
  const best = entra ?? general;
  const others = catalog.lookupAll(found.code, found.family).filter((other) => other !== best && other.family !== best?.family);
  if (!best) return { code: found.code, family: found.family, others, leadCauses: 0, leadFixes: 0 };
  const ranked = rankEntry(best, evidence);
  return {
    code: found.code,
    family: found.family,
    entry: ranked.entry,
    others,
    leadCauses: ranked.leadCauses,
    leadFixes: ranked.leadFixes,
  };
}

/** Microsoft's sign-in hosts, in any cloud. */
const ENTRA_HOSTS =
  /\blogin\.(?:microsoftonline\.(?:com|us)|microsoft\.com|partner\.microsoftonline\.cn|chinacloudapi\.cn)\b|\bsts\.windows\.net\b/i;
/** What only Microsoft's libraries and tools print. */
const ENTRA_WORDS =
  /\bAADSTS\d{4,8}\b|\bMsal\w*Exception\b|\bInteractionRequiredAuthError\b|\bAzure(?:Cli|PowerShell|DeveloperCli)?Credential\b|\bazure\.identity\b/i;

/** Does the response come from Entra ID? An AADSTS code, `error_codes`, a `suberror`, a Microsoft sign-in host, MSAL's exceptions. */
export function showsEntra(parts: ErrorResponseParts, text: string): boolean {
  if (parts.error_codes && parts.error_codes.length > 0) return true;
  if (parts.suberror) return true;
  if (parts.codes.some((found) => found.family === 'entra' || found.family === 'entra-suberror')) return true;
  if (parts.error_uri && ENTRA_HOSTS.test(parts.error_uri)) return true;
  const bounded = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
  return ENTRA_HOSTS.test(bounded) || ENTRA_WORDS.test(bounded);
}

/** The parser promises not to throw; if it ever does, the caller still gets "nothing found". */
function safeExplain(text: string, catalog: Pick<ExplainCatalog, 'explainText'>): ErrorExplanation {
  try {
    return catalog.explainText(text);
  } catch {
    return { entries: [] };
  }
}
