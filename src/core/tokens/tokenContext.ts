/**
 * What the text just before a token says about it: sent as `Bearer`, a `DPoP` header, or labelled
 * `id_token` / `access_token` / `refresh_token` in a URL, JSON or form body. Looks back a fixed
 * number of characters only, so it is cheap for hovers.
 */

export interface TokenContext {
  /** Preceded by `Bearer ` (an Authorization header or similar). */
  bearer: boolean;
  /** Preceded by `DPoP ` (RFC 9449 scheme). */
  dpop: boolean;
  /** The parameter or JSON key the token is the value of, when it is a known token name. */
  label?: 'id_token' | 'access_token' | 'refresh_token' | 'logout_token';
}

const LOOK_BACK = 40;

export function tokenContext(text: string, start: number): TokenContext {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  const label = /(id_token|access_token|refresh_token|logout_token)["']?\s*[:=]\s*["']?$/i
    .exec(before)?.[1]
    ?.toLowerCase() as TokenContext['label'];
  return {
    bearer: /bearer\s+$/i.test(before),
    dpop: /dpop\s+$/i.test(before),
    ...(label ? { label } : {}),
  };
}
