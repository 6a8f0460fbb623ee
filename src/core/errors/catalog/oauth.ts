/**
 * OAuth 2.0 and OpenID Connect `error` values: every name in the IANA "OAuth Extensions Error
 * Registry", the CIBA values (not registered), and a few unregistered values seen from big providers.
 * Values that mean different things at different endpoints carry `contexts`.
 */

import type { ErrorEntry, ErrorLink } from './types';

type OAuthDraft = Omit<ErrorEntry, 'family' | 'name'>;

/** The family's name for an OAuth error is the value itself. */
function oauth(draft: OAuthDraft): ErrorEntry {
  return { family: 'oauth', name: draft.code, ...draft };
}

function rfc(rfcNumber: number, section: string): ErrorLink {
  return { title: `RFC ${rfcNumber} §${section}`, url: `https://www.rfc-editor.org/rfc/rfc${rfcNumber}#section-${section}` };
}

function ciba(section: string): ErrorLink {
  return {
    title: `OpenID CIBA Core 1.0 §${section}`,
    url: `https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.${section}`,
  };
}

const IANA: ErrorLink = {
  title: 'IANA OAuth Extensions Error Registry',
  url: 'https://www.iana.org/assignments/oauth-parameters/oauth-parameters.xhtml#extensions-error',
};
const OIDC_AUTH_ERROR: ErrorLink = {
  title: 'OpenID Connect Core 1.0 §3.1.2.6',
  url: 'https://openid.net/specs/openid-connect-core-1_0.html#AuthError',
};
const UMA_GRANT: ErrorLink = {
  title: 'UMA 2.0 Grant for OAuth 2.0 §3.3.6',
  url: 'https://docs.kantarainitiative.org/uma/wg/rec-oauth-uma-grant-2.0.html#rfc.section.3.3.6',
};
const FEDERATION: ErrorLink = {
  title: 'OpenID Federation 1.0 §8.9',
  url: 'https://openid.net/specs/openid-federation-1_0.html#section-8.9',
};
const OPENID4VP: ErrorLink = {
  title: 'OpenID for Verifiable Presentations 1.0 §8.5',
  url: 'https://openid.net/specs/openid-4-verifiable-presentations-1_0.html#section-8.5',
};

/** RFC 6749 and RFC 6750: the core values every client meets. */
const coreErrors: ErrorEntry[] = [
  oauth({
    code: 'invalid_request',
    summary:
      'The server could not make sense of the request: a required parameter is missing or malformed, a parameter is repeated, or the request breaks a rule the server enforces (such as PKCE).',
    causes: [
      'A required parameter is missing: `response_type`, `client_id` or `redirect_uri` at /authorize; `grant_type`, `code`, `redirect_uri` or `code_verifier` at /token.',
      'The server requires PKCE and the authorization request has no `code_challenge` (oidc-provider says "Authorization Server policy requires PKCE to be used for this request").',
      '`code_challenge_method` is `plain` or unknown where only `S256` is accepted.',
      'The token request was sent as JSON instead of `application/x-www-form-urlencoded`, so the server sees no parameters at all.',
      'A parameter appears twice, or client credentials are sent both in the Authorization header and in the body.',
      'Some servers use it where the spec says `unauthorized_client`, e.g. oidc-provider when a public client asks for `client_credentials` ("requested grant type is not allowed for this client").',
      'At a resource server: the bearer token was sent in more than one place, or the Authorization header is malformed.',
    ],
    fixes: [
      'Read `error_description`: servers usually name the missing or bad parameter there.',
      'Compare the exact request (AuthLens flow panel shows it raw) with the parameters the endpoint requires.',
      'Send a PKCE pair: a random `code_verifier`, `code_challenge = BASE64URL(SHA-256(verifier))`, `code_challenge_method=S256`, and the same verifier at /token.',
      'POST the token request with `Content-Type: application/x-www-form-urlencoded`.',
      'Send the access token in exactly one place, preferably `Authorization: Bearer <token>`.',
    ],
    links: [rfc(6749, '5.2'), rfc(6749, '4.1.2.1'), rfc(6750, '3.1'), rfc(9126, '2.3'), rfc(8693, '2.2.2'), IANA],
    spec: 'RFC 6749 §4.1.2.1, §5.2; RFC 6750 §3.1',
    contexts: [
      { where: 'authorization endpoint (redirect `?error=`)', meaning: 'The authorization request itself is malformed: missing or repeated parameter, missing PKCE challenge, bad `code_challenge_method`. Not about the user.' },
      { where: 'token endpoint (HTTP 400 JSON)', meaning: 'The token request is malformed: missing `grant_type`, `code`, `code_verifier` or `redirect_uri`, wrong content type, or two ways of client authentication at once.' },
      { where: 'resource server (`WWW-Authenticate: Bearer error="invalid_request"`, HTTP 400)', meaning: 'The API call carried the token in a broken way: several tokens, a malformed header, or a missing required parameter.' },
      { where: 'pushed authorization request endpoint (RFC 9126)', meaning: 'The default PAR error: any problem with the pushed parameters, including an unacceptable `redirect_uri`.' },
      { where: 'CIBA backchannel authentication endpoint', meaning: 'The backchannel request is missing a hint (`login_hint`, `id_token_hint` or `login_hint_token`), has more than one, or is otherwise malformed.' },
      { where: 'token endpoint, token exchange (RFC 8693)', meaning: 'The `subject_token` or `actor_token` is missing, of an unsupported `*_token_type`, or failed validation.' },
    ],
  }),
  oauth({
    code: 'unauthorized_client',
    summary:
      'The client is known and authenticated, but it is not allowed to use this grant type or response type.',
    causes: [
      'The app registration does not enable the grant in use (e.g. `client_credentials`, `refresh_token`, device code or implicit was never switched on for this client).',
      'A public client (SPA, mobile, CLI) asks for a grant reserved for confidential clients.',
      'The `response_type` (e.g. `token` or `id_token`) is not enabled for this client at the authorization endpoint.',
      'In CIBA, the client is not registered for the backchannel flow or for the token delivery mode it asked for.',
    ],
    fixes: [
      'Open the client registration at the provider and enable the grant type or response type you are using.',
      'Use the grant meant for this kind of app: authorization code + PKCE for browser and native apps, client credentials only for confidential back ends.',
      'Check that the `client_id` in the request is the app you think it is (a dev and a prod registration often differ in allowed grants).',
    ],
    links: [rfc(6749, '5.2'), rfc(6749, '4.1.2.1'), ciba('13'), IANA],
    spec: 'RFC 6749 §4.1.2.1, §5.2',
    contexts: [
      { where: 'authorization endpoint', meaning: 'This client may not use the requested `response_type` / flow.' },
      { where: 'token endpoint', meaning: 'This client may not use the `grant_type` it sent.' },
      { where: 'CIBA backchannel authentication endpoint', meaning: 'The client is not registered for CIBA or for the chosen delivery mode (poll, ping, push).' },
    ],
  }),
  oauth({
    code: 'access_denied',
    summary: 'The user or the authorization server said no. Where it arrives decides who refused and why.',
    causes: [
      'The user clicked Cancel or Deny on the consent or sign-in page.',
      'A policy at the provider blocked the sign-in: user not assigned to the app, conditional access, network zone, MFA not satisfied.',
      'Device flow or CIBA: the user declined the request on their device.',
      'The provider aborted the interaction (oidc-provider: "End-User aborted interaction").',
    ],
    fixes: [
      'If the user cancelled, show a friendly "sign-in was cancelled" message and offer to try again; do not retry automatically.',
      'If nobody cancelled, read `error_description` and check the provider\'s sign-in log for the policy that refused the request.',
      'Make sure the user is assigned to the application and satisfies its access policy.',
    ],
    links: [rfc(6749, '4.1.2.1'), rfc(8628, '3.5'), ciba('11'), IANA],
    spec: 'RFC 6749 §4.1.2.1; RFC 8628 §3.5',
    contexts: [
      { where: 'authorization endpoint (redirect `?error=`)', meaning: 'The user or the server refused the authorization request: cancel button, denied consent or a blocking policy.' },
      { where: 'token endpoint, device flow polling (RFC 8628)', meaning: 'The user saw the device code prompt and declined it. Stop polling; the device code is finished.' },
      { where: 'CIBA token endpoint or push notification', meaning: 'The user declined the backchannel request on their authentication device.' },
      { where: 'CIBA backchannel authentication endpoint', meaning: 'The server refused to even start the backchannel request, usually by policy.' },
    ],
  }),
  oauth({
    code: 'unsupported_response_type',
    summary: 'The authorization server does not support the `response_type` in the request, or not for this client.',
    causes: [
      'A typo or wrong order in `response_type` (e.g. `id_token code` spelled differently from what the server lists).',
      'Implicit (`token`) or hybrid response types are disabled at the provider, as many now do by default.',
      'The value is missing entirely and the server reports it this way.',
    ],
    fixes: [
      'Compare with `response_types_supported` in the provider\'s `/.well-known/openid-configuration`.',
      'Use `response_type=code` with PKCE instead of implicit or hybrid flows.',
    ],
    links: [rfc(6749, '4.1.2.1'), IANA],
    spec: 'RFC 6749 §4.1.2.1',
  }),
  oauth({
    code: 'invalid_scope',
    summary: 'A requested scope is unknown, malformed, not allowed for this client, or more than the grant originally covered.',
    causes: [
      'A scope name is misspelled or belongs to another API or authorization server.',
      'The client is not allowed to request this scope (oidc-provider: "requested scope is not allowed", with a `scope` parameter naming it).',
      'A refresh request asks for a scope that was not granted the first time (oidc-provider: "refresh token missing requested scope").',
      'Scopes are separated with commas or `+` signs that were double-encoded instead of single spaces.',
      'A custom authorization server has no default scope and the request sent none.',
    ],
    fixes: [
      'Check `scopes_supported` in the discovery document and the scopes granted to the client in its registration.',
      'Separate scopes with spaces (`%20` or `+` once URL-encoded, not both).',
      'On refresh, ask for the same scopes as before or a subset; to add scopes, run an interactive authorization again.',
    ],
    links: [rfc(6749, '5.2'), rfc(6749, '4.1.2.1'), rfc(6749, '3.3'), IANA],
    spec: 'RFC 6749 §4.1.2.1, §5.2',
    contexts: [
      { where: 'authorization endpoint', meaning: 'A scope in the sign-in request is unknown or not allowed for this client.' },
      { where: 'token endpoint, refresh_token grant', meaning: 'The refresh asks for more than the original grant included.' },
      { where: 'token endpoint, client_credentials grant', meaning: 'The client has not been granted the requested application scope or permission.' },
    ],
  }),
  oauth({
    code: 'server_error',
    summary: 'The authorization server hit an unexpected failure and could not finish the request. It is the redirect-friendly stand-in for HTTP 500.',
    causes: [
      'A bug or outage at the provider.',
      'A provider-side extension (rule, hook, action, custom claim script) threw an error.',
      'The provider could not reach a dependency such as its user directory or a federated identity provider.',
    ],
    fixes: [
      'Retry once after a short wait; if it repeats, check the provider\'s status page.',
      'Look at the provider\'s logs for your custom rules, hooks or claim mappings around the time of the failure.',
      'Keep the correlation or trace id from `error_description` for a support ticket.',
    ],
    links: [rfc(6749, '4.1.2.1'), IANA],
    spec: 'RFC 6749 §4.1.2.1',
  }),
  oauth({
    code: 'temporarily_unavailable',
    summary: 'The authorization server is overloaded or in maintenance and cannot handle the request right now. It stands in for HTTP 503 in a redirect.',
    causes: [
      'Provider maintenance or an incident.',
      'Throttling: the client or tenant sent too many requests in a short time.',
      'A downstream service the provider depends on is briefly unavailable.',
    ],
    fixes: [
      'Retry later with exponential backoff and jitter; do not loop immediately.',
      'Check the provider\'s status page.',
      'Reduce request volume: cache tokens until they near expiry instead of fetching new ones per call.',
    ],
    links: [rfc(6749, '4.1.2.1'), IANA],
    spec: 'RFC 6749 §4.1.2.1',
  }),
  oauth({
    code: 'invalid_client',
    summary:
      'Client authentication failed: the server does not know the client, or the client proved its identity wrongly or not at all.',
    causes: [
      'Wrong `client_secret` — a copy with a trailing space or newline, an expired or rotated secret, or the secret of another app.',
      'Unknown `client_id` (oidc-provider answers "client is invalid" on its error page; at /token, "client authentication failed").',
      'The wrong authentication method: `client_secret_post` sent while the client is registered for `client_secret_basic`, or the reverse.',
      'Basic auth built without URL-encoding the id and secret first, so a secret with `:` or `%` breaks.',
      '`private_key_jwt`: the assertion is signed with a key the server does not have, has the wrong `aud`, is expired, or reuses a `jti`.',
      'A confidential client omitted its credentials entirely, or a public client sent a secret it does not have.',
    ],
    fixes: [
      'Copy the secret again from the provider (check for stray whitespace) or create a new one; note when the old one expires.',
      'Check `token_endpoint_auth_method` in the client registration and authenticate exactly that way.',
      'For Basic auth, `base64(urlencode(client_id) + ":" + urlencode(client_secret))`.',
      'For `private_key_jwt`, set `aud` to the token endpoint URL (or issuer, as the server documents), `iss` and `sub` to the client id, a fresh `jti` and a short `exp`.',
      'Make sure the `client_id` belongs to the same tenant or authorization server as the endpoint you call.',
    ],
    links: [rfc(6749, '5.2'), rfc(7523, '3'), IANA],
    spec: 'RFC 6749 §5.2',
    contexts: [
      { where: 'token endpoint, HTTP 401 with `WWW-Authenticate`', meaning: 'The client authenticated with the Authorization header (Basic) and it failed; the server must answer 401 and name the scheme it expects.' },
      { where: 'token endpoint, HTTP 400 or 401 without `WWW-Authenticate`', meaning: 'Credentials in the body (`client_secret_post`) or a client assertion failed, or the client is unknown.' },
      { where: 'authorization endpoint (error page, not redirected)', meaning: 'The `client_id` is unknown or disabled. The server cannot trust any redirect URI, so it shows an error page instead of redirecting.' },
      { where: 'CIBA backchannel authentication endpoint', meaning: 'The client failed to authenticate on the backchannel request.' },
    ],
  }),
  oauth({
    code: 'invalid_grant',
    summary:
      'The grant presented at the token endpoint (authorization code, refresh token, device code, password, assertion) is invalid, expired, revoked, already used, or does not match the request. Servers often give one generic description for all of these (oidc-provider: "grant request is invalid").',
    causes: [
      'The authorization code was already redeemed — a double submit, a page reload, or two tabs racing on the callback.',
      'The authorization code expired before it was exchanged (often after 30 s to 10 min).',
      'PKCE mismatch: the `code_verifier` does not hash to the `code_challenge` sent at /authorize, e.g. a verifier regenerated after the redirect or stored per tab.',
      'The `redirect_uri` at /token differs from the one in the authorization request (trailing slash, http vs https, port).',
      'The code was issued to a different `client_id` than the one redeeming it.',
      'The refresh token was already used and rotated, revoked, expired, or invalidated by a password change or sign-out.',
      'Device flow: the `device_code` was already consumed or is unknown.',
      'Password grant: wrong username or password, or a locked account.',
      'Clock skew between your machine and the provider makes a JWT assertion look expired or not yet valid.',
    ],
    fixes: [
      'Exchange each authorization code exactly once, right after the redirect; guard the callback against reloads and double submits.',
      'Keep the PKCE `code_verifier` from the same flow (store it with `state`) and send it unchanged to /token.',
      'Send the identical `redirect_uri` string to /authorize and /token.',
      'Store the newest refresh token after every refresh; when refreshing fails this way, start a new interactive sign-in.',
      'Check the server clock (NTP) when assertions are involved.',
      'If the server logs a detail (oidc-provider `error_detail`), read it: it names which of these causes applied.',
    ],
    links: [rfc(6749, '5.2'), rfc(7636, '4.6'), rfc(8628, '3.5'), IANA],
    spec: 'RFC 6749 §5.2',
    contexts: [
      { where: 'token endpoint, authorization_code grant', meaning: 'The code is used, expired, issued to another client, or the `redirect_uri` differs from the authorization request.' },
      { where: 'token endpoint, authorization_code grant with PKCE', meaning: 'The `code_verifier` does not match the `code_challenge` from the authorization request.' },
      { where: 'token endpoint, refresh_token grant', meaning: 'The refresh token is expired, revoked, already rotated (reuse), or belongs to another client.' },
      { where: 'token endpoint, device_code grant', meaning: 'The device code is unknown or was already redeemed.' },
      { where: 'token endpoint, password grant', meaning: 'The resource owner credentials are wrong, or the account cannot sign in this way.' },
      { where: 'token endpoint, JWT bearer or token exchange', meaning: 'The assertion or subject token failed validation: signature, audience, issuer or time window.' },
      { where: 'token endpoint, CIBA grant', meaning: 'The `auth_req_id` is unknown or belongs to another client.' },
    ],
  }),
  oauth({
    code: 'unsupported_grant_type',
    summary: 'The authorization server does not support the `grant_type` in the token request at all.',
    causes: [
      'A typo, or a grant type URN not spelled exactly (e.g. `urn:ietf:params:oauth:grant-type:device_code`).',
      'The grant is disabled at this server (password and implicit often are), or the feature (device flow, token exchange, CIBA) is off.',
      'The body was not form-encoded, so the server never read `grant_type`.',
    ],
    fixes: [
      'Compare with `grant_types_supported` in the discovery document.',
      'Send the token request form-encoded with the full grant type URN where one is required.',
      'Switch to a supported grant, e.g. authorization code + PKCE instead of password.',
    ],
    links: [rfc(6749, '5.2'), IANA],
    spec: 'RFC 6749 §5.2',
  }),
  oauth({
    code: 'invalid_token',
    summary:
      'The resource server rejected the access token: it is expired, revoked, malformed, for another audience, or its signature did not verify. Sent in `WWW-Authenticate: Bearer error="invalid_token"` with HTTP 401.',
    causes: [
      'The access token has expired (`exp` in the past).',
      'The token was issued for another API: its `aud` does not match this resource server.',
      'The signature could not be verified: wrong issuer or tenant, keys rotated and the API caches old JWKS, or an ID token was sent instead of an access token.',
      'The token was revoked or the session ended.',
      'The header is mangled: missing `Bearer ` prefix, quotes around the token, or a truncated value.',
    ],
    fixes: [
      'Decode the token (AuthLens hover) and check `exp`, `aud`, `iss` and `typ`.',
      'Refresh or re-acquire the token, requesting the scope or resource of this API.',
      'Send the access token, not the ID token, as `Authorization: Bearer <token>`.',
      'On the API side, refresh JWKS when an unknown `kid` appears.',
    ],
    links: [rfc(6750, '3.1'), IANA],
    spec: 'RFC 6750 §3.1',
    contexts: [
      { where: 'resource server (`WWW-Authenticate: Bearer`, HTTP 401)', meaning: 'The API rejected the access token: expired, revoked, wrong audience or bad signature.' },
      { where: 'client registration management endpoint (RFC 7592)', meaning: 'The registration access token is wrong or no longer valid.' },
      { where: 'userinfo endpoint', meaning: 'The access token cannot be used for userinfo: expired, or it lacks the `openid` scope or is for another audience.' },
    ],
  }),
  oauth({
    code: 'insufficient_scope',
    summary:
      'The access token is valid, but it does not carry the scope or permission this API call needs. Sent with HTTP 403, often with a `scope` attribute naming what is required.',
    causes: [
      'The client never requested the scope the endpoint requires.',
      'The user or admin did not consent to that scope, so the server left it out of the token.',
      'The token was refreshed with a narrower scope than needed.',
      'The API checks an app role or permission that was not assigned.',
    ],
    fixes: [
      'Read the `scope` attribute in `WWW-Authenticate`; request exactly that scope in a new authorization.',
      'Decode the token and compare its `scope` / `scp` / `roles` with what the endpoint requires.',
      'Grant consent or assign the role at the provider, then get a new token.',
    ],
    links: [rfc(6750, '3.1'), IANA],
    spec: 'RFC 6750 §3.1',
  }),
  oauth({
    code: 'unsupported_token_type',
    summary: 'The server cannot revoke (or introspect) this kind of token.',
    causes: [
      'Revoking an access token at a server that only revokes refresh tokens.',
      'A wrong `token_type_hint` value.',
      'oidc-provider refuses to introspect structured JWT access tokens ("Structured JWT Tokens cannot be introspected").',
    ],
    fixes: [
      'Revoke the refresh token instead; access tokens then simply expire.',
      'Drop `token_type_hint` or set it to `access_token` / `refresh_token` exactly.',
      'Validate JWT access tokens locally with the JWKS instead of introspecting them.',
    ],
    links: [rfc(7009, '2.2.1'), rfc(7662, '2.3'), IANA],
    spec: 'RFC 7009 §2.2.1',
    contexts: [
      { where: 'revocation endpoint (RFC 7009)', meaning: 'This server does not revoke tokens of the given type.' },
      { where: 'introspection endpoint (server-specific)', meaning: 'Some servers, such as oidc-provider, use it for tokens they will not introspect, like JWT access tokens.' },
    ],
  }),
];

/** OpenID Connect Core §3.1.2.6 (also used by JAR, RFC 9101). */
const openIdConnectErrors: ErrorEntry[] = [
  oauth({
    code: 'interaction_required',
    summary:
      'The request used `prompt=none` (silent sign-in), but the server needs to show the user something: a sign-in, consent, MFA or another step.',
    causes: [
      'A silent token renewal in a hidden iframe or popup-less call needs user interaction.',
      'A new policy (MFA, conditional access, terms of use) applies since the last interactive sign-in.',
      'Third-party cookies are blocked, so the iframe cannot see the provider session.',
    ],
    fixes: [
      'Catch it and fall back to an interactive sign-in (redirect or popup) without `prompt=none`.',
      'Prefer refresh tokens over iframe-based silent renew in browsers that block third-party cookies.',
    ],
    links: [OIDC_AUTH_ERROR, IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6',
  }),
  oauth({
    code: 'login_required',
    summary:
      'The request used `prompt=none`, but the user has no usable session at the provider, so it cannot answer without showing a sign-in page.',
    causes: [
      'The user never signed in at the provider in this browser, or signed out.',
      'The provider session expired, or `max_age` in the request is shorter than the session age.',
      'Third-party cookies are blocked, so the silent iframe does not see the provider\'s session cookie.',
      '`id_token_hint` names a user who is not the one signed in.',
    ],
    fixes: [
      'Fall back to an interactive sign-in without `prompt=none`.',
      'Use refresh tokens (rotating, for SPAs) instead of iframe silent renew.',
      'Host the app and the provider under the same site (custom domain) so the session cookie is first-party.',
    ],
    links: [OIDC_AUTH_ERROR, IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6',
  }),
  oauth({
    code: 'account_selection_required',
    summary:
      'The request used `prompt=none`, but the user is signed in with several accounts and the server cannot pick one without asking.',
    causes: [
      'Multiple provider sessions in the same browser and no `login_hint` or `id_token_hint` to choose between them.',
    ],
    fixes: [
      'Pass `login_hint` (or `id_token_hint`) for the account you want.',
      'Fall back to an interactive request with `prompt=select_account`.',
    ],
    links: [OIDC_AUTH_ERROR, IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6',
  }),
  oauth({
    code: 'consent_required',
    summary:
      'The request used `prompt=none`, but the user has not yet consented to what the client asks for, and consent needs a visible page.',
    causes: [
      'A new scope or API was added to the request since the user last consented.',
      'The user or an admin revoked the app\'s consent.',
      'Tenant policy requires admin consent for the requested permissions.',
    ],
    fixes: [
      'Send one interactive request (e.g. `prompt=consent`) so the user can grant it, then silent requests work again.',
      'If users may not consent themselves, ask an administrator to grant consent for the organisation.',
      'Request only the scopes you need right now (incremental consent).',
    ],
    links: [OIDC_AUTH_ERROR, IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6',
  }),
  oauth({
    code: 'invalid_request_uri',
    summary: 'The `request_uri` in the authorization request could not be used: the server could not fetch it, it expired, or it is unknown.',
    causes: [
      'PAR: the `request_uri` from the pushed request expired (often 60 s) or was already used.',
      'PAR: the `request_uri` was pushed by a different client than the one now using it.',
      'A by-reference request object URL is unreachable from the server or not pre-registered.',
    ],
    fixes: [
      'Redirect the user right after pushing the request, and push a new one for each attempt.',
      'Use the same `client_id` in the PAR call and the authorization redirect.',
      'For hosted request objects, make the URL publicly reachable and register it if the server requires that.',
    ],
    links: [OIDC_AUTH_ERROR, rfc(9101, '7'), rfc(9126, '2.3'), IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6; RFC 9101 §7',
    contexts: [
      { where: 'authorization endpoint after PAR (RFC 9126)', meaning: 'The `urn:ietf:params:oauth:request_uri:…` handle expired, was used already, or belongs to another client.' },
      { where: 'authorization endpoint with a hosted request object (JAR / OIDC)', meaning: 'The server could not retrieve or accept the request object at that URL.' },
    ],
  }),
  oauth({
    code: 'invalid_request_object',
    summary: 'The signed or encrypted request object (the `request` parameter or the document behind `request_uri`) is invalid.',
    causes: [
      'Signed with a key or algorithm the server does not accept for this client.',
      'Wrong `aud` (must be the issuer), wrong `iss` (must be the client id), or expired `exp`.',
      'Parameters inside the object conflict with those outside it.',
    ],
    fixes: [
      'Sign with a key registered for the client (JWKS or `jwks_uri`) and an algorithm from `request_object_signing_alg_values_supported`.',
      'Set `iss` = client id, `aud` = the issuer, and a short `exp`.',
      'Put every authorization parameter inside the object and repeat only `client_id` (and `response_type` / `scope` if required) outside.',
    ],
    links: [OIDC_AUTH_ERROR, rfc(9101, '7'), IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6; RFC 9101 §7',
  }),
  oauth({
    code: 'request_not_supported',
    summary: 'The server does not accept the `request` parameter (a request object passed by value).',
    causes: ['The provider does not implement request objects, or they are disabled for this client.'],
    fixes: [
      'Check `request_parameter_supported` in the discovery document.',
      'Send plain query parameters, or use PAR if the server supports it.',
    ],
    links: [OIDC_AUTH_ERROR, rfc(9101, '7'), IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6; RFC 9101 §7',
  }),
  oauth({
    code: 'request_uri_not_supported',
    summary: 'The server does not accept the `request_uri` parameter.',
    causes: ['The provider does not implement request objects by reference, or PAR is off for this client.'],
    fixes: [
      'Check `request_uri_parameter_supported` and `pushed_authorization_request_endpoint` in the discovery document.',
      'Send the parameters directly instead.',
    ],
    links: [OIDC_AUTH_ERROR, rfc(9101, '7'), IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6; RFC 9101 §7',
  }),
  oauth({
    code: 'registration_not_supported',
    summary: 'The server does not support the `registration` parameter, which lets a client pass its metadata inside the authorization request.',
    causes: ['The client sent `registration=…` (self-issued or dynamic scenarios) to a provider that does not support it.'],
    fixes: ['Register the client in advance and remove the `registration` parameter.'],
    links: [OIDC_AUTH_ERROR, IANA],
    spec: 'OpenID Connect Core 1.0 §3.1.2.6',
  }),
];

/** UMA 2.0 Grant: answers from the authorization server to a client holding a permission ticket. */
const umaErrors: ErrorEntry[] = [
  oauth({
    code: 'need_info',
    summary: 'UMA: the authorization server needs more information (claims about the requesting party) before it can decide.',
    causes: ['The permission ticket cannot be granted with the claims presented so far.'],
    fixes: [
      'Follow the `required_claims` hints in the response, or redirect the requesting party to `redirect_user` to gather the claims.',
      'Retry with the new `ticket` the response carries.',
    ],
    links: [UMA_GRANT, IANA],
    spec: 'UMA 2.0 Grant §3.3.6',
  }),
  oauth({
    code: 'request_denied',
    summary: 'UMA: the authorization server decided not to grant the requested permissions.',
    causes: ['The resource owner\'s policy does not allow this requesting party, resource or scope.'],
    fixes: ['Ask the resource owner to share the resource, or request fewer scopes.'],
    links: [UMA_GRANT, IANA],
    spec: 'UMA 2.0 Grant §3.3.6',
  }),
  oauth({
    code: 'request_submitted',
    summary: 'UMA: the request has been passed to the resource owner for approval; there is no answer yet.',
    causes: ['The resource owner has to approve the request asynchronously.'],
    fixes: ['Poll again later, respecting any `interval` given, with the same ticket.'],
    links: [UMA_GRANT, IANA],
    spec: 'UMA 2.0 Grant §3.3.6',
  }),
];

/** RFC 7591 dynamic client registration. */
const registrationErrors: ErrorEntry[] = [
  oauth({
    code: 'invalid_redirect_uri',
    summary: 'A redirect URI is not acceptable: in registration metadata, or (at some servers) in an authorization request.',
    causes: [
      'The URI is malformed, has a fragment, or uses a scheme the server forbids (e.g. plain http for a non-loopback host).',
      'oidc-provider uses it on its error page when the authorization request\'s `redirect_uri` matches none of the registered ones.',
      'Wildcards are used where the server requires exact URIs.',
    ],
    fixes: [
      'Register the exact redirect URI, character for character (scheme, host, port, path, trailing slash).',
      'Use `http://127.0.0.1:<port>/…` for native loopback redirects; use https everywhere else.',
    ],
    links: [rfc(7591, '3.2.2'), IANA],
    spec: 'RFC 7591 §3.2.2',
    contexts: [
      { where: 'registration endpoint (RFC 7591)', meaning: 'One of the `redirect_uris` in the client metadata is invalid.' },
      { where: 'authorization endpoint error page (oidc-provider and others)', meaning: 'The `redirect_uri` in the request is not registered for this client; the server shows a page instead of redirecting.' },
    ],
  }),
  oauth({
    code: 'invalid_client_metadata',
    summary: 'A client metadata value in a registration request is invalid or not allowed.',
    causes: [
      'An unknown `token_endpoint_auth_method`, grant type or response type.',
      'Inconsistent values, e.g. `grant_types` without the matching `response_types`.',
      'oidc-provider also uses it for a misconfigured static client (e.g. a scope the server does not support).',
    ],
    fixes: [
      'Read `error_description` for the field, and compare with the `*_supported` lists in the discovery document.',
      'Remove optional fields until the registration succeeds, then add them back one by one.',
    ],
    links: [rfc(7591, '3.2.2'), IANA],
    spec: 'RFC 7591 §3.2.2',
    contexts: [
      { where: 'registration endpoint (RFC 7591)', meaning: 'The submitted client metadata has an invalid field.' },
      { where: 'authorization endpoint error page (oidc-provider)', meaning: 'The server\'s own static client configuration is invalid: a server-side setup problem.' },
    ],
  }),
  oauth({
    code: 'invalid_software_statement',
    summary: 'The software statement (a signed JWT of client metadata) in the registration request is invalid.',
    causes: ['Bad signature, expired, or missing claims the server requires.'],
    fixes: ['Obtain a fresh software statement from its issuer and check its signature and claims.'],
    links: [rfc(7591, '3.2.2'), IANA],
    spec: 'RFC 7591 §3.2.2',
  }),
  oauth({
    code: 'unapproved_software_statement',
    summary: 'The software statement is valid, but the server does not accept statements from its issuer.',
    causes: ['The statement\'s issuer is not on the server\'s trusted list.'],
    fixes: ['Use a statement from an issuer the server trusts, or ask the server operator to trust yours.'],
    links: [rfc(7591, '3.2.2'), IANA],
    spec: 'RFC 7591 §3.2.2',
  }),
];

/** RFC 8628 device authorization polling (also reused by CIBA poll mode). */
const pollingErrors: ErrorEntry[] = [
  oauth({
    code: 'authorization_pending',
    summary: 'Not a failure: the user has not finished approving the request yet. Keep polling at the given interval.',
    causes: [
      'Device flow: the user has not yet opened the verification URL or entered the user code.',
      'CIBA poll mode: the user has not yet answered on their authentication device.',
    ],
    fixes: [
      'Wait `interval` seconds (5 if none was given) and poll again with the same `device_code` / `auth_req_id`.',
      'Stop polling when `expires_in` has passed, and show the user a clear "code expired" message.',
    ],
    links: [rfc(8628, '3.5'), ciba('11'), IANA],
    spec: 'RFC 8628 §3.5',
    contexts: [
      { where: 'token endpoint, device_code grant', meaning: 'The user has not completed the device verification page yet.' },
      { where: 'token endpoint, CIBA poll mode', meaning: 'The user has not yet approved the backchannel request on their device.' },
    ],
  }),
  oauth({
    code: 'slow_down',
    summary: 'Still pending, and the client is polling too often. Add 5 seconds to the polling interval for this and later requests.',
    causes: [
      'Polling faster than the `interval` from the device authorization response.',
      'Several polling loops running at once for the same code.',
    ],
    fixes: [
      'Increase the interval by 5 s (RFC 8628) and keep the new value; some servers send a new `interval` in the response — use it.',
      'Make sure only one poll loop runs per device code.',
    ],
    links: [rfc(8628, '3.5'), ciba('11'), IANA],
    spec: 'RFC 8628 §3.5',
    contexts: [
      { where: 'token endpoint, device_code grant', meaning: 'Poll less often: add 5 seconds to the interval.' },
      { where: 'token endpoint, CIBA poll mode', meaning: 'Poll less often, the same rule applied to `auth_req_id`.' },
    ],
  }),
  oauth({
    code: 'expired_token',
    summary: 'The device code or CIBA request expired before the user finished. Start over with a new request.',
    causes: [
      'The user took longer than `expires_in` to approve.',
      'The client kept polling an old code after restarting.',
    ],
    fixes: [
      'Stop polling; request a new device code (or CIBA request) and show the new user code.',
      'Tell the user how long they have, from `expires_in`.',
    ],
    links: [rfc(8628, '3.5'), ciba('11'), ciba('12'), IANA],
    spec: 'RFC 8628 §3.5',
    contexts: [
      { where: 'token endpoint, device_code grant', meaning: 'The `device_code` expired; the whole device flow must restart.' },
      { where: 'token endpoint, CIBA poll or ping mode', meaning: 'The `auth_req_id` expired before the user answered.' },
      { where: 'CIBA push notification to the client', meaning: 'The server tells the client the request expired without an answer.' },
    ],
  }),
];

/** Resource indicators, ACE, rich authorization requests, DPoP, step-up. */
const extensionErrors: ErrorEntry[] = [
  oauth({
    code: 'invalid_target',
    summary: 'The `resource` (RFC 8707) or `audience` asked for is unknown, not allowed for this client, or cannot be combined with the other parameters.',
    causes: [
      'The `resource` URI does not match any API registered at the server (oidc-provider: "resource indicator is missing, or unknown").',
      'The server requires a `resource` and none was sent.',
      'Token exchange: the server will not issue a token for the requested audience or resource.',
      'A trailing slash or different scheme in the resource URI compared with the registered identifier.',
    ],
    fixes: [
      'Send `resource` with the exact identifier the API is registered under.',
      'Request one resource per token unless the server supports several.',
      'Check the client is allowed to request tokens for that API.',
    ],
    links: [rfc(8707, '2'), rfc(8693, '2.2.2'), IANA],
    spec: 'RFC 8707 §2',
    contexts: [
      { where: 'authorization endpoint', meaning: 'The `resource` in the sign-in request is unknown or not allowed.' },
      { where: 'token endpoint', meaning: 'The token cannot be issued for that resource, e.g. on client_credentials or refresh.' },
      { where: 'token endpoint, token exchange (RFC 8693)', meaning: 'The server will not issue a token for the requested `audience` / `resource`.' },
    ],
  }),
  oauth({
    code: 'unsupported_pop_key',
    summary: 'ACE-OAuth: the proof-of-possession key the client offered is not supported by the authorization server or the resource server.',
    causes: ['A key type or curve the server does not accept, or a key that does not fit the profile in use.'],
    fixes: ['Use a key type listed by the server for the chosen ACE profile.'],
    links: [rfc(9200, '5.8.3'), IANA],
    spec: 'RFC 9200 §5.8.3',
  }),
  oauth({
    code: 'incompatible_ace_profiles',
    summary: 'ACE-OAuth: the client and the resource server share no ACE profile.',
    causes: ['The client asked for a profile the resource server does not support.'],
    fixes: ['Pick a profile both sides support (e.g. DTLS or OSCORE).'],
    links: [rfc(9200, '5.8.3'), IANA],
    spec: 'RFC 9200 §5.8.3',
  }),
  oauth({
    code: 'invalid_authorization_details',
    summary: 'The `authorization_details` parameter (rich authorization requests) is malformed, has an unknown `type`, or asks for something not allowed.',
    causes: [
      'The JSON is not an array of objects, or a required field for the `type` is missing.',
      'The `type` is not one the server supports or the client is allowed to use.',
      'URL-encoding mangled the JSON.',
    ],
    fixes: [
      'Check `authorization_details_types_supported` in the discovery document.',
      'Send a JSON array, URL-encoded once; validate each object against the type\'s schema.',
    ],
    links: [rfc(9396, '5'), IANA],
    spec: 'RFC 9396 §5',
  }),
  oauth({
    code: 'invalid_dpop_proof',
    summary: 'The `DPoP` proof JWT is missing or invalid.',
    causes: [
      '`htm` or `htu` do not match the request method and URL (query and fragment must be left out of `htu`).',
      '`iat` is too old or in the future (clock skew), or the `jti` was already used.',
      'The header lacks `typ: dpop+jwt`, the public `jwk`, or uses a symmetric / unsupported `alg`.',
      'At a resource server: `ath` is missing or is not the hash of the access token, or the key differs from the one the token is bound to (`cnf.jkt`).',
    ],
    fixes: [
      'Create a new proof for every request with the exact method and URL, a fresh `jti` and current `iat`.',
      'Include `ath` = BASE64URL(SHA-256(access token)) when calling APIs.',
      'Sign every proof with the same key pair the token was bound to.',
    ],
    links: [rfc(9449, '5'), rfc(9449, '7.1'), IANA],
    spec: 'RFC 9449 §5, §7.1',
    contexts: [
      { where: 'token endpoint (JSON, HTTP 400)', meaning: 'The proof sent with the token request is invalid.' },
      { where: 'resource server (`WWW-Authenticate: DPoP error="invalid_dpop_proof"`, HTTP 401)', meaning: 'The proof sent with the API call is invalid, or does not match the token\'s key or hash.' },
    ],
  }),
  oauth({
    code: 'use_dpop_nonce',
    summary:
      'The server wants a server-provided nonce inside the DPoP proof. The response carries a `DPoP-Nonce` header; retry the same request with that nonce.',
    causes: [
      'First request to a server that requires nonces: the client could not know the nonce yet. This is expected.',
      'The nonce the client used has been rotated.',
    ],
    fixes: [
      'Read the `DPoP-Nonce` response header, put its value in the proof\'s `nonce` claim, and resend once.',
      'Remember the latest nonce per server and update it whenever a response carries a new one.',
      'Do not count this as a failure in retry limits; it is part of the protocol.',
    ],
    links: [rfc(9449, '8'), rfc(9449, '9'), IANA],
    spec: 'RFC 9449 §8, §9',
    contexts: [
      { where: 'token endpoint (JSON, HTTP 400)', meaning: 'The authorization server requires its nonce in the proof.' },
      { where: 'resource server (`WWW-Authenticate: DPoP error="use_dpop_nonce"`, HTTP 401)', meaning: 'The API requires its own nonce in the proof.' },
    ],
  }),
  oauth({
    code: 'insufficient_user_authentication',
    summary:
      'Step-up needed: the API requires a stronger or more recent user authentication than the token shows. The challenge may name `acr_values` and/or `max_age`.',
    causes: [
      'The token\'s `acr` is weaker than the operation needs (e.g. no MFA).',
      'The `auth_time` is older than the allowed `max_age` for this operation.',
    ],
    fixes: [
      'Start a new authorization request with the `acr_values` and/or `max_age` from `WWW-Authenticate`.',
      'Retry the API call with the new token.',
    ],
    links: [rfc(9470, '3'), IANA],
    spec: 'RFC 9470 §3',
  }),
];

/** OpenID Federation 1.0: trust chain problems at the authorization endpoint. */
const federationErrors: ErrorEntry[] = [
  oauth({
    code: 'invalid_issuer',
    summary: 'OpenID Federation: the issuer of an entity statement is not acceptable.',
    causes: ['The statement\'s `iss` is not the expected entity, or not a superior the server trusts.'],
    fixes: ['Check the `iss` of each statement in the trust chain and the authority hints that point to it.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'invalid_subject',
    summary: 'OpenID Federation: the subject of an entity statement is not acceptable.',
    causes: ['The `sub` does not match the entity the statement should describe.'],
    fixes: ['Regenerate the subordinate statement for the right entity identifier.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'invalid_trust_anchor',
    summary: 'OpenID Federation: the trust anchor is unknown or not trusted by the receiver.',
    causes: ['The chain ends at an anchor the server is not configured to trust.'],
    fixes: ['Build the chain towards a trust anchor the server trusts, or ask its operator to add yours.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'invalid_trust_chain',
    summary: 'OpenID Federation: the trust chain could not be validated.',
    causes: ['A statement is expired, badly signed, or a link between statements is missing.'],
    fixes: ['Resolve the chain again and check every statement\'s signature and expiry.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'invalid_metadata',
    summary: 'OpenID Federation: the entity metadata, after applying metadata policies, is invalid.',
    causes: ['A superior\'s metadata policy conflicts with the entity\'s own metadata.'],
    fixes: ['Apply the policies of the chain yourself and fix the values that violate them.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'not_found',
    summary: 'OpenID Federation: the requested entity or statement does not exist at this endpoint.',
    causes: ['A fetch for a subordinate that the authority does not know.'],
    fixes: ['Check the entity identifier and which authority should publish its statement.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
  oauth({
    code: 'unsupported_parameter',
    summary: 'OpenID Federation: the request carries a parameter the federation endpoint does not support.',
    causes: ['An optional query parameter the endpoint does not implement.'],
    fixes: ['Remove the parameter, or check the endpoint\'s documented parameters.'],
    links: [FEDERATION, IANA],
    spec: 'OpenID Federation 1.0 §8.9',
  }),
];

/** OpenID for Verifiable Presentations 1.0. */
const verifiablePresentationErrors: ErrorEntry[] = [
  oauth({
    code: 'vp_formats_not_supported',
    summary: 'OpenID4VP: the wallet supports none of the credential or presentation formats the verifier asked for.',
    causes: ['The verifier\'s format list does not overlap with the wallet\'s.'],
    fixes: ['Offer more formats in the request (e.g. both SD-JWT VC and mdoc) or use a wallet that supports them.'],
    links: [OPENID4VP, IANA],
    spec: 'OpenID4VP 1.0 §8.5',
  }),
  oauth({
    code: 'invalid_request_uri_method',
    summary: 'OpenID4VP: the `request_uri_method` value is not supported or not allowed here.',
    causes: ['A value other than `get` or `post`, or `post` where the verifier does not support it.'],
    fixes: ['Use `get` or `post` as supported by both sides.'],
    links: [OPENID4VP, IANA],
    spec: 'OpenID4VP 1.0 §8.5',
  }),
  oauth({
    code: 'wallet_unavailable',
    summary: 'OpenID4VP: the wallet could not be reached or could not handle the request (e.g. not installed).',
    causes: ['No wallet app is registered for the invocation, or the user dismissed it.'],
    fixes: ['Offer another way (QR code for a different device) or explain how to install a wallet.'],
    links: [OPENID4VP, IANA],
    spec: 'OpenID4VP 1.0 §8.5',
  }),
];

/** CIBA (OpenID Client-Initiated Backchannel Authentication): not in the IANA registry. */
const cibaErrors: ErrorEntry[] = [
  oauth({
    code: 'expired_login_hint_token',
    summary: 'CIBA: the `login_hint_token` identifying the user has expired.',
    causes: ['The hint token was issued too long before the backchannel request.'],
    fixes: ['Obtain a fresh `login_hint_token` and resend the request.'],
    links: [ciba('13')],
    spec: 'OpenID CIBA Core 1.0 §13',
  }),
  oauth({
    code: 'unknown_user_id',
    summary: 'CIBA: the server could not find a user from the hint given.',
    causes: ['The `login_hint` or `id_token_hint` names no user, or a user in another tenant.'],
    fixes: ['Check the hint value and format (email, phone, subject) the server expects.'],
    links: [ciba('13')],
    spec: 'OpenID CIBA Core 1.0 §13',
  }),
  oauth({
    code: 'missing_user_code',
    summary: 'CIBA: the server requires a `user_code` for this user or client, and none was sent.',
    causes: ['`backchannel_user_code_parameter` is on and the request lacks `user_code`.'],
    fixes: ['Collect the user code from the user and include it.'],
    links: [ciba('13')],
    spec: 'OpenID CIBA Core 1.0 §13',
  }),
  oauth({
    code: 'invalid_user_code',
    summary: 'CIBA: the `user_code` sent is wrong.',
    causes: ['The user typed the code wrongly or it is out of date.'],
    fixes: ['Ask the user to enter the code again.'],
    links: [ciba('13')],
    spec: 'OpenID CIBA Core 1.0 §13',
  }),
  oauth({
    code: 'invalid_binding_message',
    summary: 'CIBA: the `binding_message` is invalid or too long to show on the user\'s device.',
    causes: ['Too many characters, or characters the device cannot show.'],
    fixes: ['Send a short, plain binding message (a few words or digits).'],
    links: [ciba('13')],
    spec: 'OpenID CIBA Core 1.0 §13',
  }),
  oauth({
    code: 'transaction_failed',
    summary: 'CIBA push mode: the authentication failed for a reason other than denial or expiry.',
    causes: ['A server-side failure while handling the user\'s answer.'],
    fixes: ['Start a new backchannel request; if it repeats, check the server logs.'],
    links: [ciba('12')],
    spec: 'OpenID CIBA Core 1.0 §12',
  }),
];

/** Unregistered values that major providers send in the `error` field. */
const commonUnregisteredErrors: ErrorEntry[] = [
  oauth({
    code: 'redirect_uri_mismatch',
    summary:
      'The `redirect_uri` in the request is not one of the URIs registered for the client. Not a registered OAuth value, but Google, GitHub and oidc-provider send it.',
    causes: [
      'A different scheme, host, port or path: `http` vs `https`, `localhost` vs `127.0.0.1`, a missing or extra trailing slash.',
      'The app runs on a new URL (preview deployment, new port) that was never registered.',
      'At the token endpoint: the `redirect_uri` differs from the one used at /authorize.',
      'A proxy or framework rewrites the callback URL (e.g. behind TLS termination the app builds an `http://` URL).',
    ],
    fixes: [
      'Copy the `redirect_uri` from the failing request and register exactly that string.',
      'Build the redirect URI from configuration, not from the incoming request host.',
      'Use the same `redirect_uri` in the authorization and token requests.',
    ],
    links: [rfc(6749, '3.1.2'), rfc(6749, '4.1.3')],
    spec: 'Not registered; the rule is RFC 6749 §3.1.2 and §4.1.3',
    contexts: [
      { where: 'authorization endpoint', meaning: 'The redirect URI is not registered for the client; providers usually show an error page rather than redirect.' },
      { where: 'token endpoint', meaning: 'The `redirect_uri` sent with the code differs from the authorization request (many servers say `invalid_grant` for this instead).' },
    ],
  }),
  oauth({
    code: 'web_message_uri_mismatch',
    summary:
      'oidc-provider: the `web_message_uri` for `response_mode=web_message` is not one of the client\'s registered `web_message_uris`.',
    causes: [
      'The page origin that opens the popup or iframe is not registered for web message responses.',
      'A different scheme or port than the registered value.',
    ],
    fixes: [
      'Register the exact origin in the client\'s `web_message_uris`.',
      'Or use `response_mode=query` with a normal redirect.',
    ],
    links: [{ title: 'OAuth 2.0 Web Message Response Mode (draft)', url: 'https://datatracker.ietf.org/doc/html/draft-sakimura-oauth-wmrm-00' }],
    spec: 'Not registered; oidc-provider extension for the web message response mode draft',
  }),
  oauth({
    code: 'unsupported_response_mode',
    summary: 'The `response_mode` (query, fragment, form_post, web_message, jwt) is not supported, or not allowed with this response type.',
    causes: [
      '`response_mode=query` with a response type that returns tokens, which must not appear in a query string.',
      'A mode the server does not implement, e.g. `web_message` or JARM `jwt`.',
    ],
    fixes: [
      'Check `response_modes_supported` in the discovery document.',
      'Use `query` with `response_type=code`; use `form_post` or `fragment` only when returning tokens.',
    ],
    links: [
      { title: 'OAuth 2.0 Multiple Response Type Encoding Practices', url: 'https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html' },
    ],
    spec: 'Not registered; response modes are defined by OAuth 2.0 Multiple Response Type Encoding Practices',
  }),
  oauth({
    code: 'invalid_resource',
    summary: 'Microsoft Entra: the requested resource (API) does not exist or is not available in the tenant. Comparable to `invalid_target`.',
    causes: [
      'The API\'s app ID URI or scope prefix is mistyped.',
      'The API is registered in another tenant and has no service principal in this one.',
    ],
    fixes: [
      'Check the scope prefix (`api://…/.default` or the app ID URI) against the API\'s registration.',
      'Have an administrator consent to the API in this tenant so its service principal exists.',
    ],
    links: [{ title: 'Microsoft identity platform error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' }],
    spec: 'Not registered; Microsoft Entra extension',
  }),
  oauth({
    code: 'insufficient_claims',
    summary:
      'Microsoft claims challenge: the token is valid but does not meet a Conditional Access requirement. The `WWW-Authenticate` header carries a `claims` value to send in a new authorization request.',
    causes: [
      'Continuous access evaluation revoked the session (user disabled, password changed, location changed).',
      'The API requires an authentication context (e.g. MFA) the current token lacks.',
    ],
    fixes: [
      'Decode the base64 `claims` value from the challenge and pass it as the `claims` parameter in a new token request.',
      'Declare the `cp1` client capability so the provider knows the app can handle claims challenges.',
    ],
    links: [{ title: 'Claims challenges, claims requests and client capabilities', url: 'https://learn.microsoft.com/entra/identity-platform/claims-challenge' }],
    spec: 'Not registered; Microsoft extension to RFC 6750 challenges',
  }),
];

export const oauthErrors: readonly ErrorEntry[] = [
  ...coreErrors,
  ...openIdConnectErrors,
  ...umaErrors,
  ...registrationErrors,
  ...pollingErrors,
  ...extensionErrors,
  ...federationErrors,
  ...verifiablePresentationErrors,
  ...cibaErrors,
  ...commonUnregisteredErrors,
];
