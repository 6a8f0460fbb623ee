/**
 * A few decoded facts about a token for the Flow Tester's token list: never the token itself, never
 * a claim that could carry a secret beyond what identifies the token (subject, audience, times).
 */
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { expiryPhrase } from '../../core/capture/labels';
import { truncate } from '../../core/render/escape';

export interface TokenFacts {
  kind: 'jwt' | 'opaque';
  length: number;
  summary: string[];
}

function short(value: unknown): string {
  if (Array.isArray(value)) return truncate(value.map(String).join(', '), 80);
  return truncate(typeof value === 'string' ? value : JSON.stringify(value), 80);
}

export function summarizeToken(token: string, now: () => number = Date.now): TokenFacts {
  const length = token.length;
  if (!/^eyJ/.test(token) || token.split('.').length !== 3) {
    return { kind: 'opaque', length, summary: [`Opaque (${length} characters): only the provider can read it (introspection).`] };
  }
  try {
    const header = decodeProtectedHeader(token);
    const claims = decodeJwt(token);
    const summary: string[] = [];
    summary.push(`JWT, ${header.alg ?? 'no alg'}${header.typ ? `, typ ${header.typ}` : ''}${header.kid ? `, key ${truncate(header.kid, 40)}` : ''}`);
    if (claims.iss !== undefined) summary.push(`iss ${short(claims.iss)}`);
    if (claims.sub !== undefined) summary.push(`sub ${short(claims.sub)}`);
    if (claims.aud !== undefined) summary.push(`aud ${short(claims.aud)}`);
    const scope = claims.scope ?? claims.scp;
    if (scope !== undefined) summary.push(`scope ${short(scope)}`);
    if (typeof claims.exp === 'number') summary.push(expiryPhrase(claims.exp, now())!);
    // Sender-constrained tokens (RFC 7800 cnf): bound to a client certificate (RFC 8705) or a DPoP key (RFC 9449).
    const cnf = claims.cnf && typeof claims.cnf === 'object' ? claims.cnf as Record<string, unknown> : undefined;
    if (cnf?.['x5t#S256'] !== undefined) summary.push(`bound to a client certificate: cnf.x5t#S256 ${short(cnf['x5t#S256'])}`);
    if (cnf?.jkt !== undefined) summary.push(`bound to a DPoP key: cnf.jkt ${short(cnf.jkt)}`);
    return { kind: 'jwt', length, summary };
  } catch {
    return { kind: 'opaque', length, summary: [`Looks like a JWT but does not decode (${length} characters).`] };
  }
}
