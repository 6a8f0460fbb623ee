/**
 * Mutual TLS (RFC 8705): the client presents an X.509 certificate in the TLS handshake with the token
 * endpoint. It serves as the client's authentication (`tls_client_auth`: a CA-issued certificate whose
 * subject is registered; `self_signed_tls_client_auth`: a certificate registered as such, §2.2), and it may
 * bind the access token to the certificate (`cnf` with `x5t#S256`, the certificate's SHA-256 thumbprint, §3).
 *
 * A TLS handshake needs a socket, so the core only describes the certificate and receives a fetch that
 * presents it ({@link ClientCertificate}); `src/node/mtlsFetch.ts` makes one from PEM files. The private key
 * never reaches the core: it stays inside that fetch.
 */
import { base64url, decodeJwt } from 'jose';
import { FlowError } from './flowError';
import type { Check, ClientCertificate, FlowContext, TokenSet } from './types';

// The certificate's shape lives in types.ts (a leaf for this folder's types), so types.ts need not import this module.
export type { ClientCertificate } from './types';

/** The PEM texts a certificate is made from; the platform's loader turns them into a {@link ClientCertificate}. */
export interface ClientCertificatePem {
  cert: string;
  key: string;
}

/** Makes a {@link ClientCertificate} from PEM text: `loadClientCertificate` in `src/node/mtlsFetch.ts`. */
export type LoadClientCertificate = (pem: ClientCertificatePem) => Promise<ClientCertificate>;

const MAX_PEM = 64 * 1024;
const CERTIFICATE_BLOCK = /-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+)-----END CERTIFICATE-----/;

/** The DER bytes of the first certificate in a PEM text. */
export function certificateDer(pem: string): Uint8Array {
  if (pem.length > MAX_PEM) throw new FlowError('BAD_INPUT', 'The certificate file is larger than 64 KiB; that is no single certificate.');
  const match = CERTIFICATE_BLOCK.exec(pem);
  if (!match) throw new FlowError('BAD_INPUT', 'No certificate found: a PEM certificate starts with "-----BEGIN CERTIFICATE-----".');
  let binary: string;
  try {
    binary = atob((match[1] ?? '').replace(/\s+/g, ''));
  } catch {
    throw new FlowError('BAD_INPUT', 'The certificate block is not valid base64.');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `x5t#S256` of the first certificate in a PEM text (RFC 8705 §3.1). */
export async function certificateThumbprint(pem: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', certificateDer(pem) as Uint8Array<ArrayBuffer>);
  return base64url.encode(new Uint8Array(digest));
}

/** One line for raw exchanges, logs and reports: who the certificate names and its thumbprint; never the key. */
export function describeCertificate(cert: Pick<ClientCertificate, 'subject' | 'thumbprint' | 'selfSigned'>): string {
  return `${cert.subject || '(empty subject)'}${cert.selfSigned ? ' (self-signed)' : ''} · x5t#S256 ${cert.thumbprint}`;
}

/** The `x5t#S256` confirmation of a token response or introspection result, if it has one. */
function cnfThumbprint(cnf: unknown): unknown {
  return cnf && typeof cnf === 'object' ? (cnf as Record<string, unknown>)['x5t#S256'] : undefined;
}

/**
 * Checks a token response of a session that presented a certificate: a JWT access token bound to it
 * carries `cnf["x5t#S256"]` equal to the certificate's thumbprint (RFC 8705 §3.1). An unbound token is
 * not a failure (binding is a client registration choice, `tls_client_certificate_bound_access_tokens`).
 */
export function certificateBindingChecks(ctx: Pick<FlowContext, 'client'>, tokens: TokenSet): Check[] {
  const cert = ctx.client.certificate;
  if (!cert || !tokens.access_token) return [];
  const label = 'cnf.x5t#S256 matches the client certificate';
  let claims: Record<string, unknown> | undefined;
  try {
    claims = decodeJwt(tokens.access_token);
  } catch {
    return [
      {
        id: 'mtls-cnf-x5t',
        label,
        outcome: 'skipped',
        detail: `The access token is opaque; introspection shows its cnf. The certificate's thumbprint: ${cert.thumbprint}`,
      },
    ];
  }
  return [bindingCheck(cnfThumbprint(claims.cnf), cert.thumbprint, label)];
}

/** The same comparison for an introspection result (RFC 8705 §3.2: `cnf` in the introspection response). */
export function introspectionBindingChecks(ctx: Pick<FlowContext, 'client'>, result: Record<string, unknown>): Check[] {
  const cert = ctx.client.certificate;
  if (!cert || result.active !== true) return [];
  return [bindingCheck(cnfThumbprint(result.cnf), cert.thumbprint, 'Introspection: cnf.x5t#S256 matches the client certificate')];
}

function bindingCheck(actual: unknown, expected: string, label: string): Check {
  if (actual === undefined) {
    return {
      id: 'mtls-cnf-x5t',
      label,
      outcome: 'skipped',
      detail:
        'The token is not bound to the certificate (no cnf.x5t#S256): the client is not registered for certificate-bound access tokens (tls_client_certificate_bound_access_tokens), or the provider does not bind them.',
    };
  }
  return actual === expected
    ? {
        id: 'mtls-cnf-x5t',
        label,
        outcome: 'passed',
        detail: `cnf.x5t#S256 = ${expected}: the token works only over a TLS connection that presents this certificate.`,
      }
    : {
        id: 'mtls-cnf-x5t',
        label,
        outcome: 'failed',
        detail: `Expected ${expected}, the token has ${JSON.stringify(actual).slice(0, 100)}: it is bound to another certificate.`,
      };
}

/**
 * AuthLens's advice when the provider refused a client that presented a certificate. Providers keep the
 * reason to themselves ("client authentication failed"), so the likely causes are named in order.
 */
export function certificateHint(
  cert: ClientCertificate | undefined,
  authMethod: string,
  description: string | undefined,
): string | undefined {
  if (!cert) return undefined;
  const said = description ? ` The provider said: "${description.slice(0, 200)}".` : '';
  const missing = /not provided|no certificate/i.test(description ?? '')
    ? ' The certificate did not reach the provider:'
    : ' If the certificate did not reach the provider:';
  const parts = [
    `AuthLens presented the client certificate ${describeCertificate(cert)}.${said}`,
    `${missing.trim()} a TLS-terminating proxy or load balancer in front of it may drop it, or the endpoint is not the one that asks for certificates (see mtls_endpoint_aliases in its metadata).`,
  ];
  if (authMethod === 'self_signed_tls_client_auth') {
    parts.push(
      'With self_signed_tls_client_auth the provider compares the certificate with the ones registered for the client (its jwks, x5c): register this certificate, or present the registered one.',
    );
  } else if (authMethod === 'tls_client_auth') {
    parts.push(
      'With tls_client_auth the certificate must chain to a CA the provider trusts, and its subject (or SAN) must equal the one registered for the client (tls_client_auth_subject_dn, tls_client_auth_san_*).',
    );
  }
  return parts.join(' ');
}
