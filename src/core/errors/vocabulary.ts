/**
 * The small, fixed vocabulary the recogniser needs without loading the catalog: which bare words are
 * auth error codes and which family writes them. Codes are facts from the registries and provider
 * documents named beside each list; the full explanations live in `catalog/` and load lazily.
 */
import type { ErrorFamily } from './catalog/types';

/**
 * OAuth and OpenID `error` values: the IANA OAuth Extensions Error Registry, OpenID Connect Core
 * §3.1.2.6, CIBA Core §11–13, and the widely used unregistered ones (Entra's `invalid_resource`,
 * `unsupported_response_mode`, `insufficient_claims`).
 */
export const OAUTH_ERROR_CODES: ReadonlySet<string> = new Set([
  'invalid_request', 'unauthorized_client', 'access_denied', 'unsupported_response_type', 'invalid_scope',
  'server_error', 'temporarily_unavailable', 'invalid_client', 'invalid_grant', 'unsupported_grant_type',
  'invalid_token', 'insufficient_scope', 'unsupported_token_type', 'interaction_required', 'login_required',
  'account_selection_required', 'consent_required', 'invalid_request_uri', 'invalid_request_object',
  'request_not_supported', 'request_uri_not_supported', 'registration_not_supported', 'need_info',
  'request_denied', 'request_submitted', 'invalid_redirect_uri', 'invalid_client_metadata',
  'invalid_software_statement', 'unapproved_software_statement', 'authorization_pending', 'slow_down',
  'expired_token', 'invalid_target', 'unsupported_pop_key', 'incompatible_ace_profiles',
  'invalid_authorization_details', 'invalid_dpop_proof', 'use_dpop_nonce', 'insufficient_user_authentication',
  'invalid_issuer', 'invalid_subject', 'invalid_trust_anchor', 'invalid_trust_chain', 'invalid_metadata',
  'not_found', 'unsupported_parameter', 'vp_formats_not_supported', 'invalid_request_uri_method',
  'wallet_unavailable',
  // CIBA
  'expired_login_hint_token', 'unknown_user_id', 'missing_user_code', 'invalid_user_code',
  'invalid_binding_message', 'transaction_failed',
  // common but unregistered
  'invalid_resource', 'unsupported_response_mode', 'insufficient_claims', 'redirect_uri_mismatch',
]);

/** Codes that only one vendor writes, so a bare one in an `error` slot can be attributed. */
const VENDOR_CODES: Record<Exclude<ErrorFamily, 'oauth' | 'entra' | 'saml'>, readonly string[]> = {
  // developer.okta.com error-codes, OAuth redirect errors
  okta: ['user_canceled_request'],
  // Cognito hosted UI
  cognito: ['redirect_mismatch'],
  // github/docs: authorization, token and device-flow troubleshooting pages
  github: ['incorrect_client_credentials', 'bad_verification_code', 'unverified_user_email', 'incorrect_device_code',
    'device_flow_disabled', 'application_suspended', 'bad_refresh_token'],
  // developers.google.com/identity/protocols/oauth2 authorization errors
  google: ['admin_policy_enforced', 'access_not_configured', 'disallowed_useragent', 'org_internal', 'deleted_client',
    'invalid_rapt', 'origin_mismatch', 'policy_enforced', 'restricted_client', 'idpiframe_initialization_failed',
    'popup_closed_by_user'],
  // auth0/docs libraries/error-messages
  auth0: ['invalid_user_password', 'mfa_required', 'mfa_invalid_code', 'mfa_registration_required', 'too_many_attempts',
    'password_leaked', 'invalid_signup', 'user_exists', 'username_exists', 'password_strength_error',
    'password_dictionary_error', 'password_no_user_info_error', 'invalid_password', 'PasswordHistoryError',
    'PasswordStrengthError', 'blocked_user', 'requires_verification'],
  // keycloak events/Errors.java
  keycloak: ['invalid_user_credentials', 'user_not_found', 'user_disabled', 'user_temporarily_disabled', 'invalid_code',
    'expired_code', 'code_verifier_missing', 'pkce_verification_failed', 'invalid_client_credentials',
    'client_not_found', 'client_disabled', 'consent_denied', 'session_expired', 'cookie_not_found',
    'identity_provider_error', 'invalid_oauth2_device_code', 'expired_oauth2_device_code',
    'generic_authentication_error', 'invalid_user', 'user_session_not_found', 'invalid_client_session',
    'invalid_code_verifier', 'invalid_oauth2_user_code', 'different_user_authenticated', 'realm_disabled',
    'username_in_use', 'email_in_use', 'identity_provider_login_failure', 'resolve_required_actions',
    'invalid_permission_ticket', 'federated_identity_account_exists', 'not_logged_in', 'unknown_identity_provider'],
  // MSAL.js *ErrorCodes.ts and MSAL.NET MsalError.cs: client-side codes (the distinctive ones)
  msal: ['interaction_in_progress', 'no_tokens_found', 'user_cancelled', 'user_canceled', 'popup_window_error',
    'empty_window_error', 'monitor_window_timeout', 'monitor_popup_timeout', 'block_iframe_reload',
    'block_nested_popups', 'hash_empty_error', 'no_state_in_hash', 'no_account_error', 'no_account_in_silent_request',
    'state_mismatch', 'nonce_mismatch', 'redirect_in_iframe', 'silent_logout_unsupported', 'native_account_unavailable',
    'refresh_token_expired', 'token_refresh_required', 'multiple_matching_tokens', 'multiple_matching_accounts',
    'endpoints_resolution_error', 'network_error', 'untrusted_authority', 'authority_mismatch',
    'invalid_cache_record', 'device_code_expired', 'user_null', 'authentication_canceled', 'failed_to_acquire_token_silently',
    'multiple_matching_tokens_detected', 'webview2_runtime_not_installed', 'code_expired', 'request_timeout',
    'request_throttled', 'service_not_available', 'no_network_connectivity', 'uninitialized_public_client_application',
    'timed_out', 'post_request_failed', 'get_request_failed', 'loopback_redirect_uri', 'authentication_ui_failed',
    'managed_identity_request_failed', 'managed_identity_unreachable_network', 'native_extension_not_installed',
    'crypto_nonexistent', 'silent_prompt_value_error', 'no_token_request_cache_error', 'redirect_uri_empty',
    'failed_to_acquire_token_silently_from_broker', 'loopback_response_uri_mismatch'],
  // MSAL.NET MsalError.cs InvalidGrant suberrors
  'entra-suberror': ['basic_action', 'additional_action', 'message_only', 'user_password_expired', 'bad_token',
    'token_expired', 'protection_policy_required', 'client_mismatch', 'device_authentication_failed'],
};

/**
 * Cognito user-pool service exceptions (AWS API Reference, InitiateAuth and friends). The names in
 * `GENERIC_AWS_EXCEPTIONS` are shared with other AWS services and libraries (`InvalidParameterException`
 * is also a Java class), so they count only next to Cognito evidence.
 */
export const COGNITO_EXCEPTIONS: ReadonlySet<string> = new Set([
  'NotAuthorizedException', 'UserNotFoundException', 'UserNotConfirmedException', 'PasswordResetRequiredException',
  'CodeMismatchException', 'ExpiredCodeException', 'UsernameExistsException', 'InvalidPasswordException',
  'UserLambdaValidationException', 'InvalidLambdaResponseException', 'UnexpectedLambdaException',
  'InvalidUserPoolConfigurationException', 'InvalidSmsRoleAccessPolicyException',
  'InvalidSmsRoleTrustRelationshipException', 'MFAMethodNotFoundException', 'MfaMethodNotFoundException',
  'CodeDeliveryFailureException', 'AliasExistsException', 'TooManyFailedAttemptsException',
  'SoftwareTokenMFANotFoundException', 'EnableSoftwareTokenMFAException', 'UserImportInProgressException',
  'UnsupportedUserStateException', 'InvalidOAuthFlowException', 'InvalidEmailRoleAccessPolicyException',
  'UserPoolAddOnNotEnabledException', 'UnsupportedIdentityProviderException', 'ScopeDoesNotExistException',
  'ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'ResourceNotFoundException',
  'TooManyRequestsException', 'LimitExceededException',
]);
export const GENERIC_AWS_EXCEPTIONS: ReadonlySet<string> = new Set([
  'ForbiddenException', 'InternalErrorException', 'InvalidParameterException', 'ResourceNotFoundException',
  'TooManyRequestsException', 'LimitExceededException',
]);

/** MSAL.js error classes: after `<Class>: ` comes the library's own error code. */
export const MSAL_ERROR_CLASSES: ReadonlySet<string> = new Set([
  'AuthError', 'BrowserAuthError', 'ClientAuthError', 'ClientConfigurationError', 'InteractionRequiredAuthError',
  'ServerError', 'NativeAuthError', 'CacheError', 'JoseHeaderError', 'BrowserConfigurationAuthError',
  'ManagedIdentityError', 'NodeAuthError', 'AuthenticationRequiredError', 'CredentialUnavailableError',
]);

const VENDOR_FAMILY = new Map<string, ErrorFamily>();
for (const [family, codes] of Object.entries(VENDOR_CODES)) {
  for (const code of codes) VENDOR_FAMILY.set(code, family as ErrorFamily);
}

/** The family a bare code belongs to, as far as the built-in vocabulary knows; OAuth wins ties. */
export function vocabularyFamily(code: string): ErrorFamily | undefined {
  if (OAUTH_ERROR_CODES.has(code)) return 'oauth';
  const vendor = VENDOR_FAMILY.get(code);
  if (vendor) return vendor;
  if (COGNITO_EXCEPTIONS.has(code)) return 'cognito';
  return undefined;
}

/** Every vendor code the recogniser attributes, for the test that checks the catalog agrees. */
export function vendorVocabulary(): ReadonlyMap<string, ErrorFamily> {
  return VENDOR_FAMILY;
}
