/** The payload as the user wants it on the clipboard: pretty JSON. Pure. */
import type { DecodedToken } from './types';
import { jsonText } from '../json';

/** Pretty JSON of the claims; for a nested JWS the inner token's claims; undefined when encrypted. */
export function payloadJson(decoded: DecodedToken): string | undefined {
  const payload = decoded.payload ?? (decoded.inner?.ok ? decoded.inner.token.payload : null);
  // No depth cap (what the user copies is the whole payload; the decoder already refuses deep JSON), but no recursion either.
  return payload ? jsonText(payload, { indent: 2, maxDepth: Infinity }) : undefined;
}
