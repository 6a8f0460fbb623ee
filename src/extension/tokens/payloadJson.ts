/** The payload as the user wants it on the clipboard: pretty JSON. Pure. */
import type { DecodedToken } from '../../core/tokens/index';

/** Pretty JSON of the claims; for a nested JWS the inner token's claims; undefined when encrypted. */
export function payloadJson(decoded: DecodedToken): string | undefined {
  const payload = decoded.payload ?? (decoded.inner?.ok ? decoded.inner.token.payload : null);
  return payload ? JSON.stringify(payload, null, 2) : undefined;
}
