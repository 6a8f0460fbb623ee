/**
 * The flow engine's public API. Drive it step by step (the Flow Tester UI) or in one call
 * ({@link runAuthorizationCodeFlow}). Every step function returns a serialisable {@link FlowStep};
 * none throws for provider or network failures.
 */
export type * from './types';
export { FlowError } from './flowError';
export { defaultDeps, sleep } from './deps';
export { catalogExplainer, explainFromCatalog, explainNothing } from './explain';
export { discover, manualServer, type ManualEndpoints } from './discovery';
export {
  prepareAuthorizationRequest, finalizeAuthorizationRequest,
  type AuthorizationRequestOptions, type AuthorizationRequestDraft, type AuthorizationParam, type PendingAuthorization, type ResponseMode,
} from './authorizationRequest';
export { handleCallback, type AuthorizationCallback } from './callback';
export { exchangeCode, unwrapStep, type CodeExchangeOptions } from './codeExchange';
export { validateIdToken, accessTokenHash, type IdTokenResult, type IdTokenExpectations } from './idToken';
export { refreshTokens, fetchUserInfo, revokeToken, introspectToken, clientCredentials, type TokenTypeHint } from './tokenOperations';
export {
  startDeviceAuthorization, pollDeviceToken, DEFAULT_POLL_INTERVAL_MS, SLOW_DOWN_INCREMENT_MS,
  type DeviceAuthorization, type DevicePollOptions, type DevicePollProgress,
} from './deviceFlow';
export { runAuthorizationCodeFlow, type AuthCodeFlowOptions, type AuthCodeFlowResult } from './authCodeFlow';
export {
  startLoopbackListener, LOOPBACK_HOST, DEFAULT_CALLBACK_PATH, DEFAULT_LOOPBACK_TIMEOUT_MS,
  type LoopbackListener, type LoopbackOptions, type LoopbackCallback,
} from './loopback';
export { toCurl, type CurlOptions } from './curl';
export { PROVIDER_TEMPLATES, fillTemplate, findTemplate, type ProviderTemplate, type TemplatePlaceholder } from './templates';
