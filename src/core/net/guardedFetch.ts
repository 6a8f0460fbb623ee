/**
 * The one way AuthLens's core reaches the network (key discovery for Verify, every Flow Tester
 * request). Whatever the server says, it:
 * - speaks https only; plain http only from a loopback URL to a loopback URL (a local test provider),
 *   or anywhere when the caller opted in (`allowInsecureHttp`);
 * - never lets fetch follow a redirect itself (`redirect: 'manual'`): a GET is followed by hand, and
 *   only to a URL that would itself be allowed, never from the network to this machine and never
 *   from https down to http; a request with a body (credentials, a code, a verifier) is not followed;
 * - reads the body while it streams and stops at the cap, so a 200 MB answer costs 1 MB;
 * - times out, the body included.
 * No Node built-ins: `fetch` is injected, `Response` and `AbortSignal` are the web platform's.
 */
import { isLoopbackHost } from '../loopbackHost';

export type FetchPolicyErrorCode = 'INSECURE_URL' | 'BAD_URL' | 'REDIRECT_REFUSED' | 'TOO_MANY_REDIRECTS' | 'BODY_TOO_LARGE' | 'TIMEOUT';

export class FetchPolicyError extends Error {
  constructor(
    readonly code: FetchPolicyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FetchPolicyError';
  }
}

/** The part of `fetch`'s answer the guard needs; a real `Response` has it, and so may a test double. */
export interface ResponseLike {
  status: number;
  statusText?: string;
  headers?: { get(name: string): string | null; forEach?(callback: (value: string, name: string) => void): void };
  body?: ReadableStream<Uint8Array> | null;
  text?(): Promise<string>;
}

export type FetchImpl = (url: string, init: RequestInit) => Promise<ResponseLike>;

export interface FetchPolicy {
  /** The URL whose host decides whether loopback http is allowed (the issuer); defaults to the URL fetched. */
  origin?: string;
  /** Plain http to any host (the user opted in). Default false. */
  allowInsecureHttp?: boolean;
  /** The most bytes of body read; more is an error. */
  maxBodyBytes: number;
  /** For the whole exchange, body included; 0: none (the caller's signal decides). */
  timeoutMs: number;
  /** Redirects followed for GET/HEAD. Default 5; 0 refuses every redirect. */
  maxRedirects?: number;
}

/** What the guard returns: a web `Response` holding the capped body, and the URL it finally came from. */
export interface GuardedResponse {
  response: Response;
  url: string;
  /** The body as text (UTF-8), already read. */
  text: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const NO_BODY = new Set([101, 103, 204, 205, 304]);

/** Why `target` may not be fetched when the exchange began at `origin`; undefined when it may. */
export function urlPolicyProblem(target: URL, origin: URL, allowInsecureHttp = false): string | undefined {
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return `${target.protocol} URLs are not fetched; only https.`;
  if (target.username || target.password) return 'URLs with a user name or password are not fetched.';
  if (target.protocol === 'https:' || allowInsecureHttp) return undefined;
  if (isLoopbackHost(target.hostname) && isLoopbackHost(origin.hostname)) return undefined;
  return `http://${target.host} is plain http on ${isLoopbackHost(target.hostname) ? 'this machine, reached from elsewhere' : 'another machine'}; only https is used (plain http only between loopback addresses, for a local test provider).`;
}

function parse(value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new FetchPolicyError('BAD_URL', `"${value.slice(0, 200)}" is not a URL.`);
  }
}

/** Fetches `url` under the policy. Throws {@link FetchPolicyError} for what the policy refuses; fetch's own errors pass through. */
export async function guardedFetch(fetchImpl: FetchImpl, url: string, init: RequestInit, policy: FetchPolicy): Promise<GuardedResponse> {
  const first = parse(url);
  const origin = policy.origin === undefined ? first : parse(policy.origin);
  const problem = urlPolicyProblem(first, origin, policy.allowInsecureHttp);
  if (problem) throw new FetchPolicyError('INSECURE_URL', problem);
  const signals = [init.signal ?? undefined, policy.timeoutMs > 0 ? AbortSignal.timeout(policy.timeoutMs) : undefined].filter(
    (s): s is AbortSignal => s !== undefined,
  );
  const signal = signals.length === 0 ? undefined : signals.length === 1 ? signals[0] : AbortSignal.any(signals);
  const method = (init.method ?? 'GET').toUpperCase();
  const maxRedirects = policy.maxRedirects ?? 5;
  let current = first;
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(current.href, { ...init, redirect: 'manual', ...(signal ? { signal } : {}) });
    const location = REDIRECTS.has(response.status) ? response.headers?.get('location') : null;
    if (!location) return { ...(await capBody(response, current, policy.maxBodyBytes, signal)), url: current.href };
    await response.body?.cancel().catch(() => undefined);
    const next = new URL(location, current);
    if (method !== 'GET' && method !== 'HEAD') {
      throw new FetchPolicyError(
        'REDIRECT_REFUSED',
        `${current.origin} answered ${method} with a redirect (${response.status}) to ${next.origin}; a request that carries credentials or a code is never sent on.`,
      );
    }
    if (hop >= maxRedirects)
      throw new FetchPolicyError('TOO_MANY_REDIRECTS', `${first.origin} redirected more than ${maxRedirects} times.`);
    const refused =
      urlPolicyProblem(next, origin, policy.allowInsecureHttp) ??
      (current.protocol === 'https:' && next.protocol === 'http:' ? 'it goes from https down to http' : undefined) ??
      (isLoopbackHost(next.hostname) && !isLoopbackHost(current.hostname)
        ? 'a server on the network may not send AuthLens to a service on this machine'
        : undefined);
    if (refused)
      throw new FetchPolicyError('REDIRECT_REFUSED', `Not following the redirect from ${current.origin} to ${next.origin}: ${refused}`);
    current = next;
  }
}

async function capBody(response: ResponseLike, url: URL, maxBytes: number, signal?: AbortSignal): Promise<Omit<GuardedResponse, 'url'>> {
  const tooLarge = () =>
    new FetchPolicyError('BODY_TOO_LARGE', `${url.origin} sent more than ${describeSize(maxBytes)}; that is not what was asked for.`);
  const declared = Number(response.headers?.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  let bytes: Uint8Array<ArrayBuffer>;
  if (response.body && typeof response.body.getReader === 'function') {
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      if (signal?.aborted) {
        await reader.cancel().catch(() => undefined);
        throw signal.reason;
      }
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      chunks.push(value);
    }
    bytes = new Uint8Array(total);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.byteLength;
    }
  } else {
    // A test double without a stream: its text, measured after the fact.
    const text = (await response.text?.()) ?? '';
    if (text.length > maxBytes) throw tooLarge();
    bytes = new TextEncoder().encode(text);
  }
  const headers = new Headers();
  response.headers?.forEach?.((value, name) => headers.append(name, value));
  const text = new TextDecoder().decode(bytes);
  if (response.status < 200 || response.status > 599)
    throw new FetchPolicyError('BAD_URL', `${url.origin} answered with HTTP status ${response.status}.`);
  const init = { status: response.status, statusText: response.statusText ?? '', headers };
  return { response: new Response(NO_BODY.has(response.status) ? null : bytes, init), text };
}

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** `{issuer}/.well-known/{name}` built from the parsed issuer: its query and fragment can never choose the path. */
export function wellKnownUrl(issuer: string, name: 'openid-configuration' | 'oauth-authorization-server'): URL {
  const url = parse(issuer);
  const problem = issuerProblem(issuer);
  if (problem) throw new FetchPolicyError('BAD_URL', `The issuer "${issuer.slice(0, 200)}" ${problem}`);
  let end = url.pathname.length;
  while (end > 0 && url.pathname[end - 1] === '/') end--;
  url.pathname = `${url.pathname.slice(0, end)}/.well-known/${name}`;
  return url;
}

/** Why `issuer` cannot be an issuer identifier (a query or fragment, even an empty one: `…/prune#`); undefined when it can. */
export function issuerProblem(issuer: string): string | undefined {
  const at = Math.min(...['?', '#'].map((ch) => issuer.indexOf(ch)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return undefined;
  return `has a ${issuer[at] === '?' ? 'query' : 'fragment'}; an issuer identifier has neither (OpenID Connect Discovery §2).`;
}
