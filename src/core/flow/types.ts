/**
 * The step model of the flow engine. Every network step returns a {@link FlowStep}: a plain,
 * serialisable object (safe to post to a webview) with its status, what it does in plain words,
 * the raw HTTP exchanges with secrets redacted, the checks it made, and a typed error when it failed.
 */
import type { AuthorizationServer, DPoPHandle } from 'oauth4webapi';
import type { ErrorEntry } from '../errors/catalog/types';
import type { FetchImpl } from '../net/guardedFetch';

export type StepKind =
  | 'discovery'
  | 'authorization-request'
  | 'callback'
  | 'code-exchange'
  | 'id-token'
  | 'refresh'
  | 'userinfo'
  | 'revocation'
  | 'introspection'
  | 'device-authorization'
  | 'device-poll'
  | 'client-credentials'
  | 'pushed-authorization-request'
  | 'token-exchange';

/** `pending` and `running` are for a UI that lists steps before they run; the engine returns the other three. */
export type StepStatus = 'pending' | 'running' | 'passed' | 'failed' | 'skipped';

export interface RawHttpRequest {
  method: string;
  url: string;
  headers: [name: string, value: string][];
  body?: string;
}

export interface RawHttpResponse {
  status: number;
  statusText: string;
  headers: [name: string, value: string][];
  body: string;
}

/** One HTTP round trip as sent and received, redacted for display. */
export interface RecordedExchange {
  request: RawHttpRequest;
  /** Absent when the request never got an answer (network error, timeout). */
  response?: RawHttpResponse;
  /** Why there is no response. */
  failure?: string;
  /** The TLS client certificate presented with the request (RFC 8705): who it names, never its key. */
  clientCertificate?: { subject: string; thumbprint: string };
  startedAt: number;
  /** Time spent inside fetch: the provider and the network, not AuthLens. */
  durationMs: number;
}

export type CheckOutcome = 'passed' | 'failed' | 'skipped';

/** One thing the engine verified, e.g. "ID token `nonce` matches". */
export interface Check {
  id: string;
  label: string;
  outcome: CheckOutcome;
  /** Expected and actual values, or why the check was skipped. */
  detail: string;
}

/** The error fields as the provider sent them (RFC 6749 §4.1.2.1, §5.2), never rewritten. */
export interface OAuthErrorDetails {
  error: string;
  error_description?: string;
  error_uri?: string;
  state?: string;
  iss?: string;
  /** HTTP status at the token, userinfo… endpoints. */
  status?: number;
  /** The raw `WWW-Authenticate` header, when the provider sent one. */
  wwwAuthenticate?: string;
  /** Every other field of the error response (Entra's `error_codes`, `trace_id`, `correlation_id`, `suberror`…). */
  extra: Record<string, unknown>;
}

export type FlowErrorCode =
  | 'OAUTH_ERROR' // the provider answered with an OAuth error
  | 'STATE_MISMATCH' // callback `state` differs from the one sent
  | 'ISSUER_MISMATCH' // callback `iss` (RFC 9207) or discovery issuer differs
  | 'INVALID_CALLBACK' // callback without code, duplicate parameters…
  | 'ID_TOKEN_INVALID' // the ID token failed a check
  | 'HTTP_ERROR' // a non-OAuth error status
  | 'INVALID_RESPONSE' // the provider's response broke the protocol
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'INSECURE_URL' // http:// to anything but loopback
  | 'UNSUPPORTED' // the provider does not offer this endpoint or feature
  | 'BAD_INPUT' // the caller's configuration is incomplete or malformed
  | 'DEVICE_CODE_EXPIRED'
  | 'LOOPBACK_TIMEOUT'
  | 'LOOPBACK_UNAVAILABLE' // the listener could not bind its port
  | 'INTERNAL';

/** A serialisable view of a {@link FlowError}, as it appears on a step. */
export interface FlowErrorInfo {
  code: FlowErrorCode;
  message: string;
  oauth?: OAuthErrorDetails;
  /** The catalog's entries for the error code and any provider code inside the description (e.g. AADSTS…). */
  explanations: ErrorEntry[];
  /** AuthLens's own advice for this situation in the flow, when it has one. */
  hint?: string;
}

export interface FlowStep<T = unknown> {
  kind: StepKind;
  title: string;
  status: StepStatus;
  /** What this step does and why, in plain words, for the step's panel. */
  explanation: string;
  exchanges: RecordedExchange[];
  checks: Check[];
  error?: FlowErrorInfo;
  result?: T;
  /** Free notes worth showing (e.g. "no refresh token: offline_access needs prompt=consent here"). */
  notes: string[];
  startedAt: number;
  durationMs: number;
}

export type ClientAuthMethod =
  | 'none'
  | 'client_secret_basic'
  | 'client_secret_post'
  | 'client_secret_jwt'
  | 'private_key_jwt'
  | 'tls_client_auth'
  | 'self_signed_tls_client_auth';

/** The key a `private_key_jwt` client signs its assertion with (RFC 7523), imported by {@link importClientKey}. */
export interface ClientPrivateKey {
  key: CryptoKey;
  kid?: string;
  alg: string;
}

export interface FlowClient {
  clientId: string;
  /** Only for confidential clients; kept in memory, never in a step. Also the HMAC key of `client_secret_jwt`. */
  clientSecret?: string;
  /** For `private_key_jwt`; kept in memory, never in a step. */
  privateKey?: ClientPrivateKey;
  /**
   * RFC 8705: presented in the TLS handshake of every request to the provider's endpoints (the mTLS
   * aliases when the metadata has them). It authenticates `tls_client_auth` and `self_signed_tls_client_auth`
   * clients and may bind access tokens to it with any method. Its key stays inside its fetch.
   */
  certificate?: ClientCertificate;
  authMethod: ClientAuthMethod;
  /** The ID token algorithm registered for the client, when the provider lists several. */
  idTokenSignedResponseAlg?: string;
  /**
   * Entra ID: a redirect URI registered under the "Single-page application" platform only redeems
   * codes in cross-origin requests, so the token request must carry an `Origin` header.
   */
  origin?: string;
}

export interface FlowServer {
  /** The metadata used for every request, also shown to the user. */
  metadata: AuthorizationServer;
  source: 'discovery' | 'manual';
  /** The discovery document exactly as received, when there was one. */
  discoveryDocument?: Record<string, unknown>;
}

/** Looks up an error code in the catalog; may load it lazily. */
export type Explainer = (code: string) => ErrorEntry | undefined | Promise<ErrorEntry | undefined>;

/** Everything with a side effect, injectable for tests. */
export interface FlowDeps {
  fetch: typeof fetch;
  now: () => number;
  randomBytes: (length: number) => Uint8Array;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  explain: Explainer;
  /** Per HTTP request; 0 disables. */
  requestTimeoutMs: number;
}

export interface FlowContext {
  server: FlowServer;
  client: FlowClient;
  deps: FlowDeps;
  /** RFC 9449: when present, token and userinfo requests carry DPoP proofs signed with this session's key. */
  dpop?: DpopSession;
  /** Allowed clock difference for `exp`, `iat`, `nbf` checks. */
  clockToleranceSeconds?: number;
}

/** A token endpoint response, as parsed. */
export interface TokenSet {
  access_token: string;
  token_type: string;
  expires_in?: number;
  refresh_token?: string;
  id_token?: string;
  scope?: string;
  /** Every field received, including non-standard ones. */
  raw: Record<string, unknown>;
  receivedAt: number;
}

/** One DPoP key pair for a whole session (RFC 9449), created by {@link createDpopSession}. */
export interface DpopSession {
  keyPair: CryptoKeyPair;
  /** The JWK SHA-256 thumbprint of the public key: what `cnf.jkt` of a bound access token must equal. */
  thumbprint: string;
  /** oauth4webapi's handle: signs the proofs and remembers the provider's latest `DPoP-Nonce`. */
  handle: DPoPHandle;
  alg: string;
}

/** A client certificate the flow may present, with the fetch that presents it. Never serialised. */
export interface ClientCertificate {
  /** The certificate's subject as the platform prints it, e.g. `CN=my-client, O=Example`. */
  subject: string;
  issuer: string;
  /** Subject and issuer are the same and the certificate verifies with its own key. */
  selfSigned: boolean;
  /** base64url SHA-256 of the DER certificate: what a bound token's `cnf["x5t#S256"]` holds (RFC 8705 §3.1). */
  thumbprint: string;
  /** The end of its validity, ISO 8601. */
  notAfter?: string;
  /** Sends requests whose TLS handshakes present this certificate and prove its key. */
  fetch: FetchImpl;
}
