/**
 * Finds an issuer's signing keys: `{issuer}/.well-known/openid-configuration` → `jwks_uri` → the JWKS.
 * Called only when the user asks to verify against the issuer. HTTPS only (plain HTTP on loopback is
 * allowed for local test servers), a timeout per request, and a cap on response size.
 */
import { isLoopbackHost } from '../loopbackHost';
import type { JsonObject } from './types';

export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string>; redirect?: 'follow' | 'error' | 'manual' }) => Promise<{
  ok: boolean;
  status: number;
  text(): Promise<string>;
}>;

export type JwksLookup = { ok: true; jwks: JsonObject; jwksUri: string; notes: string[] } | { ok: false; message: string };

const MAX_RESPONSE_CHARS = 1024 * 1024;

export async function fetchIssuerJwks(
  issuer: string,
  options: { fetch?: FetchLike; timeoutMs?: number; allowInsecureHttp?: boolean },
): Promise<JwksLookup> {
  const fetchImpl = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!fetchImpl) return { ok: false, message: 'No fetch is available to reach the issuer.' };
  let end = issuer.length;
  while (end > 0 && issuer.charCodeAt(end - 1) === 0x2f /* / */) end--; // (a `/\/+$/` regex is quadratic on many slashes)
  const discoveryUrl = `${issuer.slice(0, end)}/.well-known/openid-configuration`;
  const unsafe = urlProblem(discoveryUrl, options.allowInsecureHttp);
  if (unsafe) return { ok: false, message: unsafe };
  const metadata = await getJson(fetchImpl, discoveryUrl, options.timeoutMs);
  if (!metadata.ok) return metadata;
  const jwksUri = metadata.value.jwks_uri;
  if (typeof jwksUri !== 'string') return { ok: false, message: `The discovery document at ${discoveryUrl} has no jwks_uri.` };
  const badJwksUri = urlProblem(jwksUri, options.allowInsecureHttp);
  if (badJwksUri) return { ok: false, message: badJwksUri };
  const notes: string[] = [];
  const advertised = metadata.value.issuer;
  if (typeof advertised === 'string' && advertised !== issuer && !advertised.includes('{tenantid}')) {
    notes.push(`The discovery document names the issuer "${advertised}", not "${issuer}": validators that compare the two will reject the token.`);
  }
  const jwks = await getJson(fetchImpl, jwksUri, options.timeoutMs);
  if (!jwks.ok) return jwks;
  if (!Array.isArray(jwks.value.keys)) return { ok: false, message: `${jwksUri} did not return a JWK Set (no "keys" array).` };
  return { ok: true, jwks: jwks.value, jwksUri, notes };
}

function urlProblem(value: string, allowInsecureHttp = false): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a URL, so keys cannot be discovered from it.`;
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && (allowInsecureHttp || isLoopbackHost(url.hostname))) return undefined;
  return `Refusing to fetch keys over ${url.protocol} from ${url.host}: only HTTPS (or HTTP on this machine) is used.`;
}

async function getJson(
  fetchImpl: FetchLike,
  url: string,
  timeoutMs = 10_000,
): Promise<{ ok: true; value: JsonObject } | { ok: false; message: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, { signal: controller.signal, headers: { accept: 'application/json' } });
    if (!response.ok) return { ok: false, message: `${url} answered HTTP ${response.status}.` };
    const text = await response.text();
    if (text.length > MAX_RESPONSE_CHARS) return { ok: false, message: `${url} sent more than 1 MB; that is not a discovery document or key set.` };
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: `${url} did not return a JSON object.` };
    return { ok: true, value: value as JsonObject };
  } catch (error) {
    const reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : error instanceof SyntaxError ? 'the response is not JSON' : describeNetworkError(error);
    return { ok: false, message: `Could not get ${url}: ${reason}.` };
  } finally {
    clearTimeout(timer);
  }
}

function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
