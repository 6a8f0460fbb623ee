/**
 * Checks a token's signature with `jose`, against a key the user supplies or the issuer's published
 * keys. Only the signature: times and audience are the analysis' business. The network is used
 * only when the caller asks for `discovery`, and then only through the `fetch` it may inject.
 */
import { compactVerify, createLocalJWKSet, importJWK, importSPKI, importX509, type JSONWebKeySet, type JWK } from 'jose';
import { parseJsonObject } from '../json';
import { base64urlToBytes } from './base64url';
import { decodeToken } from './decode';
import { fetchIssuerJwks, type FetchLike } from './discovery';
import type { JsonObject } from './types';

export type KeySource =
  /** A shared secret for HS256/384/512, as typed (UTF-8) or base64url-encoded. */
  | { kind: 'secret'; secret: string; encoding?: 'utf8' | 'base64url' }
  /** A PEM public key (SPKI `BEGIN PUBLIC KEY`) or certificate (`BEGIN CERTIFICATE`). */
  | { kind: 'pem'; pem: string }
  /** One public JWK, as an object or JSON text. */
  | { kind: 'jwk'; jwk: object | string }
  /** A JWK Set `{ "keys": [...] }`, as an object or JSON text. */
  | { kind: 'jwks'; jwks: object | string }
  /** The issuer's keys via `{issuer}/.well-known/openid-configuration` → `jwks_uri`; issuer defaults to `iss`. */
  | { kind: 'discovery'; issuer?: string };

export type VerifyVerdict = 'valid' | 'invalid_signature' | 'no_matching_key' | 'network_error' | 'unsupported' | 'malformed';

export interface VerifyResult {
  verdict: VerifyVerdict;
  /** One sentence for the user. */
  message: string;
  alg?: string;
  kid?: string;
  /** Where the keys came from, for discovery. */
  jwksUri?: string;
  /** Extra advice, e.g. a short HMAC secret or an issuer mismatch in the discovery document. */
  notes: string[];
}

export interface VerifyOptions {
  /** Injectable for tests and for the extension's proxy-aware fetch. Defaults to the global `fetch`. */
  fetch?: FetchLike;
  /** Per request, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Allow `http://` issuers other than loopback ones. Default false. */
  allowInsecureHttp?: boolean;
}

const GRAPH_AUDIENCES = ['00000003-0000-0000-c000-000000000000', 'https://graph.microsoft.com', 'https://graph.microsoft.com/'];

export async function verifySignature(token: string, keySource: KeySource, options: VerifyOptions = {}): Promise<VerifyResult> {
  const decoded = decodeToken(token);
  if (!decoded.ok) return result('malformed', `Cannot verify: ${decoded.error.message}.`);
  const { header, payload, raw, format } = decoded.token;
  const alg = typeof header.alg === 'string' ? header.alg : undefined;
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  const base = { ...(alg ? { alg } : {}), ...(kid ? { kid } : {}) };
  if (format === 'jwe')
    return result('unsupported', 'This token is encrypted (JWE); it has to be decrypted before any inner signature can be checked.', base);
  if (!alg) return result('malformed', 'The header has no "alg", so there is no algorithm to verify with.', base);
  if (format === 'unsecured') return result('unsupported', 'alg is "none": there is no signature to verify.', base);
  const symmetric = /^HS(256|384|512)$/.test(alg);
  const notes: string[] = [];
  try {
    switch (keySource.kind) {
      case 'secret': {
        if (!symmetric)
          return result('unsupported', `The token is signed with ${alg}, which needs a public key, not a shared secret.`, base);
        const secret =
          keySource.encoding === 'base64url' ? base64urlToBytes(keySource.secret.trim()) : new TextEncoder().encode(keySource.secret);
        if (!secret) return result('unsupported', 'The secret is not valid base64url.', base);
        const needed = Number(alg.slice(2)) / 8;
        if (secret.length < needed)
          notes.push(
            `Weak secret: it is ${secret.length} bytes, while ${alg} calls for at least ${needed} (RFC 7518 §3.2); a short secret can be guessed offline from any token.`,
          );
        await compactVerify(raw, secret, { algorithms: [alg] });
        break;
      }
      case 'pem': {
        if (symmetric)
          return result(
            'unsupported',
            `The token uses ${alg} (a shared secret); a public key cannot verify it and must never be used as the secret.`,
            base,
          );
        await compactVerify(raw, await importPem(keySource.pem, alg), { algorithms: [alg] });
        break;
      }
      case 'jwk': {
        const jwk = parseJson(keySource.jwk) as JWK;
        if ('d' in jwk)
          notes.push('The JWK contains private key material ("d"); only the public part is needed to verify, keep the private one secret.');
        await compactVerify(raw, await importJWK(jwk, alg), { algorithms: [alg] });
        break;
      }
      case 'jwks': {
        if (symmetric)
          return result('unsupported', `The token uses ${alg} (a shared secret); a JWKS of public keys cannot verify it.`, base);
        await verifyWithJwks(raw, parseJson(keySource.jwks) as unknown as JSONWebKeySet, alg);
        break;
      }
      case 'discovery': {
        if (symmetric) return result('unsupported', `The token uses ${alg} (a shared secret); the issuer never publishes that key.`, base);
        const issuer = keySource.issuer ?? (typeof payload?.iss === 'string' ? payload.iss : undefined);
        if (!issuer)
          return result('malformed', 'The token has no "iss" and no issuer was given, so there is nowhere to discover keys.', base);
        const found = await fetchIssuerJwks(issuer, options);
        if (!found.ok) return result('network_error', found.message, base);
        notes.push(...found.notes);
        try {
          await verifyWithJwks(raw, found.jwks as unknown as JSONWebKeySet, alg);
        } catch (error) {
          return { ...fromJoseError(error, alg, kid), ...base, jwksUri: found.jwksUri, notes: withGraphNote(notes, payload, error) };
        }
        return {
          verdict: 'valid',
          message: `Signature valid: signed by a key published at ${found.jwksUri}.`,
          ...base,
          jwksUri: found.jwksUri,
          notes,
        };
      }
    }
  } catch (error) {
    return { ...fromJoseError(error, alg, kid), ...base, notes: withGraphNote(notes, payload, error) };
  }
  return { verdict: 'valid', message: `Signature valid (${alg}).`, ...base, notes };
}

async function verifyWithJwks(raw: string, jwks: JSONWebKeySet, alg: string): Promise<void> {
  const keys = createLocalJWKSet(jwks);
  try {
    await compactVerify(raw, keys, { algorithms: [alg] });
  } catch (error) {
    // Several keys fit (no kid): try each, as a verifier without a kid would.
    if (!(error instanceof Error) || (error as { code?: string }).code !== 'ERR_JWKS_MULTIPLE_MATCHING_KEYS') throw error;
    for await (const key of error as unknown as AsyncIterable<CryptoKey>) {
      try {
        await compactVerify(raw, key, { algorithms: [alg] });
        return;
      } catch {
        // try the next one
      }
    }
    throw Object.assign(new Error('no key in the set verifies the signature'), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' });
  }
}

async function importPem(pem: string, alg: string) {
  const text = pem.trim();
  if (/BEGIN (RSA |EC |ENCRYPTED )?PRIVATE KEY/.test(text)) {
    throw Object.assign(
      new Error('that is a private key; give the public key or certificate instead (and keep the private key out of editors)'),
      { code: 'LOCAL_UNSUPPORTED' },
    );
  }
  if (/BEGIN RSA PUBLIC KEY/.test(text)) {
    throw Object.assign(
      new Error('PKCS#1 "RSA PUBLIC KEY" is not supported; convert it to SPKI with `openssl rsa -RSAPublicKey_in -pubout`'),
      { code: 'LOCAL_UNSUPPORTED' },
    );
  }
  if (/BEGIN CERTIFICATE/.test(text)) return importX509(text, alg);
  if (/BEGIN PUBLIC KEY/.test(text)) return importSPKI(text, alg);
  throw Object.assign(new Error('the key is not PEM: expected "-----BEGIN PUBLIC KEY-----" or "-----BEGIN CERTIFICATE-----"'), {
    code: 'LOCAL_UNSUPPORTED',
  });
}

function parseJson(value: object | string): JsonObject {
  if (typeof value !== 'string') return value as JsonObject;
  const parsed = parseJsonObject(value);
  if (parsed) return parsed as JsonObject;
  throw Object.assign(new Error('the key is not a JSON object'), { code: 'LOCAL_UNSUPPORTED' });
}

function fromJoseError(error: unknown, alg: string, kid: string | undefined): Omit<VerifyResult, 'notes'> {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return { verdict: 'invalid_signature', message: 'Signature invalid: the token was altered, or it was signed with a different key.' };
    case 'ERR_JWKS_NO_MATCHING_KEY':
      return {
        verdict: 'no_matching_key',
        message: kid
          ? `No key with kid "${kid}" for ${alg} in the key set. The keys may have rotated (refresh a cached JWKS) or the token comes from another issuer or tenant.`
          : `No key in the set fits ${alg}.`,
      };
    case 'ERR_JWS_INVALID':
      return { verdict: 'malformed', message: `The token is not a well-formed JWS: ${detail}.` };
    case 'ERR_JWKS_INVALID':
    case 'ERR_JWK_INVALID':
      return { verdict: 'unsupported', message: `The key could not be used: ${detail}.` };
    case 'ERR_JOSE_NOT_SUPPORTED':
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
    case 'LOCAL_UNSUPPORTED':
      return { verdict: 'unsupported', message: `Cannot verify: ${detail}.` };
    default:
      // Key import errors from WebCrypto (wrong key type for the algorithm and the like).
      return { verdict: 'unsupported', message: `Cannot verify with this key: ${detail}.` };
  }
}

function withGraphNote(notes: string[], payload: JsonObject | null, error: unknown): string[] {
  const aud = payload?.aud;
  const audiences = Array.isArray(aud) ? aud : [aud];
  const graph = audiences.some((value) => typeof value === 'string' && GRAPH_AUDIENCES.includes(value));
  if (graph && (error as { code?: string })?.code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    return [...notes, 'This is a Microsoft Graph token: only Graph can validate its signature, so this failure is expected.'];
  }
  return notes;
}

function result(verdict: VerifyVerdict, message: string, extra: Partial<VerifyResult> = {}): VerifyResult {
  return { verdict, message, notes: [], ...extra };
}
