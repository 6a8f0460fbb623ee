/**
 * The flow engine's public API. Drive it step by step (the Flow Tester UI) or in one call
 * ({@link runAuthorizationCodeFlow}). Every step function returns a serialisable {@link FlowStep};
 * none throws for provider or network failures (configuration mistakes in `prepare…`/`manualServer`
 * throw a {@link FlowError} with code BAD_INPUT / INSECURE_URL / UNSUPPORTED).
 *
 * Step by step, as the Flow Tester does it:
 *
 *   const deps = defaultDeps();                                   // fetch, now, randomBytes, sleep, explain (catalog)
 *   const server = unwrapStep(await discover(issuer, deps));      // or manualServer({...})
 *   const ctx = { server, client: { clientId, authMethod: 'none' }, deps };
 *   const listener = await startLoopbackListener({ port, timeoutMs });   // src/node/loopback.ts
 *   const draft = await prepareAuthorizationRequest(ctx, { redirectUri: listener.redirectUri, scope, prompt, … });
 *   // show draft.params (editable), draft.codeVerifier / codeChallenge; then:
 *   const { url, pending, step } = finalizeAuthorizationRequest(ctx, draft);
 *   const received = listener.waitForCallback(pending.state); await openExternal(url);
 *   const callback = await handleCallback(ctx, pending, (await received).url);
 *   const tokens = await exchangeCode(ctx, pending, callback.result!);
 *   const idToken = await validateIdToken(ctx, tokens.result!, { nonce: pending.nonce });
 *   // then refreshTokens, fetchUserInfo, introspectToken, revokeToken; or the device flow and client credentials.
 *
 * `step.exchanges`, `step.notes` and `step.error` are redacted and safe to show or log; `step.result`
 * holds the real values (tokens, the code) and stays in the extension host unless the UI means to
 * display a decoded token. `toCurl(exchange, { revealSecrets: true })` works only in the process that
 * recorded the exchange.
 */
export type * from './types';
export { FlowError } from './flowError';
export { defaultDeps, sleep } from './deps';
export { catalogExplainer, explainFromCatalog, explainNothing } from './explain';
export { discover, manualServer, type ManualEndpoints } from './discovery';
export {
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  type AuthorizationRequestOptions,
  type AuthorizationRequestDraft,
  type AuthorizationParam,
  type PendingAuthorization,
  type ResponseMode,
} from './authorizationRequest';
export {
  PROTECTED_PARAMS,
  BACK_CHANNEL_ONLY,
  MAX_PARAMS,
  MAX_PARAM_VALUE,
  isParameterName,
  isProtectedParam,
  checkParameterName,
  checkExtraParams,
  checkDraftParams,
  applyParamEdits,
  type ParamEdit,
} from './authorizationParams';
export { handleCallback, type AuthorizationCallback } from './callback';
export { exchangeCode, type CodeExchangeOptions } from './codeExchange';
export { unwrapStep } from './unwrap';
export { validateIdToken, accessTokenHash, type IdTokenResult, type IdTokenExpectations } from './idToken';
export { refreshTokens, fetchUserInfo, revokeToken, introspectToken, clientCredentials, type TokenTypeHint } from './tokenOperations';
export {
  startDeviceAuthorization,
  pollDeviceToken,
  DEFAULT_POLL_INTERVAL_MS,
  SLOW_DOWN_INCREMENT_MS,
  type DeviceAuthorization,
  type DevicePollOptions,
  type DevicePollProgress,
} from './deviceFlow';
export { runAuthorizationCodeFlow, type AuthCodeFlowOptions, type AuthCodeFlowResult } from './authCodeFlow';
export {
  LOOPBACK_HOST,
  DEFAULT_CALLBACK_PATH,
  DEFAULT_LOOPBACK_TIMEOUT_MS,
  type LoopbackListener,
  type LoopbackOptions,
  type LoopbackCallback,
  type StartLoopbackListener,
} from './listener';
export { toCurl, type CurlOptions } from './curl';
export { PROVIDER_TEMPLATES, fillTemplate, findTemplate, type ProviderTemplate, type TemplatePlaceholder } from './templates';
export { clientAuthFor, importClientKey, describeClientAuth } from './clientAuth';
export { createDpopSession, dpopBindingChecks } from './dpop';
export {
  certificateThumbprint,
  certificateDer,
  certificateBindingChecks,
  introspectionBindingChecks,
  describeCertificate,
  certificateHint,
  type ClientCertificate,
  type ClientCertificatePem,
  type LoadClientCertificate,
} from './mtls';
export { pushAuthorizationRequest, type PushedAuthorization } from './par';
export { exchangeToken, TOKEN_EXCHANGE_GRANT_TYPE, TOKEN_TYPES, type TokenExchangeOptions } from './tokenExchange';
export { preflight, preflightIssuer, type PreflightWarning, type PreflightOptions } from './preflight';
export { formatDuration } from './duration';
export { sessionHint, withSessionHint, type SessionFacts } from './sessionHints';
export { explainLanding, type LandingExplanation } from './landing';
export { flowReportMarkdown, toHttpRequest, type ReportMeta } from './report';
