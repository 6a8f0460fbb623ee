import { base64urlToText } from '../../tokens/base64url';

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
  const text = base64urlToText(value.replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_'));
  return text === undefined ? undefined : parseJson(text);
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
