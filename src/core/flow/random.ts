import { base64url } from 'jose';
import * as oauth from 'oauth4webapi';
import type { FlowDeps } from './types';

/** 32 random bytes as base64url: 43 characters, the size oauth4webapi and RFC 7636 §4.1 recommend. */
export function randomToken(deps: Pick<FlowDeps, 'randomBytes'>, bytes = 32): string {
  return base64url.encode(deps.randomBytes(bytes));
}

/** S256 code challenge of a verifier (RFC 7636 §4.2). */
export function codeChallengeS256(verifier: string): Promise<string> {
  return oauth.calculatePKCECodeChallenge(verifier);
}
