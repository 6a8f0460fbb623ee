/**
 * One-line labels for captured items, readable at a glance:
 * "access token · Entra · expires in 52 min", "AADSTS700082 · refresh token has expired".
 *
 * Decoding happens once per token (`tokenFacts`); the time words are redone from `exp` at each
 * render, so "expires in 52 min" stays true while the item sits in the list. Every step degrades:
 * a token that does not decode is still "token (JWS)", a code the catalog lacks is still its code.
 */
import { analyzeToken, kindLabel } from '../tokens/analyze';
import { decodeToken } from '../tokens/decode';
import { formatDuration } from '../time/duration';
import type { ProviderId } from '../tokens/provider';
import { isSpace } from '../text/chars';
import type { TokenFormat } from '../scan/findings';

export interface TokenFacts {
  /** "access token", "ID token", "token". */
  kind: string;
  /** Short provider name ("Entra", "Okta"), absent when unknown. */
  provider?: string;
  /** `exp` in seconds since the epoch, when the token has a readable one. */
  exp?: number;
  /** Signing algorithm, for the tooltip. */
  alg?: string;
  /** Why the token could not be decoded, when it could not. */
  problem?: string;
}

/** What the catalog offers about a code; `lookupError` from the error catalog fits. */
export interface ErrorFacts {
  name?: string;
  summary?: string;
}

const SHORT_PROVIDER: Partial<Record<ProviderId, string>> = {
  entra: 'Entra',
  'entra-b2c': 'Entra B2C',
  'entra-external-id': 'Entra External ID',
  google: 'Google',
  okta: 'Okta',
  auth0: 'Auth0',
  keycloak: 'Keycloak',
  cognito: 'Cognito',
};

const FORMAT_WORD: Record<TokenFormat, string> = { jws: 'JWS', jwe: 'encrypted', unsecured: 'unsigned' };

/** Decodes and analyses a captured token once. Never throws. */
export function tokenFacts(token: string, format: TokenFormat = 'jws', now: number = Date.now()): TokenFacts {
  try {
    const decoded = decodeToken(token);
    if (!decoded.ok) return { kind: `token (${FORMAT_WORD[format]})`, problem: decoded.error.message };
    const analysis = analyzeToken(decoded.token, { now });
    const payload = decoded.token.payload;
    const exp = payload && typeof payload.exp === 'number' && Number.isFinite(payload.exp) ? payload.exp : undefined;
    const provider = SHORT_PROVIDER[analysis.provider.id];
    return {
      kind: kindLabel(analysis),
      ...(provider ? { provider } : {}),
      ...(exp !== undefined ? { exp } : {}),
      ...(analysis.alg !== undefined ? { alg: analysis.alg } : {}),
    };
  } catch (error) {
    return { kind: `token (${FORMAT_WORD[format]})`, problem: error instanceof Error ? error.message : 'could not be decoded' };
  }
}

/** "access token · Entra · expires in 52 min". */
export function tokenLabel(facts: TokenFacts, now: number = Date.now()): string {
  return [facts.kind, facts.provider, expiryPhrase(facts.exp, now)].filter(Boolean).join(' · ');
}

/** "expires in 52 minutes", "expired 3 h ago", or nothing without `exp`. */
export function expiryPhrase(exp: number | undefined, now: number = Date.now()): string | undefined {
  if (exp === undefined) return undefined;
  const seconds = exp - now / 1000;
  return seconds >= 0 ? `expires in ${formatDuration(seconds)}` : `expired ${formatDuration(seconds)} ago`;
}

/** "AADSTS700082 · refresh token has expired"; just the code when the catalog has nothing. */
export function errorLabel(code: string, facts: ErrorFacts | undefined): string {
  const gist = facts?.summary ? gistOf(facts.summary) : facts?.name && facts.name !== code ? wordsOf(facts.name) : undefined;
  return gist ? `${code} · ${gist}` : code;
}

/**
 * The first clause of a summary, lower-cased, without a leading article:
 * "The refresh token has expired because …" → "refresh token has expired".
 */
export function gistOf(summary: string, maxLength = 60): string {
  let gist = firstClause(summary.trim());
  gist = gist.replace(/^(?:the|a|an)\s+/i, '').replace(/`/g, '');
  if (gist.length > 0 && !/^[A-Z]{2}/.test(gist)) gist = gist[0]!.toLowerCase() + gist.slice(1);
  if (gist.length > maxLength) gist = `${withoutLastWord(gist.slice(0, maxLength - 1))}…`;
  return gist;
}

/**
 * `text` up to the first clause break: `.`, `;`, `:` or `,` before a space or the end, or a space run
 * before `because `, `— ` or `(`. A scanner: as a `split` regex, `\s+` would rescan long space runs.
 */
function firstClause(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x3b || c === 0x3a || c === 0x2c) {
      if (i + 1 === text.length || isSpace(text.charCodeAt(i + 1))) return text.slice(0, i);
      continue;
    }
    if (!isSpace(c)) continue;
    let end = i;
    while (end < text.length && isSpace(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end);
    if (
      next === 0x28 /* ( */ ||
      ((next === 0x2014 /* — */ || text.startsWith('because', end)) && isSpace(text.charCodeAt(end + (next === 0x2014 ? 1 : 7))))
    ) {
      return text.slice(0, i);
    }
    i = end - 1;
  }
  return text;
}

/** `text` without its last space run and the word after it (as `replace(/\s+\S*$/, '')`, without the quadratic rescans). */
function withoutLastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  if (i === 0) return text;
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(0, i);
}

/** `ExpiredOrRevokedGrantInactiveToken` → "expired or revoked grant inactive token". */
export function wordsOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}
