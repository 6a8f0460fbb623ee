/**
 * A few decoded facts about a token for the Flow Tester's token list: never the token itself, never
 * a claim that could carry a secret beyond what identifies the token (subject, audience, times).
 * Decoded with the core's decoder, the one the hover and the decoded view use, so a JWE is named a
 * JWE (its header is readable, its claims are not) and a nested token is read like everywhere else.
 */
import { expiryPhrase } from '../capture/labels';
import { truncate } from '../render/escape';
import { decodeToken } from '../tokens/decode';
import type { JsonValue } from '../tokens/types';

export interface TokenFacts {
  kind: 'jwt' | 'jwe' | 'opaque';
  length: number;
  summary: string[];
  /** `exp` in seconds since the epoch, when the claims are readable and have one. */
  exp?: number;
}

function short(value: JsonValue): string {
  if (Array.isArray(value)) return truncate(value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', '), 80);
  return truncate(typeof value === 'string' ? value : JSON.stringify(value), 80);
}

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function summarizeToken(token: string, now: () => number = Date.now): TokenFacts {
  const length = token.length;
  const decoded = decodeToken(token);
  // Only the token itself counts: the decoder also finds tokens inside text, which an opaque token is not.
  if (!decoded.ok || decoded.token.raw !== token.trim()) {
    if (token.split('.').length === 3 && token.startsWith('eyJ')) {
      return { kind: 'opaque', length, summary: [`Looks like a JWT but does not decode (${length} characters).`] };
    }
    return { kind: 'opaque', length, summary: [`Opaque (${length} characters): only the provider can read it (introspection).`] };
  }
  const { header, format } = decoded.token;
  const alg = text(header.alg);
  const typ = text(header.typ);
  const kid = text(header.kid);
  if (format === 'jwe') {
    const enc = text(header.enc);
    const first = `JWE (encrypted), ${alg ?? 'no alg'}${enc ? ` + ${enc}` : ''}${typ ? `, typ ${typ}` : ''}${kid ? `, key ${truncate(kid, 40)}` : ''}`;
    return {
      kind: 'jwe',
      length,
      summary: [first, 'Its claims are encrypted for the API that receives it: only that recipient can read them.'],
    };
  }
  const claims = decoded.token.payload ?? (decoded.token.inner?.ok ? decoded.token.inner.token.payload : null) ?? {};
  const summary = [`JWT, ${alg ?? 'no alg'}${typ ? `, typ ${typ}` : ''}${kid ? `, key ${truncate(kid, 40)}` : ''}`];
  for (const name of ['iss', 'sub', 'aud'] as const) {
    if (claims[name] !== undefined) summary.push(`${name} ${short(claims[name])}`);
  }
  const scope = claims.scope ?? claims.scp;
  if (scope !== undefined) summary.push(`scope ${short(scope)}`);
  const exp = typeof claims.exp === 'number' && Number.isFinite(claims.exp) ? claims.exp : undefined;
  if (exp !== undefined) summary.push(expiryPhrase(exp, now())!);
  // Sender-constrained tokens (RFC 7800 cnf): bound to a client certificate (RFC 8705) or a DPoP key (RFC 9449).
  const cnf = claims.cnf && typeof claims.cnf === 'object' && !Array.isArray(claims.cnf) ? claims.cnf : undefined;
  const thumbprint = cnf?.['x5t#S256'];
  if (thumbprint !== undefined) summary.push(`bound to a client certificate: cnf.x5t#S256 ${short(thumbprint)}`);
  const jkt = cnf?.jkt;
  if (jkt !== undefined) summary.push(`bound to a DPoP key: cnf.jkt ${short(jkt)}`);
  return { kind: 'jwt', length, summary, ...(exp !== undefined ? { exp } : {}) };
}
