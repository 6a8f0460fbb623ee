/**
 * Finds an issuer's signing keys: `{issuer}/.well-known/openid-configuration` → `jwks_uri` → the JWKS.
 * Called only when the user asks to verify against the issuer. Every request goes through the core's
 * fetch policy ({@link guardedFetch}): https only (plain http only between loopback addresses),
 * redirects followed only where the first URL could have gone, 1 MB per body read as it streams, a
 * timeout per request. The discovery URL is built from the parsed issuer, so a `?` or `#` in a
 * token's `iss` cannot choose the path.
 */
import { FetchPolicyError, guardedFetch, urlPolicyProblem, wellKnownUrl, type FetchImpl, type ResponseLike } from '../net/guardedFetch';
import type { JsonObject } from './types';

export type FetchLike = (
  url: string,
  init?: { signal?: AbortSignal; headers?: Record<string, string>; redirect?: 'follow' | 'error' | 'manual' },
) => Promise<ResponseLike & { ok?: boolean }>;

export type JwksLookup = { ok: true; jwks: JsonObject; jwksUri: string; notes: string[] } | { ok: false; message: string };

export const MAX_KEY_RESPONSE_BYTES = 1024 * 1024;

export async function fetchIssuerJwks(
  issuer: string,
  options: { fetch?: FetchLike; timeoutMs?: number; allowInsecureHttp?: boolean },
): Promise<JwksLookup> {
  const fetchImpl = options.fetch ?? (globalThis.fetch as unknown as FetchLike | undefined);
  if (!fetchImpl) return { ok: false, message: 'No fetch is available to reach the issuer.' };
  let discovery: URL;
  try {
    discovery = wellKnownUrl(issuer, 'openid-configuration');
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof FetchPolicyError ? error.message : `"${issuer.slice(0, 200)}" is not a URL, so keys cannot be discovered from it.`,
    };
  }
  const discoveryUrl = discovery.href;
  const unsafe = urlProblem(discovery, discovery, options.allowInsecureHttp);
  if (unsafe) return { ok: false, message: unsafe };
  const metadata = await getJson(fetchImpl, discoveryUrl, discoveryUrl, options);
  if (!metadata.ok) return metadata;
  const jwksUri = metadata.value.jwks_uri;
  if (typeof jwksUri !== 'string') return { ok: false, message: `The discovery document at ${discoveryUrl} has no jwks_uri.` };
  let jwksUrl: URL;
  try {
    jwksUrl = new URL(jwksUri);
  } catch {
    return { ok: false, message: `The jwks_uri "${jwksUri.slice(0, 200)}" is not a URL.` };
  }
  // The key set must be reachable under the same rule as the issuer: a loopback issuer's document may not send us elsewhere over http.
  const badJwksUri = urlProblem(jwksUrl, discovery, options.allowInsecureHttp);
  if (badJwksUri) return { ok: false, message: badJwksUri };
  const notes: string[] = [];
  const advertised = metadata.value.issuer;
  if (typeof advertised === 'string' && advertised !== issuer && !advertised.includes('{tenantid}')) {
    notes.push(
      `The discovery document names the issuer "${advertised}", not "${issuer}": validators that compare the two will reject the token.`,
    );
  }
  const jwks = await getJson(fetchImpl, jwksUri, discoveryUrl, options);
  if (!jwks.ok) return jwks;
  if (!Array.isArray(jwks.value.keys)) return { ok: false, message: `${jwksUri} did not return a JWK Set (no "keys" array).` };
  return { ok: true, jwks: jwks.value, jwksUri, notes };
}

function urlProblem(url: URL, origin: URL, allowInsecureHttp = false): string | undefined {
  const problem = urlPolicyProblem(url, origin, allowInsecureHttp);
  return problem && `Refusing to fetch keys from ${url.origin}: ${problem} (HTTPS, or HTTP on this machine for a local issuer).`;
}

async function getJson(
  fetchImpl: FetchLike,
  url: string,
  origin: string,
  options: { timeoutMs?: number; allowInsecureHttp?: boolean },
): Promise<{ ok: true; value: JsonObject } | { ok: false; message: string }> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const { response, text } = await guardedFetch(
      fetchImpl as FetchImpl,
      url,
      { signal: controller.signal, headers: { accept: 'application/json' } },
      { origin, allowInsecureHttp: options.allowInsecureHttp ?? false, maxBodyBytes: MAX_KEY_RESPONSE_BYTES, timeoutMs: 0 },
    );
    if (!response.ok) return { ok: false, message: `${url} answered HTTP ${response.status}.` };
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return { ok: false, message: `${url} did not return a JSON object.` };
    return { ok: true, value: value as JsonObject };
  } catch (error) {
    if (error instanceof FetchPolicyError) {
      return {
        ok: false,
        message:
          error.code === 'BODY_TOO_LARGE' ? `${url} sent more than 1 MB; that is not a discovery document or key set.` : error.message,
      };
    }
    const reason = controller.signal.aborted
      ? `no answer within ${timeoutMs} ms`
      : error instanceof SyntaxError
        ? 'the response is not JSON'
        : describeNetworkError(error);
    return { ok: false, message: `Could not get ${url}: ${reason}.` };
  } finally {
    clearTimeout(timer);
  }
}
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
