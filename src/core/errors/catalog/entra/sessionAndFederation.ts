import type { ErrorEntry } from '../types';

/** AADSTS 16xxx–40xxx: session and account selection, key provisioning, WS-Fed and OAuth federated IdPs, scope checks. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraSessionAndFederationErrors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS16000',
    family: 'entra',
    name: 'InteractionRequired',
    summary: 'Entra needs the user to interact: the account named in the request (often by login_hint or a cached account) is not present in the tenant being signed in to, or it is an external account that has not been added there, so no token can be issued silently.',
    causes: [
      'A silent request (MSAL acquireTokenSilent, ssoSilent, prompt=none) carries a login_hint or cached account for a user who is a guest elsewhere but not in this tenant.',
      'The app targets a specific tenant (https://login.microsoftonline.com/<tenant-id>) while the signed-in account lives in a different tenant or is a personal Microsoft account.',
      'The guest invitation was never sent or redeemed, or the guest was removed from the resource tenant.',
    ],
    fixes: [
      'Fall back to an interactive call (acquireTokenRedirect/Popup, AcquireTokenInteractive) and let the user pick or add the right account.',
      'Check the authority: use /organizations or /common for multi-tenant apps, or the tenant that actually holds the user.',
      'If the user should be a guest, invite them under Entra admin center > Users > Invite external user and have them redeem it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS16000', url: 'https://login.microsoftonline.com/error?code=16000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Supported account types', url: 'https://learn.microsoft.com/entra/identity-platform/supported-accounts-validation' },
    ],
  },
  {
    code: 'AADSTS16001',
    family: 'entra',
    name: 'UserAccountSelectionInvalid',
    summary: 'The account picked on the account-selection page could not be used for this sign-in.',
    causes: [
      'The user clicked a tile whose session was rejected by the sign-in logic, often a stale or mixed-up browser session.',
    ],
    fixes: [
      'Ask the user to pick a different account or choose "Use another account".',
      'Clear cookies for login.microsoftonline.com, or sign in from a private window.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS16001', url: 'https://login.microsoftonline.com/error?code=16001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS16002',
    family: 'entra',
    name: 'AppSessionSelectionInvalid',
    summary: 'The application asked for a specific session (SID) that does not meet the sign-in requirements.',
    causes: [
      'The app passed a sid or session hint that no longer matches a usable session.',
    ],
    fixes: [
      'Start a fresh interactive sign-in without the stale session hint.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS16002', url: 'https://login.microsoftonline.com/error?code=16002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS160021',
    family: 'entra',
    name: 'AppSessionSelectionInvalidSessionNotExist',
    summary: 'The session the application asked to use does not exist anymore.',
    causes: [
      'The user signed out, or the session expired, between the app caching the session id and using it.',
      'Cookies were cleared or the request came from a different browser profile.',
    ],
    fixes: [
      'Drop the cached session id and sign in interactively again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS160021', url: 'https://login.microsoftonline.com/error?code=160021' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS16003',
    family: 'entra',
    name: 'SsoUserAccountNotFoundInResourceTenant',
    summary: 'Single sign-on found the user, but the user has not been added to the tenant that owns the requested resource.',
    causes: [
      'The user is a member of another tenant and was never invited as a guest into this one.',
    ],
    fixes: [
      'Invite the user as a guest into the resource tenant, or sign in with an account that belongs there.',
      'For multi-tenant apps, use /common or /organizations instead of a fixed tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS16003', url: 'https://login.microsoftonline.com/error?code=16003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS17003',
    family: 'entra',
    name: 'CredentialKeyProvisioningFailed',
    summary: 'Entra could not provision the user\'s key (for example a Windows Hello for Business or device-bound key).',
    causes: [
      'A transient failure or misconfiguration during key registration on the device.',
    ],
    fixes: [
      'Retry the key registration; if it persists, re-register the device or the Windows Hello credential and check device registration logs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS17003', url: 'https://login.microsoftonline.com/error?code=17003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Windows Hello for Business', url: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/' },
    ],
  },
  {
    code: 'AADSTS20001',
    family: 'entra',
    name: 'WsFedSignInResponseError',
    summary: 'The federated identity provider (for example AD FS) returned a WS-Federation sign-in response that Entra could not accept.',
    causes: [
      'A problem on the federated IdP: wrong configuration, expired token-signing certificate, or an error page instead of a token.',
    ],
    fixes: [
      'Check the federation server\'s event logs and its relying-party trust for Entra.',
      'Verify the federation settings and signing certificate on the federated domain (Get-MgDomainFederationConfiguration).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS20001', url: 'https://login.microsoftonline.com/error?code=20001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS20012',
    family: 'entra',
    name: 'WsFedMessageInvalid',
    summary: 'The WS-Federation message coming from the federated identity provider is malformed or not what Entra expected.',
    causes: [
      'The federated IdP sends a message with missing or wrong parameters, often after a change to its relying-party configuration.',
    ],
    fixes: [
      'Capture the federation round trip (browser network trace) and compare the message with the federation configuration on the domain.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS20012', url: 'https://login.microsoftonline.com/error?code=20012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS20033',
    family: 'entra',
    name: 'FedMetadataInvalidTenantName',
    summary: 'The tenant name given in the federation request is not valid.',
    causes: [
      'The federated IdP or the request uses a tenant name or domain that does not exist or is misspelled.',
    ],
    fixes: [
      'Use the correct tenant id or verified domain name in the federation configuration and request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS20033', url: 'https://login.microsoftonline.com/error?code=20033' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS230109',
    family: 'entra',
    name: 'CachedCredentialNonGWAuthNRequestsNotSupported',
    summary: 'The request reached Entra\'s backup authentication service directly instead of going through the gateway, which is not supported.',
    causes: [
      'A client or proxy is pinned to a backup-service host name instead of login.microsoftonline.com.',
    ],
    fixes: [
      'Send authentication requests to the normal public endpoints (login.microsoftonline.com or the national-cloud equivalent) and let Entra route them.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS230109', url: 'https://login.microsoftonline.com/error?code=230109' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS28002',
    family: 'entra',
    name: 'InvalidScopeForAccessTokenRequest',
    summary: 'The scope sent to the token endpoint is not valid for this access-token request.',
    causes: [
      'A scope value is malformed, refers to an unknown resource, or mixes scopes that cannot be issued together.',
    ],
    fixes: [
      'Send scopes in the form <resource-app-id-uri>/<permission> (or /.default) for one resource per request.',
      'Check the requested permissions under App registrations > API permissions.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS28002', url: 'https://login.microsoftonline.com/error?code=28002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS28003',
    family: 'entra',
    name: 'EmptyScopeOnCodeRedemption',
    summary: 'The authorization code was redeemed with an empty scope although the app is not allowed to do that.',
    causes: [
      'The token request omits the scope parameter, or it is empty, when exchanging the code.',
    ],
    fixes: [
      'Include the same scopes in the token request that were used in the authorize request (plus openid/offline_access as needed).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS28003', url: 'https://login.microsoftonline.com/error?code=28003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS399284',
    family: 'entra',
    name: 'InboundIdTokenIssuerInvalid',
    summary: 'An id_token received from an external identity provider has an issuer Entra does not accept.',
    causes: [
      'The issuer in the external IdP\'s token does not match the issuer configured for that IdP (wrong tenant, v1/v2 mix, trailing slash).',
    ],
    fixes: [
      'Compare the iss claim of the inbound token with the issuer/metadata URL configured for the external identity provider and align them.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS399284', url: 'https://login.microsoftonline.com/error?code=399284' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS40008',
    family: 'entra',
    name: 'OAuth2IdPUnretryableServerError',
    summary: 'A federated OAuth identity provider (such as Google or another social IdP) returned a server error that retrying will not fix.',
    causes: [
      'The external IdP is misconfigured or rejected Entra\'s request permanently.',
    ],
    fixes: [
      'Check the external identity provider\'s configuration (client id, secret, redirect URI) and its status page.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS40008', url: 'https://login.microsoftonline.com/error?code=40008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS40009',
    family: 'entra',
    name: 'OAuth2IdPRefreshTokenRedemptionUserError',
    summary: 'The federated OAuth identity provider refused to redeem its refresh token for this user.',
    causes: [
      'The user\'s session or consent at the external IdP was revoked or has expired.',
    ],
    fixes: [
      'Have the user sign in interactively again so the external IdP issues a fresh grant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS40009', url: 'https://login.microsoftonline.com/error?code=40009' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS40010',
    family: 'entra',
    name: 'OAuth2IdPRetryableServerError',
    summary: 'A federated OAuth identity provider returned a temporary server error.',
    causes: [
      'The external IdP is briefly unavailable or overloaded.',
    ],
    fixes: [
      'Retry after a short delay with back-off; check the external provider\'s status if it keeps happening.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS40010', url: 'https://login.microsoftonline.com/error?code=40010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS40015',
    family: 'entra',
    name: 'OAuth2IdPAuthCodeRedemptionUserError',
    summary: 'Entra could not redeem the authorization code it got from the federated OAuth identity provider.',
    causes: [
      'The external IdP\'s code expired, was already used, or the IdP configuration (secret, redirect URI) no longer matches.',
    ],
    fixes: [
      'Retry the sign-in; if it persists, verify the client secret and redirect URI configured for the external identity provider.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS40015', url: 'https://login.microsoftonline.com/error?code=40015' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
