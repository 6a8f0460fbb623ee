import type { TokenSet } from './types';

/** A token endpoint response as a {@link TokenSet}, keeping every field received. */
export function toTokenSet(response: Record<string, unknown>, receivedAt: number): TokenSet {
  const text = (name: string) => (typeof response[name] === 'string' ? (response[name] as string) : undefined);
  const tokens: TokenSet = {
    access_token: text('access_token') ?? '',
    token_type: text('token_type') ?? '',
    raw: { ...response },
    receivedAt,
  };
  if (typeof response.expires_in === 'number') tokens.expires_in = response.expires_in;
  if (text('refresh_token')) tokens.refresh_token = text('refresh_token');
  if (text('id_token')) tokens.id_token = text('id_token');
  if (text('scope') !== undefined) tokens.scope = text('scope');
  return tokens;
}

/** Notes worth showing next to a token response. */
export function tokenNotes(tokens: TokenSet, requestedScope?: string): string[] {
  const notes: string[] = [];
  const asked = new Set((requestedScope ?? '').split(' ').filter(Boolean));
  if (asked.has('offline_access') && !tokens.refresh_token) {
    notes.push(
      'offline_access was asked for but no refresh token came back. Some providers need prompt=consent, or the client lacks the refresh_token grant.',
    );
  }
  if (tokens.scope !== undefined && requestedScope && tokens.scope !== requestedScope) {
    notes.push(
      `The granted scope (${tokens.scope || 'empty'}) differs from the requested one (${requestedScope}); it may describe only the access token's audience.`,
    );
  }
  if (Array.isArray(tokens.raw.authorization_details)) {
    notes.push(`authorization_details granted (RFC 9396): ${JSON.stringify(tokens.raw.authorization_details).slice(0, 300)}`);
  }
  if (tokens.access_token.startsWith('eyJ'))
    notes.push('The access token is a JWT: it can be decoded, but it is meant for its API (aud), not for this client.');
  return notes;
}
