/**
 * Explains a decoded token: who issued it, what kind it is, what each claim means, every time claim
 * as dates and words, and what looks wrong. Pure: "now" and the clock skew are parameters.
 */
import { describeClaim } from '../claims/describeClaim';
import type { ProviderFamily } from '../claims/types';
import { displayTime, isNumericDate } from '../time/numericDate';
import {
  DEFAULT_CLOCK_SKEW_SECONDS,
  type AnalyzeOptions,
  type AnalyzedClaim,
  type TokenAnalysis,
  type TokenNote,
  type Validity,
} from './analysisTypes';
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

/**
 * "access token", "ID token"; "encrypted token" for a JWE whose kind cannot be told, else "token";
 * "JWS, not a JWT" when the payload is not JSON, "JWS with detached payload" when it is not there.
 */
export function kindLabel(analysis: Pick<TokenAnalysis, 'format' | 'kind'> & Partial<Pick<TokenAnalysis, 'payloadKind'>>): string {
  if (analysis.payloadKind === 'not_json') return 'JWS, not a JWT';
  if (analysis.payloadKind === 'detached') return 'JWS with detached payload';
  return analysis.format === 'jwe' && analysis.kind.kind === 'unknown' ? 'encrypted token' : KIND_LABEL[analysis.kind.kind];
}

/** "Microsoft Entra ID (v2.0 issuer) access token", "unsigned token", "encrypted token": the one title every view gives a token. */
export function tokenTitle(
  analysis: Pick<TokenAnalysis, 'format' | 'kind' | 'provider'> & Partial<Pick<TokenAnalysis, 'payloadKind'>>,
): string {
  const provider = analysis.provider.id === 'unknown' || analysis.payloadKind ? '' : `${analysis.provider.name} `;
  return `${provider}${kindLabel(analysis)}`;
}

/** Longest payload text an analysis carries for display. */
const MAX_PAYLOAD_TEXT = 2000;

/** What the decoder noticed about the serialization itself, as findings. */
function serializationNotes(token: DecodedToken): TokenNote[] {
  const notes: TokenNote[] = [];
  if (token.missingEnc)
    notes.push({
      code: 'jwe_missing_enc',
      severity: 'error',
      message:
        'An encrypted token (JWE, five parts) whose header has no enc: the content encryption algorithm is missing, so no recipient can decrypt it.',
    });
  if (token.padded)
    notes.push({
      code: 'padded_base64url',
      severity: 'warning',
      message:
        'Its parts end in "=" padding: compact serialization uses base64url without padding, and some libraries reject such a token.',
    });
  if (token.detached)
    notes.push({
      code: 'detached_payload',
      severity: 'info',
      message: `The payload is detached (empty in the token${token.header.b64 === false ? ', and unencoded: b64 false, RFC 7797' : ''}): the signature covers content sent separately (RFC 7515 Appendix F).`,
    });
  if (token.notJwt)
    notes.push({
      code: 'not_a_jwt',
      severity: 'info',
      message: `The payload is not a JSON object but ${token.payloadText !== undefined ? 'text' : 'binary data'} (${token.payloadBytes ?? 0} bytes): a JWS, not a JWT, so it has no claims.`,
    });
  return notes;
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
  const payloadKind = token.detached ? ('detached' as const) : token.notJwt ? ('not_json' as const) : undefined;
  const findings = [
    ...serializationNotes(token),
    ...runTokenChecks({ token, header, payload, provider, kind, nowSeconds, skewSeconds, sentAsBearer, audiences }),
  ].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
  const start = isNumericDate(payload?.iat) ? payload.iat : isNumericDate(payload?.nbf) ? payload.nbf : undefined;
  const lifetimeSeconds = isNumericDate(payload?.exp) && start !== undefined ? payload.exp - start : undefined;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  const title = tokenTitle({ format: token.format, kind, provider, ...(payloadKind ? { payloadKind } : {}) });
  const summary = [title, alg, payloadKind ? undefined : expiryWords].filter(Boolean).join(' · ');

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
    ...(payloadKind ? { payloadKind } : {}),
    ...(token.payloadText !== undefined ? { payloadText: token.payloadText.slice(0, MAX_PAYLOAD_TEXT) } : {}),
  };
}

const SEVERITY_ORDER: Record<TokenNote['severity'], number> = { error: 0, warning: 1, info: 2 };

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
