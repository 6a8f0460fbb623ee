/**
 * Which step of a sign-in each HAR entry is, from its URL, method, parameters and headers. Heuristics
 * by protocol shape (RFC 6749, OIDC Core and Discovery, RFC 7009/7662/9126, OIDC RP-Initiated Logout,
 * SAML Bindings), not by vendor: paths vary, parameters do not.
 */
import type { Entry } from 'har-format';
import { formParams, header, queryParams, safeUrl } from './read';

export type HarRole =
  | 'discovery'
  | 'authorize'
  | 'login'
  | 'consent'
  | 'callback'
  | 'token'
  | 'userinfo'
  | 'jwks'
  | 'revocation'
  | 'introspection'
  | 'end_session'
  | 'saml'
  | 'api'
  | 'other';

export const AUTH_ROLES: ReadonlySet<HarRole> = new Set([
  'discovery',
  'authorize',
  'login',
  'consent',
  'callback',
  'token',
  'userinfo',
  'jwks',
  'revocation',
  'introspection',
  'end_session',
  'saml',
]);

export function roleOf(entry: Entry): HarRole {
  const url = safeUrl(entry.request.url);
  const path = (url?.pathname ?? '').toLowerCase();
  const method = entry.request.method.toUpperCase();
  const query = queryParams(entry);
  const form = method === 'POST' ? formParams(entry) : new Map<string, string>();
  const has = (name: string) => query.has(name) || form.has(name);

  if (/\/\.well-known\/(?:openid-configuration|oauth-authorization-server)/.test(path)) return 'discovery';
  if (has('SAMLRequest') || has('SAMLResponse') || has('SAMLart')) return 'saml';
  if (form.has('grant_type') || (method === 'POST' && /\/token\/?$/.test(path) && !/revo|introspect/.test(path))) return 'token';
  if (/\/\.well-known\/jwks(?:\.json)?$|\/jwks(?:\.json)?\/?$|\/certs\/?$|\/discovery\/(?:v2\.0\/)?keys$|\/keys\/?$/.test(path))
    return 'jwks';
  if (/revo(?:ke|cation)/.test(path)) return 'revocation';
  if (/introspect/.test(path)) return 'introspection';
  if (/userinfo|\/oidc\/me$|\/me$/.test(path) && method !== 'OPTIONS') return 'userinfo';
  if (/\/par\/?$|\/request\/?$/.test(path) && method === 'POST' && form.has('client_id')) return 'authorize';
  if (query.has('client_id') && (query.has('response_type') || query.has('request_uri') || query.has('request'))) return 'authorize';
  if (
    /\/(?:session\/end|end_session|endsession|logout|signout|sign_out)(?:\/|$)/.test(path) ||
    has('post_logout_redirect_uri') ||
    (has('id_token_hint') && !has('response_type'))
  )
    return 'end_session';
  // The provider's own resume steps after login (`/auth/<uid>`, `/authorize/resume`).
  if (/\/(?:auth|authorize|oauth2?\/authorize)\/[\w-]{6,}(?:\/|$)|\/authorize\/resume|\/resume$/.test(path)) return 'authorize';
  if (isCallback(query, form)) return 'callback';
  if (/consent|\/confirm(?:\/|$)|\/abort(?:\/|$)/.test(path) || (form.has('prompt') && form.get('prompt') === 'consent')) return 'consent';
  if (
    /\/(?:login|signin|sign-in|sign_in|logon|interaction|u\/login|identifier|password)(?:\/|$)|\/authn\/|\/login\./.test(path) ||
    form.has('password')
  )
    return 'login';
  const auth = header(entry.request.headers, 'authorization');
  if (auth && /^(?:bearer|dpop)\s/i.test(auth)) return 'api';
  return 'other';
}

function isCallback(query: Map<string, string>, form: Map<string, string>): boolean {
  for (const params of [query, form]) {
    if (params.has('code') && (params.has('state') || params.has('iss') || params.has('session_state'))) return true;
    if (params.has('id_token') || (params.has('access_token') && params.has('token_type'))) return true;
    if (params.has('error') && (params.has('state') || params.has('error_description'))) return true;
  }
  return false;
}
