import type { ErrorEntry } from '../types';

/** AADSTS 90xxx–9002xxx: request format, endpoints, national clouds, directory, admin consent, SPA redemption. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraRequestAndEndpointErrors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS90002',
    family: 'entra',
    name: 'InvalidTenantName',
    summary: 'The tenant named in the request (by id or domain) was not found.',
    causes: [
      'The tenant id or domain in the authority URL has a typo, is a placeholder left in config, or belongs to a tenant that was deleted.',
      'The tenant exists in another cloud (Azure Government, China) than the login host being called.',
      'The app derives the tenant from the user\'s email domain, and that domain is not registered to any tenant.',
    ],
    fixes: [
      'Copy the Directory (tenant) ID from Entra admin center > Overview and use https://login.microsoftonline.com/<tenant-id>/.',
      'Use the login host of the right cloud (login.microsoftonline.us, login.partner.microsoftonline.cn) for national-cloud tenants.',
      'Check that the domain is verified under Custom domain names, or use the tenant id instead.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90002', url: 'https://login.microsoftonline.com/error?code=90002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'National clouds', url: 'https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud' },
    ],
  },
  {
    code: 'AADSTS90004',
    family: 'entra',
    name: 'InvalidRequestFormat',
    summary: 'The request is not properly formatted.',
    causes: [
      'Malformed parameters or body encoding.',
    ],
    fixes: [
      'Check the request against the endpoint\'s documentation; send form-urlencoded bodies to the token endpoint.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90004', url: 'https://login.microsoftonline.com/error?code=90004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90005',
    family: 'entra',
    name: 'InvalidRequestWithMultipleRequirements',
    summary: 'The request cannot be completed because it combines requirements that cannot be used together, such as an explicit user identifier and a login hint.',
    causes: [
      'The request sends both a user identifier and login_hint (or other mutually exclusive parameters).',
    ],
    fixes: [
      'Send only one way of naming the user, then retry.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90005', url: 'https://login.microsoftonline.com/error?code=90005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90006',
    family: 'entra',
    name: 'ExternalServerRetryableError',
    summary: 'An external service Entra relies on returned a temporary error.',
    causes: [
      'A transient problem in a dependent service.',
    ],
    fixes: [
      'Retry the request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90006', url: 'https://login.microsoftonline.com/error?code=90006' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90007',
    family: 'entra',
    name: 'InvalidSessionId',
    summary: 'The session id in the request is invalid.',
    causes: [
      'A bad or stale session id.',
    ],
    fixes: [
      'Start a new sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90007', url: 'https://login.microsoftonline.com/error?code=90007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90008',
    family: 'entra',
    name: 'TokenForItselfRequiresGraphPermission',
    summary: 'The app cannot sign users in to itself because it has no Microsoft Graph permission (for example User.Read), which Entra requires to read the user\'s profile.',
    causes: [
      'The app\'s requested permissions were emptied, removing User.Read.',
    ],
    fixes: [
      'Add the Microsoft Graph delegated permission User.Read under API permissions and consent to it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90008', url: 'https://login.microsoftonline.com/error?code=90008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90009',
    family: 'entra',
    name: 'TokenForItselfMissingIdenticalAppIdentifier',
    summary: 'The app is requesting a token for itself, and Entra only allows that when the resource is named by the app\'s GUID application id.',
    causes: [
      'The app uses its own Application ID URI (e.g. api://contoso-app) as the resource or scope prefix while it is also the client.',
      'A v1-style request sets resource to the app\'s URI rather than its client id.',
    ],
    fixes: [
      'Request the scope as <client-id-guid>/.default (or resource=<client-id-guid>) when the app calls itself.',
      'Better, split client and API into two app registrations and request the API\'s scope from the client.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90009', url: 'https://login.microsoftonline.com/error?code=90009' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90010',
    family: 'entra',
    name: 'NotSupported',
    summary: 'Entra could not create the cryptographic algorithm the request calls for, so the operation is not supported.',
    causes: [
      'A token, assertion or request names a signing or encryption algorithm Entra cannot use.',
    ],
    fixes: [
      'Use a supported algorithm (for example RS256 for client assertions) and check the alg header of any JWT you send.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90010', url: 'https://login.microsoftonline.com/error?code=90010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9001023',
    family: 'entra',
    name: 'GrantTypeUnsupportedOnCommonEndpoint',
    summary: 'The grant type is not supported on the /common or /consumers endpoints.',
    causes: [
      'A tenant-bound grant (e.g. client credentials, OBO) sent to a multi-tenant endpoint.',
    ],
    fixes: [
      'Use /organizations or the tenant id in the authority.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9001023', url: 'https://login.microsoftonline.com/error?code=9001023' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90012',
    family: 'entra',
    name: 'RequestTimeout',
    summary: 'The request timed out.',
    causes: [
      'The service took too long to respond.',
    ],
    fixes: [
      'Retry with back-off.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90012', url: 'https://login.microsoftonline.com/error?code=90012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90013',
    family: 'entra',
    name: 'InvalidUserInput',
    summary: 'The input received from the user is not valid.',
    causes: [
      'A malformed value, often an unencoded character in a URL parameter such as scope.',
    ],
    fixes: [
      'URL-encode all query parameters (spaces as %20, api:// fully encoded) and check the value.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90013', url: 'https://login.microsoftonline.com/error?code=90013' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90014',
    family: 'entra',
    name: 'MissingRequiredField',
    summary: 'A required field is missing from the request or credential Entra received.',
    causes: [
      'The token request body is sent as JSON, or in the query string, so Entra sees none of its fields.',
      'The request or assertion omits a mandatory parameter for this flow (for example code, redirect_uri, or a field inside a federated credential).',
    ],
    fixes: [
      'POST to /token with Content-Type application/x-www-form-urlencoded and every parameter in the body.',
      'Compare the request with the documented parameters for the flow and add what is missing.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90014', url: 'https://login.microsoftonline.com/error?code=90014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900144',
    family: 'entra',
    name: 'RequestBodyParameterMissing',
    summary: 'The token request body does not contain a parameter that this request needs; the message names which one.',
    causes: [
      'The body is JSON, multipart, or in the query string instead of application/x-www-form-urlencoded, so Entra cannot read any parameter.',
      'A parameter is genuinely missing: grant_type, client_id, scope, code, or requested_token_use=on_behalf_of for the on-behalf-of flow.',
      'A GET request was sent where a POST is required.',
    ],
    fixes: [
      'POST to https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token with Content-Type application/x-www-form-urlencoded and parameters in the body.',
      'Add the parameter named in the message; use the library\'s token call instead of a hand-built request when possible.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900144', url: 'https://login.microsoftonline.com/error?code=900144' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90015',
    family: 'entra',
    name: 'QueryStringTooLong',
    summary: 'The query string is too long.',
    causes: [
      'Too many or too large parameters in the URL (big state values, many scopes).',
    ],
    fixes: [
      'Shorten the request: keep state small, use POST/form_post where possible.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90015', url: 'https://login.microsoftonline.com/error?code=90015' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90016',
    family: 'entra',
    name: 'MissingRequiredClaim',
    summary: 'The access token is not valid because a required claim is missing.',
    causes: [
      'A token presented to Entra lacks a claim the flow needs.',
    ],
    fixes: [
      'Get a token from the proper flow and resource so it contains the expected claims.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90016', url: 'https://login.microsoftonline.com/error?code=90016' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90019',
    family: 'entra',
    name: 'MissingTenantRealm',
    summary: 'Entra could not work out the tenant id from the request.',
    causes: [
      'The request uses /common without information that identifies the tenant.',
    ],
    fixes: [
      'Use a tenant-specific authority or pass login_hint/domain_hint.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90019', url: 'https://login.microsoftonline.com/error?code=90019' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90020',
    family: 'entra',
    name: 'SamlAssertionMissingImmutableId',
    summary: 'The SAML 1.1 assertion is missing the ImmutableID of the user.',
    causes: [
      'The federated IdP\'s claim rules do not issue the ImmutableID (source anchor).',
    ],
    fixes: [
      'Configure the federated IdP to send the user\'s ImmutableID in the assertion.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90020', url: 'https://login.microsoftonline.com/error?code=90020' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90022',
    family: 'entra',
    name: 'AuthenticatedInvalidPrincipalNameFormat',
    summary: 'The principal name format is not valid or does not meet the expected name[/host][@realm] format.',
    causes: [
      'A malformed principal name in the request.',
    ],
    fixes: [
      'Send the principal name in the expected format.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90022', url: 'https://login.microsoftonline.com/error?code=90022' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90023',
    family: 'entra',
    name: 'InvalidRequest',
    summary: 'The authentication request is not valid.',
    causes: [
      'Parameters are malformed or missing; older messages used this code for cross-origin redemption problems too.',
    ],
    fixes: [
      'Check the full error description for the parameter at fault and fix the request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90023', url: 'https://login.microsoftonline.com/error?code=90023' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900236',
    family: 'entra',
    name: 'InvalidRequestSamlPropertyUnsupported',
    summary: 'The SAML authentication request uses a property that is not supported or is invalid.',
    causes: [
      'The SP adds attributes Entra does not accept.',
    ],
    fixes: [
      'Remove the unsupported property from the SAML request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900236', url: 'https://login.microsoftonline.com/error?code=900236' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9002313',
    family: 'entra',
    name: 'InvalidRequest',
    summary: 'The request is malformed or invalid; at the token endpoint this usually means the code or refresh token sent cannot be parsed.',
    causes: [
      'The authorization code or refresh token was truncated, double-encoded or altered (e.g. + turned into a space when copied from a URL).',
      'A grant from another app, tenant or cloud, or a token cache corrupted by hand edits or an old library version.',
      'A required parameter is malformed in the authorize request.',
    ],
    fixes: [
      'Let the library read the code from the redirect and redeem it unchanged; do not URL-decode it twice.',
      'Clear the token cache for the account and sign in again to get a fresh grant.',
      'Check the trace id in the sign-in logs and compare the request with the documented parameters.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002313', url: 'https://login.microsoftonline.com/error?code=9002313' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9002332',
    family: 'entra',
    name: 'EntraOnlyAppOnConsumersEndpoint',
    summary: 'The app is configured for Microsoft Entra (work or school) users only, so the /consumers endpoint cannot be used.',
    causes: [
      'A request for a work-only app goes to /consumers.',
    ],
    fixes: [
      'Use /organizations or the tenant id, or change Supported account types to include personal accounts.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002332', url: 'https://login.microsoftonline.com/error?code=9002332' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9002331',
    family: 'entra',
    name: 'MsaOnlyAppRequiresConsumersEndpoint',
    summary: 'The app is configured for personal Microsoft account users only, so the request must use the /consumers endpoint.',
    causes: [
      'A personal-accounts-only app sends users to /common or a tenant endpoint.',
    ],
    fixes: [
      'Use https://login.microsoftonline.com/consumers, or change Supported account types to include work accounts.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002331', url: 'https://login.microsoftonline.com/error?code=9002331' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Supported account types', url: 'https://learn.microsoft.com/entra/identity-platform/supported-accounts-validation' },
    ],
  },
  {
    code: 'AADSTS90024',
    family: 'entra',
    name: 'RequestBudgetExceededError',
    summary: 'A transient error occurred because a request budget was exceeded.',
    causes: [
      'Temporary load limits.',
    ],
    fixes: [
      'Retry after a short wait.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90024', url: 'https://login.microsoftonline.com/error?code=90024' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90027',
    family: 'entra',
    name: 'MsaTenantRequiresV2',
    summary: 'Tokens cannot be issued from this API version for the Microsoft account (MSA) tenant; the app must use the v2.0 endpoints.',
    causes: [
      'A personal account signs in to an app using the v1 endpoint or an old library (ADAL).',
    ],
    fixes: [
      'Move to the v2.0 endpoints and MSAL.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90027', url: 'https://login.microsoftonline.com/error?code=90027' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90033',
    family: 'entra',
    name: 'MsodsServiceUnavailable',
    summary: 'A directory service Entra depends on is temporarily unavailable.',
    causes: [
      'A transient backend outage.',
    ],
    fixes: [
      'Retry later; check the Microsoft 365 or Azure service health page if the outage lasts.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90033', url: 'https://login.microsoftonline.com/error?code=90033' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90036',
    family: 'entra',
    name: 'MsodsServiceUnretryableFailure',
    summary: 'The directory service hit an unexpected error that retrying will not fix.',
    causes: [
      'A persistent backend failure.',
    ],
    fixes: [
      'Contact support with the correlation id.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90036', url: 'https://login.microsoftonline.com/error?code=90036' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90038',
    family: 'entra',
    name: 'NationalCloudTenantRedirection',
    summary: 'The tenant lives in a national cloud, and the request has to go to that cloud.',
    causes: [
      'A national-cloud tenant was sent to the global login endpoint.',
    ],
    fixes: [
      'Use the national cloud\'s authority host.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90038', url: 'https://login.microsoftonline.com/error?code=90038' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'National clouds', url: 'https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud' },
    ],
  },
  {
    code: 'AADSTS900384',
    family: 'entra',
    name: 'JwtSignatureValidationFailed',
    summary: 'A JWT presented to Entra failed signature validation.',
    causes: [
      'The token was signed with a key Entra cannot find or trust (wrong kid, rotated keys).',
    ],
    fixes: [
      'Check the signing key and kid; make sure the issuer\'s keys are published and current.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900384', url: 'https://login.microsoftonline.com/error?code=900384' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90043',
    family: 'entra',
    name: 'NationalCloudAuthCodeRedirection',
    summary: 'This cross-cloud authorization code feature is disabled.',
    causes: [
      'A code flow across clouds that the service does not allow.',
    ],
    fixes: [
      'Run the flow within a single cloud.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90043', url: 'https://login.microsoftonline.com/error?code=90043' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900432',
    family: 'entra',
    name: 'ConfidentialClientCrossCloudNotSupported',
    summary: 'A confidential client is not supported in a cross-cloud request.',
    causes: [
      'A web app or daemon tries to get tokens across cloud boundaries.',
    ],
    fixes: [
      'Register the app in the cloud of the resource and run the flow there.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900432', url: 'https://login.microsoftonline.com/error?code=900432' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900382',
    family: 'entra',
    name: 'ConfidentialClientCrossCloudUnsupported',
    summary: 'A confidential client is not supported in a cross-cloud request.',
    causes: [
      'A confidential app used across cloud boundaries.',
    ],
    fixes: [
      'Register and use the app in the resource\'s cloud.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900382', url: 'https://login.microsoftonline.com/error?code=900382' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90051',
    family: 'entra',
    name: 'InvalidNationalCloudId',
    summary: 'The national cloud identifier has an invalid cloud id.',
    causes: [
      'A wrong instance or cloud value in the request or configuration.',
    ],
    fixes: [
      'Use a valid national-cloud host and tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90051', url: 'https://login.microsoftonline.com/error?code=90051' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90055',
    family: 'entra',
    name: 'TenantThrottlingError',
    summary: 'Too many requests are coming in for this tenant; Entra is throttling it (this code is also used for tenants that are blocked).',
    causes: [
      'An app or script sends token requests in a tight loop without caching.',
      'The tenant itself has been blocked.',
    ],
    fixes: [
      'Cache tokens, reuse them, and back off on errors.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90055', url: 'https://login.microsoftonline.com/error?code=90055' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90056',
    family: 'entra',
    name: 'BadResourceRequest',
    summary: 'To redeem a code for an access token, the app must POST to the /token endpoint.',
    causes: [
      'The code was sent to /authorize or with the wrong method.',
    ],
    fixes: [
      'Send a POST to /oauth2/v2.0/token with the code.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90056', url: 'https://login.microsoftonline.com/error?code=90056' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900561',
    family: 'entra',
    name: 'BadResourceRequestInvalidRequest',
    summary: 'The endpoint only accepts POST (and OPTIONS) but received another method.',
    causes: [
      'A GET request to the token endpoint, e.g. from a browser address bar or a misconfigured client.',
      'The user pressed the browser\'s back button into a page that had been posted; then it can be ignored.',
    ],
    fixes: [
      'Use POST with a form-urlencoded body.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900561', url: 'https://login.microsoftonline.com/error?code=900561' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90072',
    family: 'entra',
    name: 'PassThroughUserMfaError',
    summary: 'The account the user signed in with does not exist in the tenant being accessed and has not been added as an external user, so the user cannot complete sign-in (including MFA) there.',
    causes: [
      'A user from another organization, or a personal account, signs in to a tenant-specific app without being invited as a guest.',
      'The invitation exists but was not redeemed, or the guest was removed.',
      'The user picked the wrong account from several signed-in accounts.',
      'For synced users, the ImmutableID (source anchor) in Active Directory does not match the one in Entra.',
    ],
    fixes: [
      'Invite the user under Users > Invite external user and make sure they redeem the invitation, or use an account that belongs to the tenant.',
      'Sign out of other accounts (or use a private window) and choose the right one.',
      'If the app should accept any organization, make it multi-tenant and use /organizations.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90072', url: 'https://login.microsoftonline.com/error?code=90072' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90081',
    family: 'entra',
    name: 'OrgIdWsFederationMessageInvalid',
    summary: 'A WS-Federation message sent to Entra is not valid.',
    causes: [
      'The federation message is malformed or missing required parts.',
    ],
    fixes: [
      'Check the WS-Federation request the app or IdP sends.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90081', url: 'https://login.microsoftonline.com/error?code=90081' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90082',
    family: 'entra',
    name: 'OrgIdWsFederationNotSupported',
    summary: 'The selected authentication policy is not supported for this request.',
    causes: [
      'A WS-Federation request the tenant\'s policy does not allow.',
    ],
    fixes: [
      'Use a supported protocol or policy for the app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90082', url: 'https://login.microsoftonline.com/error?code=90082' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90084',
    family: 'entra',
    name: 'OrgIdWsFederationGuestNotAllowed',
    summary: 'Guest accounts are not allowed for this site.',
    causes: [
      'A guest tries to sign in to a WS-Federation site that only allows members.',
    ],
    fixes: [
      'Sign in with a member account.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90084', url: 'https://login.microsoftonline.com/error?code=90084' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90085',
    family: 'entra',
    name: 'OrgIdWsFederationSltRedemptionFailed',
    summary: 'The service could not issue a token because the company object has not been provisioned yet.',
    causes: [
      'The tenant\'s provisioning is not complete.',
    ],
    fixes: [
      'Wait for provisioning to finish, then retry.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90085', url: 'https://login.microsoftonline.com/error?code=90085' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90086',
    family: 'entra',
    name: 'OrgIdWsTrustDaTokenExpired',
    summary: 'The user\'s device-authentication token has expired.',
    causes: [
      'The DA token used by WS-Trust is too old.',
    ],
    fixes: [
      'Sign in again to renew the token.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90086', url: 'https://login.microsoftonline.com/error?code=90086' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90087',
    family: 'entra',
    name: 'OrgIdWsFederationMessageCreationFromUriFailed',
    summary: 'An error occurred while creating the WS-Federation message from the URI.',
    causes: [
      'The URI has invalid parameters.',
    ],
    fixes: [
      'Check the WS-Federation URL parameters.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90087', url: 'https://login.microsoftonline.com/error?code=90087' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90090',
    family: 'entra',
    name: 'GraphRetryableError',
    summary: 'A temporary error occurred while Entra was calling its directory service.',
    causes: [
      'A transient backend fault.',
    ],
    fixes: [
      'Retry after a short delay; if it keeps failing, look the correlation id up in the sign-in logs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90090', url: 'https://login.microsoftonline.com/error?code=90090' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90091',
    family: 'entra',
    name: 'GraphServiceUnreachable',
    summary: 'The directory service Entra needed could not be reached.',
    causes: [
      'A transient backend outage.',
    ],
    fixes: [
      'Retry later; check the Microsoft 365 or Azure service health page if the outage lasts.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90091', url: 'https://login.microsoftonline.com/error?code=90091' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90092',
    family: 'entra',
    name: 'GraphNonRetryableError',
    summary: 'The directory service returned an error that retrying will not fix.',
    causes: [
      'A persistent backend problem.',
    ],
    fixes: [
      'Contact support with the correlation id.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90092', url: 'https://login.microsoftonline.com/error?code=90092' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90093',
    family: 'entra',
    name: 'GraphUserUnauthorized',
    summary: 'The directory returned a forbidden error for the request.',
    causes: [
      'The calling identity lacks directory permission for what the sign-in needs.',
    ],
    fixes: [
      'Check the app\'s and user\'s permissions; retry later if transient.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90093', url: 'https://login.microsoftonline.com/error?code=90093' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90094',
    family: 'entra',
    name: 'AdminConsentRequired',
    summary: 'The app asks for permissions that only an administrator can grant, or the tenant does not let users consent, so an admin must approve it.',
    causes: [
      'A requested scope requires admin consent (for example Directory.Read.All, or any application permission).',
      'Tenant settings (Enterprise applications > Consent and permissions) block user consent, or allow it only for verified publishers and low-impact permissions.',
      'New permissions were added to the app after the admin\'s earlier consent.',
    ],
    fixes: [
      'Have an admin grant consent: App registrations > API permissions > Grant admin consent for <tenant>, or the URL https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<app-id>.',
      'Turn on the admin consent workflow so users can request approval instead of hitting a dead end.',
      'Request only the scopes you need; use incremental consent for the rest.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90094', url: 'https://login.microsoftonline.com/error?code=90094' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Grant tenant-wide admin consent', url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent' },
      { title: 'Permissions and consent overview', url: 'https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview' },
    ],
  },
  {
    code: 'AADSTS90095',
    family: 'entra',
    name: 'AdminConsentRequiredRequestAccess',
    summary: 'Admin consent is needed, and the admin consent workflow lets the user request it.',
    causes: [
      'The permissions need admin approval and the tenant has the request workflow on.',
    ],
    fixes: [
      'Submit the request; an admin approves it under Enterprise applications > Admin consent requests.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90095', url: 'https://login.microsoftonline.com/error?code=90095' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90099',
    family: 'entra',
    name: 'PartnerDelegatedAdminNotAuthorized',
    summary: 'The application has not been authorized in the tenant; the partner must be granted access before delegated administration works.',
    causes: [
      'A partner (CSP/GDAP) app is used in a customer tenant where it was not consented.',
    ],
    fixes: [
      'Have the customer\'s admin consent to the app, or set up the partner relationship\'s access.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90099', url: 'https://login.microsoftonline.com/error?code=90099' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900971',
    family: 'entra',
    name: 'NoReplyAddressProvided',
    summary: 'No redirect (reply) address was provided in the request, and Entra cannot pick one.',
    causes: [
      'The authorize or logout request omits redirect_uri while the app has several redirect URIs registered (or none).',
      'A library or custom code builds the URL without redirect_uri.',
    ],
    fixes: [
      'Send redirect_uri explicitly, matching one of the URIs registered under App registrations > Authentication.',
      'Register at least one redirect URI for the platform the app uses.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900971', url: 'https://login.microsoftonline.com/error?code=900971' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90100',
    family: 'entra',
    name: 'InvalidRequestParameter',
    summary: 'A parameter is empty or not valid.',
    causes: [
      'A required parameter has no value or a bad value.',
    ],
    fixes: [
      'Check the parameter named in the message.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90100', url: 'https://login.microsoftonline.com/error?code=90100' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS901002',
    family: 'entra',
    name: 'ResourceParameterNotSupported',
    summary: 'The resource parameter is not supported on the v2.0 endpoints.',
    causes: [
      'A v1-style request sends resource= to /oauth2/v2.0/*.',
    ],
    fixes: [
      'Use scope=<resource>/.default or <resource>/<permission> instead of resource.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS901002', url: 'https://login.microsoftonline.com/error?code=901002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Scopes and permissions', url: 'https://learn.microsoft.com/entra/identity-platform/scopes-oidc' },
    ],
  },
  {
    code: 'AADSTS90101',
    family: 'entra',
    name: 'InvalidEmailAddress',
    summary: 'The data given is not a valid email address.',
    causes: [
      'A malformed email in a hint or field.',
    ],
    fixes: [
      'Send a valid email address.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90101', url: 'https://login.microsoftonline.com/error?code=90101' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90102',
    family: 'entra',
    name: 'InvalidUriParameter',
    summary: 'The value must be a valid absolute URI.',
    causes: [
      'A URI parameter (such as redirect_uri) is relative or malformed.',
    ],
    fixes: [
      'Use a full absolute URI with scheme and host.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90102', url: 'https://login.microsoftonline.com/error?code=90102' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90107',
    family: 'entra',
    name: 'InvalidXml',
    summary: 'The request is not valid XML.',
    causes: [
      'The SAML or WS-* message is malformed.',
    ],
    fixes: [
      'Validate the XML the client sends.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90107', url: 'https://login.microsoftonline.com/error?code=90107' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90112',
    family: 'entra',
    name: 'AppIdentifierMustBeGuid',
    summary: 'The application identifier is expected to be a GUID.',
    causes: [
      'A name or URI was passed where the client id GUID is required.',
    ],
    fixes: [
      'Use the Application (client) ID GUID.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90112', url: 'https://login.microsoftonline.com/error?code=90112' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90114',
    family: 'entra',
    name: 'InvalidExpiryDate',
    summary: 'The bulk token\'s expiry timestamp would lead to an expired token being issued.',
    causes: [
      'A provisioning or bulk token has an expiry in the past or too close.',
    ],
    fixes: [
      'Create a new bulk token with a valid expiry.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90114', url: 'https://login.microsoftonline.com/error?code=90114' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90117',
    family: 'entra',
    name: 'InvalidRequestInput',
    summary: 'The request input is not valid.',
    causes: [
      'Malformed request data.',
    ],
    fixes: [
      'Check the request parameters.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90117', url: 'https://login.microsoftonline.com/error?code=90117' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90119',
    family: 'entra',
    name: 'InvalidUserCode',
    summary: 'The device flow\'s user code is null or empty.',
    causes: [
      'The user_code was not sent.',
    ],
    fixes: [
      'Send the user code the device flow issued.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90119', url: 'https://login.microsoftonline.com/error?code=90119' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90120',
    family: 'entra',
    name: 'InvalidDeviceFlowRequest',
    summary: 'The device-code request was already authorized or declined.',
    causes: [
      'The same device code is reused after completion.',
    ],
    fixes: [
      'Start a new device-code flow.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90120', url: 'https://login.microsoftonline.com/error?code=90120' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90121',
    family: 'entra',
    name: 'InvalidEmptyRequest',
    summary: 'The request is empty.',
    causes: [
      'No parameters were sent.',
    ],
    fixes: [
      'Send the required parameters.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90121', url: 'https://login.microsoftonline.com/error?code=90121' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90123',
    family: 'entra',
    name: 'IdentityProviderAccessDenied',
    summary: 'The token cannot be issued because the identity or claims-issuance provider denied the request.',
    causes: [
      'An upstream IdP or claims provider rejected the user or request.',
    ],
    fixes: [
      'Check the upstream provider\'s logs and policies.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90123', url: 'https://login.microsoftonline.com/error?code=90123' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90124',
    family: 'entra',
    name: 'V1ResourceV2GlobalEndpointNotSupported',
    summary: 'The resource is not supported on the /common or /consumers endpoints.',
    causes: [
      'A v1 resource requested at a multi-tenant endpoint.',
    ],
    fixes: [
      'Use /organizations or a tenant-specific endpoint.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90124', url: 'https://login.microsoftonline.com/error?code=90124' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90125',
    family: 'entra',
    name: 'DebugModeEnrollTenantNotFound',
    summary: 'The user is not in the system.',
    causes: [
      'A debug enrollment referenced a tenant or user that does not exist.',
    ],
    fixes: [
      'Check the username.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90125', url: 'https://login.microsoftonline.com/error?code=90125' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90126',
    family: 'entra',
    name: 'DebugModeEnrollTenantNotInferred',
    summary: 'This user type is not supported on this endpoint; Entra cannot infer the user\'s tenant from the username.',
    causes: [
      'The username\'s domain does not point to a tenant this endpoint can serve.',
    ],
    fixes: [
      'Use an endpoint appropriate for this account type.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90126', url: 'https://login.microsoftonline.com/error?code=90126' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS90130',
    family: 'entra',
    name: 'NonConvergedAppV2GlobalEndpointNotSupported',
    summary: 'The application is not supported on the /common or /consumers endpoints.',
    causes: [
      'An app that does not support personal accounts is used on a multi-tenant endpoint.',
    ],
    fixes: [
      'Use /organizations or a tenant-specific endpoint.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS90130', url: 'https://login.microsoftonline.com/error?code=90130' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9002341',
    family: 'entra',
    name: 'UserMustPermitSso',
    summary: 'The user has to allow single sign-on (through the OS broker) before a token can be issued silently.',
    causes: [
      'The platform SSO or broker needs the user\'s explicit permission for this app.',
    ],
    fixes: [
      'Call the interactive method so the user can allow SSO, then retry silently.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002341', url: 'https://login.microsoftonline.com/error?code=9002341' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS901011',
    family: 'entra',
    name: 'NoEmailAddressCollectedFromExternalOidcIDP',
    summary: 'No email address was received from the external OIDC identity provider.',
    causes: [
      'The external IdP did not return an email claim (scope or claim mapping missing).',
      'The user chose to hide their email when signing up with the external provider (for example Apple\'s Hide my email).',
    ],
    fixes: [
      'Request the email scope from the external IdP and check its claim mapping.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS901011', url: 'https://login.microsoftonline.com/error?code=901011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS901012',
    family: 'entra',
    name: 'EmailAddressCollectedFromExternalOidcIDPNotVerified',
    summary: 'The email address from the external OIDC identity provider is not verified.',
    causes: [
      'The external IdP marks the email as unverified.',
    ],
    fixes: [
      'Verify the email with the external provider, or configure the IdP to send verified addresses.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS901012', url: 'https://login.microsoftonline.com/error?code=901012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS901014',
    family: 'entra',
    name: 'NoExternalIdentifierCollectedFromExternalOidcIDP',
    summary: 'No external identifier (sub) was received from the external OIDC identity provider.',
    causes: [
      'The external IdP\'s token lacks a subject identifier.',
    ],
    fixes: [
      'Fix the external IdP\'s configuration so it issues a sub claim.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS901014', url: 'https://login.microsoftonline.com/error?code=901014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS900023',
    family: 'entra',
    name: 'InvalidTenantIdentifier',
    summary: 'The tenant part of the authority URL is neither a valid tenant id (GUID) nor a valid domain name.',
    causes: [
      'The tenant value holds something else: a path segment like "authorize" or "token" (authority built as .../oauth2/authorize), an unreplaced placeholder such as {tenantId}, or a value with spaces or quotes.',
      'A tool is given a subscription id, client id or display name where the tenant id belongs.',
    ],
    fixes: [
      'Build the authority as https://login.microsoftonline.com/<tenant-id-or-domain> with nothing after the tenant; let the library add /oauth2/v2.0/... itself.',
      'Copy the Directory (tenant) ID from Entra admin center > Overview and check config for leftover placeholders or whitespace.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900023', url: 'https://login.microsoftonline.com/error?code=900023' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS9002326',
    family: 'entra',
    name: 'CrossOriginRedemptionOnlyForSpa',
    summary: 'A browser sent a cross-origin token request (it has an Origin header), but the redirect URI used is not registered as a single-page application, so Entra refuses to redeem the code from the browser.',
    causes: [
      'The app\'s redirect URI is registered under the Web platform while the code is redeemed by JavaScript in the browser (MSAL.js, fetch).',
      'A server-side or desktop flow forwards the browser\'s Origin header (dev proxies, API routes that copy headers), so Entra thinks the browser is redeeming.',
    ],
    fixes: [
      'For browser apps, move the redirect URI to App registrations > the app > Authentication > Single-page application (and remove it from Web).',
      'For server-side redemption, make sure the token request carries no Origin header and keep the URI under Web with a client secret or certificate.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002326', url: 'https://login.microsoftonline.com/error?code=9002326' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Register a single-page application', url: 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration' },
    ],
  },
  {
    code: 'AADSTS9002327',
    family: 'entra',
    name: 'SpaTokensRequireCrossOriginRedemption',
    summary: 'The code was issued for a redirect URI registered as a single-page application, so it can only be redeemed by a browser cross-origin request (one carrying an Origin header), and this request had none.',
    causes: [
      'A back end, desktop app, Postman or curl redeems a code obtained through an SPA redirect URI.',
      'An Electron, mobile or hybrid app registered its redirect URI as SPA although the token request does not come from a browser origin.',
      'A browser extension or proxy strips the Origin header.',
    ],
    fixes: [
      'Redeem the code in the browser (MSAL.js, msal-browser) when the app is an SPA.',
      'If the server redeems the code, register the redirect URI under Web (confidential, with a credential) or Mobile and desktop (public client) instead of SPA.',
      'When testing with Postman or curl, use a Web or desktop redirect URI rather than forging an Origin header.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS9002327', url: 'https://login.microsoftonline.com/error?code=9002327' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Register a single-page application', url: 'https://learn.microsoft.com/entra/identity-platform/scenario-spa-app-registration' },
    ],
  },
  {
    code: 'AADSTS900612',
    family: 'entra',
    name: 'ProviderSigningKeysParseFailed',
    summary: 'Entra could not parse the signing keys an external provider publishes at its JWKS endpoint.',
    causes: [
      'The provider\'s JWKS document has keys in an unexpected format (missing fields, wrong key type, bad encoding).',
    ],
    fixes: [
      'Open the provider\'s jwks_uri and check that every key is a valid JWK (kty, kid, n/e or x5c) for the algorithm it signs with.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS900612', url: 'https://login.microsoftonline.com/error?code=900612' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
