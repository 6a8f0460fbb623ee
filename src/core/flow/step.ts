/**
 * Runs one step: records its HTTP exchanges, times it, and turns whatever went wrong into a typed
 * {@link FlowError} on the step instead of a thrown exception.
 */
import * as oauth from 'oauth4webapi';
import { parseJsonObject } from '../json';
import { isLoopbackHost } from '../loopbackHost';
import { FetchPolicyError } from '../net/guardedFetch';
import { FlowError, describeOAuthError, oauthErrorDetails } from './flowError';
import { aadstsCodes, entraHint } from './entraHints';
import { createRecorder, type Recorder } from './recorder';
import { withRankedExplanations } from './sessionHints';
import { clientAuthFor } from './clientAuth';
import { dpopOption } from './dpop';
import { certificateHint, type ClientCertificate } from './mtls';
import type { FlowContext, FlowDeps, FlowStep, StepKind } from './types';

export interface StepScope<T> {
  step: FlowStep<T>;
  recorder: Recorder;
}

export async function runStep<T>(
  deps: FlowDeps,
  kind: StepKind,
  title: string,
  explanation: string,
  work: (scope: StepScope<T>) => Promise<T | undefined>,
): Promise<FlowStep<T>> {
  const recorder = createRecorder(deps);
  const step: FlowStep<T> = {
    kind,
    title,
    status: 'running',
    explanation,
    exchanges: recorder.exchanges,
    checks: [],
    notes: [],
    startedAt: deps.now(),
    durationMs: 0,
  };
  const started = performance.now();
  try {
    const result = await work({ step, recorder });
    if (result !== undefined) step.result = result;
    if (step.status === 'running') step.status = step.checks.some((c) => c.outcome === 'failed') ? 'failed' : 'passed';
  } catch (error) {
    step.status = 'failed';
    const flowError = await explainFlowError(toFlowError(error, recorder), deps);
    if (flowError.oauth?.error === 'invalid_client' && recorder.certificate) {
      flowError.hint =
        certificateHint(recorder.certificate, recorder.authMethod ?? '', flowError.oauth.error_description) ?? flowError.hint;
    }
    step.error = withRankedExplanations(kind, flowError.toInfo());
  }
  step.durationMs = performance.now() - started;
  return step;
}

/** Attaches catalog entries (for `error` and any AADSTS code in the description) and a flow hint. */
async function explainFlowError(error: FlowError, deps: Pick<FlowDeps, 'explain'>): Promise<FlowError> {
  if (!error.oauth) return error;
  const codes = [error.oauth.error, ...aadstsCodes(error.oauth.error_description)];
  error.explanations = [];
  for (const code of codes) {
    try {
      const entry = await deps.explain(code);
      if (entry && !error.explanations.includes(entry)) error.explanations.push(entry);
    } catch {
      // an explainer bug must not hide the provider's error
    }
  }
  error.hint ??= entraHint(codes);
  return error;
}

function lastResponseJson(recorder?: Recorder): Record<string, unknown> | undefined {
  const body = recorder?.exchanges.at(-1)?.response?.body;
  return body ? parseJsonObject(body) : undefined;
}

/** Maps oauth4webapi, fetch and abort errors to {@link FlowError}. */
export function toFlowError(error: unknown, recorder?: Recorder): FlowError {
  if (error instanceof FlowError) return error;
  if (error instanceof FetchPolicyError) {
    const code =
      error.code === 'INSECURE_URL' || error.code === 'REDIRECT_REFUSED'
        ? 'INSECURE_URL'
        : error.code === 'BAD_URL'
          ? 'BAD_INPUT'
          : error.code === 'TIMEOUT'
            ? 'TIMEOUT'
            : 'INVALID_RESPONSE';
    return new FlowError(code, error.message, { cause: error });
  }
  if (error instanceof oauth.ResponseBodyError) {
    const details = oauthErrorDetails(error.cause, error.status, error.response?.headers.get('www-authenticate') ?? undefined) ?? {
      error: error.error,
      extra: {},
      status: error.status,
    };
    return new FlowError('OAUTH_ERROR', `The provider answered ${error.status} ${describeOAuthError(details)}`, {
      oauth: details,
      cause: error,
    });
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    const header = error.response.headers.get('www-authenticate') ?? undefined;
    const challenge = error.cause[0]?.parameters ?? {};
    // The JSON body, when there is one, is the fuller source; the challenge is the fallback.
    const details = oauthErrorDetails(lastResponseJson(recorder) ?? {}, error.status, header) ??
      oauthErrorDetails({ ...challenge }, error.status, header) ?? {
        error: 'unknown',
        extra: {},
        status: error.status,
        wwwAuthenticate: header,
      };
    return new FlowError('OAUTH_ERROR', `The provider answered ${error.status} ${describeOAuthError(details)}`, {
      oauth: details,
      cause: error,
    });
  }
  if (error instanceof oauth.AuthorizationResponseError) {
    const details = oauthErrorDetails(error.cause) ?? { error: error.error, extra: {} };
    return new FlowError('OAUTH_ERROR', `The authorization server returned ${describeOAuthError(details)}`, {
      oauth: details,
      cause: error,
    });
  }
  if (error instanceof oauth.UnsupportedOperationError) return new FlowError('UNSUPPORTED', error.message, { cause: error });
  if (error instanceof oauth.OperationProcessingError) {
    if (error.code === oauth.RESPONSE_IS_NOT_CONFORM) {
      const json = lastResponseJson(recorder);
      const status = recorder?.exchanges.at(-1)?.response?.status;
      const details = json && oauthErrorDetails(json, status);
      if (details)
        return new FlowError('OAUTH_ERROR', `The provider answered ${status} ${describeOAuthError(details)}`, {
          oauth: details,
          cause: error,
        });
      return new FlowError('HTTP_ERROR', `Unexpected HTTP status${status ? ` ${status}` : ''}: ${error.message}`, { cause: error });
    }
    if (error.code === oauth.MISSING_SERVER_METADATA) return new FlowError('UNSUPPORTED', error.message, { cause: error });
    if (error.code?.startsWith('OAUTH_JWT') || /id_token|"nonce"|"aud"|"iss"|"exp"/i.test(error.message)) {
      return new FlowError('ID_TOKEN_INVALID', error.message, { cause: error });
    }
    if (/"state"/.test(error.message)) return new FlowError('STATE_MISMATCH', error.message, { cause: error });
    return new FlowError('INVALID_RESPONSE', error.message, { cause: error });
  }
  if (error instanceof DOMException || (error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError'))) {
    const timeout = (error as Error).name === 'TimeoutError';
    return new FlowError(timeout ? 'TIMEOUT' : 'ABORTED', timeout ? 'The provider did not answer in time.' : 'Cancelled.', {
      cause: error,
    });
  }
  if (error instanceof TypeError && /fetch failed/i.test(error.message)) {
    const cause = error.cause as { code?: string; message?: string } | undefined;
    return new FlowError('NETWORK_ERROR', `Could not reach the provider: ${cause?.code ?? cause?.message ?? error.message}`, {
      cause: error,
    });
  }
  if (error instanceof TypeError) return new FlowError('BAD_INPUT', error.message, { cause: error });
  return new FlowError('INTERNAL', error instanceof Error ? error.message : String(error), { cause: error });
}

/** http:// is allowed for loopback hosts only; anything else must be https://. */
export function checkEndpointUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new FlowError('BAD_INPUT', `${what} is not a valid URL: ${JSON.stringify(value.slice(0, 200))}`);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  if (url.protocol === 'http:') {
    throw new FlowError(
      'INSECURE_URL',
      `${what} uses http:// on ${url.hostname}; only https:// or a loopback address (127.0.0.1, localhost) is allowed.`,
    );
  }
  throw new FlowError('BAD_INPUT', `${what} must be an http(s) URL, not ${url.protocol}`);
}

/**
 * The oauth4webapi options every request shares: our recording fetch, a timeout, and the issuer as
 * the recorder's origin. oauth4webapi's own http check is relaxed for a loopback issuer; the fetch
 * policy in the recorder (guardedFetch) then allows plain http only to loopback endpoints, so a
 * loopback issuer's metadata cannot send the code, verifier or secret over http to another host.
 */
export function requestOptions(
  ctx: Pick<FlowContext, 'deps' | 'dpop'> & {
    server: { metadata: { issuer: string } };
    client?: { certificate?: ClientCertificate; authMethod?: string };
  },
  recorder: Recorder,
  signal?: AbortSignal,
  headers?: Record<string, string>,
) {
  recorder.origin = ctx.server.metadata.issuer;
  if (ctx.client?.certificate) {
    recorder.certificate = ctx.client.certificate;
    recorder.authMethod = ctx.client.authMethod;
  }
  const signals = [signal, ctx.deps.requestTimeoutMs > 0 ? AbortSignal.timeout(ctx.deps.requestTimeoutMs) : undefined].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  return {
    [oauth.customFetch]: recorder.fetch as unknown as typeof fetch,
    [oauth.allowInsecureRequests]: isLoopbackHost(new URL(ctx.server.metadata.issuer).hostname),
    ...(signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
    ...(headers && Object.keys(headers).length ? { headers } : {}),
    ...dpopOption(ctx),
  };
}

export function oauthClient(ctx: FlowContext): oauth.Client {
  const client: oauth.Client = { client_id: ctx.client.clientId };
  if (ctx.client.idTokenSignedResponseAlg) client.id_token_signed_response_alg = ctx.client.idTokenSignedResponseAlg;
  if (ctx.clockToleranceSeconds !== undefined) client[oauth.clockTolerance] = ctx.clockToleranceSeconds;
  // RFC 8705 §5: with a certificate, requests go to the provider's mTLS endpoint aliases where it lists them.
  if (ctx.client.certificate) client.use_mtls_endpoint_aliases = true;
  return client;
}

export function clientAuthentication(ctx: FlowContext): oauth.ClientAuth {
  return clientAuthFor(ctx);
}

export function requireEndpoint(ctx: FlowContext, name: keyof oauth.AuthorizationServer, what: string): string {
  const value = ctx.server.metadata[name];
  if (typeof value !== 'string') {
    throw new FlowError('UNSUPPORTED', `The provider does not offer ${what} (no ${String(name)} in its metadata).`);
  }
  return value;
}
