import type { ErrorEntry } from '../types';

/** AADSTS 51xxx–67xxx: Conditional Access, device state, consent and app configuration. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraPolicyAndConsentErrors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS51000',
    family: 'entra',
    name: 'RequiredFeatureNotEnabled',
    summary: 'The feature this request depends on is turned off for the tenant.',
    causes: [
      'A tenant-level setting disables the capability being used.',
    ],
    fixes: [
      'Ask an administrator to enable the feature, or use a flow that does not need it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS51000', url: 'https://login.microsoftonline.com/error?code=51000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS51001',
    family: 'entra',
    name: 'DomainHintMustbePresent',
    summary: 'A domain hint must be sent along with an on-premises security identifier or on-premises UPN.',
    causes: [
      'The request identifies the user by on-prem SID or UPN without domain_hint.',
    ],
    fixes: [
      'Add domain_hint=<verified domain> to the request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS51001', url: 'https://login.microsoftonline.com/error?code=51001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS51004',
    family: 'entra',
    name: 'UserAccountNotInDirectory',
    summary: 'The user account does not exist in the directory.',
    causes: [
      'The username is wrong, the user was deleted, or the request targets a tenant the user is not in.',
    ],
    fixes: [
      'Check the username in the tenant and the authority used; invite the user as a guest if they belong elsewhere.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS51004', url: 'https://login.microsoftonline.com/error?code=51004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS51005',
    family: 'entra',
    name: 'TemporaryRedirect',
    summary: 'Like an HTTP 307 redirect: the requested information is at the location given in the Location header.',
    causes: [
      'Entra wants the client to repeat the request elsewhere.',
    ],
    fixes: [
      'Follow the redirect; make sure the HTTP client does not drop it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS51005', url: 'https://login.microsoftonline.com/error?code=51005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS51006',
    family: 'entra',
    name: 'ForceReauthDueToInsufficientAuth',
    summary: 'Windows Integrated Authentication is needed, but the current session token lacks the claim that shows it was used.',
    causes: [
      'The user signed in without WIA and the request demands it.',
    ],
    fixes: [
      'Sign in again so the user authenticates with Windows Integrated Authentication.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS51006', url: 'https://login.microsoftonline.com/error?code=51006' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS52004',
    family: 'entra',
    name: 'DelegationDoesNotExistForLinkedIn',
    summary: 'The user has not consented to access LinkedIn resources.',
    causes: [
      'A LinkedIn integration was used without the user\'s consent.',
    ],
    fixes: [
      'Ask the user to consent to the LinkedIn connection.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS52004', url: 'https://login.microsoftonline.com/error?code=52004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS53000',
    family: 'entra',
    name: 'DeviceNotCompliant',
    summary: 'Conditional Access requires a compliant device, and the device is not compliant (or Entra cannot tell that it is).',
    causes: [
      'The device is not enrolled in Intune (or the MDM in use), or it is enrolled but fails a compliance policy (OS version, encryption, password).',
      'The browser does not pass device identity, so a compliant device looks unknown: Chrome without the Microsoft SSO extension, Firefox without Windows SSO, private windows, or macOS without Company Portal.',
      'The app signs in without a broker (no WAM, Authenticator or Company Portal), so device state is not sent.',
    ],
    fixes: [
      'Enroll the device and check its compliance state in Company Portal or the Intune admin center; fix the failing setting.',
      'Use a browser that sends device identity (Edge with the work profile, Chrome with the Microsoft SSO extension) or enable the broker in the MSAL app.',
      'Look at the sign-in log\'s Device info and Conditional Access tabs to see which device and policy were evaluated.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53000', url: 'https://login.microsoftonline.com/error?code=53000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Conditional Access overview', url: 'https://learn.microsoft.com/entra/identity/conditional-access/overview' },
    ],
  },
  {
    code: 'AADSTS53001',
    family: 'entra',
    name: 'DeviceNotDomainJoined',
    summary: 'Conditional Access requires a domain-joined (hybrid joined) device, and this device is not.',
    causes: [
      'The device is not hybrid Entra joined, or the browser does not pass its identity.',
    ],
    fixes: [
      'Use a hybrid-joined company device and a supported browser; check dsregcmd /status for the join state.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53001', url: 'https://login.microsoftonline.com/error?code=53001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS53002',
    family: 'entra',
    name: 'ApplicationUsedIsNotAnApprovedApp',
    summary: 'The app used is not an approved client app for this Conditional Access policy.',
    causes: [
      'Policy requires approved apps (for example Outlook mobile) and a different client was used.',
    ],
    fixes: [
      'Use an approved app from the list the policy allows.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53002', url: 'https://login.microsoftonline.com/error?code=53002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS53003',
    family: 'entra',
    name: 'BlockedByConditionalAccess',
    summary: 'A Conditional Access policy blocked the sign-in: either a Block grant matched or the required conditions cannot be met.',
    causes: [
      'A policy with "Block access" applies to this user, app, location, platform or client app type (for example legacy authentication, device code flow, or sign-ins from outside trusted locations).',
      'A policy requires something the request cannot satisfy, such as a compliant device from a non-managed machine or an authentication strength the user has not registered.',
      'A new or changed policy now includes the app (often "All cloud apps") or the workload identity.',
    ],
    fixes: [
      'Open the failing sign-in in Entra admin center > Monitoring > Sign-in logs (search by correlation id) and read the Conditional Access tab to see which policy blocked it and why.',
      'Meet the condition (sign in from a trusted network or managed device, use a browser/broker that passes device state) or ask an admin to adjust the policy or add a justified exclusion.',
      'Use the What If tool under Conditional Access to test the user, app and conditions before changing policies.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53003', url: 'https://login.microsoftonline.com/error?code=53003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Conditional Access overview', url: 'https://learn.microsoft.com/entra/identity/conditional-access/overview' },
      { title: 'Sign-in logs in Microsoft Entra', url: 'https://learn.microsoft.com/entra/identity/monitoring-health/concept-sign-ins' },
    ],
  },
  {
    code: 'AADSTS530003',
    family: 'entra',
    name: 'DeviceRequiredToBeManaged',
    summary: 'Conditional Access requires a managed device (compliant or hybrid joined) to reach this resource, and the request did not come from one.',
    causes: [
      'The sign-in ran from a device that is not managed, or from a place where device identity cannot be sent: WSL, a container, a remote VM, Azure Cloud Shell, or a device-code flow.',
      'The browser or tool does not pass device state (no SSO extension, no broker).',
    ],
    fixes: [
      'Sign in from the managed device itself with a broker-aware tool (for Azure CLI on Windows, the default WAM login rather than --use-device-code).',
      'Use a supported browser that passes device identity, and check the sign-in log to see which policy required a managed device.',
      'For automation, use a service principal or managed identity, which device-based policies do not target in the same way.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS530003', url: 'https://login.microsoftonline.com/error?code=530003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS530032',
    family: 'entra',
    name: 'BlockedByConditionalAccessOnSecurityPolicy',
    summary: 'The sign-in was blocked by a tenant security policy.',
    causes: [
      'A security policy (for example one of Microsoft\'s managed or tenant-wide protections) blocks this kind of sign-in.',
    ],
    fixes: [
      'Check the sign-in log\'s Conditional Access and policy details, and ask an administrator which policy applies.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS530032', url: 'https://login.microsoftonline.com/error?code=530032' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS530034',
    family: 'entra',
    name: 'DelegatedAdminBlockedDueToSuspiciousActivity',
    summary: 'A delegated administrator (partner) was blocked from the customer tenant because their account is risky in their home tenant.',
    causes: [
      'Identity Protection in the partner\'s home tenant flagged the admin account.',
    ],
    fixes: [
      'The partner\'s home tenant must remediate the account risk (reset password, dismiss risk) before access works again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS530034', url: 'https://login.microsoftonline.com/error?code=530034' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS530035',
    family: 'entra',
    name: 'BlockedBySecurityDefaults',
    summary: 'Security defaults blocked the sign-in.',
    causes: [
      'The sign-in used legacy authentication or was judged risky under the tenant\'s security defaults.',
    ],
    fixes: [
      'Use a modern-auth client and complete MFA; admins can review security defaults or move to Conditional Access.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS530035', url: 'https://login.microsoftonline.com/error?code=530035' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Security defaults', url: 'https://learn.microsoft.com/entra/fundamentals/security-defaults' },
    ],
  },
  {
    code: 'AADSTS53004',
    family: 'entra',
    name: 'ProofUpBlockedDueToRisk',
    summary: 'The user must register MFA methods, but registration is blocked because the sign-in looks risky.',
    causes: [
      'Identity Protection flagged the user or sign-in, so self-registration of security info is not allowed.',
    ],
    fixes: [
      'An admin should review the risk, dismiss or remediate it, then let the user register again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53004', url: 'https://login.microsoftonline.com/error?code=53004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS53010',
    family: 'entra',
    name: 'ProofUpBlockedDueToSecurityInfoAcr',
    summary: 'The user cannot register MFA methods because a Conditional Access policy limits where security info may be registered.',
    causes: [
      'A policy for "Register security information" requires a trusted location or device the user is not on.',
    ],
    fixes: [
      'Register from a location or device the policy allows, or ask an admin for a Temporary Access Pass.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53010', url: 'https://login.microsoftonline.com/error?code=53010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS53011',
    family: 'entra',
    name: 'UserBlockedDueToHomeTenantRisk',
    summary: 'The user is blocked because of risk detected in their home tenant.',
    causes: [
      'The guest user\'s home tenant reports the user as risky.',
    ],
    fixes: [
      'The user\'s home tenant admin must remediate the risk.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS53011', url: 'https://login.microsoftonline.com/error?code=53011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS54000',
    family: 'entra',
    name: 'MinorUserBlockedLegalAgeGroupRule',
    summary: 'The user is blocked because of legal age group rules.',
    causes: [
      'The account belongs to a minor and a policy blocks access.',
    ],
    fixes: [
      'The account\'s administrator must grant the needed consent or permissions.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS54000', url: 'https://login.microsoftonline.com/error?code=54000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS54005',
    family: 'entra',
    name: 'AuthorizationCodeAlreadyRedeemed',
    summary: 'The authorization code was already redeemed; a code can be exchanged for tokens only once.',
    causes: [
      'The app exchanges the same code twice: two handlers on the callback (for example your own code plus auth middleware), or React StrictMode running the callback effect twice in development.',
      'The user refreshes the callback page or uses the back button, so the code in the URL is sent again.',
      'A retry after a timeout re-sends the token request although the first one succeeded.',
    ],
    fixes: [
      'Make sure only one component redeems the code: in MSAL.js call handleRedirectPromise once per page load; guard custom code against double execution.',
      'After redeeming, replace the URL (history.replaceState) so a refresh does not resend the code; if the code is used, start a new sign-in.',
      'Do not retry token requests that use a code; request a new code instead.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS54005', url: 'https://login.microsoftonline.com/error?code=54005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Authorization code flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow' },
    ],
  },
  {
    code: 'AADSTS65001',
    family: 'entra',
    name: 'DelegationDoesNotExist',
    summary: 'The user or an administrator has not consented to the permissions this app is asking for, so no token can be issued without consent.',
    causes: [
      'A silent or non-interactive request (refresh, client credentials for delegated scopes, on-behalf-of) asks for scopes nobody has consented to yet.',
      'In on-behalf-of, the user consented to the front-end app but never to the middle-tier API\'s downstream permissions.',
      'New scopes were added to the app after users consented, or an admin revoked the grant.',
    ],
    fixes: [
      'Trigger interactive consent: call acquireTokenInteractive/loginRedirect with the scopes (prompt=consent if needed).',
      'For org-wide use, have an admin grant consent under App registrations > API permissions > Grant admin consent for <tenant>, or via https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<app-id>.',
      'For on-behalf-of, list the client in the API\'s knownClientApplications and request the API\'s /.default scope so consent covers both apps at once.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS65001', url: 'https://login.microsoftonline.com/error?code=65001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Permissions and consent overview', url: 'https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview' },
      { title: 'Grant tenant-wide admin consent', url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent' },
    ],
  },
  {
    code: 'AADSTS65002',
    family: 'entra',
    name: 'FirstPartyPreauthorizationRequired',
    summary: 'Consent between a Microsoft first-party application and a first-party resource must be set up through preauthorization; it cannot be granted by a user.',
    causes: [
      'A Microsoft-owned client id (for example Azure CLI or PowerShell) was used to request a token for an API that has not preauthorized it.',
    ],
    fixes: [
      'Register your own application and use its client id to request tokens for your API.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS65002', url: 'https://login.microsoftonline.com/error?code=65002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS65004',
    family: 'entra',
    name: 'UserDeclinedConsent',
    summary: 'The user declined to consent to the app\'s permissions, so the sign-in stopped.',
    causes: [
      'The user clicked Cancel on the consent screen, or closed it.',
      'The user could not consent (user consent disabled) and chose not to request approval.',
    ],
    fixes: [
      'Handle the error gracefully and explain why the permissions are needed, then let the user try again.',
      'Reduce the requested scopes to what the app really needs, or have an admin grant consent for the tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS65004', url: 'https://login.microsoftonline.com/error?code=65004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Permissions and consent overview', url: 'https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview' },
    ],
  },
  {
    code: 'AADSTS65005',
    family: 'entra',
    name: 'MisconfiguredApplication',
    summary: 'The app\'s configuration does not allow this request: it asks for a resource or scope that its registration does not list, or the resource does not exist in the tenant.',
    causes: [
      'The scope or resource in the request is not among the app\'s configured API permissions.',
      'The requested scope does not exist on the resource (typo, or a permission name from another API).',
      'The resource\'s service principal is missing in the tenant, or for B2C the app asks for a scope of an API it has not been granted.',
      'For a SAML app, the Identifier (Entity ID) configured does not match what the service provider sends.',
    ],
    fixes: [
      'Add the permission under App registrations > API permissions (and grant consent), then request exactly that scope.',
      'Check the scope name against the resource\'s Expose an API page (or Graph permission reference).',
      'Make sure the resource app exists in the tenant (consent to it or create its service principal).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS65005', url: 'https://login.microsoftonline.com/error?code=65005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS650052',
    family: 'entra',
    name: 'OrganizationNotSubscribedToService',
    summary: 'The app needs access to a service that the organization has not subscribed to or enabled.',
    causes: [
      'The resource\'s service principal is missing because the tenant does not have the service (for example a Dynamics or Office service).',
    ],
    fixes: [
      'Ask the administrator to enable or subscribe to the service, or remove that permission from the app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS650052', url: 'https://login.microsoftonline.com/error?code=650052' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS650054',
    family: 'entra',
    name: 'RequestedResourceUnavailable',
    summary: 'The app asked for permissions to a resource that has been removed or is no longer available.',
    causes: [
      'The resource API was deleted or retired.',
    ],
    fixes: [
      'Remove the permission from the app\'s API permissions and stop requesting that scope.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS650054', url: 'https://login.microsoftonline.com/error?code=650054' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS650056',
    family: 'entra',
    name: 'MisconfiguredApplicationPermissions',
    summary: 'The application is misconfigured for this request: it has not listed or been granted the permissions it asks for, or its credentials are not valid.',
    causes: [
      'The client has no API permissions configured for the resource it requests, or admin consent was never granted for them.',
      'The client_id or resource identifier in the request is wrong, so Entra checks the wrong registration.',
      'The certificate used by the client is not registered or is invalid.',
    ],
    fixes: [
      'Under App registrations > the app > API permissions, add the permissions for the resource and click Grant admin consent.',
      'Check the client id and resource/scope values in the request against the app registration.',
      'Verify the certificate or secret under Certificates & secrets.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS650056', url: 'https://login.microsoftonline.com/error?code=650056' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS650057',
    family: 'entra',
    name: 'ResourceNotInRequestedPermissions',
    summary: 'The resource is not listed among the app\'s requested permissions.',
    causes: [
      'The app requests a token for an API that is not on its API permissions page.',
    ],
    fixes: [
      'Add the API and scopes under App registrations > API permissions, then consent.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS650057', url: 'https://login.microsoftonline.com/error?code=650057' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS650059',
    family: 'entra',
    name: 'SignInAudienceRestrictsUse',
    summary: 'The application\'s signInAudience is AzureADMyOrg, which stops it from being used in this way (for example outside its home tenant).',
    causes: [
      'A single-tenant app is used from another tenant, or with an endpoint that implies multi-tenant use.',
    ],
    fixes: [
      'Change Supported account types to multi-tenant if that is the intent, or use the home tenant\'s authority.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS650059', url: 'https://login.microsoftonline.com/error?code=650059' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS67003',
    family: 'entra',
    name: 'ActorNotValidServiceIdentity',
    summary: 'The actor (the calling app in a delegation chain) is not a valid service identity.',
    causes: [
      'A token exchange names an actor that is not a recognized service principal.',
    ],
    fixes: [
      'Use a registered application identity as the actor.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS67003', url: 'https://login.microsoftonline.com/error?code=67003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
