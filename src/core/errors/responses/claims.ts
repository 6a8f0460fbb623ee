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
  try {
    const unpadded = value.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
    if (unpadded.length % 4 === 1) return undefined;
    const binary = atob(unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return parseJson(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function parseJson(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}
