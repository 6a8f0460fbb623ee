/**
 * What a token is for: ID token, access token, refresh token, logout token. Decided from the header
 * `typ` first (RFC 9068, OIDC logout), then provider markers (`token_use`, Keycloak `typ`), then the
 * claims only one kind carries. The reason is kept so the hover can say why.
 */
import type { ProviderInfo } from './provider';
import type { JsonObject } from './types';

export type TokenKind = 'id_token' | 'access_token' | 'refresh_token' | 'logout_token' | 'unknown';

export interface TokenKindGuess {
  kind: TokenKind;
  /** Short explanation, e.g. "header typ is at+jwt". */
  reason: string;
  /** `app` for tokens issued to an application alone (client credentials), `user` when a user is involved. */
  subjectType?: 'app' | 'user';
}

/** JWTs that are not tokens for an API or a client, named by their `typ`. */
const OTHER_TYPES: Record<string, string> = {
  'dpop+jwt': 'a DPoP proof (typ dpop+jwt): it proves possession of a key for one request and is not itself an access token',
  'oauth-authz-req+jwt': 'a signed authorization request (typ oauth-authz-req+jwt, RFC 9101)',
  'token-introspection+jwt': 'a signed introspection response (typ token-introspection+jwt, RFC 9701)',
  'secevent+jwt': 'a security event token (typ secevent+jwt, RFC 8417)',
  'client-authentication+jwt': 'a client assertion used to authenticate a client',
};

/** True for JWTs such as DPoP proofs and request objects, which have their own rules for exp, aud and iss. */
export function isSpecialPurposeJwt(header: JsonObject): boolean {
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : '';
  return typ in OTHER_TYPES;
}

const BACKCHANNEL_LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export function guessTokenKind(header: JsonObject, payload: JsonObject | null, provider: ProviderInfo): TokenKindGuess {
  const subjectType = guessSubjectType(payload);
  const withSubject = (guess: TokenKindGuess): TokenKindGuess => (subjectType ? { ...guess, subjectType } : guess);
  const typ = typeof header.typ === 'string' ? header.typ.toLowerCase().replace(/^application\//, '') : '';
  if (typ === 'at+jwt') return withSubject({ kind: 'access_token', reason: 'header typ is at+jwt (RFC 9068)' });
  if (typ === 'logout+jwt') return { kind: 'logout_token', reason: 'header typ is logout+jwt' };
  const other = OTHER_TYPES[typ];
  if (other) return { kind: 'unknown', reason: other };
  if (!payload) return { kind: 'unknown', reason: 'the payload is not readable' };
  const events = payload.events;
  if (events && typeof events === 'object' && !Array.isArray(events) && BACKCHANNEL_LOGOUT_EVENT in events) {
    return { kind: 'logout_token', reason: 'events holds the back-channel logout event' };
  }
  if (payload.token_use === 'id') return { kind: 'id_token', reason: 'token_use is "id"' };
  if (payload.token_use === 'access') return withSubject({ kind: 'access_token', reason: 'token_use is "access"' });
  if (typeof payload.typ === 'string') {
    const keycloak = keycloakKind(payload.typ);
    if (keycloak) return withSubject({ kind: keycloak, reason: `claim typ is "${payload.typ}"` });
  }
  if ('scp' in payload || 'scope' in payload) return withSubject({ kind: 'access_token', reason: 'it carries scopes (scp/scope)' });
  if ('nonce' in payload || 'at_hash' in payload || 'c_hash' in payload) {
    return { kind: 'id_token', reason: 'it carries nonce/at_hash/c_hash, which only ID tokens have' };
  }
  if (provider.family === 'entra' && ('roles' in payload || 'appid' in payload) && payload.idtyp === 'app') {
    return withSubject({ kind: 'access_token', reason: 'an Entra app-only token (idtyp app)' });
  }
  if ('client_id' in payload || 'cid' in payload || 'appid' in payload || 'permissions' in payload) {
    return withSubject({ kind: 'access_token', reason: 'it names the client (client_id/cid/appid) as access tokens do' });
  }
  if (provider.id === 'google' && typeof payload.aud === 'string' && 'email' in payload) {
    return { kind: 'id_token', reason: 'a Google token for a client ID with profile claims' };
  }
  if (provider.family === 'entra' && typeof payload.aud === 'string' && /^[0-9a-f-]{36}$/i.test(payload.aud) && !('roles' in payload)) {
    return { kind: 'id_token', reason: 'an Entra token whose audience is a client ID and which has no scopes' };
  }
  return { kind: 'unknown', reason: 'nothing in it names its kind' };
}

function keycloakKind(typ: string): TokenKindGuess['kind'] | undefined {
  switch (typ.toLowerCase()) {
    case 'bearer':
      return 'access_token';
    case 'id':
      return 'id_token';
    case 'refresh':
    case 'offline':
      return 'refresh_token';
    case 'logout':
      return 'logout_token';
    default:
      return undefined;
  }
}

function guessSubjectType(payload: JsonObject | null): 'app' | 'user' | undefined {
  if (!payload) return undefined;
  if (payload.idtyp === 'app' || payload.gty === 'client-credentials') return 'app';
  if (payload.idtyp === 'user' || 'scp' in payload) return 'user';
  if (typeof payload.sub === 'string' && typeof payload.client_id === 'string' && payload.sub === payload.client_id) return 'app';
  return undefined;
}
