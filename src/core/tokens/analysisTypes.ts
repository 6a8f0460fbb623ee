/** What `analyzeToken` returns. Plain data: safe to show, serialise or copy. */
import type { ClaimValueType, ProviderFamily } from '../claims/types';
import type { DisplayedTime } from '../time/numericDate';
import type { ProviderInfo } from './provider';
import type { TokenKindGuess } from './tokenKind';
import type { JsonValue, TokenFormat } from './types';

export type Severity = 'error' | 'warning' | 'info';

/** Stable codes: tests, the hover and the CLI's JSON depend on them. */
export type TokenNoteCode =
  | 'encrypted'
  | 'nested_jwt'
  | 'alg_none'
  | 'missing_alg'
  | 'missing_signature'
  | 'symmetric_alg'
  | 'weak_alg'
  | 'missing_kid'
  | 'jku_or_x5u_present'
  | 'embedded_jwk'
  | 'crit_header'
  | 'expired'
  | 'expired_within_skew'
  | 'not_yet_valid'
  | 'iat_in_future'
  | 'missing_exp'
  | 'invalid_time_claim'
  | 'exp_before_iat'
  | 'long_lifetime'
  | 'missing_iss'
  | 'missing_aud'
  | 'aud_multiple'
  | 'entra_v1_token'
  | 'graph_token'
  | 'id_token_as_access_token'
  | 'refresh_token_jwt'
  | 'pii_in_token'
  | 'groups_overage'
  | 'sender_constrained'
  | 'email_unverified'
  | 'padded_base64url'
  | 'detached_payload'
  | 'not_a_jwt'
  | 'jwe_missing_enc';

/** One thing worth pointing out about a token. */
export interface TokenNote {
  code: TokenNoteCode;
  severity: Severity;
  message: string;
}

export interface AnalyzedClaim {
  name: string;
  /** Exactly as in the token: attacker-controlled, escape before display. */
  value: JsonValue;
  location: 'header' | 'payload';
  title?: string;
  description?: string;
  source?: string;
  /** Which family's meaning `description` gives. */
  provider?: ProviderFamily;
  valueType?: ClaimValueType;
  /** Other providers that use this name differently. */
  otherMeanings?: { provider: ProviderFamily; title: string }[];
  pii?: boolean;
  /** For time claims: the date in several forms. */
  time?: DisplayedTime & { words: string };
}

export type Validity = 'valid' | 'expired' | 'not_yet_valid' | 'no_expiry' | 'unknown';

export interface TokenAnalysis {
  format: TokenFormat;
  alg?: string;
  typ?: string;
  kid?: string;
  provider: ProviderInfo;
  kind: TokenKindGuess;
  issuer?: string;
  subject?: string;
  audiences: string[];
  /** Validity by `exp`/`nbf` with the clock skew applied. */
  validity: Validity;
  /** "expired 3 h 12 min ago", "valid for 47 more minutes", "not valid until …", "never expires". */
  expiryWords: string;
  /** `exp` minus `iat` (or `nbf`), when both are present. */
  lifetimeSeconds?: number;
  /** Every payload claim whose value is a date, in token order. */
  times: (AnalyzedClaim & { time: NonNullable<AnalyzedClaim['time']> })[];
  headerClaims: AnalyzedClaim[];
  /** Payload claims in token order; empty for JWE. */
  claims: AnalyzedClaim[];
  /** Errors first, then warnings, then notes. */
  findings: TokenNote[];
  /** One line: "Microsoft Entra ID access token · RS256 · expired 3 h ago". */
  summary: string;
  /** What the payload is when it is not JWT claims: detached, or not JSON (then its text, cut short, if it is text). */
  payloadKind?: 'detached' | 'not_json';
  payloadText?: string;
}

export interface AnalyzeOptions {
  /** Milliseconds since 1970; defaults to `Date.now()`. */
  now?: number;
  /** Tolerance for `exp`, `nbf` and `iat`, in seconds. Default 300. */
  clockSkewSeconds?: number;
  /** IANA zone for local times; defaults to the machine's. */
  timeZone?: string;
  /** The token was seen after `Bearer ` (e.g. in an Authorization header); overrides what decoding saw. */
  sentAsBearer?: boolean;
}

export const DEFAULT_CLOCK_SKEW_SECONDS = 300;
