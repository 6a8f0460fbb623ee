/**
 * The small vocabulary the recogniser needs without loading the catalog: which bare words are auth
 * error codes and which family writes them. The code lists come from the data (entries marked
 * `vocabulary`, and each file's `vocabularyOnly`), emitted by the build into `generated/vocabulary.ts`;
 * the full explanations live in the catalog and load lazily.
 */
import type { ErrorFamily } from './catalog/types';

import { COGNITO_EXCEPTION_NAMES, GENERIC_AWS_EXCEPTION_NAMES, OAUTH_CODES, VENDOR_CODES } from './generated/vocabulary';

/**
 * OAuth and OpenID `error` values: the IANA OAuth Extensions Error Registry, OpenID Connect Core
 * §3.1.2.6, CIBA Core §11–13, and the widely used unregistered ones (Entra's `invalid_resource`,
 * `unsupported_response_mode`, `insufficient_claims`). The entries marked `vocabulary` in
 * data/errors/oauth.yaml; the build emits the list.
 */
export const OAUTH_ERROR_CODES: ReadonlySet<string> = new Set(OAUTH_CODES);

/**
 * Cognito user-pool service exceptions (AWS API Reference, InitiateAuth and friends). The names in
 * `GENERIC_AWS_EXCEPTIONS` (marked `vocabulary: context` in the data) are shared with other AWS services
 * and libraries (`InvalidParameterException` is also a Java class), so they count only next to Cognito evidence.
 */
export const COGNITO_EXCEPTIONS: ReadonlySet<string> = new Set(COGNITO_EXCEPTION_NAMES);
export const GENERIC_AWS_EXCEPTIONS: ReadonlySet<string> = new Set(GENERIC_AWS_EXCEPTION_NAMES);

/** MSAL.js error classes: after `<Class>: ` comes the library's own error code. */
export const MSAL_ERROR_CLASSES: ReadonlySet<string> = new Set([
  'AuthError',
  'BrowserAuthError',
  'ClientAuthError',
  'ClientConfigurationError',
  'InteractionRequiredAuthError',
  'ServerError',
  'NativeAuthError',
  'CacheError',
  'JoseHeaderError',
  'BrowserConfigurationAuthError',
  'ManagedIdentityError',
  'NodeAuthError',
  'AuthenticationRequiredError',
  'CredentialUnavailableError',
]);

const VENDOR_FAMILY = new Map<string, ErrorFamily>();
for (const [family, codes] of Object.entries(VENDOR_CODES)) {
  for (const code of codes ?? []) VENDOR_FAMILY.set(code, family as ErrorFamily);
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
