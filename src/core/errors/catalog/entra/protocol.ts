import type { ErrorEntry } from '../types';

/** AADSTS 70xxx–76xxx: OAuth grants, client credentials, redirect and response types, device flow, SAML. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraProtocolErrors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS70000',
    family: 'entra',
    name: 'InvalidGrant',
    summary: 'The grant sent to the token endpoint (code, refresh token, or assertion) is invalid, or a requested scope was not authorized.',
    causes: [
      'An authorization code or refresh token is malformed, expired, used with a different client or redirect URI, or a scope was not consented.',
      'The grant was issued in another tenant or cloud than the one the token request goes to.',
      'A token-binding problem: the binding header is missing or its hash does not match the refresh token.',
    ],
    fixes: [
      'Send the code with the same client_id, redirect_uri and tenant used at the authorize step; get a new grant interactively if it keeps failing.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70000', url: 'https://login.microsoftonline.com/error?code=70000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70001',
    family: 'entra',
    name: 'UnauthorizedClient',
    summary: 'The application is disabled, so it cannot get tokens.',
    causes: [
      'The app\'s service principal has been disabled in the tenant.',
    ],
    fixes: [
      'Check Enterprise applications > the app > Properties > Enabled for users to sign in, or contact the tenant admin.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70001', url: 'https://login.microsoftonline.com/error?code=70001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700011',
    family: 'entra',
    name: 'UnauthorizedClientAppNotFoundInOrgIdTenant',
    summary: 'The application was not found in the tenant the request was sent to.',
    causes: [
      'The client_id is wrong, or the app is registered in another tenant and is not multi-tenant.',
    ],
    fixes: [
      'Check the Application (client) ID and the tenant in the authority URL.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700011', url: 'https://login.microsoftonline.com/error?code=700011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70002',
    family: 'entra',
    name: 'InvalidClient',
    summary: 'Entra could not validate the client credentials the application sent.',
    causes: [
      'The client secret or client assertion is wrong, expired, or belongs to another app; a public client was expected to send none.',
    ],
    fixes: [
      'Check the credential under App registrations > Certificates & secrets, and whether the app should be a public client instead.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70002', url: 'https://login.microsoftonline.com/error?code=70002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700025',
    family: 'entra',
    name: 'InvalidClientPublicClientWithCredential',
    summary: 'The client is registered as public, so it must not send a client secret or assertion.',
    causes: [
      'A desktop, mobile or device-code app sends a client_secret although it is configured as a public client.',
    ],
    fixes: [
      'Remove the secret from the request (use PublicClientApplication in MSAL), or register a confidential web app if a secret is really needed.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700025', url: 'https://login.microsoftonline.com/error?code=700025' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700027',
    family: 'entra',
    name: 'InvalidClientAssertionSignature',
    summary: 'The client assertion (a JWT signed with the app\'s certificate key) failed signature validation.',
    causes: [
      'The certificate whose private key signed the assertion is not uploaded to the app registration, or was replaced or removed.',
      'The x5t (or x5t#S256) header does not match the registered certificate\'s thumbprint, so Entra picks the wrong key or none.',
      'The JWT is signed with an unsupported algorithm or was built by hand with encoding mistakes.',
    ],
    fixes: [
      'Upload the public part (.cer/.pem) of the signing certificate under App registrations > the app > Certificates & secrets > Certificates.',
      'Make sure the x5t header is the base64url SHA-1 thumbprint (or x5t#S256 the SHA-256 one) of that same certificate; let MSAL build the assertion (WithCertificate) where possible.',
      'Sign with RS256 or PS256 and check that the private key matches the uploaded certificate.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700027', url: 'https://login.microsoftonline.com/error?code=700027' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Certificate credentials', url: 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials' },
    ],
  },
  {
    code: 'AADSTS70003',
    family: 'entra',
    name: 'UnsupportedGrantType',
    summary: 'The app asked for a grant type Entra does not support here.',
    causes: [
      'A misspelled or unsupported grant_type value, or a grant not allowed on this endpoint.',
    ],
    fixes: [
      'Use a supported grant_type (authorization_code, refresh_token, client_credentials, urn:ietf:params:oauth:grant-type:device_code, jwt-bearer for OBO).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70003', url: 'https://login.microsoftonline.com/error?code=70003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700030',
    family: 'entra',
    name: 'CertificateSubjectNameNotAuthorized',
    summary: 'The certificate\'s subject name is not authorized for this application.',
    causes: [
      'The app uses subject-name-and-issuer authentication and the certificate\'s subject does not match the trusted configuration.',
    ],
    fixes: [
      'Use a certificate whose subject and issuer match the app\'s trusted subject configuration.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700030', url: 'https://login.microsoftonline.com/error?code=700030' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70004',
    family: 'entra',
    name: 'InvalidRedirectUri',
    summary: 'The redirect URI the app sent is not valid or does not match any configured address.',
    causes: [
      'The redirect URI is malformed or not registered for the app.',
    ],
    fixes: [
      'Register the exact redirect URI under App registrations > Authentication, or send the registered one.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70004', url: 'https://login.microsoftonline.com/error?code=70004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Redirect URI restrictions and limitations', url: 'https://learn.microsoft.com/entra/identity-platform/reply-url' },
    ],
  },
  {
    code: 'AADSTS70005',
    family: 'entra',
    name: 'UnsupportedResponseType',
    summary: 'The app asked for a response type the application does not support.',
    causes: [
      'response_type=token or id_token is requested but implicit grant is not enabled, or the value is unsupported.',
      'response_type=id_token is requested without the openid scope.',
    ],
    fixes: [
      'Use response_type=code with PKCE; or enable the needed token type under Authentication > Implicit grant and hybrid flows.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70005', url: 'https://login.microsoftonline.com/error?code=70005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700054',
    family: 'entra',
    name: 'ResponseTypeIdTokenNotEnabled',
    summary: 'The app requested an id_token from the authorize endpoint (implicit or hybrid flow), but ID-token issuance through that endpoint is not enabled for the app.',
    causes: [
      'The request uses response_type=id_token or code id_token (classic OWIN/ASP.NET OpenID Connect middleware and some SPA libraries do) and the registration has "ID tokens" unchecked.',
      'A new app registration where implicit/hybrid settings are off by default.',
    ],
    fixes: [
      'Prefer the authorization code flow: set response_type=code (MSAL 2+ and Microsoft.Identity.Web do this) and get the id_token from the token endpoint.',
      'If the hybrid flow is needed, tick App registrations > the app > Authentication > Implicit grant and hybrid flows > ID tokens.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700054', url: 'https://login.microsoftonline.com/error?code=700054' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Implicit grant flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-implicit-grant-flow' },
    ],
  },
  {
    code: 'AADSTS700051',
    family: 'entra',
    name: 'ResponseTypeTokenNotEnabled',
    summary: 'The app requested an access token directly from the authorize endpoint (response_type=token, implicit flow), but implicit access tokens are not enabled for the app.',
    causes: [
      'An older single-page app or library (MSAL.js 1.x, adal.js, hand-written implicit flow) uses response_type=token.',
      'The app registration has "Access tokens (used for implicit flows)" unchecked, which is the default for new apps.',
    ],
    fixes: [
      'Move to the authorization code flow with PKCE (MSAL.js 2+ / msal-browser) and register the URI under Single-page application.',
      'If you must keep implicit flow for now, tick Authentication > Implicit grant and hybrid flows > Access tokens.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700051', url: 'https://login.microsoftonline.com/error?code=700051' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Implicit grant flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-implicit-grant-flow' },
    ],
  },
  {
    code: 'AADSTS70007',
    family: 'entra',
    name: 'UnsupportedResponseMode',
    summary: 'The response_mode requested is not supported with this request.',
    causes: [
      'A response mode incompatible with the response type (e.g. query with tokens) or an unknown value.',
    ],
    fixes: [
      'Use response_mode=query or fragment for code, fragment or form_post for tokens, as the flow needs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70007', url: 'https://login.microsoftonline.com/error?code=70007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70008',
    family: 'entra',
    name: 'ExpiredOrRevokedGrant',
    summary: 'The authorization code or refresh token has expired or was revoked, so it can no longer be redeemed.',
    causes: [
      'The refresh token went unused long enough to expire for inactivity, or reached its maximum age.',
      'The refresh token was revoked: password change or reset, admin session revocation, or a Conditional Access sign-in frequency policy.',
      'An authorization code was redeemed late (codes live only a few minutes), for example after a debugger pause.',
    ],
    fixes: [
      'Treat it as interaction required: drop the cached account and sign the user in interactively again (MSAL: acquireTokenInteractive / loginRedirect; Azure CLI: az login).',
      'Redeem authorization codes immediately after the redirect.',
      'For long-running unattended jobs, use a service principal or managed identity instead of a stored user refresh token.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70008', url: 'https://login.microsoftonline.com/error?code=70008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Refresh tokens', url: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens' },
    ],
  },
  {
    code: 'AADSTS700082',
    family: 'entra',
    name: 'ExpiredOrRevokedGrantInactiveToken',
    summary: 'The refresh token has expired because it was not used for too long (the inactivity window is 90 days by default).',
    causes: [
      'A tool or app stored a refresh token and was not used for months (common with Azure CLI, PowerShell and VS Code sign-ins).',
      'The token cache was copied from another machine or restored from an old backup.',
    ],
    fixes: [
      'Sign in again interactively: az login, Connect-AzAccount, or the app\'s sign-in; MSAL apps should call acquireTokenInteractive when this error appears.',
      'For pipelines and services, use a service principal with workload identity federation or a managed identity instead of a user\'s refresh token.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700082', url: 'https://login.microsoftonline.com/error?code=700082' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Refresh tokens', url: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens' },
    ],
  },
  {
    code: 'AADSTS700084',
    family: 'entra',
    name: 'SpaRefreshTokenLifetimeExceeded',
    summary: 'The refresh token was issued to a single-page app, and SPA refresh tokens have a fixed 24-hour lifetime that cannot be extended.',
    causes: [
      'A browser app keeps using the same refresh token beyond 24 hours.',
    ],
    fixes: [
      'Get a new token interactively or with ssoSilent when the error appears (MSAL.js does this if a session cookie is still valid).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700084', url: 'https://login.microsoftonline.com/error?code=700084' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Refresh tokens', url: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens' },
    ],
  },
  {
    code: 'AADSTS70011',
    family: 'entra',
    name: 'InvalidScope',
    summary: 'The scope requested is not valid: malformed, unknown, or an invalid combination for this flow.',
    causes: [
      'The client credentials flow asks for a delegated scope (e.g. User.Read) instead of <resource>/.default.',
      'Scopes for several resources are requested in one token request, or /.default is combined with other scopes of the same resource.',
      'The scope is missing its resource prefix (api://<app-id>/), is URL-encoded wrongly, or names a permission that does not exist.',
    ],
    fixes: [
      'For app-only flows request exactly one scope: https://graph.microsoft.com/.default or api://<api-app-id>/.default.',
      'Request one resource per token call; use separate acquireToken calls for each API.',
      'Copy the full scope string from the API\'s Expose an API page, and URL-encode the space-separated list correctly.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70011', url: 'https://login.microsoftonline.com/error?code=70011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Scopes and permissions', url: 'https://learn.microsoft.com/entra/identity-platform/scopes-oidc' },
    ],
  },
  {
    code: 'AADSTS70012',
    family: 'entra',
    name: 'MsaServerError',
    summary: 'A server error happened while authenticating a personal Microsoft account.',
    causes: [
      'A transient problem in the consumer (MSA) sign-in service.',
    ],
    fixes: [
      'Retry the sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70012', url: 'https://login.microsoftonline.com/error?code=70012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70016',
    family: 'entra',
    name: 'AuthorizationPending',
    summary: 'Device-code flow: the user has not finished signing in yet. This is expected while polling.',
    causes: [
      'The app polls the token endpoint before the user entered the code and signed in.',
    ],
    fixes: [
      'Keep polling at the interval returned with the device code; stop when a token arrives or the code expires.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70016', url: 'https://login.microsoftonline.com/error?code=70016' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Device authorization grant flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-device-code' },
    ],
  },
  {
    code: 'AADSTS70018',
    family: 'entra',
    name: 'BadVerificationCode',
    summary: 'Device-code flow: the code the user typed is wrong.',
    causes: [
      'The user mistyped the device code or used a code from another request.',
    ],
    fixes: [
      'Ask the user to enter the code exactly as shown; start a new device-code request if needed.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70018', url: 'https://login.microsoftonline.com/error?code=70018' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70019',
    family: 'entra',
    name: 'CodeExpired',
    summary: 'Device-code flow: the verification code expired before the user signed in.',
    causes: [
      'The user took longer than the code\'s lifetime (about 15 minutes).',
    ],
    fixes: [
      'Start a new device-code request and finish sign-in within the time limit.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70019', url: 'https://login.microsoftonline.com/error?code=70019' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS70043',
    family: 'entra',
    name: 'BadTokenDueToSignInFrequency',
    summary: 'The refresh token is expired or invalid because of a Conditional Access sign-in frequency setting.',
    causes: [
      'A policy sets how often users must re-authenticate, and that period has passed.',
    ],
    fixes: [
      'Sign in interactively again; admins can review the session lifetime settings of the policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS70043', url: 'https://login.microsoftonline.com/error?code=70043' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Conditional Access session lifetime', url: 'https://learn.microsoft.com/entra/identity/conditional-access/concept-session-lifetime' },
    ],
  },
  {
    code: 'AADSTS700003',
    family: 'entra',
    name: 'DeviceObjectNotFound',
    summary: 'The device the token is bound to was not found in the tenant\'s directory, so tokens tied to it cannot be used.',
    causes: [
      'The device was deleted or disabled in Entra after the refresh token or primary refresh token was issued.',
      'A tool using the Windows broker (WAM) holds a token bound to a device that was removed or re-imaged.',
    ],
    fixes: [
      'Sign out and sign in again so a new token is issued; remove the stale account from the tool or the Windows "Access work or school" list.',
      'Re-register or re-join the device, and check it exists under Entra admin center > Devices.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700003', url: 'https://login.microsoftonline.com/error?code=700003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700005',
    family: 'entra',
    name: 'InvalidGrantRedeemAgainstWrongTenant',
    summary: 'The authorization code was issued for a different tenant than the one it is being redeemed at.',
    causes: [
      'The authorize step used one authority (e.g. /common) and the token step another tenant id.',
    ],
    fixes: [
      'Redeem the code with the tenant that issued it (use the tid from the id token, or the same authority for both steps).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700005', url: 'https://login.microsoftonline.com/error?code=700005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700016',
    family: 'entra',
    name: 'UnauthorizedClient_DoesNotMatchRequest',
    summary: 'Entra could not find an application with the client_id given in the tenant the request was sent to.',
    causes: [
      'The client_id is wrong: a typo, the object id instead of the Application (client) ID, or the id of an app in another tenant or cloud.',
      'The app is registered in tenant A, is single-tenant or not yet consented in tenant B, and the request goes to tenant B.',
      'The app registration was deleted, or the request goes to the wrong national cloud.',
    ],
    fixes: [
      'Copy the Application (client) ID from App registrations > the app > Overview and use it as client_id.',
      'Send the request to the tenant where the app is registered, or make the app multi-tenant and have the other tenant consent (admin-consent URL) so a service principal is created there.',
      'For national clouds, use that cloud\'s login host and register the app in that cloud.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700016', url: 'https://login.microsoftonline.com/error?code=700016' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700020',
    family: 'entra',
    name: 'InteractionRequired',
    summary: 'The access grant requires user interaction.',
    causes: [
      'A silent request cannot complete because consent, MFA or another prompt is needed.',
    ],
    fixes: [
      'Call the interactive sign-in method of your library.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700020', url: 'https://login.microsoftonline.com/error?code=700020' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700022',
    family: 'entra',
    name: 'InvalidMultipleResourcesScope',
    summary: 'The scope list names more than one resource, which is not allowed in a single request.',
    causes: [
      'Scopes for two APIs (for example Graph and your own API) are mixed in one request.',
    ],
    fixes: [
      'Request one resource\'s scopes per call; acquire tokens for other APIs separately.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700022', url: 'https://login.microsoftonline.com/error?code=700022' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700023',
    family: 'entra',
    name: 'InvalidResourcelessScope',
    summary: 'The scope value is not valid for an access-token request because it names no resource.',
    causes: [
      'Only OIDC scopes (openid, profile) or a bare permission without a resource prefix were requested where an access token is needed.',
    ],
    fixes: [
      'Add the resource: https://graph.microsoft.com/User.Read or api://<app-id>/<scope>.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700023', url: 'https://login.microsoftonline.com/error?code=700023' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700024',
    family: 'entra',
    name: 'ClientAssertionNotInValidTimeRange',
    summary: 'The client assertion (a signed JWT proving the app\'s identity, including federated tokens such as GitHub Actions OIDC) is outside its valid time window.',
    causes: [
      'The assertion was created earlier and reused after its exp, for example a federated token fetched at the start of a long pipeline job.',
      'The clock of the machine building the assertion is off, or the nbf/exp values were built from local time instead of UTC.',
      'A library caches the assertion longer than its lifetime.',
    ],
    fixes: [
      'Build or fetch a new assertion right before each token request (in pipelines, get a fresh OIDC token or re-run the login step shortly before use).',
      'Keep the clock in sync (NTP) and compute nbf/iat/exp in UTC seconds since the epoch.',
      'Update the authentication library if a known caching bug applies.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700024', url: 'https://login.microsoftonline.com/error?code=700024' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Certificate credentials', url: 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials' },
    ],
  },
  {
    code: 'AADSTS7000215',
    family: 'entra',
    name: 'InvalidClientSecret',
    summary: 'The client secret sent with the request is not valid for this application.',
    causes: [
      'The secret\'s ID was copied instead of its Value (the value is shown only once, when the secret is created).',
      'The secret belongs to another app registration, was deleted, or the deployment still uses an old one after rotation.',
      'The value was corrupted on the way: trailing spaces or newlines from environment files, or characters such as + or / not URL-encoded in a form body.',
    ],
    fixes: [
      'Create a new secret under App registrations > the app > Certificates & secrets and copy its Value immediately into configuration or Key Vault.',
      'Make sure the client_id and the secret come from the same app registration and the running deployment reads the new value (restart the app).',
      'Let the library form-encode the body (do not build the form string by hand); trim the value when reading it from files.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7000215', url: 'https://login.microsoftonline.com/error?code=7000215' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS7000218',
    family: 'entra',
    name: 'ClientCredentialRequired',
    summary: 'The token request has no client_secret or client_assertion, but the app is registered as a confidential (web) client, so it must authenticate.',
    causes: [
      'A desktop, CLI or device-code app uses a registration whose "Allow public client flows" is off, so Entra expects a secret.',
      'A redirect URI is registered under the Web platform although the app is a browser SPA or native app that cannot hold a secret.',
      'A server-side app forgot to send the configured secret or certificate.',
    ],
    fixes: [
      'For public apps, set App registrations > the app > Authentication > Advanced settings > Allow public client flows to Yes, or register the redirect URI under Mobile and desktop / Single-page application.',
      'For confidential apps, send the secret or certificate (MSAL ConfidentialClientApplication with WithClientSecret / WithCertificate).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7000218', url: 'https://login.microsoftonline.com/error?code=7000218' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS7000222',
    family: 'entra',
    name: 'InvalidClientSecretExpiredKeysProvided',
    summary: 'The client secret the app sent has expired.',
    causes: [
      'Client secrets have an expiry date (up to 24 months) and the one in use has passed it.',
      'A new secret was created but the deployment still uses the old value.',
    ],
    fixes: [
      'Create a new secret under App registrations > the app > Certificates & secrets, update the app configuration or Key Vault, and restart the app.',
      'Track expiry dates (the portal shows them; alerting or automation can warn ahead), or move to certificates, managed identity or workload identity federation.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7000222', url: 'https://login.microsoftonline.com/error?code=7000222' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS700229',
    family: 'entra',
    name: 'ForbiddenTokenType',
    summary: 'Only app-only tokens can be used as federated identity credentials with the Entra issuer; a user-delegated token was presented.',
    causes: [
      'A token obtained in a user context was used as the client assertion for federation.',
    ],
    fixes: [
      'Use an app-only access token (from the client credentials flow) as the federated credential.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS700229', url: 'https://login.microsoftonline.com/error?code=700229' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS7000112',
    family: 'entra',
    name: 'UnauthorizedClientApplicationDisabled',
    summary: 'The application is disabled, so Entra will not issue tokens to it.',
    causes: [
      'A tenant admin set Enterprise applications > the app > Properties > Enabled for users to sign in to No.',
      'Microsoft disabled the app or its service principal (for example for abuse, or a policy affecting unverified apps), or the app registration\'s service principal was disabled by automation.',
    ],
    fixes: [
      'In the tenant that holds the app, check Enterprise applications > the app > Properties and re-enable it if that is intended.',
      'If the app is owned by another publisher, contact them or the tenant admin; if Microsoft disabled it, follow up through support.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7000112', url: 'https://login.microsoftonline.com/error?code=7000112' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS7000114',
    family: 'entra',
    name: 'AppOnBehalfOfNotAllowed',
    summary: 'The application is not allowed to make application on-behalf-of calls.',
    causes: [
      'An app-to-app OBO call is made by an app not authorized for it.',
    ],
    fixes: [
      'Use a supported flow (client credentials or user OBO) for this app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7000114', url: 'https://login.microsoftonline.com/error?code=7000114' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS75001',
    family: 'entra',
    name: 'BindingSerializationError',
    summary: 'An error occurred while binding the SAML message.',
    causes: [
      'The SAML message could not be serialized for the chosen binding.',
    ],
    fixes: [
      'Check the SAML request the application sends and its binding.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75001', url: 'https://login.microsoftonline.com/error?code=75001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'SAML single sign-on protocol', url: 'https://learn.microsoft.com/entra/identity-platform/single-sign-on-saml-protocol' },
    ],
  },
  {
    code: 'AADSTS75003',
    family: 'entra',
    name: 'UnsupportedBindingError',
    summary: 'The application asked for a SAML binding Entra does not support: Entra sends SAML responses only with HTTP-POST.',
    causes: [
      'The AuthnRequest\'s ProtocolBinding asks for a response binding other than HTTP-POST (for example Artifact or Redirect).',
    ],
    fixes: [
      'Configure the service provider to receive the SAML response through HTTP-POST on its ACS URL.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75003', url: 'https://login.microsoftonline.com/error?code=75003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'SAML single sign-on protocol', url: 'https://learn.microsoft.com/entra/identity-platform/single-sign-on-saml-protocol' },
    ],
  },
  {
    code: 'AADSTS75005',
    family: 'entra',
    name: 'Saml2MessageInvalid',
    summary: 'Entra does not support the SAML request the app sent.',
    causes: [
      'The SAML AuthnRequest is malformed or uses unsupported features.',
    ],
    fixes: [
      'Compare the request with Entra\'s SAML protocol requirements and fix the SP configuration.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75005', url: 'https://login.microsoftonline.com/error?code=75005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'SAML single sign-on protocol', url: 'https://learn.microsoft.com/entra/identity-platform/single-sign-on-saml-protocol' },
    ],
  },
  {
    code: 'AADSTS7500514',
    family: 'entra',
    name: 'SamlResponseTypeNotFound',
    summary: 'No supported SAML response type was found in the message.',
    causes: [
      'The message is not a Response, Assertion or other supported SAML element.',
    ],
    fixes: [
      'Check that the SAML message posted to Entra is a supported response type.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7500514', url: 'https://login.microsoftonline.com/error?code=7500514' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS750054',
    family: 'entra',
    name: 'SamlRedirectBindingParameterMissing',
    summary: 'SAMLRequest or SAMLResponse must be present as a query-string parameter for the HTTP-Redirect binding.',
    causes: [
      'The redirect-binding request lacks the SAML parameter.',
    ],
    fixes: [
      'Send SAMLRequest (deflated, base64, URL-encoded) in the query string.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS750054', url: 'https://login.microsoftonline.com/error?code=750054' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS75008',
    family: 'entra',
    name: 'RequestDeniedError',
    summary: 'The SAML request from the app was denied because it had an unexpected destination.',
    causes: [
      'The Destination attribute does not match the Entra endpoint receiving it.',
    ],
    fixes: [
      'Set the SAML Destination to the exact Entra SSO URL for the tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75008', url: 'https://login.microsoftonline.com/error?code=75008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS75011',
    family: 'entra',
    name: 'NoMatchedAuthnContextInOutputClaims',
    summary: 'The way the user authenticated does not match the authentication method the SAML request asked for.',
    causes: [
      'The app\'s RequestedAuthnContext demands a specific method (for example password) while the user signed in with another (SSO, MFA, passwordless).',
    ],
    fixes: [
      'Remove or relax RequestedAuthnContext in the service provider\'s SAML configuration, or use Comparison="minimum".',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75011', url: 'https://login.microsoftonline.com/error?code=75011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS75016',
    family: 'entra',
    name: 'Saml2AuthenticationRequestInvalidNameIDPolicy',
    summary: 'The SAML2 authentication request has an invalid NameIDPolicy.',
    causes: [
      'The requested NameID format is not supported or conflicts with the app\'s configuration.',
    ],
    fixes: [
      'Use a supported NameID format, or omit NameIDPolicy and configure the NameID claim in Entra.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS75016', url: 'https://login.microsoftonline.com/error?code=75016' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS76021',
    family: 'entra',
    name: 'ApplicationRequiresSignedRequests',
    summary: 'The application requires signed SAML requests, but the request was not signed.',
    causes: [
      '"Require verification certificates" is on for the app and the SP sends unsigned requests.',
    ],
    fixes: [
      'Sign the SAML requests with the registered certificate, or turn off the requirement.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS76021', url: 'https://login.microsoftonline.com/error?code=76021' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS76026',
    family: 'entra',
    name: 'RequestIssueTimeExpired',
    summary: 'The SAML request\'s IssueInstant is too old.',
    causes: [
      'The SP\'s clock is wrong or the request was cached and resent.',
    ],
    fixes: [
      'Generate a fresh request with the current time and sync the SP\'s clock.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS76026', url: 'https://login.microsoftonline.com/error?code=76026' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS7500529',
    family: 'entra',
    name: 'InvalidSamlIdValue',
    summary: 'A SAML ID value is not valid; it must be an xs:ID (start with a letter or underscore, not a digit).',
    causes: [
      'The SP generates request IDs that start with a number or contain illegal characters.',
    ],
    fixes: [
      'Prefix generated IDs with a letter or underscore.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS7500529', url: 'https://login.microsoftonline.com/error?code=7500529' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
