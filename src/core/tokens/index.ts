/**
 * The token API, for the hover, the decode command and the CLI:
 * - `findTokens(text)` / `findTokenAt(lineText, character)`: where tokens are.
 * - `decodeToken(input)`: header and payload, or a typed error; never throws.
 * - `analyzeToken(decoded, { now, clockSkewSeconds })`: provider, kind, claims explained, times, findings.
 * - `verifySignature(token, keySource, { fetch })`: signature check; network only for `discovery`.
 * - `describeClaim(name, provider?)` lives in `src/core/claims`.
 */
export { findTokens, findTokenAt, isCompactToken } from './detect';
export { findWrappedTokenAt, type WrappedToken } from './wrapped';
export { decodeToken } from './decode';
export { analyzeToken } from './analyze';
export { recognizeProvider } from './provider';
export { guessTokenKind } from './tokenKind';
export { tokenContext } from './tokenContext';
export { MAX_TOKEN_LENGTH } from './limits';
export { verifySignature } from './verify';
export type { KeySource, VerifyOptions, VerifyResult, VerifyVerdict } from './verify';
export type { FetchLike } from './discovery';
export { DEFAULT_CLOCK_SKEW_SECONDS } from './analysisTypes';
export type * from './types';
export type * from './analysisTypes';
export type { ProviderId, ProviderInfo } from './provider';
export type { TokenKind, TokenKindGuess } from './tokenKind';
export type { TokenContext } from './tokenContext';
