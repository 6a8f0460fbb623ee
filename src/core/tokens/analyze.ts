/**
 * Explains a decoded token: who issued it, what kind it is, what each claim means, every time claim
 * as dates and words, and what looks wrong. Pure: "now" and the clock skew are parameters.
 */
import { describeClaim } from '../claims/describeClaim';
import type { ProviderFamily } from '../claims/types';
import { displayTime, isNumericDate } from '../time/numericDate';
import { DEFAULT_CLOCK_SKEW_SECONDS, type AnalyzeOptions, type AnalyzedClaim, type TokenAnalysis, type Validity } from './analysisTypes';
import { recognizeProvider } from './provider';
import { runTokenChecks } from './tokenChecks';
import { guessTokenKind, type TokenKind } from './tokenKind';
import { timeWords } from './timeWords';
import type { DecodedToken, JsonObject, JsonValue } from './types';

/** How a token's kind is named in summaries and views. */
const KIND_LABEL: Record<TokenKind, string> = {
  id_token: 'ID token',
  access_token: 'access token',
  refresh_token: 'refresh token',
  logout_token: 'logout token',
  unknown: 'token',
};

/** "access token", "ID token"; "encrypted token" for a JWE whose kind cannot be told, else "token". */
export function kindLabel(analysis: Pick<TokenAnalysis, 'format' | 'kind'>): string {
  return analysis.format === 'jwe' && analysis.kind.kind === 'unknown' ? 'encrypted token' : KIND_LABEL[analysis.kind.kind];
}

export function analyzeToken(token: DecodedToken, options: AnalyzeOptions = {}): TokenAnalysis {
  const now = options.now ?? Date.now();
  const skewSeconds = Math.max(0, options.clockSkewSeconds ?? DEFAULT_CLOCK_SKEW_SECONDS);
  const nowSeconds = now / 1000;
  const { header } = token;
  // For a nested JWS, explain the inner token's claims: that is what the receiver acts on.
  const payload: JsonObject | null = token.payload ?? (token.inner?.ok ? token.inner.token.payload : null);
  const provider = recognizeProvider(payload);
  const kind = guessTokenKind(header, payload, provider);
  const audiences = toStringList(payload?.aud);
  const timeOptions = { now, ...(options.timeZone ? { timeZone: options.timeZone } : {}) };

  const describe = (name: string, value: JsonValue, location: 'header' | 'payload'): AnalyzedClaim => {
    const entry = describeClaim(name, provider.family, location);
    const claim: AnalyzedClaim = { name, value, location };
    if (entry) {
      Object.assign(claim, {
        title: entry.title,
        description: entry.description,
        source: entry.source,
        provider: entry.provider as ProviderFamily,
        valueType: entry.valueType,
        ...(entry.otherMeanings.length ? { otherMeanings: entry.otherMeanings } : {}),
        ...(entry.pii ? { pii: true } : {}),
      });
      if (location === 'payload' && entry.valueType === 'numeric-date' && isNumericDate(value)) {
        const time = displayTime(value, timeOptions);
        claim.time = { ...time, words: timeWords(name, time, skewSeconds) };
      }
    }
    return claim;
  };

  const headerClaims = Object.entries(header).map(([name, value]) => describe(name, value, 'header'));
  const claims = payload ? Object.entries(payload).map(([name, value]) => describe(name, value, 'payload')) : [];
  const times = claims.filter((claim): claim is TokenAnalysis['times'][number] => claim.time !== undefined);
  const { validity, expiryWords } = judgeValidity(token, payload, times, nowSeconds, skewSeconds);
  const sentAsBearer = options.sentAsBearer ?? token.sentAsBearer;
  const findings = runTokenChecks({ token, header, payload, provider, kind, nowSeconds, skewSeconds, sentAsBearer, audiences });
  const start = isNumericDate(payload?.iat) ? payload.iat : isNumericDate(payload?.nbf) ? payload.nbf : undefined;
  const lifetimeSeconds = isNumericDate(payload?.exp) && start !== undefined ? payload.exp - start : undefined;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  const providerName = provider.id === 'unknown' ? '' : `${provider.name} `;
  const summary = [`${providerName}${kindLabel({ format: token.format, kind })}`, alg, expiryWords].filter(Boolean).join(' · ');

  return {
    format: token.format,
    ...(alg !== undefined ? { alg } : {}),
    ...(typeof header.typ === 'string' ? { typ: header.typ } : {}),
    ...(typeof header.kid === 'string' ? { kid: header.kid } : {}),
    provider,
    kind,
    ...(typeof payload?.iss === 'string' ? { issuer: payload.iss } : {}),
    ...(typeof payload?.sub === 'string' ? { subject: payload.sub } : {}),
    audiences,
    validity,
    expiryWords,
    ...(lifetimeSeconds !== undefined ? { lifetimeSeconds } : {}),
    times,
    headerClaims,
    claims,
    findings,
    summary,
  };
}

function judgeValidity(
  token: DecodedToken,
  payload: JsonObject | null,
  times: TokenAnalysis['times'],
  nowSeconds: number,
  skewSeconds: number,
): { validity: Validity; expiryWords: string } {
  if (!payload) return { validity: 'unknown', expiryWords: token.format === 'jwe' ? 'encrypted: times unknown' : 'times unknown' };
  const nbf = times.find((claim) => claim.name === 'nbf');
  if (nbf && nbf.time.seconds - nowSeconds > skewSeconds) return { validity: 'not_yet_valid', expiryWords: nbf.time.words };
  const exp = times.find((claim) => claim.name === 'exp');
  if (!exp) return { validity: 'no_expiry', expiryWords: payload.exp === undefined ? 'never expires (no exp)' : 'exp is not a valid time' };
  const expired = nowSeconds - exp.time.seconds > skewSeconds;
  return { validity: expired ? 'expired' : 'valid', expiryWords: exp.time.words };
}

function toStringList(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

