/**
 * What `parseErrorResponse` finds in an error response, whatever shape it came in. Field names follow
 * the wire names (`error_description`, `trace_id`) so they read the same as the response itself.
 */
import type { ErrorEntry } from '../catalog/types';

export type ErrorResponseShape = 'json' | 'redirect' | 'form' | 'www-authenticate' | 'exception' | 'html' | 'text';

/** One code found in the response, with its catalog entry when the catalog knows it. */
export interface FoundCode {
  code: string;
  family: string;
  entry?: ErrorEntry;
}

/** One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1). Parameter names are lower-cased. */
export interface AuthChallenge {
  scheme: string;
  params: Record<string, string>;
  token68?: string;
}

/** One credential's outcome in a DefaultAzureCredential / ChainedTokenCredential message. */
export interface CredentialFailure {
  credential: string;
  outcome: 'unavailable' | 'failed';
  message: string;
}

export interface ErrorResponseParts {
  shape: ErrorResponseShape;
  /** The protocol `error` value, or the provider's code where it has no such field (Okta, Cognito). */
  error?: string;
  error_description?: string;
  error_codes?: number[];
  error_uri?: string;
  /** Google's `error_subtype` (e.g. `invalid_rapt`). */
  error_subtype?: string;
  trace_id?: string;
  correlation_id?: string;
  /** ISO 8601. */
  timestamp?: string;
  suberror?: string;
  /** A claims challenge, decoded from base64 or raw JSON. */
  claims?: unknown;
  /** The claims challenge as sent. */
  claims_raw?: string;
  scope?: string;
  /** RFC 9728 protected resource metadata URL from a `WWW-Authenticate` challenge. */
  resource_metadata?: string;
  dpop_nonce?: string;
  status?: number;
  realm?: string;
  /** The authentication scheme of the challenge that carried the error (`Bearer`, `DPoP`, `Basic`). */
  scheme?: string;
  authorization_uri?: string;
  acr_values?: string;
  max_age?: number;
  state?: string;
  iss?: string;
  /** The exception class, as written (`Microsoft.Identity.Client.MsalUiRequiredException`). */
  exception?: string;
  /** Okta's `errorId`, Cognito's request id and the like: what support asks for. */
  error_id?: string;
  challenges?: AuthChallenge[];
  /** Azure.Identity: each credential that was tried and why it did not work. */
  failures?: CredentialFailure[];
  /** A command the message tells the user to run (`az login --scope …`). */
  command?: string;
  /** Every code found, in order, each once, with its catalog entry. */
  codes: FoundCode[];
}

export type ErrorResponseProblemCode = 'no_error_found' | 'input_too_large';

export interface ErrorResponseProblem {
  code: ErrorResponseProblemCode;
  message: string;
}

export type ErrorResponseResult = { ok: true; parts: ErrorResponseParts } | { ok: false; problem: ErrorResponseProblem };
