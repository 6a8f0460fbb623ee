/**
 * DPoP (RFC 9449): one key pair per Flow Tester session; every token and userinfo request carries a
 * proof JWT signed with it, so a stolen access token is useless without the key. The provider may demand
 * a fresh nonce (`use_dpop_nonce`, §8): the request is then sent once more with the nonce it supplied.
 */
import * as oauth from 'oauth4webapi';
import { calculateJwkThumbprint, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import type { Check, DpopSession, FlowContext, FlowStep, TokenSet } from './types';

export async function createDpopSession(alg: 'ES256' | 'RS256' | 'EdDSA' = 'ES256'): Promise<DpopSession> {
  const keyPair = (await generateKeyPair(alg, { extractable: false })) as CryptoKeyPair;
  const thumbprint = await calculateJwkThumbprint(await exportJWK(keyPair.publicKey), 'sha256');
  return { keyPair, thumbprint, handle: oauth.DPoP({}, keyPair), alg };
}

/** The `DPoP` option for oauth4webapi, when the session uses DPoP. */
export function dpopOption(ctx: Pick<FlowContext, 'dpop'>): { DPoP?: oauth.DPoPHandle } {
  return ctx.dpop ? { DPoP: ctx.dpop.handle } : {};
}

/**
 * Runs a request + response pair; when the provider answers `use_dpop_nonce`, runs it once more (the
 * handle now holds the provider's nonce) and says so on the step.
 */
export async function withDpopNonceRetry<T>(
  ctx: Pick<FlowContext, 'dpop'>,
  scope: { step: FlowStep<unknown> },
  attempt: () => Promise<T>,
): Promise<T> {
  try {
    return await attempt();
  } catch (error) {
    if (!ctx.dpop || !oauth.isDPoPNonceError(error)) throw error;
    scope.step.notes.push(
      'The provider asked for a DPoP nonce (use_dpop_nonce, RFC 9449 §8) and sent one in its DPoP-Nonce header; the request was sent again with a new proof carrying it.',
    );
    return attempt();
  }
}

/** Checks a token response of a DPoP session: token_type DPoP and, for a JWT access token, `cnf.jkt`. */
export function dpopBindingChecks(ctx: Pick<FlowContext, 'dpop'>, tokens: TokenSet): Check[] {
  if (!ctx.dpop) return [];
  const checks: Check[] = [];
  const type = tokens.token_type.toLowerCase();
  checks.push(
    type === 'dpop'
      ? {
          id: 'dpop-token-type',
          label: 'token_type is DPoP',
          outcome: 'passed',
          detail: "The access token is bound to this session's DPoP key.",
        }
      : {
          id: 'dpop-token-type',
          label: 'token_type is DPoP',
          outcome: 'failed',
          detail: `The provider answered token_type ${tokens.token_type || '(none)'}: it ignored the DPoP proof and issued a bearer token.`,
        },
  );
  let jkt: unknown;
  let isJwt = false;
  try {
    const claims = decodeJwt(tokens.access_token);
    isJwt = true;
    jkt = (claims.cnf as { jkt?: unknown } | undefined)?.jkt;
  } catch {
    // opaque access token
  }
  if (!isJwt) {
    checks.push({
      id: 'dpop-cnf-jkt',
      label: 'cnf.jkt matches the DPoP key',
      outcome: 'skipped',
      detail: `The access token is opaque; introspection shows its cnf. This session's key thumbprint: ${ctx.dpop.thumbprint}`,
    });
  } else {
    checks.push(
      jkt === ctx.dpop.thumbprint
        ? { id: 'dpop-cnf-jkt', label: 'cnf.jkt matches the DPoP key', outcome: 'passed', detail: `cnf.jkt = ${ctx.dpop.thumbprint}` }
        : {
            id: 'dpop-cnf-jkt',
            label: 'cnf.jkt matches the DPoP key',
            outcome: 'failed',
            detail: `Expected ${ctx.dpop.thumbprint}, the token has ${jkt === undefined ? 'no cnf.jkt' : JSON.stringify(jkt)}.`,
          },
    );
  }
  return checks;
}
