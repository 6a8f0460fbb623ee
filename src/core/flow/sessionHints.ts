/**
 * Errors explained with what the session itself knows. A provider's `invalid_grant` can mean a dozen
 * things; when the tester revoked that very refresh token a moment ago, or already redeemed it, or the
 * code sat in the browser longer than codes live, that is the answer and it goes first.
 */
import { formatDuration } from './duration';
import type { FlowErrorInfo, StepKind } from './types';
import { rankEntry, rankingEvidence, type ExplainStep, type SessionFact } from '../errors/ranking';
import type { ErrorResponseParts } from '../errors/responses/types';

export interface SessionFacts {
  /** When this session revoked the token now used (ms since epoch), if it did. */
  revokedAt?: number;
  /** When this session already used this refresh token or code successfully (it is spent). */
  spentAt?: number;
  /** When the code or token was received, to judge its age. */
  receivedAt?: number;
  /** The lifetime the provider gave (expires_in, seconds), when known. */
  lifetimeSeconds?: number;
  /** The client ID and auth method the session used, for invalid_client. */
  clientId?: string;
  authMethod?: string;
}

/** Codes live for minutes at most (RFC 6749 §4.1.2 recommends 10); a code older than this is likely expired. */
const CODE_MAX_AGE_MS = 10 * 60_000;

/** A hint for this error in this session, or undefined when the session knows nothing more than the provider said. */
export function sessionHint(kind: StepKind, error: FlowErrorInfo | undefined, facts: SessionFacts, now: number): string | undefined {
  const code = error?.oauth?.error;
  if (!code) return undefined;
  const ago = (at: number) => `${formatDuration(now - at)} ago`;
  const what = kind === 'code-exchange' ? 'authorization code' : kind === 'refresh' ? 'refresh token' : 'access token';
  if (code === 'invalid_grant' || code === 'invalid_token') {
    if (facts.revokedAt !== undefined) {
      return `This ${what} was revoked by this session ${ago(facts.revokedAt)}: ${code} is the expected answer, not a PKCE or redirect problem. Run the flow again for fresh tokens.`;
    }
    if (facts.spentAt !== undefined) {
      return `This ${what} was already used ${ago(facts.spentAt)} in this session${kind === 'refresh' ? ' and the provider rotates refresh tokens: only the newest one works (reusing an old one may even revoke the whole grant)' : ': codes are single-use'}.`;
    }
    if (facts.receivedAt !== undefined) {
      const age = now - facts.receivedAt;
      const limit =
        facts.lifetimeSeconds !== undefined ? facts.lifetimeSeconds * 1000 : kind === 'code-exchange' ? CODE_MAX_AGE_MS : undefined;
      if (limit !== undefined && age > limit) {
        return `The ${what} is ${formatDuration(age)} old, past its lifetime of ${formatDuration(limit)}: it expired by time.`;
      }
    }
  }
  if (code === 'invalid_client' && facts.clientId) {
    return `The provider does not accept client ${facts.clientId} with ${facts.authMethod ?? 'this authentication'}: check the client ID, the secret or key, and the authentication method registered for it.`;
  }
  return undefined;
}

/** Puts the session's own hint first on a failed step's error, and the causes that fit what the session knows first in its explanations. */
export function withSessionHint(
  kind: StepKind,
  error: FlowErrorInfo | undefined,
  facts: SessionFacts,
  now: number,
): FlowErrorInfo | undefined {
  if (!error) return error;
  const hint = sessionHint(kind, error, facts, now);
  const ranked = withRankedExplanations(kind, error, sessionFacts(kind, facts, now));
  if (!hint) return ranked;
  return { ...ranked, hint: ranked.hint ? `${hint} ${ranked.hint}` : hint };
}

/** The engine's step, as the catalog's ranking rules name requests. */
const RANKING_STEP: Partial<Record<StepKind, ExplainStep>> = {
  'authorization-request': 'authorize',
  callback: 'authorize',
  'code-exchange': 'code-exchange',
  refresh: 'refresh',
  'device-poll': 'device',
  'client-credentials': 'client-credentials',
  'token-exchange': 'token-exchange',
  userinfo: 'userinfo',
  introspection: 'introspection',
  revocation: 'revocation',
};

/** What the session's facts say about the grant it sent, as ranking facts. */
export function sessionFacts(kind: StepKind, facts: SessionFacts, now: number): SessionFact[] {
  const known: SessionFact[] = [];
  if (facts.revokedAt !== undefined) known.push('revoked');
  if (facts.spentAt !== undefined) known.push('spent');
  if (facts.receivedAt !== undefined) {
    const limit =
      facts.lifetimeSeconds !== undefined ? facts.lifetimeSeconds * 1000 : kind === 'code-exchange' ? CODE_MAX_AGE_MS : undefined;
    if (limit !== undefined && now - facts.receivedAt > limit) known.push('expired');
  }
  return known;
}

/**
 * The error's catalog entries with the causes and fixes that fit first, by the one ranking the hover
 * and the CLI use: the provider's description, `error_codes` and `suberror`, the step, and the session's facts.
 */
export function withRankedExplanations(kind: StepKind, error: FlowErrorInfo, facts: readonly SessionFact[] = []): FlowErrorInfo {
  if (error.explanations.length === 0) return error;
  const oauth = error.oauth;
  const parts: ErrorResponseParts = {
    shape: 'json',
    codes: error.explanations.map((entry) => ({ code: entry.code, family: entry.family })),
  };
  if (oauth) {
    parts.error = oauth.error;
    if (oauth.error_description !== undefined) parts.error_description = oauth.error_description;
    const codes = Array.isArray(oauth.extra.error_codes) ? oauth.extra.error_codes.filter((n): n is number => Number.isInteger(n)) : [];
    if (codes.length > 0) parts.error_codes = codes.slice(0, 50);
    if (typeof oauth.extra.suberror === 'string') parts.suberror = oauth.extra.suberror;
  }
  const step = RANKING_STEP[kind];
  const evidence = rankingEvidence(parts, '', step ? { step, facts } : { facts });
  return { ...error, explanations: error.explanations.map((entry) => rankEntry(entry, evidence).entry) };
}
