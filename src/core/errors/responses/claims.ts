import { base64urlToText } from '../../tokens/base64url';
import { jsonDepthExceeds } from '../../tokens/jsonDepth';
import { MAX_JSON_DEPTH } from '../../tokens/limits';
import type { JsonValue } from '../../tokens/types';

/**
 * A claims challenge (OIDC Core §5.5 `claims` request parameter, sent back by Entra's Continuous Access
 * Evaluation and Conditional Access) arrives as base64 of JSON in `WWW-Authenticate`, or as raw JSON in
 * a token-endpoint body. Returns the decoded JSON, or undefined when it is neither.
 */
export function decodeClaimsChallenge(raw: string): unknown {
  const value = raw.trim();
  if (value.length === 0 || value.length > 64 * 1024) return undefined;
  if (value.startsWith('{')) return parseJson(value);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return undefined;
  // Standard base64 and base64url differ only in two characters and the padding.
  // (The test above allows at most two `=`, all at the end.)
  const unpadded = value.endsWith('==') ? value.slice(0, -2) : value.endsWith('=') ? value.slice(0, -1) : value;
  const text = base64urlToText(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
  return text === undefined ? undefined : parseJson(text);
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    // Deeper than any real claims request: not decoded (the raw text is still shown).
    if (typeof value === 'object' && value !== null && jsonDepthExceeds(value as JsonValue, MAX_JSON_DEPTH)) return undefined;
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
