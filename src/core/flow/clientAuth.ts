/**
 * How the client proves who it is at the token endpoint: nothing (public client), the secret in a Basic
 * header or the body (RFC 6749 §2.3.1), or a signed JWT assertion (RFC 7523 §2.2): HMAC with the secret
 * (`client_secret_jwt`) or a private key (`private_key_jwt`). The assertion shows up in the raw request
 * as `client_assertion`, masked like every other secret.
 */
import * as oauth from 'oauth4webapi';
import { importJWK, importPKCS8, type JWK } from 'jose';
import { FlowError } from './flowError';
import type { ClientAuthMethod, ClientPrivateKey, FlowContext } from './types';

/** Every client authentication method AuthLens speaks, in the order the pickers show them. */
export const CLIENT_AUTH_METHODS: readonly ClientAuthMethod[] = [
  'none',
  'client_secret_basic',
  'client_secret_post',
  'client_secret_jwt',
  'private_key_jwt',
  'tls_client_auth',
  'self_signed_tls_client_auth',
];

const ASYMMETRIC_ALGS = new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519']);

export function clientAuthFor(ctx: Pick<FlowContext, 'client'>): oauth.ClientAuth {
  const { authMethod, clientSecret, privateKey } = ctx.client;
  switch (authMethod) {
    case 'none':
      return oauth.None();
    case 'private_key_jwt':
      if (!privateKey)
        throw new FlowError(
          'BAD_INPUT',
          'The client authenticates with private_key_jwt but no private key was given (a JWK or a PKCS#8 PEM file).',
        );
      return oauth.PrivateKeyJwt({ key: privateKey.key, ...(privateKey.kid ? { kid: privateKey.kid } : {}) });
    case 'tls_client_auth':
    case 'self_signed_tls_client_auth':
      // RFC 8705 §2: only client_id goes in the body; the certificate in the TLS handshake is the proof.
      if (!ctx.client.certificate)
        throw new FlowError(
          'BAD_INPUT',
          `The client authenticates with ${authMethod} but no client certificate was given (a PEM certificate and its private key).`,
        );
      return oauth.TlsClientAuth();
    case 'client_secret_basic':
    case 'client_secret_post':
    case 'client_secret_jwt':
      if (!clientSecret) throw new FlowError('BAD_INPUT', `The client authenticates with ${authMethod} but no client secret was given.`);
      return authMethod === 'client_secret_basic'
        ? oauth.ClientSecretBasic(clientSecret)
        : authMethod === 'client_secret_post'
          ? oauth.ClientSecretPost(clientSecret)
          : oauth.ClientSecretJwt(clientSecret);
    default:
      throw new FlowError('BAD_INPUT', `Unknown client authentication method ${JSON.stringify(String(authMethod).slice(0, 60))}.`);
  }
}

/** What the step explanations say about the client's authentication. */
export function describeClientAuth(method: FlowContext['client']['authMethod']): string {
  switch (method) {
    case 'none':
      return 'As a public client it sends no secret.';
    case 'client_secret_basic':
      return 'It authenticates with its client secret in a Basic Authorization header (client_secret_basic).';
    case 'client_secret_post':
      return 'It authenticates with its client secret in the request body (client_secret_post).';
    case 'client_secret_jwt':
      return 'It authenticates with a short-lived JWT signed with its client secret (client_secret_jwt, RFC 7523); the secret itself is never sent.';
    case 'private_key_jwt':
      return "It authenticates with a short-lived JWT signed with its private key (private_key_jwt, RFC 7523); the provider checks it against the client's registered public key.";
    case 'tls_client_auth':
      return 'It authenticates with its client certificate in the TLS handshake (tls_client_auth, RFC 8705 §2.1): the certificate must chain to a CA the provider trusts and name the registered subject.';
    case 'self_signed_tls_client_auth':
      return 'It authenticates with its self-signed client certificate in the TLS handshake (self_signed_tls_client_auth, RFC 8705 §2.2): the provider compares it with the certificate registered for the client.';
    default:
      return '';
  }
}

/**
 * Reads a client's private key from text: a JWK (JSON, with `d`) or a PKCS#8 PEM block. A PEM has no
 * algorithm inside, so `alg` must be given for it (ES256 is assumed for EC keys when it is missing).
 */
export async function importClientKey(text: string, options: { alg?: string; kid?: string } = {}): Promise<ClientPrivateKey> {
  const trimmed = text.trim();
  if (trimmed.length > 64 * 1024) throw new FlowError('BAD_INPUT', 'The key is larger than 64 KiB; that is no single private key.');
  if (trimmed.startsWith('{')) {
    let jwk: JWK;
    try {
      jwk = JSON.parse(trimmed) as JWK;
    } catch {
      throw new FlowError('BAD_INPUT', 'The key starts like a JWK but is not valid JSON.');
    }
    if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk)) throw new FlowError('BAD_INPUT', 'A JWK is a JSON object.');
    if ('keys' in jwk) throw new FlowError('BAD_INPUT', 'This is a JWK Set; give the one private key (a single JWK object).');
    if (!jwk.d)
      throw new FlowError('BAD_INPUT', 'This JWK has no private part ("d"): it is a public key; private_key_jwt needs the private key.');
    const alg = options.alg ?? jwk.alg ?? defaultAlg(jwk.kty, jwk.crv);
    if (!ASYMMETRIC_ALGS.has(alg)) throw new FlowError('BAD_INPUT', `private_key_jwt needs an asymmetric signing algorithm, not ${alg}.`);
    try {
      const key = await importJWK({ ...jwk, ext: false }, alg);
      if (!(key instanceof CryptoKey) || key.type !== 'private') throw new Error('not a private key');
      const kid = options.kid ?? jwk.kid;
      return { key, alg, ...(kid ? { kid } : {}) };
    } catch (error) {
      throw new FlowError('BAD_INPUT', `The JWK could not be imported for ${alg}: ${(error as Error).message}`);
    }
  }
  if (/-----BEGIN (?:RSA |EC )?PRIVATE KEY-----/.test(trimmed)) {
    if (/BEGIN (RSA|EC) PRIVATE KEY/.test(trimmed)) {
      throw new FlowError(
        'BAD_INPUT',
        'This PEM is in the old PKCS#1/SEC1 format; convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem`.',
      );
    }
    const alg = options.alg ?? 'ES256';
    if (!ASYMMETRIC_ALGS.has(alg)) throw new FlowError('BAD_INPUT', `private_key_jwt needs an asymmetric signing algorithm, not ${alg}.`);
    try {
      return { key: await importPKCS8(trimmed, alg), alg, ...(options.kid ? { kid: options.kid } : {}) };
    } catch (error) {
      throw new FlowError(
        'BAD_INPUT',
        `The PEM key could not be imported for ${alg} (pass the key's algorithm): ${(error as Error).message}`,
      );
    }
  }
  throw new FlowError('BAD_INPUT', 'The key is neither a JWK (JSON) nor a PKCS#8 PEM ("-----BEGIN PRIVATE KEY-----").');
}

function defaultAlg(kty?: string, crv?: string): string {
  if (kty === 'EC') return crv === 'P-384' ? 'ES384' : crv === 'P-521' ? 'ES512' : 'ES256';
  if (kty === 'OKP') return 'EdDSA';
  return 'RS256';
}
