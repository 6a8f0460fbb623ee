import type { ErrorEntry } from '../types';

/** AADSTS 50000–50099 and 500xxx: core sign-in, credentials, resources, tenants, MFA. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraSignIn50000Errors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS50000',
    family: 'entra',
    name: 'TokenIssuanceError',
    summary: 'Entra\'s sign-in service hit an internal problem while issuing the token.',
    causes: [
      'A transient fault inside the Microsoft sign-in service.',
      'Occasionally an unusual combination of request parameters that the service fails on instead of rejecting cleanly.',
    ],
    fixes: [
      'Retry after a short delay; if it repeats, look the request up by its correlation id in the tenant\'s sign-in logs.',
      'Open a support request with the trace id, correlation id and timestamp.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50000', url: 'https://login.microsoftonline.com/error?code=50000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Sign-in logs in Microsoft Entra', url: 'https://learn.microsoft.com/entra/identity/monitoring-health/concept-sign-ins' },
    ],
  },
  {
    code: 'AADSTS50001',
    family: 'entra',
    name: 'InvalidResource',
    summary: 'The resource (API) the token was requested for is disabled or does not exist.',
    causes: [
      'The resource or scope URI in the request is misspelled or points to an app that was deleted.',
      'The resource\'s service principal is disabled in the tenant.',
    ],
    fixes: [
      'Copy the exact Application ID URI (or app id) of the API from its App registrations > Expose an API page and use it in the scope or resource parameter.',
      'Check Enterprise applications for the resource and make sure it is enabled for users to sign in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50001', url: 'https://login.microsoftonline.com/error?code=50001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50002',
    family: 'entra',
    name: 'NotAllowedTenant',
    summary: 'Sign-in was refused because the tenant has restricted proxy access (tenant restrictions) and this tenant is not on the allowed list.',
    causes: [
      'A corporate proxy injects tenant-restriction headers that do not include the tenant being signed in to.',
    ],
    fixes: [
      'Sign in from a network without the restriction, or ask the network admin to add the tenant to the allowed tenant list.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50002', url: 'https://login.microsoftonline.com/error?code=50002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Tenant restrictions', url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/tenant-restrictions' },
    ],
  },
  {
    code: 'AADSTS50003',
    family: 'entra',
    name: 'MissingSigningKey',
    summary: 'Sign-in failed because the application\'s signing key or certificate is missing.',
    causes: [
      'A SAML or custom-signing enterprise app has no active token-signing certificate.',
    ],
    fixes: [
      'In Enterprise applications > the app > Single sign-on > SAML certificates, create or activate a signing certificate.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50003', url: 'https://login.microsoftonline.com/error?code=50003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50005',
    family: 'entra',
    name: 'DevicePolicyError',
    summary: 'The user tried to sign in from a platform (device type or OS) that Conditional Access does not currently allow.',
    causes: [
      'A Conditional Access policy restricts sign-in to certain device platforms.',
    ],
    fixes: [
      'Sign in from a supported platform, or review the device-platform condition of the policy in the sign-in log\'s Conditional Access tab.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50005', url: 'https://login.microsoftonline.com/error?code=50005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50006',
    family: 'entra',
    name: 'InvalidSignature',
    summary: 'A signature on the request or token could not be verified.',
    causes: [
      'The token or assertion was signed with a key Entra does not know, or was altered after signing.',
    ],
    fixes: [
      'Check which key signed the token or assertion and that the matching certificate or public key is registered with Entra.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50006', url: 'https://login.microsoftonline.com/error?code=50006' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50007',
    family: 'entra',
    name: 'PartnerEncryptionCertificateMissing',
    summary: 'Entra could not find the encryption certificate it needs to encrypt tokens for this application.',
    causes: [
      'Token encryption is turned on for the app but no usable encryption certificate is configured.',
    ],
    fixes: [
      'Upload the app\'s encryption certificate (Enterprise applications > Token encryption), or turn token encryption off.',
      'If the configuration looks right, open a support request with the correlation id.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50007', url: 'https://login.microsoftonline.com/error?code=50007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50008',
    family: 'entra',
    name: 'InvalidSamlToken',
    summary: 'The SAML assertion is missing or misconfigured in the token sent by a federated provider.',
    causes: [
      'The federated IdP sends a malformed assertion or the wrong claims.',
    ],
    fixes: [
      'Work with the federation provider to check the assertion: issuer, signature, and required claims such as NameID/ImmutableID.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50008', url: 'https://login.microsoftonline.com/error?code=50008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50010',
    family: 'entra',
    name: 'AudienceUriValidationFailed',
    summary: 'The application\'s audience check failed because no token audiences are configured.',
    causes: [
      'The app or federation setup does not declare an audience the token can be matched against.',
    ],
    fixes: [
      'Configure the expected audience (identifier / Entity ID or App ID URI) on the app and make sure the request targets it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50010', url: 'https://login.microsoftonline.com/error?code=50010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50011',
    family: 'entra',
    name: 'InvalidReplyTo',
    summary: 'The redirect URI in the request does not exactly match any redirect URI registered for the application, so Entra refuses to send the response there.',
    causes: [
      'The redirect_uri differs from the registered one in a detail: http vs https, port, trailing slash, path case, or a different host (localhost vs 127.0.0.1).',
      'The URI is registered under the wrong platform: a browser app\'s URI under Web instead of Single-page application, or a desktop app\'s under Web instead of Mobile and desktop.',
      'The app runs behind a proxy or on Azure App Service and builds the URI from the internal host or scheme (http://, internal hostname).',
      'The request uses a different app (client_id) than the one whose registration was edited, or the library default redirect (MSAL.js uses the current page URL, ASP.NET Core uses /signin-oidc) was never registered.',
    ],
    fixes: [
      'Read the redirect_uri from the failing request (the error page shows it) and add that exact string under App registrations > the app > Authentication > Platform configurations, in the matching platform.',
      'Or change the app to send the URI already registered: set redirectUri in the MSAL config or CallbackPath in ASP.NET Core.',
      'Behind a reverse proxy, forward the original scheme and host (X-Forwarded-Proto/Host, UseForwardedHeaders) so the app builds the public URI.',
      'Check that client_id in the request matches the application whose registration you changed, and allow a few minutes for changes to apply.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50011', url: 'https://login.microsoftonline.com/error?code=50011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Redirect URI restrictions and limitations', url: 'https://learn.microsoft.com/entra/identity-platform/reply-url' },
      { title: 'How to add a redirect URI to your application', url: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-redirect-uri' },
    ],
  },
  {
    code: 'AADSTS500011',
    family: 'entra',
    name: 'InvalidResourceServicePrincipalNotFound',
    summary: 'The resource (API) named in the scope or resource parameter has no service principal in the tenant, so Entra cannot issue a token for it.',
    causes: [
      'The scope or resource value is wrong: a typo in the Application ID URI, an app id from another tenant, a missing or extra trailing slash, or the client\'s own id used as resource.',
      'The API is a multi-tenant app that has never been consented to or provisioned in this tenant, so it has no enterprise application here.',
      'The request went to the wrong tenant (authority) for the resource.',
    ],
    fixes: [
      'Compare the scope with the API\'s Application ID URI on App registrations > the API > Expose an API, including the exact scheme and slashes (e.g. api://<app-id>/.default).',
      'Provision the API in the tenant: have an admin grant consent to it, or create its service principal (New-MgServicePrincipal -AppId <api-app-id>).',
      'Check that the authority in the request is the tenant where the resource is registered or consented.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500011', url: 'https://login.microsoftonline.com/error?code=500011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500014',
    family: 'entra',
    name: 'InvalidResourceServicePrincipalDisabled',
    summary: 'The service principal of the requested resource is disabled in this tenant.',
    causes: [
      'An admin disabled the resource\'s enterprise application ("Enabled for users to sign in" set to No).',
      'A subscription in the tenant that the resource depends on has lapsed.',
    ],
    fixes: [
      'In Enterprise applications > the resource > Properties, set "Enabled for users to sign in" to Yes, if that is intended.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500014', url: 'https://login.microsoftonline.com/error?code=500014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500021',
    family: 'entra',
    name: 'TenantRestrictionsAccessDenied',
    summary: 'Access to the tenant is denied because a tenant-restrictions policy on the user\'s network does not allow it.',
    causes: [
      'The company proxy adds tenant-restriction headers and this tenant is not on the permitted list.',
    ],
    fixes: [
      'Use a network without the restriction, or ask the network admin to permit the tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500021', url: 'https://login.microsoftonline.com/error?code=500021' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Tenant restrictions', url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/tenant-restrictions' },
    ],
  },
  {
    code: 'AADSTS500022',
    family: 'entra',
    name: 'TenantRestrictionsAccessDeniedByPolicy',
    summary: 'Access to the tenant is denied by tenant restrictions, similar to AADSTS500021.',
    causes: [
      'A tenant-restrictions policy (v1 proxy headers or v2 policy) excludes the tenant being signed in to.',
    ],
    fixes: [
      'Ask the administrator who owns the tenant-restrictions policy to allow this tenant or app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500022', url: 'https://login.microsoftonline.com/error?code=500022' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Tenant restrictions', url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/tenant-restrictions' },
    ],
  },
  {
    code: 'AADSTS5000224',
    family: 'entra',
    name: 'NotAllowedTenantBlockedTenantFraud',
    summary: 'The tenant has been blocked because of suspected fraudulent activity.',
    causes: [
      'Microsoft flagged the tenant for fraud or abuse.',
    ],
    fixes: [
      'The tenant\'s administrators need to contact Microsoft support; the app cannot work around this.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS5000224', url: 'https://login.microsoftonline.com/error?code=5000224' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS5000819',
    family: 'entra',
    name: 'InvalidSamlTokenEmailMissingOrInvalid',
    summary: 'The SAML assertion from the external provider has no email claim, or the email does not match the domain expected from that external realm.',
    causes: [
      'The federated IdP does not release the email attribute, or releases a value from a different domain.',
    ],
    fixes: [
      'Configure the federated IdP to send a valid email claim whose domain matches the federation setup.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS5000819', url: 'https://login.microsoftonline.com/error?code=5000819' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500113',
    family: 'entra',
    name: 'NoReplyAddressRegistered',
    summary: 'The application has no redirect (reply) URI registered at all, so Entra has nowhere to send the sign-in or consent response.',
    causes: [
      'The app registration was created without any platform, or all redirect URIs were removed.',
      'An admin-consent or authorize request was made for a daemon/API app that never needed a redirect URI before.',
    ],
    fixes: [
      'Add a platform and redirect URI under App registrations > the app > Authentication > Add a platform (Web, Single-page application, or Mobile and desktop).',
      'Make sure the redirect_uri sent in the request is one of the URIs you register.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500113', url: 'https://login.microsoftonline.com/error?code=500113' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'How to add a redirect URI to your application', url: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-redirect-uri' },
    ],
  },
  {
    code: 'AADSTS50012',
    family: 'entra',
    name: 'AuthenticationFailed',
    summary: 'Authentication failed; Entra uses this general code when the credentials or assertion presented could not be validated.',
    causes: [
      'The client secret is wrong or belongs to another app, or the client assertion (certificate JWT) is signed with a certificate not uploaded to the app.',
      'The client assertion is outside its validity window (clock skew) or has the wrong aud, iss or sub.',
      'Certificate-based app authentication fails a trust check: the subject name or thumbprint is not authorized, no trusted-authority policy matches, or the chain is invalid.',
    ],
    fixes: [
      'For secrets and certificates, check App registrations > the app > Certificates & secrets: the secret value (not the secret id) or the certificate thumbprint must match what the app sends.',
      'For client assertions, set aud to the token endpoint, iss and sub to the client id, and keep nbf/exp current with a synced clock.',
      'Look up the correlation id in the sign-in logs for the detailed failure reason.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50012', url: 'https://login.microsoftonline.com/error?code=50012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Certificate credentials', url: 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials' },
    ],
  },
  {
    code: 'AADSTS50013',
    family: 'entra',
    name: 'InvalidAssertion',
    summary: 'The assertion (a user token or JWT presented to Entra, e.g. in the on-behalf-of flow) is invalid.',
    causes: [
      'The incoming token has expired, was issued for a different audience than the middle-tier API, or its signature cannot be verified.',
      'The token\'s issuer does not match the API version in use (v1 token at a v2 endpoint or the reverse), or a refresh token sent as assertion is not a primary refresh token.',
    ],
    fixes: [
      'In on-behalf-of, pass the access token that was issued to your API (aud = your API), not an id token or a Graph token.',
      'Make sure the client refreshes its token before calling the API so the assertion is still valid.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50013', url: 'https://login.microsoftonline.com/error?code=50013' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'On-behalf-of flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow' },
    ],
  },
  {
    code: 'AADSTS500133',
    family: 'entra',
    name: 'AssertionNotInValidTimeRange',
    summary: 'The assertion presented (usually the user token in an on-behalf-of request) is outside its valid time range.',
    causes: [
      'The user\'s access token expired before the API exchanged it, or clocks disagree.',
    ],
    fixes: [
      'Have the client send a fresh access token; in the API, return 401 so the client acquires a new one, then retry the on-behalf-of call.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500133', url: 'https://login.microsoftonline.com/error?code=500133' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'On-behalf-of flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow' },
    ],
  },
  {
    code: 'AADSTS50014',
    family: 'entra',
    name: 'GuestUserInPendingState',
    summary: 'The guest user\'s account has been created but the invitation has not been redeemed yet.',
    causes: [
      'The user was invited but never completed the redemption steps.',
      'The app sent the user to a tenant where they only have a pending guest record (wrong tenant chosen).',
    ],
    fixes: [
      'Have the user open the invitation link and finish redemption, or resend the invitation from Users > the guest.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50014', url: 'https://login.microsoftonline.com/error?code=50014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50015',
    family: 'entra',
    name: 'ViralUserLegalAgeConsentRequiredState',
    summary: 'The user needs legal-age-group consent before they can sign in.',
    causes: [
      'The user is a minor (or age is unknown) under a policy that requires parental consent.',
    ],
    fixes: [
      'Complete the required consent for the user, as set up by the administrator\'s legal age group policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50015', url: 'https://login.microsoftonline.com/error?code=50015' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50017',
    family: 'entra',
    name: 'CertificateValidationFailed',
    summary: 'The certificate presented for sign-in (for example in certificate-based authentication) could not be validated.',
    causes: [
      'The certificate\'s issuer is not trusted by the tenant, the chain is incomplete, or revocation (CRL) checks fail.',
    ],
    fixes: [
      'Check the certificate authorities configured for certificate-based authentication and that their CRL endpoints are reachable.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50017', url: 'https://login.microsoftonline.com/error?code=50017' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500141',
    family: 'entra',
    name: 'RedemptionNotInitiatedByTargetApp',
    summary: 'The user finished redeeming a guest (B2B) invitation, but the sign-in request was not started by the application the invitation was for.',
    causes: [
      'The invitation redemption link was opened outside the target app\'s own sign-in flow, or the flow returned to a different app.',
    ],
    fixes: [
      'Send the user to the target application and let it start a new sign-in now that the invitation is redeemed.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500141', url: 'https://login.microsoftonline.com/error?code=500141' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS5001256',
    family: 'entra',
    name: 'ExternalProviderIdTokenInvalid',
    summary: 'The id_token returned by an external identity provider is not valid.',
    causes: [
      'The external provider\'s token is expired, badly signed or missing claims Entra needs.',
    ],
    fixes: [
      'Check the external identity provider\'s configuration and the claims it issues.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS5001256', url: 'https://login.microsoftonline.com/error?code=5001256' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50020',
    family: 'entra',
    name: 'UserUnauthorized',
    summary: 'The user account comes from an identity provider that does not exist in this tenant, so the user cannot sign in to this app here.',
    causes: [
      'A personal Microsoft account (outlook.com, hotmail.com) signs in to an app registered for "Accounts in this organizational directory only".',
      'A user from another organization signs in with a tenant-specific authority without having been invited as a guest.',
      'The app uses the v1 endpoint or an old library that cannot issue tokens for Microsoft accounts.',
    ],
    fixes: [
      'Check App registrations > the app > Authentication > Supported account types; switch to multi-tenant (and personal accounts if needed) or keep it single-tenant deliberately.',
      'Invite external users as guests (B2B) before they sign in to a single-tenant app.',
      'Use the right authority: /common or /organizations for multi-tenant, /consumers for personal accounts only.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50020', url: 'https://login.microsoftonline.com/error?code=50020' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Supported account types', url: 'https://learn.microsoft.com/entra/identity-platform/supported-accounts-validation' },
    ],
  },
  {
    code: 'AADSTS500202',
    family: 'entra',
    name: 'PersonalAccountNotSupported',
    summary: 'A personal Microsoft account tried to use an app or resource that does not accept personal accounts.',
    causes: [
      'The user signed in with an outlook.com/hotmail.com/live.com account, but the app or the resource API (for example Azure DevOps) only supports work or school accounts.',
      'The app uses /common and the flow falls through to the consumer side for a personal account.',
    ],
    fixes: [
      'Sign in with a work or school account, or add the person as a guest in the tenant and sign in with that tenant\'s authority.',
      'If personal accounts should work, change Supported account types on the app registration and make sure every API it calls accepts them.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500202', url: 'https://login.microsoftonline.com/error?code=500202' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Supported account types', url: 'https://learn.microsoft.com/entra/identity-platform/supported-accounts-validation' },
    ],
  },
  {
    code: 'AADSTS500207',
    family: 'entra',
    name: 'AccountTypeNotSupportedForResource',
    summary: 'The type of account being used cannot be used for the requested resource.',
    causes: [
      'The resource only accepts work accounts (or only personal accounts) and the user has the other kind.',
    ],
    fixes: [
      'Sign in with an account type the resource supports.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500207', url: 'https://login.microsoftonline.com/error?code=500207' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500208',
    family: 'entra',
    name: 'DomainNotValidForAccountType',
    summary: 'The domain in the username is not a valid sign-in domain for this type of account.',
    causes: [
      'A personal Microsoft account uses an email address whose domain is verified in an organization\'s tenant, or a work account is used at the consumer endpoint.',
      'The user typed an address that Entra maps to the wrong account kind.',
    ],
    fixes: [
      'Sign in with the work or school account for that domain, or rename the personal account to a non-corporate email.',
      'Check the authority: use /organizations for work accounts and /consumers only for personal ones.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500208', url: 'https://login.microsoftonline.com/error?code=500208' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500212',
    family: 'entra',
    name: 'NotAllowedByOutboundPolicyTenant',
    summary: 'The user\'s home tenant blocks outbound access to the target tenant through its cross-tenant access settings.',
    causes: [
      'The home tenant\'s outbound cross-tenant access policy does not allow this user or app to reach the resource tenant.',
    ],
    fixes: [
      'Ask the home tenant\'s admin to review External Identities > Cross-tenant access settings > Outbound access.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500212', url: 'https://login.microsoftonline.com/error?code=500212' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
    ],
  },
  {
    code: 'AADSTS500213',
    family: 'entra',
    name: 'NotAllowedByInboundPolicyTenant',
    summary: 'The resource tenant\'s cross-tenant access settings do not allow inbound access for this user.',
    causes: [
      'The resource tenant\'s inbound B2B policy blocks the user\'s home tenant, user or app.',
    ],
    fixes: [
      'Ask the resource tenant\'s admin to review External Identities > Cross-tenant access settings > Inbound access.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500213', url: 'https://login.microsoftonline.com/error?code=500213' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
    ],
  },
  {
    code: 'AADSTS50027',
    family: 'entra',
    name: 'InvalidJwtToken',
    summary: 'A JWT sent to Entra is not valid.',
    causes: [
      'It lacks a nonce or subject claim, its signature does not verify, or it is not a well-formed JWT.',
      'The issuer or audience is unexpected, a claim is duplicated, or the token is outside its validity window.',
    ],
    fixes: [
      'Decode the JWT and check header, required claims (nonce, sub) and signing key against what the flow expects.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50027', url: 'https://login.microsoftonline.com/error?code=50027' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50029',
    family: 'entra',
    name: 'InvalidUriDomainCharacters',
    summary: 'A URI in the request is not valid because its domain name contains invalid characters.',
    causes: [
      'A redirect URI, authority or identifier URI has spaces, unicode lookalikes or other illegal characters.',
    ],
    fixes: [
      'Correct the URI so the host is a valid domain name.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50029', url: 'https://login.microsoftonline.com/error?code=50029' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50032',
    family: 'entra',
    name: 'WeakRsaKey',
    summary: 'The sign-in used an RSA key that is too weak.',
    causes: [
      'A certificate or key shorter than the minimum size Entra accepts.',
    ],
    fixes: [
      'Issue a new key or certificate with at least a 2048-bit RSA key and register it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50032', url: 'https://login.microsoftonline.com/error?code=50032' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50033',
    family: 'entra',
    name: 'RetryableError',
    summary: 'A transient error occurred inside Entra (one not tied to its database operations).',
    causes: [
      'A temporary service-side fault.',
    ],
    fixes: [
      'Retry the request after a short delay.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50033', url: 'https://login.microsoftonline.com/error?code=50033' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50034',
    family: 'entra',
    name: 'UserAccountNotFound',
    summary: 'The username does not exist in the directory the sign-in was sent to.',
    causes: [
      'A typo in the username, or the user signs in with an email or alias that is not their UPN.',
      'The request goes to the wrong tenant (tenant-specific authority), or the user was deleted or never invited as a guest.',
      'A cached account (browser session, WAM, MSAL cache) refers to a user that no longer exists.',
    ],
    fixes: [
      'Check the exact UPN in Entra admin center > Users and sign in with that value.',
      'Make sure the authority matches the user\'s tenant, or invite the user as a guest.',
      'Clear the cached account (sign out, remove the account from the MSAL cache) and sign in again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50034', url: 'https://login.microsoftonline.com/error?code=50034' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50042',
    family: 'entra',
    name: 'UnableToGeneratePairwiseIdentifierWithMissingSalt',
    summary: 'Entra could not generate a pairwise identifier because the salt it needs is missing.',
    causes: [
      'An internal configuration problem on the service side.',
    ],
    fixes: [
      'Retry later; if it persists, contact Microsoft support with the correlation id.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50042', url: 'https://login.microsoftonline.com/error?code=50042' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50043',
    family: 'entra',
    name: 'UnableToGeneratePairwiseIdentifierWithMultipleSalts',
    summary: 'Entra could not generate a pairwise identifier because more than one salt was found.',
    causes: [
      'An internal configuration problem on the service side.',
    ],
    fixes: [
      'Contact Microsoft support with the correlation id.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50043', url: 'https://login.microsoftonline.com/error?code=50043' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50048',
    family: 'entra',
    name: 'SubjectMismatchesIssuer',
    summary: 'In a client assertion, the sub claim does not match the iss claim.',
    causes: [
      'The JWT used as client_assertion sets sub and iss to different values.',
    ],
    fixes: [
      'Set both iss and sub to the application\'s client id when building the client assertion.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50048', url: 'https://login.microsoftonline.com/error?code=50048' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Certificate credentials', url: 'https://learn.microsoft.com/entra/identity-platform/certificate-credentials' },
    ],
  },
  {
    code: 'AADSTS50049',
    family: 'entra',
    name: 'NoSuchInstanceForDiscovery',
    summary: 'The authority host used for instance discovery is unknown or invalid.',
    causes: [
      'The authority URL uses a host that is not an Entra cloud instance (typo, custom domain, or B2C host without knownAuthorities).',
    ],
    fixes: [
      'Use a valid authority such as https://login.microsoftonline.com/<tenant> or the national-cloud host; for B2C, configure known authorities.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50049', url: 'https://login.microsoftonline.com/error?code=50049' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50050',
    family: 'entra',
    name: 'MalformedDiscoveryRequest',
    summary: 'The instance-discovery request is malformed.',
    causes: [
      'A library or tool builds the discovery request with bad parameters.',
    ],
    fixes: [
      'Update the authentication library and check the authority URL it is given.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50050', url: 'https://login.microsoftonline.com/error?code=50050' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50053',
    family: 'entra',
    name: 'IdsLocked',
    summary: 'Sign-in was blocked because the account is locked after too many failed attempts, or the sign-in came from an IP address Entra sees as malicious.',
    causes: [
      'Repeated wrong passwords (by the user, a script, or an old device still using a previous password) triggered smart lockout.',
      'A password-spray or brute-force attack against the account or from a shared egress IP.',
    ],
    fixes: [
      'Wait for the lockout period to pass, then sign in with the correct password; find the source of repeated failures in the sign-in logs (filter by user and failure code).',
      'Update stored credentials on devices, mail clients and scripts, or switch them to modern auth.',
      'Admins can review smart lockout thresholds under Authentication methods > Password protection.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50053', url: 'https://login.microsoftonline.com/error?code=50053' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Smart lockout', url: 'https://learn.microsoft.com/entra/identity/authentication/howto-password-smart-lockout' },
    ],
  },
  {
    code: 'AADSTS50055',
    family: 'entra',
    name: 'InvalidPasswordExpiredPassword',
    summary: 'The user\'s password has expired and must be changed before sign-in can continue.',
    causes: [
      'The tenant\'s password expiration policy applies and the password reached its age limit.',
      'A non-interactive flow (ROPC, scripts, service accounts) cannot show the change-password page, so it fails with this error.',
    ],
    fixes: [
      'Have the user change the password interactively (or through self-service password reset), then retry.',
      'For service accounts, move to a service principal or managed identity instead of a user password; if a user account must stay, set its password policy deliberately.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50055', url: 'https://login.microsoftonline.com/error?code=50055' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50056',
    family: 'entra',
    name: 'InvalidOrNullPassword',
    summary: 'The password is invalid or missing for this user.',
    causes: [
      'No password was sent, or the user has no password stored in Entra (for example a passwordless or federated user).',
    ],
    fixes: [
      'Send the password in the right field, or use an authentication method the user actually has.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50056', url: 'https://login.microsoftonline.com/error?code=50056' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50057',
    family: 'entra',
    name: 'UserDisabled',
    summary: 'The user account is disabled.',
    causes: [
      'An admin blocked sign-in for the account, or it was disabled on-premises and synced.',
    ],
    fixes: [
      'An admin can re-enable it (Users > the user > Account enabled) if that is intended.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50057', url: 'https://login.microsoftonline.com/error?code=50057' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50058',
    family: 'entra',
    name: 'UserInformationNotProvided',
    summary: 'A silent sign-in was attempted but Entra has no usable session for the user, so it cannot tell who is signing in.',
    causes: [
      'prompt=none or a hidden iframe (MSAL ssoSilent, acquireTokenSilent falling back to iframe) ran when the user is not signed in at login.microsoftonline.com.',
      'The browser blocks third-party cookies (Safari ITP, Chrome third-party cookie phase-out, incognito), so the iframe cannot see the session cookie.',
      'Several accounts are signed in and no login_hint or sid told Entra which one to use.',
    ],
    fixes: [
      'Treat it as "interaction required": catch InteractionRequiredAuthError and call loginRedirect/acquireTokenRedirect or a popup.',
      'Pass login_hint (or sid) with silent requests so Entra can pick the session; in MSAL.js pass the account.',
      'Prefer refresh tokens (acquireTokenSilent with a cached account) over iframe-based silent sign-in in browsers that block third-party cookies.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50058', url: 'https://login.microsoftonline.com/error?code=50058' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Single sign-on with MSAL.js', url: 'https://learn.microsoft.com/entra/identity-platform/msal-js-sso' },
    ],
  },
  {
    code: 'AADSTS50059',
    family: 'entra',
    name: 'MissingTenantRealmAndNoUserInformationProvided',
    summary: 'Entra could not find out which tenant to use: the request names no tenant and the credentials or session do not imply one.',
    causes: [
      'A client-credentials (app-only) request was sent to /common or /organizations instead of a tenant id or domain.',
      'A device code or user flow on /common with no session, hint or domain to infer the tenant.',
      'The tenant placeholder in the authority was left empty.',
    ],
    fixes: [
      'Use https://login.microsoftonline.com/<tenant-id-or-domain>/ for app-only and daemon flows.',
      'Pass login_hint or domain_hint for user flows, or use a tenant-specific authority.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50059', url: 'https://login.microsoftonline.com/error?code=50059' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Client credentials flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow' },
    ],
  },
  {
    code: 'AADSTS50061',
    family: 'entra',
    name: 'SignoutInvalidRequest',
    summary: 'The sign-out request is invalid.',
    causes: [
      'The logout request is malformed or carries parameters Entra rejects.',
    ],
    fixes: [
      'Check the sign-out URL and parameters (post_logout_redirect_uri registered, id_token_hint valid).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50061', url: 'https://login.microsoftonline.com/error?code=50061' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50064',
    family: 'entra',
    name: 'CredentialAuthenticationError',
    summary: 'Validating the username or password failed.',
    causes: [
      'The credentials are wrong or could not be checked against the user\'s credential store.',
    ],
    fixes: [
      'Confirm the username and password, then check the sign-in logs for more detail.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50064', url: 'https://login.microsoftonline.com/error?code=50064' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50068',
    family: 'entra',
    name: 'SignoutInitiatorNotParticipant',
    summary: 'Sign-out failed because the app that started it is not part of the current session.',
    causes: [
      'A SAML logout request comes from an application that did not participate in this session.',
    ],
    fixes: [
      'Check that the application\'s SAML sign-out URL and issuer match the app that signed the user in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50068', url: 'https://login.microsoftonline.com/error?code=50068' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50070',
    family: 'entra',
    name: 'SignoutUnknownSessionIdentifier',
    summary: 'Sign-out failed because the logout request names a user that is not signed in.',
    causes: [
      'The session was already ended or the NameID/session index does not match.',
    ],
    fixes: [
      'Treat as already signed out, or send the correct NameID and session index.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50070', url: 'https://login.microsoftonline.com/error?code=50070' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50071',
    family: 'entra',
    name: 'SignoutMessageExpired',
    summary: 'The logout request has expired.',
    causes: [
      'The logout message is older than allowed, or clocks are skewed.',
    ],
    fixes: [
      'Send a fresh logout request and check the clock on the issuing server.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50071', url: 'https://login.microsoftonline.com/error?code=50071' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50072',
    family: 'entra',
    name: 'UserStrongAuthEnrollmentRequiredInterrupt',
    summary: 'The user has to register for multifactor authentication; the sign-in is paused until they do.',
    causes: [
      'MFA registration is required and the user has not registered methods yet.',
    ],
    fixes: [
      'Let the sign-in continue interactively so the user can register, or have them register at https://aka.ms/mysecurityinfo.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50072', url: 'https://login.microsoftonline.com/error?code=50072' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50074',
    family: 'entra',
    name: 'UserStrongAuthClientAuthNRequiredInterrupt',
    summary: 'Strong authentication is required and the user did not pass the MFA challenge.',
    causes: [
      'The user dismissed or failed the MFA prompt.',
    ],
    fixes: [
      'Retry interactively and complete the MFA challenge.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50074', url: 'https://login.microsoftonline.com/error?code=50074' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50076',
    family: 'entra',
    name: 'UserStrongAuthClientAuthNRequired',
    summary: 'The sign-in needs multifactor authentication (because of a policy change, a new location, or a risk signal), and this request cannot complete it.',
    causes: [
      'Conditional Access or per-user MFA requires MFA, and the request is non-interactive (refresh token, ROPC, silent call) so no MFA prompt can be shown.',
      'The user\'s earlier token was issued without MFA and a new policy or a different resource now demands it.',
      'Signing in from a new location or network where trusted-location exclusions no longer apply.',
    ],
    fixes: [
      'Handle it as interaction required: call acquireTokenInteractive/loginRedirect, passing the claims value from the error if present, so the user can complete MFA.',
      'Do not use ROPC (username/password) for accounts under MFA; move automation to a service principal or managed identity.',
      'Check the sign-in log\'s Conditional Access tab to see which policy required MFA.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50076', url: 'https://login.microsoftonline.com/error?code=50076' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Conditional Access overview', url: 'https://learn.microsoft.com/entra/identity/conditional-access/overview' },
      { title: 'Claims challenges', url: 'https://learn.microsoft.com/entra/identity-platform/claims-challenge' },
    ],
  },
  {
    code: 'AADSTS50078',
    family: 'entra',
    name: 'UserStrongAuthExpired',
    summary: 'The MFA the user did earlier has expired, so they must do it again.',
    causes: [
      'The MFA claim in the session or refresh token is older than the policy allows.',
    ],
    fixes: [
      'Sign in interactively to complete MFA again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50078', url: 'https://login.microsoftonline.com/error?code=50078' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50079',
    family: 'entra',
    name: 'UserStrongAuthEnrollmentRequired',
    summary: 'The user must register for multifactor authentication, which needs an interactive sign-in.',
    causes: [
      'Security defaults or a Conditional Access policy require MFA, and the user has not registered any MFA method.',
      'The request is non-interactive (ROPC, a script, a service account) so the registration page cannot be shown.',
    ],
    fixes: [
      'Have the user sign in interactively (or go to https://aka.ms/mysecurityinfo) and register an MFA method.',
      'For automation, stop using a user account with a password; use a service principal, workload identity federation or managed identity.',
      'If the account is a deliberate exception, an admin must change the policy (security defaults cannot exclude users; Conditional Access can).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50079', url: 'https://login.microsoftonline.com/error?code=50079' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Security defaults', url: 'https://learn.microsoft.com/entra/fundamentals/security-defaults' },
    ],
  },
  {
    code: 'AADSTS50085',
    family: 'entra',
    name: 'SocialIdpLoginRequired',
    summary: 'Refreshing the token needs the user to sign in with their social identity provider again.',
    causes: [
      'The refresh token depends on an external social IdP session that has ended.',
    ],
    fixes: [
      'Sign the user in interactively again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50085', url: 'https://login.microsoftonline.com/error?code=50085' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50086',
    family: 'entra',
    name: 'SasNonRetryableError',
    summary: 'The strong-authentication service returned an error that retrying will not fix.',
    causes: [
      'A problem with the user\'s MFA method or configuration.',
    ],
    fixes: [
      'Check the user\'s registered MFA methods and try a different one.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50086', url: 'https://login.microsoftonline.com/error?code=50086' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50087',
    family: 'entra',
    name: 'SasRetryableError',
    summary: 'The strong-authentication service hit a temporary error.',
    causes: [
      'A transient fault in the MFA service.',
    ],
    fixes: [
      'Retry the sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50087', url: 'https://login.microsoftonline.com/error?code=50087' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50088',
    family: 'entra',
    name: 'TelecomMfaLimitReached',
    summary: 'The limit on telecom (phone call or SMS) MFA attempts has been reached.',
    causes: [
      'Too many phone-based MFA attempts in a short time.',
    ],
    fixes: [
      'Wait and retry, or use another MFA method such as the Authenticator app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50088', url: 'https://login.microsoftonline.com/error?code=50088' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50089',
    family: 'entra',
    name: 'FlowTokenExpired',
    summary: 'The sign-in took too long and its internal flow token expired.',
    causes: [
      'The user left the sign-in page open too long before continuing.',
    ],
    fixes: [
      'Start the sign-in again and finish it without a long pause.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50089', url: 'https://login.microsoftonline.com/error?code=50089' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50097',
    family: 'entra',
    name: 'DeviceAuthenticationRequired',
    summary: 'A policy requires the device itself to authenticate (prove it is registered, compliant or hybrid joined), and the request carried no device identity.',
    causes: [
      'Conditional Access requires a compliant or hybrid-joined device, and the browser cannot pass device identity (Chrome without the Microsoft Single Sign On/Windows Accounts extension, Firefox without Windows SSO enabled, private windows).',
      'A mobile or desktop app signs in without a broker (Authenticator, Company Portal, WAM), so the device cannot be proven.',
      'The device is not registered in Entra at all.',
    ],
    fixes: [
      'Use a browser that sends device identity (Edge signed in to the work profile, Chrome with the Microsoft SSO extension) and not a private window.',
      'In MSAL apps, enable the broker (WAM on Windows, Authenticator/Company Portal on mobile).',
      'Register or join the device (Settings > Accounts > Access work or school) and check its state with dsregcmd /status.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50097', url: 'https://login.microsoftonline.com/error?code=50097' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50098',
    family: 'entra',
    name: 'JwtBodyMissingField',
    summary: 'A JWT used in device authentication is missing a field it must have.',
    causes: [
      'The device-authentication (PKeyAuth) response is incomplete.',
    ],
    fixes: [
      'Update the client or broker; if it persists, re-register the device.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50098', url: 'https://login.microsoftonline.com/error?code=50098' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50099',
    family: 'entra',
    name: 'PKeyAuthInvalidJwtUnauthorized',
    summary: 'The device-authentication JWT has an invalid signature.',
    causes: [
      'The device key used for PKeyAuth no longer matches what Entra has registered.',
    ],
    fixes: [
      'Re-register the device so its keys are renewed.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50099', url: 'https://login.microsoftonline.com/error?code=50099' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS500341',
    family: 'entra',
    name: 'UserAccountDeleted',
    summary: 'The user account has been deleted from the directory, so any cached grant for it can no longer be used.',
    causes: [
      'The user was deleted (or soft-deleted) after the app cached its refresh token.',
    ],
    fixes: [
      'Stop retrying with the old grant: remove the cached account and sign in with an existing user.',
      'If the deletion was a mistake, an admin can restore the user from Deleted users within the retention window.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS500341', url: 'https://login.microsoftonline.com/error?code=500341' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
