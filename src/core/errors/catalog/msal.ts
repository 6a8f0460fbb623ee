import type { ErrorEntry } from './types';

/** Error codes Microsoft's client libraries put on exceptions (MSAL.js, MSAL.NET, Azure.Identity); server values such as invalid_grant are described as MSAL surfaces them. Prose is AuthLens's own; codes are from the libraries' source (MIT) and docs. */
export const msalErrors: readonly ErrorEntry[] = [
  {
    code: 'interaction_required',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'MSAL could not get a token silently; the user must interact (sign in, MFA, consent). MSAL.js throws InteractionRequiredAuthError and MSAL.NET throws MsalUiRequiredException with this code.',
    causes: [
      'The refresh token is missing, expired or revoked, or the server answered a silent request with interaction_required.',
      'A Conditional Access policy (MFA, sign-in frequency, device) now applies to the resource.',
    ],
    fixes: [
      'Catch InteractionRequiredAuthError (or MsalUiRequiredException) around acquireTokenSilent and fall back to acquireTokenRedirect/acquireTokenPopup (AcquireTokenInteractive in .NET) with the same scopes.',
      'Pass the claims value from the error to the interactive call when one is present, so the policy can be satisfied in one step.',
    ],
    links: [
      { title: 'Handle errors and exceptions in MSAL.js', url: 'https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js' },
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
    ],
    contexts: [
      { where: 'MSAL.js', meaning: 'InteractionRequiredAuthError.errorCode; also set when the server\'s suberror is basic_action, additional_action, message_only, user_password_expired, consent_required or bad_token.' },
      { where: 'MSAL.NET', meaning: 'MsalUiRequiredException.ErrorCode; the Classification property says which kind of interaction is needed.' },
    ],
  },
  {
    code: 'consent_required',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'MSAL could not get a token silently because the user has not consented to some requested scope.',
    causes: [
      'The app asks silently for a scope that was never consented to, or was added after the user\'s consent.',
    ],
    fixes: [
      'Call acquireTokenPopup/acquireTokenRedirect with the missing scopes so the consent page can appear.',
      'Or have an admin grant tenant-wide consent for those permissions.',
    ],
    links: [
      { title: 'Handle errors and exceptions in MSAL.js', url: 'https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js' },
      { title: 'InteractionRequiredAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'login_required',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'MSAL could not sign the user in silently because no usable session exists (often AADSTS50058 behind it).',
    causes: [
      'ssoSilent or a hidden iframe ran without an Entra session, or third-party cookies are blocked.',
      'No login_hint or account was given and several sessions exist.',
    ],
    fixes: [
      'Fall back to loginRedirect/loginPopup.',
      'Pass loginHint or the account to silent calls, and prefer refresh-token renewal over iframe renewal.',
    ],
    links: [
      { title: 'Single sign-on with MSAL.js', url: 'https://learn.microsoft.com/entra/identity-platform/msal-js-sso' },
    ],
  },
  {
    code: 'bad_token',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'The refresh token MSAL has is invalid; MSAL removes it and interaction is needed.',
    causes: [
      'The server rejected the cached refresh token as invalid or corrupted.',
    ],
    fixes: [
      'Call an interactive method to get new tokens.',
    ],
    links: [
      { title: 'InteractionRequiredAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'no_tokens_found',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'There is no refresh token in MSAL\'s cache for this account, so a silent request cannot be made.',
    causes: [
      'The cache was cleared (new browser session with sessionStorage, different device, private window) but the account object is still passed.',
      'In MSAL.NET the token cache is not persisted between runs, so AcquireTokenSilent finds nothing.',
    ],
    fixes: [
      'Fall back to an interactive call; in MSAL.js use localStorage cache if tokens should survive a new tab.',
      'In MSAL.NET desktop apps, enable a persistent cache (Microsoft.Identity.Client.Extensions.Msal) and serialize it.',
    ],
    links: [
      { title: 'InteractionRequiredAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthErrorCodes.ts' },
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
    ],
    contexts: [
      { where: 'MSAL.js', meaning: 'InteractionRequiredAuthError when no refresh token exists for the account.' },
      { where: 'MSAL.NET', meaning: 'MsalUiRequiredException thrown by AcquireTokenSilent when the cache has no token for the account.' },
    ],
  },
  {
    code: 'refresh_token_expired',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'The cached refresh token has expired, so MSAL cannot renew tokens silently.',
    causes: [
      'The refresh token outlived its lifetime (24 hours for SPAs).',
    ],
    fixes: [
      'Call an interactive method, or ssoSilent if a session cookie may still be valid.',
    ],
    links: [
      { title: 'InteractionRequiredAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'native_account_unavailable',
    family: 'msal',
    name: 'InteractionRequiredAuthError',
    summary: 'The account is not available through the native broker, so the silent request cannot be completed there.',
    causes: [
      'The platform broker (WAM via the browser extension) does not know the account.',
    ],
    fixes: [
      'Sign in interactively so the broker learns the account.',
    ],
    links: [
      { title: 'InteractionRequiredAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'interaction_in_progress',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js refused to start an interactive call because another interaction (redirect or popup) is still marked as in progress.',
    causes: [
      'handleRedirectPromise was not awaited before calling loginRedirect/acquireTokenRedirect, so the redirect response is still being processed.',
      'Several components call login at the same time (e.g. on every render or route guard).',
      'A stale interaction flag remains in browser storage after a previous flow was interrupted.',
    ],
    fixes: [
      'Await handleRedirectPromise (MsalProvider/MsalGuard do this) before any interactive call, and only call login when no account exists.',
      'Check inProgress (InteractionStatus.None in msal-react/msal-angular) before starting an interaction.',
      'If a stale flag is the cause, clear the msal interaction status entry from sessionStorage and retry.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'popup_window_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js could not open the popup window.',
    causes: [
      'The browser\'s popup blocker stopped window.open because the call was not made directly in a user click handler.',
    ],
    fixes: [
      'Call loginPopup/acquireTokenPopup synchronously from a user gesture, or use the redirect APIs.',
      'Ask users to allow popups for the site.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'empty_window_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The popup window MSAL.js opened is empty or was closed before it could be used.',
    causes: [
      'A popup blocker returned a null or closed window.',
    ],
    fixes: [
      'Trigger the popup from a user click and allow popups; fall back to redirect.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'user_cancelled',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The user closed the popup before sign-in finished.',
    causes: [
      'The user dismissed the popup window.',
    ],
    fixes: [
      'Handle it as a normal cancellation: keep the user signed out and offer to try again.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'monitor_popup_timeout',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The popup did not come back to the redirect URI in time.',
    causes: [
      'The popup navigated elsewhere, stayed on a sign-in page, or the redirect URI page changed the URL.',
    ],
    fixes: [
      'Use a simple redirect page for the popup and make sure it is registered; raise the popup timeout if users are slow.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'monitor_window_timeout',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The hidden iframe used for silent renewal did not return to the redirect URI within the timeout.',
    causes: [
      'Third-party cookies are blocked, so the iframe lands on a sign-in page that needs interaction and never redirects back.',
      'The redirect URI page itself redirects, strips the hash, or refuses to be framed.',
      'The app takes too long to load in the iframe.',
    ],
    fixes: [
      'Set redirectUri for silent calls to a blank page (e.g. /redirect.html) that does not run the app or MSAL.',
      'Catch the error and fall back to an interactive call; prefer refresh-token based acquireTokenSilent.',
      'Raise the iframe timeout (system.iframeHashTimeout in MSAL.js 2 and 3) only if the page is merely slow to load.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
      { title: 'Avoid page reloads (MSAL.js)', url: 'https://learn.microsoft.com/entra/identity-platform/msal-js-avoid-page-reloads' },
    ],
  },
  {
    code: 'block_iframe_reload',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js detected that it is running inside its own hidden iframe (the redirect page loaded the app again) and stopped to avoid a loop.',
    causes: [
      'The redirect URI used for silent calls loads the full app, which initializes MSAL inside the iframe.',
      'The default redirectUri is the current page, so a silent renewal started from any route reloads that route inside the iframe.',
    ],
    fixes: [
      'Point the silent redirectUri to a blank page that does not load MSAL, and register it.',
      'Or skip app/MSAL initialization when window !== window.parent.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'redirect_in_iframe',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'A redirect API was called while the app runs in an iframe, which MSAL.js does not allow.',
    causes: [
      'The app is embedded in an iframe (e.g. a portal or Teams tab) and calls loginRedirect.',
    ],
    fixes: [
      'Use popup APIs inside iframes, or the host\'s own SSO (for example Teams SSO).',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'block_nested_popups',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'A popup API was called from inside a popup window.',
    causes: [
      'The app loaded in the popup calls MSAL popup APIs again.',
    ],
    fixes: [
      'Use a blank redirect page for popups so the app does not run inside the popup.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'hash_empty_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js expected the sign-in response in the URL hash (or query) but found it empty.',
    causes: [
      'The app\'s router or other code removed the hash before handleRedirectPromise ran.',
      'The redirect URI page redirected again and dropped the response.',
    ],
    fixes: [
      'Call and await handleRedirectPromise before the router starts or changes the URL.',
      'Use a redirect URI that does not redirect elsewhere; check response_mode if you customized it.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'no_state_in_hash',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The response in the URL has no state parameter, so MSAL.js cannot match it to a request.',
    causes: [
      'The URL was altered, or the page received a response not produced by MSAL.',
    ],
    fixes: [
      'Make sure only MSAL processes the redirect and nothing rewrites the URL first.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'no_account_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'A silent call was made without an account and no active account is set.',
    causes: [
      'acquireTokenSilent was called before login completed, or setActiveAccount was never called after login.',
    ],
    fixes: [
      'After login, call setActiveAccount(result.account), or pass account to acquireTokenSilent.',
      'If getAllAccounts() is empty, start an interactive login first.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'no_token_request_cache_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js found no cached request while handling a redirect response.',
    causes: [
      'Browser storage was cleared between leaving and returning, or the response came back to a different origin or tab with separate sessionStorage.',
    ],
    fixes: [
      'Return to the same origin that started the flow; use localStorage cache if flows span tabs.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'uninitialized_public_client_application',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'An MSAL.js API was called before PublicClientApplication.initialize() finished (MSAL.js v3 and later).',
    causes: [
      'The app uses the instance (getAllAccounts, handleRedirectPromise) before awaiting initialize().',
    ],
    fixes: [
      'Await msalInstance.initialize() at startup before rendering or calling any other API, or use createStandardPublicClientApplication.',
    ],
    links: [
      { title: 'Initialize MSAL.js client apps', url: 'https://learn.microsoft.com/entra/identity-platform/msal-js-initializing-client-applications' },
    ],
  },
  {
    code: 'post_request_failed',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The network request to the token endpoint failed before a response came back.',
    causes: [
      'A CORS failure: the redirect URI is registered as Web instead of Single-page application, so the browser blocks the response.',
      'No network, a proxy, or an ad/privacy blocker stopped the call.',
    ],
    fixes: [
      'Register the redirect URI under Single-page application; check the browser console for a CORS message.',
      'Check connectivity and extensions; retry.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
    contexts: [
      { where: 'MSAL.js', meaning: 'BrowserAuthError (or AuthError) wrapping a failed fetch to the token endpoint.' },
    ],
  },
  {
    code: 'no_network_connectivity',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The browser reports no network connection.',
    causes: [
      'The device is offline.',
    ],
    fixes: [
      'Retry when the network is back.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'silent_logout_unsupported',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'Silent sign-out is not supported.',
    causes: [
      'The app tried to log out without interaction.',
    ],
    fixes: [
      'Use logoutRedirect or logoutPopup.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'silent_prompt_value_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'ssoSilent or a silent iframe call was given a prompt value other than none.',
    causes: [
      'The request passes prompt=login or select_account to a silent API.',
    ],
    fixes: [
      'Use prompt none (or omit it) for silent calls.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'native_extension_not_installed',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The browser extension needed for the native broker is not installed.',
    causes: [
      'The native/platform broker option (allowNativeBroker, later allowPlatformBroker) is on but the browser extension that talks to the Windows broker is missing.',
    ],
    fixes: [
      'Install the extension, or turn the native broker option off and let MSAL use the web flow.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'crypto_nonexistent',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The browser\'s Web Crypto API is not available, which MSAL.js needs.',
    causes: [
      'The page is served over plain HTTP on a non-localhost host, or the browser is too old.',
    ],
    fixes: [
      'Serve the app over HTTPS (or localhost) in a modern browser.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'state_mismatch',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'The state returned with the response does not match the state MSAL saved for the request, so the response is rejected (possible CSRF or a mixed-up flow).',
    causes: [
      'Two sign-ins ran at once (two tabs, double clicks), so responses crossed.',
      'The response returned to another origin (www vs apex, http vs https) whose storage does not hold the request.',
      'Storage was cleared mid-flow.',
    ],
    fixes: [
      'Start one interaction at a time and return to the exact origin that started it.',
      'Retry the sign-in from a clean state.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
    contexts: [
      { where: 'MSAL.js', meaning: 'ClientAuthError when validating the redirect or popup response.' },
      { where: 'MSAL.NET', meaning: 'MsalClientException when the state in the browser response does not match.' },
    ],
  },
  {
    code: 'nonce_mismatch',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'The nonce in the returned id token does not match the one MSAL sent, so the token is rejected.',
    causes: [
      'Parallel or interrupted sign-ins mixed up requests, or storage was cleared between request and response.',
    ],
    fixes: [
      'Run one sign-in at a time and retry from a clean state.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'endpoints_resolution_error',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'MSAL could not fetch the authority\'s OpenID configuration, so it does not know the endpoints.',
    causes: [
      'The authority URL is wrong (typo, wrong tenant, B2C policy path), or a B2C/custom authority is not listed in knownAuthorities.',
      'The network, a proxy or CORS blocks the metadata request.',
    ],
    fixes: [
      'Check the authority (https://login.microsoftonline.com/<tenant>) and open its /v2.0/.well-known/openid-configuration in a browser.',
      'For B2C or CIAM, add the host to knownAuthorities; check proxy and network settings.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'token_refresh_required',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'The cached access token cannot be returned and must be refreshed; MSAL usually handles this internally and it mostly shows up in logs.',
    causes: [
      'forceRefresh was set, claims were requested, or the cached token is expired or missing.',
    ],
    fixes: [
      'Nothing to fix by itself; if it surfaces, call acquireTokenSilent again or fall back to interaction.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'multiple_matching_tokens',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'MSAL found more than one cached token that fits the request and cannot choose.',
    causes: [
      'The cache holds tokens for several authorities or accounts matching the same scopes.',
    ],
    fixes: [
      'Pass the account and a specific authority in the request; clear duplicate cache entries.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'network_error',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'A network request made by MSAL failed.',
    causes: [
      'Offline, DNS or proxy problems, or a blocked endpoint.',
    ],
    fixes: [
      'Check connectivity and proxy settings, then retry.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'user_canceled',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'The user cancelled the flow (MSAL common / Node spelling).',
    causes: [
      'The user closed the browser window or cancelled the prompt.',
    ],
    fixes: [
      'Treat as a normal cancellation and offer to try again.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'device_code_expired',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'The device code expired before the user finished signing in.',
    causes: [
      'The user did not complete sign-in within the code\'s lifetime.',
    ],
    fixes: [
      'Start a new device-code request.',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'no_account_in_silent_request',
    family: 'msal',
    name: 'ClientAuthError',
    summary: 'A silent request was made without an account.',
    causes: [
      'The account parameter is missing from acquireTokenSilent.',
    ],
    fixes: [
      'Pass the account (from getAllAccounts or the login result).',
    ],
    links: [
      { title: 'ClientAuthErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientAuthErrorCodes.ts' },
    ],
  },
  {
    code: 'redirect_uri_empty',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'No redirect URI was configured for a flow that needs one.',
    causes: [
      'redirectUri is missing in the MSAL configuration or request.',
    ],
    fixes: [
      'Set auth.redirectUri (registered in the app registration) or pass it per request.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'untrusted_authority',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'The authority is not trusted by MSAL.',
    causes: [
      'A custom or B2C authority is used without listing it in knownAuthorities.',
    ],
    fixes: [
      'Add the host to auth.knownAuthorities, or use a standard Entra authority.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'authority_mismatch',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'The authority in the request does not match the one the cached metadata or configuration uses.',
    causes: [
      'A request passes a different authority than the application was configured with, while cloud discovery is skipped.',
    ],
    fixes: [
      'Use the same authority in config and request, or provide matching authority metadata.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'invalid_grant',
    family: 'msal',
    name: 'MsalUiRequiredException',
    summary: 'MSAL passed on the token endpoint\'s invalid_grant: the refresh token, code or assertion it used is no longer accepted; for user flows it means the user must sign in again.',
    causes: [
      'The refresh token expired or was revoked (AADSTS70008, 700082, 50173), or a policy now needs MFA or consent (AADSTS50076, 65001).',
      'In confidential flows, the assertion or code is invalid (wrong redirect URI, code already used).',
    ],
    fixes: [
      'Read the AADSTS code in the message for the specific cause.',
      'For user flows, call the interactive method; for daemon flows, fix the credential or grant named by the AADSTS code.',
    ],
    links: [
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
      { title: 'Handle errors and exceptions in MSAL.js', url: 'https://learn.microsoft.com/entra/identity-platform/msal-error-handling-js' },
    ],
    contexts: [
      { where: 'MSAL.NET', meaning: 'MsalUiRequiredException with ErrorCode invalid_grant; call AcquireTokenInteractive.' },
      { where: 'MSAL.js', meaning: 'ServerError (or InteractionRequiredAuthError when the suberror or description says interaction is needed).' },
      { where: 'MSAL4J / Python', meaning: 'MsalInteractionRequiredException, or an error dict with error=invalid_grant.' },
    ],
  },
  {
    code: 'user_null',
    family: 'msal',
    name: 'MsalUiRequiredException',
    summary: 'AcquireTokenSilent was called without an account or login hint, so MSAL.NET does not know whose token to return.',
    causes: [
      'The account passed is null, often because GetAccountsAsync returned nothing (empty or unpersisted cache).',
    ],
    fixes: [
      'Get the account from GetAccountsAsync (or the previous result) and pass it; if none, call AcquireTokenInteractive.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'multiple_matching_tokens_detected',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'The MSAL.NET token cache has several tokens matching the request and it cannot choose one.',
    causes: [
      'A shared cache holds tokens for the same scopes from several authorities or accounts.',
    ],
    fixes: [
      'Pass the account and authority explicitly; clear or partition the cache per user.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'failed_to_acquire_token_silently_from_broker',
    family: 'msal',
    name: 'MsalUiRequiredException',
    summary: 'The broker (WAM on Windows, Authenticator/Company Portal on mobile) could not return a token silently; the inner message usually carries the AADSTS cause.',
    causes: [
      'The broker\'s account needs interaction: expired refresh token (AADSTS700082), MFA, or a password change.',
      'The account known to the app is not present in the broker or the OS account was removed.',
    ],
    fixes: [
      'Call AcquireTokenInteractive with the broker enabled; read the WAM error code and AADSTS code in the message.',
      'Remove and re-add the work account in Windows Settings > Accounts if it keeps failing.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'authentication_canceled',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'The user cancelled the interactive sign-in (MSAL.NET).',
    causes: [
      'The user closed the browser or embedded web view.',
    ],
    fixes: [
      'Handle it as a normal cancellation and let the user retry.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'loopback_redirect_uri',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'MSAL.NET needs a loopback redirect URI (http://localhost) to use the system browser, but another URI is configured.',
    causes: [
      'The app did not call WithRedirectUri("http://localhost"), or uses urn:ietf:wg:oauth:2.0:oob or a custom scheme with the system browser.',
    ],
    fixes: [
      'Register http://localhost under Mobile and desktop applications and build the app with .WithRedirectUri("http://localhost").',
    ],
    links: [
      { title: 'Using web browsers (MSAL.NET)', url: 'https://learn.microsoft.com/entra/msal/dotnet/acquiring-tokens/using-web-browsers' },
    ],
  },
  {
    code: 'loopback_response_uri_mismatch',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'A response arrived on the loopback listener with a URI that does not match the configured redirect URI.',
    causes: [
      'A custom web UI returns a different URL, or something else hit the local port.',
    ],
    fixes: [
      'Make sure the custom web UI returns the URL that contains the code for the configured redirect URI.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'webview2_runtime_not_installed',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'The embedded web view needs the WebView2 runtime, which is not installed.',
    causes: [
      'The machine lacks the Microsoft Edge WebView2 runtime.',
    ],
    fixes: [
      'Install WebView2, or use the system browser or the WAM broker instead.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'authentication_ui_failed',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'The interactive authentication UI failed.',
    causes: [
      'The web view or browser could not start or crashed.',
    ],
    fixes: [
      'Check the inner exception; try the system browser or the broker.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'request_timeout',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'The request to Entra timed out.',
    causes: [
      'Network latency or an unreachable endpoint.',
    ],
    fixes: [
      'Retry; MSAL.NET marks this as retryable (IsRetryable).',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'request_throttled',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'Entra answered with 429 Too Many Requests; after that, MSAL.NET itself blocks identical requests for the Retry-After period (throwing MsalThrottledServiceException).',
    causes: [
      'The app sends the same token request in a loop, often without using the token cache.',
      'Many instances share one identity and request tokens at once.',
    ],
    fixes: [
      'Wait for the Retry-After period, reuse cached tokens (AcquireTokenSilent / the built-in app token cache), and back off on errors.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'service_not_available',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'Entra returned a 5xx response.',
    causes: [
      'A temporary service outage.',
    ],
    fixes: [
      'Retry with back-off.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'code_expired',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'The device code (or authorization code) expired before it was used.',
    causes: [
      'The user took too long to finish device-code sign-in.',
    ],
    fixes: [
      'Start a new device-code flow.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'invalid_instance',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'Authority validation failed: the authority is not a known Entra instance (MSAL.NET and MSAL4J both use this code).',
    causes: [
      'A wrong or custom authority host is used with validation on.',
    ],
    fixes: [
      'Use a valid Entra authority, or turn off authority validation only for trusted custom authorities (B2C, ADFS).',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'managed_identity_request_failed',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'The managed identity endpoint returned an error.',
    causes: [
      'No identity is assigned to the resource, the client id of a user-assigned identity is wrong, or the resource lacks role assignments.',
    ],
    fixes: [
      'Check the identity assignment on the Azure resource and the client id passed.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'managed_identity_unreachable_network',
    family: 'msal',
    name: 'MsalServiceException',
    summary: 'The managed identity endpoint could not be reached.',
    causes: [
      'The code is not running on an Azure resource with managed identity (for example on a laptop).',
    ],
    fixes: [
      'Use another credential locally (Azure CLI, Visual Studio) and managed identity only in Azure.',
    ],
    links: [
      { title: 'MsalError.cs', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'CredentialUnavailableException',
    family: 'msal',
    name: 'AzureIdentity',
    summary: 'An Azure.Identity credential could not even try to authenticate because what it needs is not present (environment variables, az login session, managed identity endpoint).',
    causes: [
      'DefaultAzureCredential walked its chain and no credential was configured on this machine.',
      'The developer is not signed in to Azure CLI, Azure PowerShell or Visual Studio, or the managed identity endpoint is absent locally.',
    ],
    fixes: [
      'Read the per-credential messages in the exception to see why each was skipped.',
      'Sign in with az login (or configure environment variables), or use a specific credential such as ManagedIdentityCredential in Azure.',
    ],
    links: [
      { title: 'Azure.Identity troubleshooting (.NET)', url: 'https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/identity/Azure.Identity/TROUBLESHOOTING.md' },
    ],
  },
  {
    code: 'AuthenticationFailedException',
    family: 'msal',
    name: 'AzureIdentity',
    summary: 'An Azure.Identity credential tried to authenticate and Entra rejected it; the message contains the inner MSAL exception and AADSTS code.',
    causes: [
      'A bad secret or certificate (AADSTS7000215, 7000222), wrong tenant or client id (AADSTS90002, 700016), or a policy block.',
    ],
    fixes: [
      'Look up the AADSTS code in the message for the precise fix.',
      'Check tenant id, client id and credential values in configuration.',
    ],
    links: [
      { title: 'Azure.Identity troubleshooting (.NET)', url: 'https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/identity/Azure.Identity/TROUBLESHOOTING.md' },
    ],
  },
  {
    code: 'AuthenticationRequiredException',
    family: 'msal',
    name: 'AzureIdentity',
    summary: 'Interactive authentication is needed, but the credential was told not to prompt automatically.',
    causes: [
      'DisableAutomaticAuthentication is set and no cached account can be used silently.',
    ],
    fixes: [
      'Call the credential\'s AuthenticateAsync to sign the user in, then retry.',
    ],
    links: [
      { title: 'Azure.Identity troubleshooting (.NET)', url: 'https://github.com/Azure/azure-sdk-for-net/blob/main/sdk/identity/Azure.Identity/TROUBLESHOOTING.md' },
    ],
  },
  {
    code: 'ClientAuthenticationError',
    family: 'msal',
    name: 'AzureIdentity',
    summary: 'Python\'s azure-core error for a failed credential, including DefaultAzureCredential failing to get a token.',
    causes: [
      'Every credential in the chain failed or was unavailable, or the service rejected the token.',
    ],
    fixes: [
      'Read the "Attempted credentials" list in the message to see why each one failed.',
      'Sign in with az login, set environment variables, or use a specific credential.',
    ],
    links: [
      { title: 'Azure Identity troubleshooting (Python)', url: 'https://github.com/Azure/azure-sdk-for-python/blob/main/sdk/identity/azure-identity/TROUBLESHOOTING.md' },
    ],
  },
  {
    code: 'no_cached_authority_error',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'MSAL.js found no cached authority while finishing a redirect.',
    causes: [
      'Storage was cleared or the response came back to another origin or tab than the one that started the flow.',
    ],
    fixes: [
      'Return to the origin that started the flow and avoid clearing storage during sign-in; start a new sign-in.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'iframe_closed_prematurely',
    family: 'msal',
    name: 'BrowserAuthError',
    summary: 'The hidden iframe used for a silent request was removed before it finished.',
    causes: [
      'The page navigated away or app code removed the iframe during silent renewal.',
    ],
    fixes: [
      'Avoid navigating while silent calls are pending; retry the call.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'storage_not_supported',
    family: 'msal',
    name: 'BrowserConfigurationAuthError',
    summary: 'The cache location configured for MSAL.js is not available in this browser.',
    causes: [
      'localStorage or sessionStorage is disabled (privacy settings, some embedded browsers) or the cacheLocation value is wrong.',
    ],
    fixes: [
      'Use a supported cacheLocation (sessionStorage, localStorage or memoryStorage) and check browser privacy settings.',
    ],
    links: [
      { title: 'MSAL.js errors (browser)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/errors.md' },
    ],
  },
  {
    code: 'authority_uri_insecure',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'The authority URL does not use HTTPS, which MSAL requires.',
    causes: [
      'The authority is configured with http:// (often a local or test identity provider).',
    ],
    fixes: [
      'Use an https:// authority.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'invalid_prompt_value',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'The prompt value passed to MSAL is not one it supports.',
    causes: [
      'A misspelled or unsupported prompt (valid values include login, none, consent, select_account, create).',
    ],
    fixes: [
      'Use one of the supported prompt values.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'empty_input_scopes_error',
    family: 'msal',
    name: 'ClientConfigurationError',
    summary: 'The request passed an empty scopes array.',
    causes: [
      'acquireToken* was called with scopes: [].',
    ],
    fixes: [
      'Pass at least one scope, for example [\'User.Read\'] or \'<api>/.default\'.',
    ],
    links: [
      { title: 'ClientConfigurationErrorCodes.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/ClientConfigurationErrorCodes.ts' },
    ],
  },
  {
    code: 'loopback_server_timeout',
    family: 'msal',
    name: 'NodeAuthError',
    summary: 'MSAL Node\'s local loopback server waited too long for the browser to come back with the sign-in response.',
    causes: [
      'The user did not finish signing in, or the browser could not reach http://localhost (firewall, remote session, WSL).',
    ],
    fixes: [
      'Finish sign-in in the opened browser; when the browser cannot reach the machine, use the device-code flow instead.',
    ],
    links: [
      { title: 'NodeAuthError.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-node/src/error/NodeAuthError.ts' },
    ],
  },
  {
    code: 'no_auth_code_in_response',
    family: 'msal',
    name: 'NodeAuthError',
    summary: 'The loopback response reached MSAL Node without an authorization code.',
    causes: [
      'The sign-in failed and returned an error instead, or something else called the local port.',
    ],
    fixes: [
      'Read the error and error_description in the redirect; retry the sign-in.',
    ],
    links: [
      { title: 'NodeAuthError.ts', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-node/src/error/NodeAuthError.ts' },
    ],
  },
  {
    code: 'password_required_for_managed_user',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'A username/password (ROPC) flow for a managed (cloud) user was called without a password (MSAL4J).',
    causes: [
      'The app uses the integrated Windows auth or username/password API without supplying the password for a non-federated user.',
    ],
    fixes: [
      'Supply the password, or better, use an interactive or device-code flow.',
    ],
    links: [
      { title: 'AuthenticationErrorCode.java (MSAL4J)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-java/blob/dev/msal4j-sdk/src/main/java/com/microsoft/aad/msal4j/AuthenticationErrorCode.java' },
    ],
  },
  {
    code: 'user_realm_discovery_failed',
    family: 'msal',
    name: 'MsalClientException',
    summary: 'MSAL could not discover the user\'s realm (managed or federated) from the username.',
    causes: [
      'The username\'s domain is unknown, or the realm discovery endpoint could not be reached.',
    ],
    fixes: [
      'Check the username and network access to login.microsoftonline.com.',
    ],
    links: [
      { title: 'AuthenticationErrorCode.java (MSAL4J)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-java/blob/dev/msal4j-sdk/src/main/java/com/microsoft/aad/msal4j/AuthenticationErrorCode.java' },
    ],
  },
  {
    code: 'broker_error',
    family: 'msal',
    name: 'MsalPython',
    summary: 'MSAL Python got an error from the platform broker (WAM on Windows, via pymsalruntime).',
    causes: [
      'The broker could not complete the request: an account problem, a missing broker package, or a policy that needs interaction.',
    ],
    fixes: [
      'Read the error_description for the broker status and AADSTS code; retry interactively, or disable the broker to compare.',
    ],
    links: [
      { title: 'MSAL Python application.py', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-python/blob/dev/msal/application.py' },
    ],
  },
];
