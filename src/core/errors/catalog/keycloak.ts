/**
 * Keycloak event error strings, as they appear in event logs
 * (`type="LOGIN_ERROR", … error="invalid_user_credentials"`) and admin-console event lists.
 * The strings and constant names are from `org.keycloak.events.Errors` (Apache-2.0; two older strings
 * from its earlier home `events/api/…/Errors.java`); the event
 * type (LOGIN_ERROR, CODE_TO_TOKEN_ERROR, REFRESH_TOKEN_ERROR, …) on the same line says where it happened.
 */

import type { ErrorEntry, ErrorLink } from './types';

const ERRORS_JAVA: ErrorLink = {
  title: 'Keycloak source: org.keycloak.events.Errors',
  url: 'https://github.com/keycloak/keycloak/blob/b15290a48f6c97a8cca11e29e47e2336e441b990/server-spi-private/src/main/java/org/keycloak/events/Errors.java',
};
const EVENTS_GUIDE: ErrorLink = {
  title: 'Keycloak Server Administration: auditing and events',
  url: 'https://www.keycloak.org/docs/latest/server_admin/#auditing-and-events',
};

/** Java constant name, the logged string, what it means, why, what to do, and optional contexts. */
interface KeycloakRow {
  name: string;
  code: string;
  summary: string;
  causes: string[];
  fixes: string[];
  contexts?: { where: string; meaning: string }[];
}

const rows: readonly KeycloakRow[] = [
  {
    name: 'INVALID_USER_CREDENTIALS', code: 'invalid_user_credentials',
    summary: 'The user was found but the password (or OTP) was wrong. The token endpoint answers `invalid_grant` "Invalid user credentials".',
    causes: ['A wrong password typed by the user.', 'Password grant or direct access: the client sent stale credentials.', 'LDAP/AD federation: the directory rejected the bind.'],
    fixes: ['Let the user retry or reset the password; watch for brute-force lockouts.', 'For federated users, check the LDAP provider connection and bind settings.'],
  },
  {
    name: 'USER_NOT_FOUND', code: 'user_not_found',
    summary: 'No user with this username or email exists in the realm.',
    causes: ['A typo in the username, or the user lives in another realm.', 'Email login is off and the user typed an email.', 'User federation (LDAP) is not syncing or cannot find the user.'],
    fixes: ['Check the realm in the URL and the user list.', 'Enable "Login with email" if users sign in with email.', 'Test the user federation provider\'s connection and search settings.'],
  },
  {
    name: 'USER_DISABLED', code: 'user_disabled',
    summary: 'The user account is disabled.',
    causes: ['An admin turned the user off, or a federation sync marked it disabled.'],
    fixes: ['Enable the user in Users → the user → Enabled.'],
  },
  {
    name: 'USER_TEMPORARILY_DISABLED', code: 'user_temporarily_disabled',
    summary: 'Brute-force detection locked the user for a while after repeated failures.',
    causes: ['Too many failed logins within the brute-force window.', 'A script or client retrying with a wrong password.'],
    fixes: ['Wait for the lockout to expire, or clear it in the user\'s details (or Sessions / brute-force status).', 'Fix the client that keeps sending a wrong password.'],
  },
  {
    name: 'DIFFERENT_USER_AUTHENTICATED', code: 'different_user_authenticated',
    summary: 'A user other than the one expected by the ongoing flow authenticated (e.g. during an action token or a re-authentication).',
    causes: ['Another account is already signed in in the same browser.', 'An action link (email verification, reset) was opened while signed in as someone else.'],
    fixes: ['Sign out first, or open the link in a private window.'],
  },
  {
    name: 'USER_DELETE_ERROR', code: 'user_delete_error',
    summary: 'Deleting the user failed.',
    causes: ['A storage or federation provider refused or failed the delete.'],
    fixes: ['Check the server log for the underlying exception and the federation provider\'s edit mode.'],
  },
  {
    name: 'INVALID_CLIENT_CREDENTIALS', code: 'invalid_client_credentials',
    summary: 'Client authentication failed: wrong secret, bad signed JWT, or wrong certificate. The token endpoint answers `unauthorized_client` or `invalid_client`.',
    causes: ['The client secret is wrong or was regenerated.', 'Signed JWT client auth: wrong key, wrong `aud`, or an expired assertion.', 'The client authenticator configured (secret, JWT, X.509) differs from what the app sends.'],
    fixes: ['Copy the secret from Clients → the client → Credentials.', 'Match the Client Authenticator setting with how the app authenticates.'],
  },
  {
    name: 'INVALID_CLIENT', code: 'invalid_client',
    summary: 'The request named a client that cannot be used here.',
    causes: ['A bearer-only or public client used where a confidential one is needed.', 'A missing `client_id`.'],
    fixes: ['Check the client\'s access type and the `client_id` the app sends.'],
  },
  {
    name: 'CLIENT_NOT_FOUND', code: 'client_not_found',
    summary: 'No client with the given `client_id` exists in the realm. The login page shows "Client not found."',
    causes: ['A typo in `client_id`, or the client is in another realm.', 'The realm name in the URL is wrong (realm names are case sensitive).'],
    fixes: ['Compare `client_id` and the realm in the URL with Clients in the admin console.'],
  },
  {
    name: 'CLIENT_DISABLED', code: 'client_disabled',
    summary: 'The client exists but is disabled.',
    causes: ['An admin switched the client off.'],
    fixes: ['Enable the client in its settings.'],
  },
  {
    name: 'REALM_DISABLED', code: 'realm_disabled',
    summary: 'The realm is disabled, so nobody can sign in.',
    causes: ['An admin turned the realm off.'],
    fixes: ['Enable the realm in Realm settings.'],
  },
  {
    name: 'CONSENT_DENIED', code: 'consent_denied',
    summary: 'The user declined the consent screen; the app receives `error=access_denied`.',
    causes: ['The user clicked No on the consent page.'],
    fixes: ['Handle it as a cancel in the app; turn off "Consent required" on the client if consent is not needed.'],
  },
  {
    name: 'RESOLVE_REQUIRED_ACTIONS', code: 'resolve_required_actions',
    summary: 'The user still has required actions (update password, verify email, configure OTP) that block a non-interactive login.',
    causes: ['Password grant or direct grant used for a user with pending required actions.'],
    fixes: ['Have the user complete the actions in a browser login, or remove them in the user\'s details.'],
  },
  {
    name: 'USERNAME_MISSING', code: 'username_missing',
    summary: 'The login or registration form was submitted without a username.',
    causes: ['An empty field, or a custom theme that posts under the wrong field name.'],
    fixes: ['Check the form field names in custom themes (`username`).'],
  },
  {
    name: 'USERNAME_IN_USE', code: 'username_in_use',
    summary: 'Registration or profile update chose a username that another user already has.',
    causes: ['The username is taken.'],
    fixes: ['Choose another username.'],
  },
  {
    name: 'EMAIL_IN_USE', code: 'email_in_use',
    summary: 'Registration or profile update chose an email that another user already has.',
    causes: ['The email is taken and duplicates are not allowed.'],
    fixes: ['Use another email, or link the accounts.'],
  },
  {
    name: 'INVALID_REDIRECT_URI', code: 'invalid_redirect_uri',
    summary: 'The `redirect_uri` is not allowed by the client\'s Valid redirect URIs. The browser shows "Invalid parameter: redirect_uri".',
    causes: ['The URI is not listed (or does not match a wildcard pattern) under Valid redirect URIs.', 'Scheme, host, port or path differs, e.g. http behind a proxy.', 'A logout request with a `post_logout_redirect_uri` not listed under Valid post logout redirect URIs.'],
    fixes: ['Add the exact URI (or a narrow wildcard like `https://app.example.com/*`) to the client.', 'Behind a proxy, set the proxy headers / hostname so the app builds the right URL.'],
  },
  {
    name: 'INVALID_CODE', code: 'invalid_code',
    summary: 'At the token endpoint the authorization code was not accepted ("Code not valid"), typically logged with `CODE_TO_TOKEN_ERROR`.',
    causes: ['The code was already used (double exchange or page reload).', 'The user session behind the code ended.', 'The code was issued to another client.'],
    fixes: ['Exchange each code once, right after the redirect.', 'Make sure the same client redeems the code.'],
  },
  {
    name: 'EXPIRED_CODE', code: 'expired_code',
    summary: 'The code or the login page\'s action expired before it was used.',
    causes: ['The authorization code lifespan (default 1 minute) passed before the exchange.', 'A login form left open too long, or used with the browser\'s back button.', 'Clock differences between cluster nodes.'],
    fixes: ['Exchange codes immediately; raise "Client login timeout" only if needed.', 'Restart the login from the app instead of reusing an old page.'],
  },
  {
    name: 'INVALID_TOKEN', code: 'invalid_token',
    summary: 'A token sent to Keycloak (refresh, access, ID token hint, action token) was rejected.',
    causes: ['Refresh: the token is expired, the session ended ("Session not active"), or it was already used with refresh token rotation ("Stale token").', 'The token was issued by another realm or Keycloak host name.', 'Signature check failed after a realm key rotation.'],
    fixes: ['Start a new login when refreshing fails.', 'Check the `iss` of the token matches the realm URL the app calls.'],
    contexts: [
      { where: 'REFRESH_TOKEN_ERROR event', meaning: 'The refresh token is expired, reused after rotation, or its session is gone.' },
      { where: 'USER_INFO_REQUEST_ERROR / INTROSPECT_TOKEN_ERROR event', meaning: 'The access token is expired or not from this realm.' },
      { where: 'EXECUTE_ACTION_TOKEN_ERROR event', meaning: 'An email action link is expired or already used.' },
    ],
  },
  {
    name: 'INVALID_TOKEN_TYPE', code: 'invalid_token_type',
    summary: 'A token of the wrong type was presented (e.g. an ID token where a refresh token was expected).',
    causes: ['The client sent the wrong token to the endpoint.'],
    fixes: ['Send the token type the endpoint expects.'],
  },
  {
    name: 'INVALID_SAML_RESPONSE', code: 'invalid_saml_response',
    summary: 'A SAML response from an identity provider was invalid.',
    causes: ['Bad signature, wrong audience or destination, or expired assertion.'],
    fixes: ['Check the IdP\'s signing certificate and the broker settings.'],
  },
  {
    name: 'INVALID_SAML_AUTHN_REQUEST', code: 'invalid_authn_request',
    summary: 'A SAML AuthnRequest from a service provider was invalid.',
    causes: ['Unsigned when signatures are required, unknown issuer, or a bad ACS URL.'],
    fixes: ['Compare the SP metadata with the SAML client settings.'],
  },
  {
    name: 'INVALID_SAML_LOGOUT_REQUEST', code: 'invalid_logout_request',
    summary: 'A SAML LogoutRequest was invalid.',
    causes: ['A signature or issuer problem.'],
    fixes: ['Check the logout signing settings on both sides.'],
  },
  {
    name: 'INVALID_SAML_LOGOUT_RESPONSE', code: 'invalid_logout_response',
    summary: 'A SAML LogoutResponse was invalid.',
    causes: ['A signature, destination or status problem.'],
    fixes: ['Check the logout settings of the SAML client or IdP.'],
  },
  {
    name: 'INVALID_SAML_ARTIFACT', code: 'invalid_artifact',
    summary: 'A SAML artifact could not be resolved.',
    causes: ['Unknown, expired or already-resolved artifact.'],
    fixes: ['Check artifact binding settings and clock sync.'],
  },
  {
    name: 'INVALID_SAML_ARTIFACT_RESPONSE', code: 'invalid_artifact_response',
    summary: 'The artifact resolution response was invalid.',
    causes: ['A signature or content problem in the response.'],
    fixes: ['Check the artifact resolution endpoint and its signing.'],
  },
  {
    name: 'SAML_TOKEN_NOT_FOUND', code: 'saml_token_not_found',
    summary: 'No SAML token was found where one was expected.',
    causes: ['The request did not carry the SAML message.'],
    fixes: ['Check the binding (POST vs redirect) used by the sender.'],
  },
  {
    name: 'INVALID_SIGNATURE', code: 'invalid_signature',
    summary: 'A signature (SAML or JWT) did not verify.',
    causes: ['The signing key changed, or the wrong certificate is configured.'],
    fixes: ['Update the certificate or JWKS URL for the client or identity provider.'],
  },
  {
    name: 'INVALID_REGISTRATION', code: 'invalid_registration',
    summary: 'The self-registration form failed validation.',
    causes: ['A required field is missing or malformed.'],
    fixes: ['Check the user profile configuration and form fields.'],
  },
  {
    name: 'INVALID_ISSUER', code: 'invalid_issuer',
    summary: 'The issuer in a token or assertion is not the expected one.',
    causes: ['A token from another realm or host name, or a misconfigured identity provider issuer.'],
    fixes: ['Check the issuer settings of the identity provider and the hostname Keycloak uses.'],
  },
  {
    name: 'INVALID_FORM', code: 'invalid_form',
    summary: 'A submitted form was invalid.',
    causes: ['Missing or malformed fields, often in custom themes or forms.'],
    fixes: ['Check the form\'s field names and validation rules.'],
  },
  {
    name: 'INVALID_CONFIG', code: 'invalid_config',
    summary: 'A configuration needed by the flow is invalid or missing.',
    causes: ['A misconfigured authenticator, identity provider or required action.'],
    fixes: ['Check the server log for the component and fix its configuration.'],
  },
  {
    name: 'INVALID_INPUT', code: 'invalid_input',
    summary: 'Input to the flow was invalid.',
    causes: ['Malformed values entered or sent by the client.'],
    fixes: ['Validate input and check the server log for the field.'],
  },
  {
    name: 'COOKIE_NOT_FOUND', code: 'cookie_not_found',
    summary: 'The login session cookie was missing, so Keycloak could not continue the login ("Cookie not found. Please make sure cookies are enabled in your browser.").',
    causes: ['Cookies are blocked, or `SameSite` rules drop them in an iframe or cross-site POST.', 'Keycloak is reached on a different host name than the one that set the cookie.', 'http vs https: secure cookies are not sent over http.'],
    fixes: ['Use one consistent host name and https.', 'Avoid embedding the login page in third-party iframes.'],
  },
  {
    name: 'REGISTRATION_DISABLED', code: 'registration_disabled',
    summary: 'Self-registration is turned off for the realm.',
    causes: ['A registration URL was used while "User registration" is off.'],
    fixes: ['Enable user registration in Realm settings → Login, or create users as an admin.'],
  },
  {
    name: 'RESET_CREDENTIAL_DISABLED', code: 'reset_credential_disabled',
    summary: 'The forgot-password flow is turned off.',
    causes: ['"Forgot password" is disabled in the realm\'s login settings.'],
    fixes: ['Enable it in Realm settings → Login.'],
  },
  {
    name: 'REJECTED_BY_USER', code: 'rejected_by_user',
    summary: 'The user rejected an action (e.g. cancelled an application-initiated action or a device grant).',
    causes: ['The user pressed Cancel or No.'],
    fixes: ['Treat it as a cancel in the app.'],
  },
  {
    name: 'NOT_ALLOWED', code: 'not_allowed',
    summary: 'The operation is not allowed for this client or user (e.g. direct access grants disabled, a grant not enabled).',
    causes: ['Password grant used while "Direct access grants" is off.', 'Client credentials grant used while "Service accounts" is off.', 'A client policy or authentication flow denied the request.'],
    fixes: ['Enable the needed capability (Direct access grants, Service accounts) on the client, or use the authorization code flow.'],
  },
  {
    name: 'FEDERATED_IDENTITY_EXISTS', code: 'federated_identity_account_exists',
    summary: 'A brokered login found an existing account with the same email or username.',
    causes: ['The user signed up locally before and now signs in through an identity provider.'],
    fixes: ['Let the user link accounts (first broker login flow), or adjust the flow to link automatically.'],
  },
  {
    name: 'FEDERATED_IDENTITY_EMAIL_EXISTS', code: 'federated_identity_email_exists',
    summary: 'Older Keycloak versions: a brokered login found an existing user with the same email.',
    causes: ['The user already has a local account with that email and now signs in through an identity provider.'],
    fixes: ['Upgrade, or let the user link accounts through the first broker login flow.'],
  },
  {
    name: 'FEDERATED_IDENTITY_USERNAME_EXISTS', code: 'federated_identity_username_exists',
    summary: 'Older Keycloak versions: a brokered login found an existing user with the same username.',
    causes: ['The username mapped from the identity provider is already taken by a local user.'],
    fixes: ['Change the username mapper, or link the accounts through the first broker login flow.'],
  },
  {
    name: 'SSL_REQUIRED', code: 'ssl_required',
    summary: 'The realm requires https and the request came over http ("HTTPS required").',
    causes: ['Calling Keycloak over http from a non-local address.', 'A TLS-terminating proxy does not forward `X-Forwarded-Proto`.'],
    fixes: ['Use https, or configure the proxy headers; only lower "Require SSL" for local development.'],
  },
  {
    name: 'USER_SESSION_NOT_FOUND', code: 'user_session_not_found',
    summary: 'The user session the request refers to no longer exists.',
    causes: ['The session expired or was logged out, or a cluster node lost it after a restart.'],
    fixes: ['Start a new login; check session timeouts and cluster cache settings.'],
  },
  {
    name: 'SESSION_EXPIRED', code: 'session_expired',
    summary: 'The session expired (idle or maximum lifetime reached).',
    causes: ['SSO Session Idle or SSO Session Max passed.', 'Offline session limits reached.'],
    fixes: ['Log in again; raise the realm\'s session timeouts if they are too short.'],
  },
  {
    name: 'EMAIL_SEND_FAILED', code: 'email_send_failed',
    summary: 'Keycloak could not send an email (verification, reset, action).',
    causes: ['The SMTP settings are wrong, or the server refuses the connection or login.'],
    fixes: ['Test the connection under Realm settings → Email.'],
  },
  {
    name: 'INVALID_EMAIL', code: 'invalid_email',
    summary: 'The email address is invalid or missing.',
    causes: ['A malformed email, or a user without email in an email-based action.'],
    fixes: ['Set a valid email on the user.'],
  },
  {
    name: 'IDENTITY_PROVIDER_LOGIN_FAILURE', code: 'identity_provider_login_failure',
    summary: 'Login through an external identity provider failed.',
    causes: ['The external IdP returned an error or the user cancelled there.', 'The broker could not exchange the code (wrong client secret at the IdP).'],
    fixes: ['Check the identity provider\'s client id, secret and endpoints; read the server log for its error.'],
  },
  {
    name: 'IDENTITY_PROVIDER_ERROR', code: 'identity_provider_error',
    summary: 'An error occurred while talking to an external identity provider.',
    causes: ['Network failure, bad metadata, or an invalid response from the IdP.'],
    fixes: ['Check connectivity from Keycloak to the IdP and its discovery / metadata URL.'],
  },
  {
    name: 'PASSWORD_CONFIRM_ERROR', code: 'password_confirm_error',
    summary: 'The password and its confirmation did not match.',
    causes: ['A typo in one of the two fields.'],
    fixes: ['Retype both passwords.'],
  },
  {
    name: 'PASSWORD_MISSING', code: 'password_missing',
    summary: 'No password was given.',
    causes: ['An empty password field or a client that did not send `password`.'],
    fixes: ['Send the password field.'],
  },
  {
    name: 'PASSWORD_REJECTED', code: 'password_rejected',
    summary: 'The new password does not meet the realm\'s password policy.',
    causes: ['Too short, too simple, recently used, or contains the username.'],
    fixes: ['Show the policy to the user; check Authentication → Policies → Password policy.'],
  },
  {
    name: 'CODE_VERIFIER_MISSING', code: 'code_verifier_missing',
    summary: 'PKCE: the token request has no `code_verifier` although the authorization request sent a `code_challenge`.',
    causes: ['The client lost the verifier, or its library does not send it.'],
    fixes: ['Store the verifier with `state` and send it to /token.'],
  },
  {
    name: 'INVALID_CODE_VERIFIER', code: 'invalid_code_verifier',
    summary: 'PKCE: the `code_verifier` is malformed (wrong length or characters).',
    causes: ['A verifier shorter than 43 or longer than 128 characters, or with characters outside the allowed set.'],
    fixes: ['Generate 32 random bytes and base64url-encode them without padding.'],
  },
  {
    name: 'PKCE_VERIFICATION_FAILED', code: 'pkce_verification_failed',
    summary: 'PKCE: the `code_verifier` does not match the `code_challenge` of the authorization request. The token endpoint answers `invalid_grant`.',
    causes: ['The verifier was regenerated after the redirect, or another tab overwrote it.', 'The challenge was computed wrongly (hex instead of base64url, or padding left in).'],
    fixes: ['Keep one verifier per flow, keyed by `state`.', 'Compute `BASE64URL(SHA-256(verifier))` without `=` padding.'],
  },
  {
    name: 'INVALID_CODE_CHALLENGE_METHOD', code: 'invalid_code_challenge_method',
    summary: 'PKCE: the `code_challenge_method` is not supported or not allowed.',
    causes: ['`plain` used while the client requires `S256`, or a typo.'],
    fixes: ['Send `code_challenge_method=S256`.'],
  },
  {
    name: 'NOT_LOGGED_IN', code: 'not_logged_in',
    summary: 'The operation needs a signed-in user and there is none.',
    causes: ['`prompt=none` or an account-console call without a session.'],
    fixes: ['Send the user through an interactive login.'],
  },
  {
    name: 'UNKNOWN_IDENTITY_PROVIDER', code: 'unknown_identity_provider',
    summary: 'The identity provider alias in the request does not exist.',
    causes: ['A wrong `kc_idp_hint` or broker URL alias.'],
    fixes: ['Use an alias listed under Identity providers.'],
  },
  {
    name: 'ILLEGAL_ORIGIN', code: 'illegal_origin',
    summary: 'The request\'s Origin is not allowed for this client (CORS / Web origins).',
    causes: ['The SPA\'s origin is not in the client\'s Web origins.'],
    fixes: ['Add the origin to Web origins, or use `+` to allow the redirect URIs\' origins.'],
  },
  {
    name: 'DISPLAY_UNSUPPORTED', code: 'display_unsupported',
    summary: 'The `display` parameter asks for a mode Keycloak does not support.',
    causes: ['A `display` value other than those supported.'],
    fixes: ['Remove the `display` parameter.'],
  },
  {
    name: 'LOGOUT_FAILED', code: 'logout_failed',
    summary: 'Logout did not complete.',
    causes: ['A backchannel or frontchannel logout to a client failed.'],
    fixes: ['Check the clients\' logout URLs and that they answer.'],
  },
  {
    name: 'INVALID_DESTINATION', code: 'invalid_destination',
    summary: 'SAML: the message\'s Destination does not match the endpoint that received it.',
    causes: ['A proxy or host name mismatch between the SP configuration and Keycloak\'s URL.'],
    fixes: ['Align the configured endpoint URLs with Keycloak\'s public host name.'],
  },
  {
    name: 'MISSING_REQUIRED_DESTINATION', code: 'missing_required_destination',
    summary: 'SAML: a signed message lacks the required Destination.',
    causes: ['The sender omits Destination in signed messages.'],
    fixes: ['Configure the sender to include Destination.'],
  },
  {
    name: 'INVALID_SAML_DOCUMENT', code: 'invalid_saml_document',
    summary: 'SAML: the XML document could not be parsed or validated.',
    causes: ['Malformed XML, or encoding / deflate problems.'],
    fixes: ['Capture the raw SAML message and validate it.'],
  },
  {
    name: 'UNSUPPORTED_NAMEID_FORMAT', code: 'unsupported_nameid_format',
    summary: 'SAML: the requested NameID format is not supported by the client configuration.',
    causes: ['The SP asks for a NameID format the client is not set to produce.'],
    fixes: ['Set the client\'s Name ID format, or change the SP\'s request.'],
  },
  {
    name: 'INVALID_PERMISSION_TICKET', code: 'invalid_permission_ticket',
    summary: 'Authorization services (UMA): the permission ticket is invalid or expired.',
    causes: ['An old ticket, or one issued for another resource server.'],
    fixes: ['Request a new permission ticket from the resource server.'],
  },
  {
    name: 'ACCESS_DENIED', code: 'access_denied',
    summary: 'Access was denied, for example by authorization policies or a client policy.',
    causes: ['Authorization services policies did not grant the permission.', 'A flow condition or client policy refused the request.'],
    fixes: ['Evaluate the policies in the client\'s Authorization tab for this user.'],
  },
  {
    name: 'INVALID_OAUTH2_DEVICE_CODE', code: 'invalid_oauth2_device_code',
    summary: 'Device flow: the `device_code` is unknown or already used.',
    causes: ['A wrong or reused device code.'],
    fixes: ['Start a new device authorization.'],
  },
  {
    name: 'EXPIRED_OAUTH2_DEVICE_CODE', code: 'expired_oauth2_device_code',
    summary: 'Device flow: the device code expired before the user approved.',
    causes: ['The user took longer than the device code lifespan.'],
    fixes: ['Request a new device code; raise the lifespan in the realm\'s OAuth 2.0 Device settings if needed.'],
  },
  {
    name: 'INVALID_OAUTH2_USER_CODE', code: 'invalid_oauth2_user_code',
    summary: 'Device flow: the user entered a wrong user code.',
    causes: ['A typo or an expired code.'],
    fixes: ['Ask the user to enter the code shown on the device again.'],
  },
  {
    name: 'SLOW_DOWN', code: 'slow_down',
    summary: 'Device flow: the client polled too often.',
    causes: ['Polling faster than the interval.'],
    fixes: ['Add 5 seconds to the polling interval.'],
  },
  {
    name: 'GENERIC_AUTHENTICATION_ERROR', code: 'generic_authentication_error',
    summary: 'Authentication failed for a reason Keycloak does not reveal in the event.',
    causes: ['An authenticator failed without a specific error.'],
    fixes: ['Read the server log around the event time for the authenticator\'s message.'],
  },
  {
    name: 'INVALID_REQUEST', code: 'invalid_request',
    summary: 'The request was malformed or missing parameters.',
    causes: ['A missing `response_type`, `client_id`, `grant_type` or other required parameter ("Missing form parameter: grant_type").', 'An unsupported `response_type` for the client.'],
    fixes: ['Read the `error_description` and the event\'s details for the parameter.'],
  },
];

export const keycloakErrors: readonly ErrorEntry[] = rows.map((row) => ({
  code: row.code,
  family: 'keycloak',
  name: row.name,
  summary: row.summary,
  causes: row.causes,
  fixes: row.fixes,
  links: [ERRORS_JAVA, EVENTS_GUIDE],
  ...(row.contexts ? { contexts: row.contexts } : {}),
}));
