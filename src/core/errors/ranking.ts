/**
 * Which causes and fixes of an entry come first for the error at hand. A code such as `invalid_grant`
 * has a dozen causes; the description ("the refresh token has expired"), the sub-error (`bad_token`),
 * the other codes (`AADSTS54005`), the request that failed (a refresh, a code exchange) and what the
 * session knows (it revoked that token a moment ago) say which ones apply. The rules are data: each
 * entry's `ranking` in data/errors/ (checked by the build: every piece names one of its causes or fixes).
 */
import type { ErrorEntry, RankingRule } from './catalog/types';
import type { ErrorResponseParts } from './responses/types';

/** The requests a flow makes; what `step` in a rule names. */
export type ExplainStep =
  | 'authorize'
  | 'code-exchange'
  | 'refresh'
  | 'device'
  | 'client-credentials'
  | 'token-exchange'
  | 'userinfo'
  | 'introspection'
  | 'revocation';

/** What the session knows about the grant it sent. */
export type SessionFact = 'revoked' | 'spent' | 'expired';

/** What a caller knows beyond the text: the Flow Tester knows the step and what it did before. */
export interface ExplainContext {
  step?: ExplainStep;
  facts?: readonly SessionFact[];
}

export interface RankingEvidence {
  /** The description, bounded: the rules' expressions run over it. */
  description: string;
  /** Every code in the response, lower case (`aadsts70008` for `error_codes: [70008]` too). */
  codes: ReadonlySet<string>;
  suberror?: string;
  step?: ExplainStep;
  facts: ReadonlySet<SessionFact>;
}

export interface RankedEntry {
  /** The entry with the causes and fixes that apply first (the same object when no rule holds). */
  entry: ErrorEntry;
  /** How many of its first causes and fixes a rule put there: "these apply here". */
  leadCauses: number;
  leadFixes: number;
}

/** Longest description a rule's expression reads; descriptions are a sentence or two. */
const MAX_DESCRIPTION = 2000;

/** The request a text shows, outside its description ("authorization code or refresh token" in a description says neither). */
const STEP_SIGNS: readonly [ExplainStep, RegExp][] = [
  [
    'refresh',
    /grant_type["'\s]*[=:]\s*["']?refresh_token|\btoken refresh|\brefresh(?:ing)? (?:the )?(?:access )?token (?:failed|request|call)|\bacquireTokenSilent|\bAcquireTokenSilent|\bRefreshTokenRequest|\brefresh_token_grant/i,
  ],
  [
    'code-exchange',
    /grant_type["'\s]*[=:]\s*["']?authorization_code|\bacquireTokenByCode|\bAcquireTokenByAuthorizationCode|\bcode exchange|\bredeem(?:ing)? (?:the )?(?:authorization )?code/i,
  ],
  [
    'device',
    /grant_type["'\s]*[=:]\s*["']?urn:ietf:params:oauth:grant-type:device_code|\bacquireTokenByDeviceCode|\bAcquireTokenWithDeviceCode/i,
  ],
  ['client-credentials', /grant_type["'\s]*[=:]\s*["']?client_credentials|\bacquireTokenByClientCredential|\bAcquireTokenForClient/i],
  [
    'token-exchange',
    /grant_type["'\s]*[=:]\s*["']?urn:ietf:params:oauth:grant-type:token-exchange|\bacquireTokenOnBehalfOf|\bAcquireTokenOnBehalfOf/i,
  ],
];

/** The evidence a response (and the caller) gives; `text` is what was parsed, for the step it shows. */
export function rankingEvidence(parts: ErrorResponseParts | undefined, text = '', context: ExplainContext = {}): RankingEvidence {
  const description = (parts?.error_description ?? '').slice(0, MAX_DESCRIPTION);
  const codes = new Set<string>();
  for (const found of parts?.codes ?? []) codes.add(found.code.toLowerCase());
  for (const n of parts?.error_codes ?? []) codes.add(`aadsts${n}`);
  if (parts?.error) codes.add(parts.error.toLowerCase());
  const suberror = parts?.suberror ?? parts?.error_subtype;
  if (suberror) codes.add(suberror.toLowerCase());
  const evidence: RankingEvidence = { description, codes, facts: new Set(context.facts ?? []) };
  if (suberror) evidence.suberror = suberror.toLowerCase();
  const step = context.step ?? stepShown(text, parts?.error_description);
  if (step) evidence.step = step;
  return evidence;
}

function stepShown(text: string, description: string | undefined): ExplainStep | undefined {
  let outside = text.length > 64 * 1024 ? text.slice(0, 64 * 1024) : text;
  if (description && description.length > 0) outside = outside.split(description).join(' ');
  return STEP_SIGNS.find(([, sign]) => sign.test(outside))?.[0];
}

/** The entry with the causes and fixes that apply first; rules in the entry's order, pieces in the rule's. */
export function rankEntry(entry: ErrorEntry, evidence: RankingEvidence): RankedEntry {
  const rules = (entry.ranking ?? []).filter((rule) => holds(rule, evidence));
  if (rules.length === 0) return { entry, leadCauses: 0, leadFixes: 0 };
  const causes = lead(
    entry.causes,
    rules.flatMap((rule) => rule.causes ?? []),
  );
  const fixes = lead(
    entry.fixes,
    rules.flatMap((rule) => rule.fixes ?? []),
  );
  return { entry: { ...entry, causes: causes.items, fixes: fixes.items }, leadCauses: causes.lead, leadFixes: fixes.lead };
}

function holds(rule: RankingRule, evidence: RankingEvidence): boolean {
  const { when } = rule;
  if (when.description !== undefined && !matches(when.description, evidence.description)) return false;
  if (when.codes && !when.codes.some((code) => evidence.codes.has(code.toLowerCase()))) return false;
  if (when.suberror && !(evidence.suberror && when.suberror.some((value) => value.toLowerCase() === evidence.suberror))) return false;
  if (when.step && !(evidence.step && when.step.includes(evidence.step))) return false;
  if (when.fact && !when.fact.some((fact) => evidence.facts.has(fact as SessionFact))) return false;
  return true;
}

const compiled = new Map<string, RegExp | null>();

/** The catalog's own expression (the build checked it compiles); a broken one never matches rather than throwing. */
function matches(source: string, description: string): boolean {
  if (description === '') return false;
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    try {
      pattern = new RegExp(source, 'i');
    } catch {
      pattern = null;
    }
    compiled.set(source, pattern);
  }
  return pattern !== null && pattern.test(description);
}

/** `items` with those containing a piece first (in the pieces' order), the rest in their own order. */
function lead(items: readonly string[], pieces: readonly string[]): { items: string[]; lead: number } {
  const first: string[] = [];
  for (const piece of pieces) {
    const wanted = piece.toLowerCase();
    for (const item of items) if (!first.includes(item) && item.toLowerCase().includes(wanted)) first.push(item);
  }
  return { items: [...first, ...items.filter((item) => !first.includes(item))], lead: first.length };
}
