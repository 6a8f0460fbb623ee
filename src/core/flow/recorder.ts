/**
 * Records every HTTP exchange the flow makes through oauth4webapi's `customFetch` seam. The steps get
 * a redacted copy; the original stays in a WeakMap so "copy as curl" can reveal secrets when asked,
 * without the secrets ever sitting on a serialisable step.
 */
import { redact } from '../redact';
import { guardedFetch, type FetchImpl } from '../net/guardedFetch';
import type { ClientCertificate } from './mtls';
import type { FlowDeps, RawHttpRequest, RawHttpResponse, RecordedExchange } from './types';

const originals = new WeakMap<RecordedExchange, RecordedExchange>();

/** The unredacted exchange behind a recorded one, if this process recorded it. */
export function originalOf(exchange: RecordedExchange): RecordedExchange | undefined {
  return originals.get(exchange);
}

const MAX_BODY = 256 * 1024;
/** The most any provider response may hold (discovery documents, key sets, token responses): read while it streams. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export interface Recorder {
  readonly exchanges: RecordedExchange[];
  /** Fetch with the same signature oauth4webapi's `customFetch` expects. */
  fetch: (
    url: string,
    options: { method: string; headers: Record<string, string>; body?: unknown; redirect?: 'manual'; signal?: AbortSignal },
  ) => Promise<Response>;
  /** Sum of the time spent inside fetch. */
  fetchMs(): number;
  /**
   * The issuer the requests belong to: plain http is allowed only between loopback addresses, so a
   * loopback issuer's metadata cannot send the code, verifier or secret over http to another host.
   */
  origin?: string;
  /**
   * RFC 8705: requests go through the certificate's fetch, which presents it in the TLS handshake
   * (https only; plain http has no handshake), still under the one fetch policy.
   */
  certificate?: ClientCertificate;
  /** The client's authentication method, for the advice on a refused certificate. */
  authMethod?: string;
}

export function createRecorder(deps: Pick<FlowDeps, 'fetch' | 'now'>): Recorder {
  const exchanges: RecordedExchange[] = [];
  const recorder: Recorder = {
    exchanges,
    fetch: (url, options) => record(url, options),
    fetchMs: () => exchanges.reduce((sum, e) => sum + e.durationMs, 0),
  };
  const record = async (url: string, options: Parameters<Recorder['fetch']>[1]): Promise<Response> => {
    const request: RawHttpRequest = {
      method: options.method,
      url,
      headers: Object.entries(options.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
    };
    const body = bodyText(options.body);
    if (body !== undefined) request.body = body;
    const startedAt = deps.now();
    const started = performance.now();
    const original: RecordedExchange = { request, startedAt, durationMs: 0 };
    const certificate = recorder.certificate;
    if (certificate && url.startsWith('https:'))
      original.clientCertificate = { subject: certificate.subject, thumbprint: certificate.thumbprint };
    try {
      // Every request under the one fetch policy: https, redirects only where allowed, a capped body.
      const fetchImpl = certificate ? certificate.fetch : (deps.fetch as unknown as FetchImpl);
      const { response, text } = await guardedFetch(
        fetchImpl,
        url,
        { ...options, body: options.body as BodyInit | undefined },
        { origin: recorder.origin ?? url, maxBodyBytes: MAX_RESPONSE_BYTES, timeoutMs: 0 },
      );
      original.durationMs = performance.now() - started;
      original.response = {
        status: response.status,
        statusText: response.statusText,
        headers: [...response.headers.entries()],
        body: text.length > MAX_BODY ? `${text.slice(0, MAX_BODY)}\n…[${text.length - MAX_BODY} more characters]` : text,
      };
      return response;
    } catch (error) {
      original.durationMs = performance.now() - started;
      original.failure = error instanceof Error ? `${error.name}: ${error.message}${causeText(error)}` : String(error);
      throw error;
    } finally {
      const shown = redactExchange(original);
      originals.set(shown, original);
      exchanges.push(shown);
    }
  };
  return recorder;
}

function causeText(error: Error): string {
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : '';
}

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === 'string') return body;
  if (body instanceof URLSearchParams) return body.toString();
  return '[binary body]';
}

const ALWAYS_HIDDEN = new Set(['cookie', 'set-cookie']);

function redactHeader([name, value]: [string, string]): [string, string] {
  if (ALWAYS_HIDDEN.has(name.toLowerCase())) return [name, '[redacted]'];
  return [name, redact(value)];
}

/** A display copy of an exchange: URL, headers and bodies through `redact`. */
export function redactExchange(exchange: RecordedExchange): RecordedExchange {
  const request: RawHttpRequest = {
    ...exchange.request,
    url: redact(exchange.request.url),
    headers: exchange.request.headers.map(redactHeader),
  };
  if (exchange.request.body !== undefined) request.body = redact(exchange.request.body);
  const shown: RecordedExchange = { ...exchange, request };
  if (exchange.response) {
    const response: RawHttpResponse = {
      ...exchange.response,
      headers: exchange.response.headers.map(redactHeader),
      body: redact(exchange.response.body),
    };
    shown.response = response;
  }
  if (exchange.failure) shown.failure = redact(exchange.failure);
  if (exchange.clientCertificate)
    shown.clientCertificate = { ...exchange.clientCertificate, subject: redact(exchange.clientCertificate.subject) };
  return shown;
}
