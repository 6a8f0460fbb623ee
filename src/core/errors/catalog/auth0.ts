/**
 * Auth0 errors: the `error` values its Authentication API and libraries return (sign-up, log-in,
 * token endpoint) and the tenant log event type codes (`"type": "fp"` in log JSON). Log type codes are
 * short and ambiguous in free text; they only mean this inside Auth0 log entries.
 */

import type { ErrorEntry, ErrorLink } from './types';

type Auth0Draft = Omit<ErrorEntry, 'family' | 'name'> & { name?: string };

function auth0({ name, ...rest }: Auth0Draft): ErrorEntry {
  return { ...rest, family: 'auth0', name: name ?? rest.code };
}

const LIBRARY_ERRORS: ErrorLink = {
  title: 'Auth0 Docs: common Auth0 library authentication errors',
  url: 'https://auth0.com/docs/libraries/common-auth0-library-authentication-errors',
};
const TOKEN_API: ErrorLink = {
  title: 'Auth0 Authentication API: errors',
  url: 'https://auth0.com/docs/api/authentication#errors',
};
const MFA_API: ErrorLink = {
  title: 'Auth0 Docs: authenticate with the resource owner password grant and MFA',
  url: 'https://auth0.com/docs/secure/multi-factor-authentication/authenticate-using-ropg-flow-with-mfa',
};
const RATE_LIMITS: ErrorLink = {
  title: 'Auth0 Docs: rate limit policy',
  url: 'https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy',
};
const BOT_DETECTION: ErrorLink = {
  title: 'Auth0 Docs: bot detection',
  url: 'https://auth0.com/docs/secure/attack-protection/bot-detection',
};
const REFRESH_ROTATION: ErrorLink = {
  title: 'Auth0 Docs: refresh token rotation',
  url: 'https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation',
};
const LOG_TYPES: ErrorLink = {
  title: 'Auth0 Docs: log event type codes',
  url: 'https://auth0.com/docs/deploy-monitor/logs/log-event-type-codes',
};

const authenticationErrors: ErrorEntry[] = [
  auth0({
    code: 'invalid_user_password',
    summary: 'The username or password is wrong ("Wrong email or password.").',
    causes: [
      'A wrong password or email, or the user is in another database connection.',
      'Password grant: the `realm` / connection parameter points to the wrong connection.',
    ],
    fixes: [
      'Check the user exists in the connection the app uses (User Management → Users).',
      'For the password grant, send `realm=<connection>` with `grant_type=http://auth0.com/oauth/grant-type/password-realm`, or set a default directory.',
    ],
    links: [LIBRARY_ERRORS, TOKEN_API],
  }),
  auth0({
    code: 'too_many_attempts',
    summary: 'The account is blocked after too many failed sign-in attempts (brute-force protection).',
    causes: ['Repeated wrong passwords for this user from the same IP.'],
    fixes: ['Unblock the user from the dashboard or let them use the link in the block email; check Attack Protection settings.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'blocked_user',
    summary: 'An administrator has blocked this user.',
    causes: ['The user was blocked in the dashboard or via the Management API (`blocked: true`).'],
    fixes: ['Unblock the user if the block was not intended.'],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'unauthorized',
    summary: 'The user may not sign in or sign up to this application, often because a Rule or Action denied it.',
    causes: [
      'A Rule or post-login Action called `api.access.deny(…)`.',
      'The user is blocked.',
      'Sign-up is disabled for the connection.',
    ],
    fixes: [
      'Read `error_description`: it carries the reason the Action or Rule gave.',
      'Check Actions → Flows → Login for deny logic.',
    ],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'access_denied',
    summary: 'Access was refused: the user cancelled, or a Rule, Action or policy denied the request.',
    causes: [
      'The user declined consent or cancelled at a social provider.',
      'An Action denied access.',
      'The application is not enabled for the connection, or the API does not allow this client.',
      'Client credentials: the application is not authorized for the API (no client grant).',
    ],
    fixes: [
      'Read `error_description` for the reason.',
      'Enable the connection for the application (Applications → your app → Connections).',
      'Authorize the machine-to-machine application for the API.',
    ],
    links: [LIBRARY_ERRORS, TOKEN_API],
    contexts: [
      { where: 'authorization redirect', meaning: 'The user cancelled or a login Action denied access.' },
      { where: 'token endpoint, client_credentials', meaning: 'The application has no grant for the requested `audience`.' },
    ],
  }),
  auth0({
    code: 'invalid_request',
    summary: 'The request is missing a parameter or has an invalid one.',
    causes: [
      'No `audience` where the tenant needs one, so an opaque token is issued or the call fails.',
      'A `redirect_uri` / callback URL not in the application\'s Allowed Callback URLs.',
      'Missing `code_verifier` for a PKCE code exchange.',
    ],
    fixes: [
      'Read `error_description`.',
      'Add the exact callback URL to Allowed Callback URLs.',
    ],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'unauthorized_client',
    summary: 'The application may not use this grant type.',
    causes: [
      'The grant (password, refresh token, device code, client credentials) is not enabled in Application → Advanced Settings → Grant Types.',
      'A single-page app asking for client credentials.',
    ],
    fixes: ['Enable the grant type for the application, or use a grant the application type supports.'],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'invalid_grant',
    summary: 'The code, refresh token or credentials in the token request were rejected (e.g. "Unknown or invalid refresh token.", "Invalid authorization code").',
    causes: [
      'Refresh token rotation: an old refresh token was reused, so the whole family was revoked.',
      'The refresh token expired (absolute or inactivity lifetime) or was revoked.',
      'The authorization code was already used, expired, or the PKCE verifier does not match.',
      'Password grant: wrong credentials ("Wrong email or password.").',
    ],
    fixes: [
      'Store the new refresh token after every refresh; on this error, sign the user in again.',
      'Exchange codes once and keep the PKCE verifier with the flow.',
    ],
    links: [TOKEN_API, REFRESH_ROTATION],
    contexts: [
      { where: 'token endpoint, refresh_token grant', meaning: 'The refresh token is unknown, expired, revoked, or reused after rotation.' },
      { where: 'token endpoint, authorization_code grant', meaning: 'The code is used or expired, or the verifier / redirect URI does not match.' },
      { where: 'token endpoint, password grant', meaning: 'The user\'s credentials are wrong.' },
    ],
  }),
  auth0({
    code: 'mfa_required',
    summary: 'Multi-factor authentication is required. The response carries an `mfa_token` to continue with the MFA API.',
    causes: ['MFA policy applies to this user and the grant (password or refresh) cannot prompt interactively.'],
    fixes: ['Use the `mfa_token` with `/mfa/challenge` and then the `mfa-otp` / `mfa-oob` grant, or switch to Universal Login.'],
    links: [LIBRARY_ERRORS, MFA_API],
  }),
  auth0({
    code: 'mfa_invalid_code',
    summary: 'The MFA code was wrong or expired.',
    causes: ['A typo, an old code, or clock drift in an authenticator app.'],
    fixes: ['Ask for a new code and try again.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'mfa_registration_required',
    summary: 'MFA is required but the user has not enrolled a factor yet.',
    causes: ['The user has no MFA enrollment and the flow cannot enroll them.'],
    fixes: ['Send the user through Universal Login to enroll, or enroll them via the MFA API `/mfa/associate`.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'login_required',
    summary: 'Silent authentication (`prompt=none`) found no Auth0 session.',
    causes: [
      'The user is not signed in at Auth0, or the session expired.',
      'Third-party cookies are blocked, so the iframe cannot see the session (no custom domain).',
    ],
    fixes: [
      'Fall back to an interactive login.',
      'Use refresh token rotation in SPAs, or a custom domain so the session cookie is first-party.',
    ],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'consent_required',
    summary: 'Silent authentication needs the user\'s consent first.',
    causes: [
      'A third-party application or a new scope needs consent.',
      'Consent cannot be skipped for `localhost` callbacks, so silent auth fails during local development.',
    ],
    fixes: [
      'Do one interactive login so the user can consent.',
      'For first-party apps on real domains, enable "Allow Skipping User Consent" on the API.',
    ],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'interaction_required',
    summary: 'Silent authentication needs the user to do something (e.g. MFA or a redirect Action).',
    causes: ['A post-login Action redirects, or MFA is required, during `prompt=none`.'],
    fixes: ['Fall back to an interactive login.'],
    links: [TOKEN_API],
  }),
  auth0({
    code: 'password_leaked',
    summary: 'The password appears in a known data breach, so Auth0 blocks it and asks for a new one.',
    causes: ['Breached password detection matched the password.'],
    fixes: ['Have the user reset their password through the link Auth0 sends.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'requires_verification',
    summary: 'Bot detection flagged the request (HTTP 401, "Suspicious request requires verification"); the user must pass a CAPTCHA in Universal Login first.',
    causes: ['Password grant or embedded login from an IP or pattern that bot detection considers suspicious.'],
    fixes: ['Use Universal Login, which can show the CAPTCHA, or relax bot detection for trusted IPs.'],
    links: [BOT_DETECTION],
  }),
  auth0({
    code: 'too_many_requests',
    summary: 'A rate limit was reached (HTTP 429).',
    causes: ['Too many calls from this IP or client to an Authentication API endpoint.', 'Password-change requests repeated quickly.'],
    fixes: ['Back off using the `x-ratelimit-reset` header; cache tokens instead of requesting new ones per call.'],
    links: [RATE_LIMITS],
  }),
  auth0({
    code: 'invalid_password',
    summary: 'Sign-up: the password does not meet the connection\'s password policy.',
    causes: ['Too short or missing required character kinds.'],
    fixes: ['Show the policy rules to the user.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'invalid_signup',
    summary: 'Sign-up: the user could not be created (often because the user already exists, reported vaguely on purpose).',
    causes: ['The email is already registered, or a field is invalid.'],
    fixes: ['Offer sign-in or password reset; check required fields.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'password_dictionary_error',
    summary: 'Sign-up or change: the password is too common.',
    causes: ['The password is in the password dictionary.'],
    fixes: ['Choose a less common password.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'password_no_user_info_error',
    summary: 'Sign-up or change: the password contains the user\'s own information.',
    causes: ['The password includes the name, username or email.'],
    fixes: ['Choose a password that does not include personal data.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'password_strength_error',
    summary: 'Sign-up or change: the password is too weak for the connection\'s strength setting.',
    causes: ['Not enough length or variety for the configured strength level.'],
    fixes: ['Choose a longer password with more character kinds.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'PasswordStrengthError',
    summary: 'The password does not meet the connection\'s strength requirements (reported by some flows in this PascalCase form).',
    causes: ['The password is too weak for the configured policy.'],
    fixes: ['Choose a stronger password.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'PasswordHistoryError',
    summary: 'The new password was used before and password history is on.',
    causes: ['Reusing one of the last passwords.'],
    fixes: ['Choose a password not used recently.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'user_exists',
    summary: 'Sign-up: a user with this email already exists.',
    causes: ['The user signed up before.'],
    fixes: ['Offer sign-in or password reset.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'username_exists',
    summary: 'Sign-up: the username is taken.',
    causes: ['Another user has that username.'],
    fixes: ['Choose another username.'],
    links: [LIBRARY_ERRORS],
  }),
  auth0({
    code: 'invalid_client',
    summary: 'Client authentication failed at the token endpoint.',
    causes: ['A wrong client secret, or the client id of another tenant.', 'The application\'s token endpoint authentication method differs from how the secret is sent.'],
    fixes: ['Copy the client id and secret from Applications → your app → Settings; check the Authentication Method setting.'],
    links: [TOKEN_API],
  }),
];

/** Log event type codes for failures, as seen in tenant logs and log streams. */
interface LogTypeRow {
  code: string;
  name: string;
  gist: string;
  /** Specific help; without it the entry points at the log entry's own description. */
  causes?: string[];
  fixes?: string[];
}

const LOG_ENTRY_FIXES = [
  'Open the log entry (Monitoring → Logs) and read its `description` and `details`: they give the exact reason.',
  'Match `client_id` and `connection` in the entry to the application and connection to fix.',
];

const logTypeRows: readonly LogTypeRow[] = [
  { code: 'f', name: 'Failed Login', gist: 'a login failed for a reason without a more specific type.' },
  {
    code: 'fp', name: 'Failed Login (Incorrect Password)', gist: 'a login failed because the password was wrong.',
    causes: ['The user typed a wrong password.', 'A script or app keeps sending an outdated password.'],
    fixes: ['Offer password reset; repeated `fp` for one user ends in `limit_wc`.', 'Find the client in `client_id` that sends stale credentials.'],
  },
  {
    code: 'fu', name: 'Failed Login (Invalid Email/Username)', gist: 'a login failed because no user has that email or username.',
    causes: ['A typo, or the user exists in another connection or tenant.'],
    fixes: ['Check which connection the app uses and whether the user exists there.'],
  },
  { code: 'fc', name: 'Failed by Connector', gist: 'the connection (enterprise or custom database) failed the login.' },
  {
    code: 'fco', name: 'Failed by CORS', gist: 'a browser request came from an origin not allowed for the application.',
    causes: ['The SPA\'s origin is missing from Allowed Web Origins / Allowed Origins (CORS).'],
    fixes: ['Add the exact origin (scheme, host, port) to the application\'s Allowed Web Origins and Allowed Origins (CORS).'],
  },
  {
    code: 'fcoa', name: 'Failed cross-origin authentication', gist: 'embedded cross-origin authentication failed.',
    causes: ['The origin is not allowed, or the browser blocks third-party cookies.'],
    fixes: ['Use Universal Login (redirect) or a custom domain instead of cross-origin embedded login.'],
  },
  {
    code: 'fsa', name: 'Failed Silent Auth', gist: 'silent authentication (`prompt=none`) failed.',
    causes: ['No Auth0 session (`login_required`), consent needed (`consent_required`), or interaction needed.', 'Third-party cookies blocked in the silent iframe.'],
    fixes: ['Fall back to an interactive login; in SPAs use refresh token rotation or a custom domain.'],
  },
  { code: 'fs', name: 'Failed Signup', gist: 'a user sign-up failed.' },
  {
    code: 'feacft', name: 'Failed Exchange (Authorization Code for Access Token)', gist: 'exchanging an authorization code failed.',
    causes: ['The code was already used or expired.', 'The PKCE verifier or `redirect_uri` does not match, or the client secret is wrong.'],
    fixes: ['Exchange each code once, right away, with the same `redirect_uri` and verifier.'],
  },
  {
    code: 'feccft', name: 'Failed Exchange (Client Credentials for Access Token)', gist: 'a client credentials token request failed.',
    causes: ['A wrong client secret, or the application is not authorized for the requested `audience`.'],
    fixes: ['Authorize the application for the API (APIs → Machine to Machine Applications) and check the secret.'],
  },
  { code: 'fede', name: 'Failed Exchange (Device Code for Access Token)', gist: 'a device code token request failed.' },
  { code: 'fepft', name: 'Failed Exchange (Password for Access Token)', gist: 'a password grant token request failed.' },
  {
    code: 'fertft', name: 'Failed Exchange (Refresh Token for Access Token)', gist: 'a refresh token request failed.',
    causes: ['The refresh token expired, was revoked, or belongs to another application.'],
    fixes: ['Sign the user in again; check the refresh token lifetimes on the API and application.'],
  },
  {
    code: 'ferrt', name: 'Failed Exchange (Rotating Refresh Token)', gist: 'a rotated refresh token was used again, so Auth0 revoked its whole family.',
    causes: ['Two tabs or processes refreshed with the same token.', 'The app did not save the new refresh token after a refresh.', 'A stolen token was replayed.'],
    fixes: ['Store the newest refresh token after every refresh and serialize refreshes.', 'Set a reuse interval (leeway) for concurrent requests.'],
  },
  {
    code: 'fdeac', name: 'Failed Device Activation', gist: 'the user failed to activate a device.',
    causes: ['A wrong or expired user code.'],
    fixes: ['Start the device flow again and show the new user code.'],
  },
  {
    code: 'fdecc', name: 'User canceled the device confirmation', gist: 'the user declined the device authorization.',
    causes: ['The user pressed Cancel on the device confirmation page.'],
    fixes: ['Treat it as a cancel; the device code is finished.'],
  },
  { code: 'flo', name: 'Failed Logout', gist: 'a logout request failed.' },
  {
    code: 'limit_wc', name: 'Blocked Account', gist: 'an account was blocked after too many failed logins from one IP.',
    causes: ['Repeated wrong passwords (brute-force protection).'],
    fixes: ['Unblock the user in the dashboard or via the email link; review Attack Protection → Brute-force Protection.'],
  },
  {
    code: 'limit_mu', name: 'Blocked IP Address', gist: 'an IP was blocked after failed logins against many different users.',
    causes: ['Credential stuffing, or many users behind one shared IP (office NAT, test runner).'],
    fixes: ['Add trusted IPs to the allow list in Suspicious IP Throttling, or unblock the IP.'],
  },
  {
    code: 'pwd_leak', name: 'Breached password', gist: 'a login or sign-up used a password found in a data breach.',
    causes: ['Breached Password Detection matched the password.'],
    fixes: ['Ask the user to reset their password.'],
  },
  {
    code: 'api_limit', name: 'Rate Limit on the Authentication or Management APIs', gist: 'a request was refused because a rate limit was reached.',
    causes: ['Bursts of calls above the tenant\'s limits, often from a loop or missing token cache.'],
    fixes: ['Cache tokens and back off on HTTP 429 using `x-ratelimit-reset`.'],
  },
];

const logEventTypes: ErrorEntry[] = logTypeRows.map((row) =>
  auth0({
    code: row.code,
    name: row.name,
    summary: `Auth0 log event type \`${row.code}\` (${row.name}): ${row.gist}`,
    causes: row.causes ?? [`The tenant log recorded that ${row.gist}`],
    fixes: row.fixes ? [...row.fixes, LOG_ENTRY_FIXES[0]!] : LOG_ENTRY_FIXES,
    links: [LOG_TYPES],
  }),
);

export const auth0Errors: readonly ErrorEntry[] = [...authenticationErrors, ...logEventTypes];
