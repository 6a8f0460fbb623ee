/**
 * Google OAuth 2.0 / Sign in with Google errors, as shown on Google's "Authorization Error" page
 * (`Error 400: redirect_uri_mismatch`) or returned by its token endpoint and JavaScript libraries.
 */

import type { ErrorEntry, ErrorLink } from './types';

type GoogleDraft = Omit<ErrorEntry, 'family' | 'name'>;

function google(draft: GoogleDraft): ErrorEntry {
  return { family: 'google', name: draft.code, ...draft };
}

const WEB_SERVER_ERRORS: ErrorLink = {
  title: 'Google: OAuth 2.0 for web server apps, authorization errors',
  url: 'https://developers.google.com/identity/protocols/oauth2/web-server#authorization-errors',
};
const USER_ERROR_CODES: ErrorLink = {
  title: 'Google Account Help: understand & fix error codes',
  url: 'https://support.google.com/accounts/answer/16668185',
};
const NATIVE_APPS: ErrorLink = {
  title: 'Google: OAuth 2.0 for iOS & desktop apps',
  url: 'https://developers.google.com/identity/protocols/oauth2/native-app',
};
const REFRESH_EXPIRY: ErrorLink = {
  title: 'Google: using OAuth 2.0, refresh token expiration',
  url: 'https://developers.google.com/identity/protocols/oauth2#expiration',
};
const GIS_MIGRATION: ErrorLink = {
  title: 'Google Identity Services: migrate from Google Sign-In',
  url: 'https://developers.google.com/identity/gsi/web/guides/migration',
};

export const googleErrors: readonly ErrorEntry[] = [
  google({
    code: 'redirect_uri_mismatch',
    summary:
      'Shown as `Error 400: redirect_uri_mismatch`: the `redirect_uri` in the request is not one of the Authorized redirect URIs of this OAuth client.',
    causes: [
      'The URI differs in any character: `http` vs `https`, `localhost` vs `127.0.0.1`, port, path, trailing slash.',
      'The app was deployed to a new domain or preview URL that is not registered.',
      'The OAuth client used is a different one (another project, or a "Desktop" client instead of "Web application").',
      'A library builds the callback from the incoming request and gets `http://` behind a TLS-terminating proxy.',
      'Token exchange: the `redirect_uri` sent with the code differs from the one used to get it.',
    ],
    fixes: [
      'Open the page\'s "error details" / request details, copy the exact `redirect_uri`, and add it under Google Cloud Console → APIs & Services → Credentials → your OAuth client → Authorized redirect URIs.',
      'Wait a few minutes after saving; the change is not always immediate.',
      'Make sure the `client_id` in the request is the client you edited.',
    ],
    links: [WEB_SERVER_ERRORS, USER_ERROR_CODES],
    contexts: [
      { where: 'authorization page', meaning: 'The redirect URI is not registered for the client; Google stops on its error page.' },
      { where: 'token endpoint', meaning: 'The redirect URI sent with the code does not match the authorization request.' },
    ],
  }),
  google({
    code: 'invalid_client',
    summary: 'Google does not recognise the OAuth client, or its secret is wrong ("The OAuth client was not found.").',
    causes: [
      'The client id is mistyped, from another project, or the client was deleted.',
      'The client secret is wrong or was reset.',
      'A client of the wrong type for the flow (e.g. an Android client id used in a web redirect).',
      'JavaScript origins: the page origin is not listed for a web client (browser flows).',
    ],
    fixes: [
      'Copy the client id and secret again from Credentials in the right Google Cloud project.',
      'Use a client of the type that matches the app (Web application, Desktop, Android, iOS).',
    ],
    links: [WEB_SERVER_ERRORS, USER_ERROR_CODES],
    contexts: [
      { where: 'authorization page (HTTP 401)', meaning: 'The client id is unknown ("OAuth client was not found").' },
      { where: 'token endpoint', meaning: 'Client authentication failed: wrong secret or client id.' },
    ],
  }),
  google({
    code: 'deleted_client',
    summary: 'The OAuth client in the request has been deleted.',
    causes: ['Someone deleted the client in the Cloud Console, or the whole project was shut down.'],
    fixes: [
      'Restore the client within the restore window (Credentials → Deleted credentials), or create a new one and update the app.',
    ],
    links: [WEB_SERVER_ERRORS],
  }),
  google({
    code: 'admin_policy_enforced',
    summary:
      'The user\'s Google Workspace administrator does not allow this app, or some of the scopes it asks for.',
    causes: [
      'Workspace API controls block untrusted third-party apps or restrict the requested scopes (Gmail, Drive and other sensitive scopes).',
      'The app is not on the organisation\'s trusted list.',
    ],
    fixes: [
      'Ask the Workspace admin to mark the app as trusted (Security → API controls → Manage third-party app access), by its client id.',
      'Request fewer or less sensitive scopes.',
    ],
    links: [WEB_SERVER_ERRORS, USER_ERROR_CODES],
  }),
  google({
    code: 'access_not_configured',
    summary: 'A Workspace for Education administrator has not set up access for this app.',
    causes: ['Education domains must configure third-party app access explicitly, and this app was not configured.'],
    fixes: ['Ask the school\'s Workspace administrator to configure access for the app.'],
    links: [USER_ERROR_CODES],
  }),
  google({
    code: 'disallowed_useragent',
    summary: 'Google refuses OAuth requests from embedded web views; sign-in must happen in a real browser.',
    causes: [
      'The app opens Google sign-in in an Android WebView or iOS WKWebView.',
      'A link in an in-app browser (social apps, chat apps) opened the sign-in page.',
    ],
    fixes: [
      'Use the system browser: Custom Tabs on Android, ASWebAuthenticationSession on iOS, or the platform Google Sign-In SDK.',
      'For links in other apps, tell users to open the page in their browser.',
    ],
    links: [WEB_SERVER_ERRORS, NATIVE_APPS],
  }),
  google({
    code: 'org_internal',
    summary:
      'Shown as `Error 403: org_internal`: the OAuth consent screen is set to Internal, so only accounts in the project\'s Google Workspace organisation may use it.',
    causes: [
      'A personal Gmail account or an account from another organisation is signing in to an Internal app.',
    ],
    fixes: [
      'Switch the app\'s audience (user type) to External on the OAuth consent screen, then add test users or publish it.',
      'Or sign in with an account from the owning organisation.',
    ],
    links: [WEB_SERVER_ERRORS, USER_ERROR_CODES],
  }),
  google({
    code: 'invalid_request',
    summary:
      'Google rejected the request as malformed or as using a method it no longer allows; often shown as "Access blocked: … request is invalid".',
    causes: [
      'A required parameter is missing or duplicated, or a value is malformed.',
      'A blocked flow: the out-of-band (`urn:ietf:wg:oauth:2.0:oob`) redirect, or an unsupported loopback style.',
      'The app does not meet Google\'s OAuth policies (e.g. insecure redirect, unverified sensitive scopes).',
      'PKCE: `code_challenge_method` is missing when a challenge is sent, or the verifier is wrong.',
    ],
    fixes: [
      'Open "error details" on Google\'s page: it names the parameter or policy.',
      'Use a loopback redirect (`http://127.0.0.1:<port>`) instead of out-of-band for desktop apps.',
      'Send PKCE as `code_challenge` + `code_challenge_method=S256`.',
    ],
    links: [WEB_SERVER_ERRORS, USER_ERROR_CODES],
  }),
  google({
    code: 'access_denied',
    summary: 'The user declined, or Google declined for them (silent request with no session, or an unverified app the user may not use).',
    causes: [
      'The user clicked Cancel on the consent screen.',
      'The app is in Testing and the account is not listed as a test user.',
      'A silent request (`prompt=none`) found no signed-in session.',
    ],
    fixes: [
      'Handle it as a normal "cancelled" outcome.',
      'Add the account as a test user, or publish the app.',
    ],
    links: [WEB_SERVER_ERRORS, REFRESH_EXPIRY],
  }),
  google({
    code: 'origin_mismatch',
    summary: 'The JavaScript origin of the page is not an Authorized JavaScript origin of the OAuth client.',
    causes: [
      'The page runs on a host or port not listed (e.g. `http://localhost:5173` added as `:3000`).',
      'Scheme mismatch (http vs https).',
    ],
    fixes: ['Add the exact origin (scheme, host, port; no path) under Authorized JavaScript origins of the client.'],
    links: [WEB_SERVER_ERRORS, GIS_MIGRATION],
  }),
  google({
    code: 'unauthorized_client',
    summary: 'The OAuth client may not use this grant or request (for example, a client type that does not support the flow).',
    causes: [
      'Refreshing with a client id other than the one that received the refresh token.',
      'Service account domain-wide delegation: the client id is not authorised for the requested scopes in the Workspace admin console.',
      'A flow the client type does not support (e.g. device flow with a Web client).',
    ],
    fixes: [
      'Refresh with the same client that obtained the token.',
      'For domain-wide delegation, add the service account\'s client id and exact scopes in the Admin console.',
      'Use a client of the right type ("TVs and Limited Input devices" for the device flow).',
    ],
    links: [WEB_SERVER_ERRORS],
  }),
  google({
    code: 'invalid_grant',
    summary:
      'Google\'s token endpoint would not accept the code or refresh token (`{"error":"invalid_grant","error_description":"Bad Request"}` or "Token has been expired or revoked.").',
    causes: [
      'The app is in Testing status: refresh tokens for External apps in Testing expire after 7 days.',
      'The user revoked access, changed their password (with Gmail scopes), or the token went unused for six months.',
      'The account has too many refresh tokens for this client; the oldest stopped working.',
      'The authorization code was already used or expired, or the `redirect_uri` / PKCE verifier differs from the first leg.',
      'A service account JWT with a skewed clock (`iat`/`exp` outside the allowed window).',
      'Reauthentication required: `error_subtype: invalid_rapt` under Workspace session-control policies.',
    ],
    fixes: [
      'Publish the app (In production) so refresh tokens stop expiring after 7 days.',
      'On this error, discard the stored refresh token and run the consent flow again.',
      'Exchange codes once and promptly, with the same `redirect_uri` and verifier.',
      'Sync the clock (NTP) on machines that sign service account assertions.',
    ],
    links: [WEB_SERVER_ERRORS, REFRESH_EXPIRY],
    contexts: [
      { where: 'token endpoint, authorization_code grant', meaning: 'The code is used, expired, or does not match the redirect URI or PKCE verifier.' },
      { where: 'token endpoint, refresh_token grant', meaning: 'The refresh token expired (Testing apps: 7 days), was revoked, or was pushed out by newer tokens.' },
      { where: 'token endpoint, JWT bearer (service accounts)', meaning: 'The signed assertion is invalid: clock skew, wrong key, or wrong `aud`.' },
    ],
  }),
  google({
    code: 'invalid_scope',
    summary: 'A requested scope is unknown, malformed, or not allowed for this client.',
    causes: [
      'A typo in a scope URL, or a scope from an API that does not exist.',
      'Scopes joined by commas instead of spaces.',
      'Restricted scopes requested by a client that may not use them (e.g. device flow clients).',
    ],
    fixes: ['Use the full scope URLs from the API\'s documentation, separated by spaces.', 'Enable the API in the project and add the scopes to the consent screen.'],
    links: [WEB_SERVER_ERRORS],
  }),
  google({
    code: 'policy_enforced',
    summary: 'Google\'s Advanced Protection Program blocked access for this account.',
    causes: ['The user is enrolled in Advanced Protection, which limits which apps may reach their data.'],
    fixes: ['The user can only use apps allowed by Advanced Protection; there is no client-side fix.'],
    links: [WEB_SERVER_ERRORS],
  }),
  google({
    code: 'restricted_client',
    summary: 'The OAuth client is not yet allowed to request these scopes or is misconfigured for them.',
    causes: ['Sensitive or restricted scopes not listed on the consent screen, or the app awaits verification.'],
    fixes: ['Add the scopes on the OAuth consent screen and complete Google\'s verification if required.'],
    links: [WEB_SERVER_ERRORS],
  }),
  google({
    code: 'idpiframe_initialization_failed',
    summary:
      'The legacy Google Sign-In JavaScript library (`gapi.auth2`) could not start its hidden iframe.',
    causes: [
      'The page origin is not an Authorized JavaScript origin of the client ("Not a valid origin for the client").',
      'Third-party cookies are blocked.',
      'New clients may no longer use the deprecated library at all.',
    ],
    fixes: [
      'Migrate to Google Identity Services (`accounts.google.com/gsi/client`).',
      'Until then, add the origin to the client and allow its cookies.',
    ],
    links: [GIS_MIGRATION],
  }),
  google({
    code: 'popup_closed_by_user',
    summary: 'Google Sign-In JavaScript: the user closed the sign-in popup before finishing.',
    causes: ['The user closed the popup, or it was closed by a redirect in the opener.'],
    fixes: ['Treat it as a cancel; let the user try again.'],
    links: [GIS_MIGRATION],
  }),
];
