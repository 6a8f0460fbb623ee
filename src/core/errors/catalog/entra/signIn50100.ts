import type { ErrorEntry } from '../types';

/** AADSTS 50100–50199 and 501xxx: claims transformations, PKCE, sessions, device and external challenges. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraSignIn50100Errors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS50100',
    family: 'entra',
    name: 'ClaimsTransformationError',
    summary: 'A claims transformation configured for the application failed while building the token.',
    causes: [
      'A claims-mapping or SAML claims rule is misconfigured for the app.',
    ],
    fixes: [
      'Review the app\'s claims configuration (Enterprise applications > Single sign-on > Attributes & Claims, or the claims-mapping policy) and test with a simple rule set.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50100', url: 'https://login.microsoftonline.com/error?code=50100' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Customize SAML token claims', url: 'https://learn.microsoft.com/entra/identity-platform/saml-claims-customization' },
    ],
  },
  {
    code: 'AADSTS50101',
    family: 'entra',
    name: 'UnknownClaimsTransformer',
    summary: 'The claims configuration refers to a claims transformer that Entra does not know.',
    causes: [
      'A claims-mapping policy names a transformation that does not exist.',
    ],
    fixes: [
      'Fix the transformation name in the claims-mapping policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50101', url: 'https://login.microsoftonline.com/error?code=50101' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50102',
    family: 'entra',
    name: 'CustomClaimsTransformerLoadFailed',
    summary: 'Entra could not load the custom claims transformer for this app.',
    causes: [
      'The custom transformation configuration is broken or references something unavailable.',
    ],
    fixes: [
      'Recreate the transformation in the app\'s claims configuration and retest.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50102', url: 'https://login.microsoftonline.com/error?code=50102' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50103',
    family: 'entra',
    name: 'ClaimsTransformationErrorWithMessage',
    summary: 'A claims transformation failed with a detailed reason given in the message.',
    causes: [
      'An input to a transformation was missing or invalid for this user.',
    ],
    fixes: [
      'Read the detail in the error message and fix the claim rule or the user attribute it relies on.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50103', url: 'https://login.microsoftonline.com/error?code=50103' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50105',
    family: 'entra',
    name: 'EntitlementGrantsNotFound',
    summary: 'The signed-in user is not assigned to a role for this application, and the app requires assignment.',
    causes: [
      'The enterprise application has "Assignment required?" set to Yes and the user (or one of their groups) is not assigned.',
      'The user was assigned through a group that is nested, or through a group type that does not count for app assignment.',
      'The user is a guest and was never assigned, or the assignment was made on a different (duplicate) enterprise app.',
    ],
    fixes: [
      'Assign the user or a directly assigned group under Enterprise applications > the app > Users and groups.',
      'Or, if everyone in the tenant should get in, set Enterprise applications > the app > Properties > Assignment required? to No.',
      'Make sure you are editing the enterprise application whose Application (client) ID matches the client_id in the request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50105', url: 'https://login.microsoftonline.com/error?code=50105' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Restrict an app to a set of users', url: 'https://learn.microsoft.com/entra/identity-platform/howto-restrict-your-app-to-a-set-of-users' },
    ],
  },
  {
    code: 'AADSTS50107',
    family: 'entra',
    name: 'InvalidRealmUri',
    summary: 'The realm (federation) object named in the request does not exist.',
    causes: [
      'The WS-Federation realm or issuer URI does not match any domain or federation configuration in the tenant.',
    ],
    fixes: [
      'Check the wtrealm/issuer value and the federation configuration of the domain.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50107', url: 'https://login.microsoftonline.com/error?code=50107' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50108',
    family: 'entra',
    name: 'ClaimsTransformationConfigUnavailable',
    summary: 'Entra could not retrieve the claims transformation configuration for the app.',
    causes: [
      'A stored claims policy is corrupt or temporarily unreadable.',
    ],
    fixes: [
      'Retry; if it persists, re-save the app\'s claims configuration.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50108', url: 'https://login.microsoftonline.com/error?code=50108' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50109',
    family: 'entra',
    name: 'ClaimsTransformationNotInConfig',
    summary: 'The claims transformation referred to is not in the app\'s configuration.',
    causes: [
      'A claim rule references a transformation that was removed.',
    ],
    fixes: [
      'Fix or remove the dangling claim rule.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50109', url: 'https://login.microsoftonline.com/error?code=50109' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50111',
    family: 'entra',
    name: 'UnknownClaimsTransformationRequested',
    summary: 'An unknown claims transformation was requested.',
    causes: [
      'The claims policy names a transformation type Entra does not support.',
    ],
    fixes: [
      'Use a supported transformation in the claims policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50111', url: 'https://login.microsoftonline.com/error?code=50111' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50117',
    family: 'entra',
    name: 'ClaimsParameterPolicyNotDeserializable',
    summary: 'The claims-mapping or claims-parameter policy cannot be read because it is not valid.',
    causes: [
      'The policy definition JSON is malformed.',
    ],
    fixes: [
      'Validate and re-upload the policy definition.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50117', url: 'https://login.microsoftonline.com/error?code=50117' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50120',
    family: 'entra',
    name: 'ThresholdJwtInvalidJwtFormat',
    summary: 'There is a problem with the JWT header or credential type in the request.',
    causes: [
      'The JWT sent has an unexpected header or an unsupported credential type.',
    ],
    fixes: [
      'Check the JWT\'s header (alg, typ, x5t/kid) and how the library builds it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50120', url: 'https://login.microsoftonline.com/error?code=50120' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50123',
    family: 'entra',
    name: 'UnknownClaimsTransformationMethod',
    summary: 'The claims transformation uses a method Entra does not recognize.',
    causes: [
      'A transformation method name is wrong in the claims policy.',
    ],
    fixes: [
      'Correct the method in the claims policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50123', url: 'https://login.microsoftonline.com/error?code=50123' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50124',
    family: 'entra',
    name: 'ClaimsTransformationInvalidInputParameter',
    summary: 'A claims transformation has an invalid input parameter, such as a bad regular expression.',
    causes: [
      'A RegexReplace or similar rule contains an invalid pattern.',
    ],
    fixes: [
      'Fix the regular expression or input parameter in the claim rule.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50124', url: 'https://login.microsoftonline.com/error?code=50124' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS501241',
    family: 'entra',
    name: 'MandatoryTransformationInputMissing',
    summary: 'A mandatory input for a claims transformation is missing, for example the value needed to build NameID.',
    causes: [
      'The user has no value for the attribute the transformation reads.',
    ],
    fixes: [
      'Populate the attribute for the user, or choose a different source attribute for the claim.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501241', url: 'https://login.microsoftonline.com/error?code=501241' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50125',
    family: 'entra',
    name: 'PasswordResetRegistrationRequiredInterrupt',
    summary: 'Sign-in is paused because the user has to register for password reset or the password needs attention.',
    causes: [
      'SSPR registration is enforced and the user has not registered.',
    ],
    fixes: [
      'Let the user complete the registration in the interactive sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50125', url: 'https://login.microsoftonline.com/error?code=50125' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50126',
    family: 'entra',
    name: 'InvalidUserNameOrPassword',
    summary: 'The username or password is wrong.',
    causes: [
      'The user mistyped the password, or uses an old one after a change.',
      'A script or legacy client (ROPC) sends stale credentials, or a federated/pass-through user\'s on-prem password check fails.',
      'The account uses a passwordless method only and the flow sends a password.',
    ],
    fixes: [
      'Check the password by signing in at https://myaccount.microsoft.com; reset it if needed.',
      'Update stored credentials in scripts, apps and devices; better, replace ROPC with an interactive or app-only flow.',
      'Look at the sign-in logs for repeated failures that may lead to lockout (AADSTS50053).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50126', url: 'https://login.microsoftonline.com/error?code=50126' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50127',
    family: 'entra',
    name: 'BrokerAppNotInstalled',
    summary: 'The user must install a broker app (such as Microsoft Authenticator or Company Portal) to access this content.',
    causes: [
      'Conditional Access needs device identity that only a broker can provide.',
    ],
    fixes: [
      'Install the broker app on the device and sign in again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50127', url: 'https://login.microsoftonline.com/error?code=50127' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50128',
    family: 'entra',
    name: 'InvalidDomainName',
    summary: 'No tenant information could be found for the domain in the request or credentials.',
    causes: [
      'The user typed an email whose domain is not registered to any Entra tenant (e.g. a personal domain) at an endpoint that needs one.',
      'The authority URL uses a domain name that is not a verified domain of any tenant.',
    ],
    fixes: [
      'Sign in with an account from a verified domain, or use the tenant id instead of a domain in the authority.',
      'For personal Microsoft accounts, make sure the app accepts them and uses /common or /consumers.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50128', url: 'https://login.microsoftonline.com/error?code=50128' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50129',
    family: 'entra',
    name: 'DeviceIsNotWorkplaceJoined',
    summary: 'The device must be workplace joined (registered) to sign in.',
    causes: [
      'A policy needs a registered device, and this one is not registered.',
    ],
    fixes: [
      'Register the device with Entra (Settings > Accounts > Access work or school), then retry.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50129', url: 'https://login.microsoftonline.com/error?code=50129' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50130',
    family: 'entra',
    name: 'UnknownAuthMethodClaim',
    summary: 'A claim value could not be read as a known authentication method.',
    causes: [
      'An external provider or federated IdP sends an authentication-method claim Entra does not understand.',
    ],
    fixes: [
      'Check the amr or authentication-method claim the external provider sends.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50130', url: 'https://login.microsoftonline.com/error?code=50130' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50131',
    family: 'entra',
    name: 'ConditionalAccessFailed',
    summary: 'A Conditional Access condition failed, for example the browser is unsupported or the device state is wrong.',
    causes: [
      'The sign-in does not meet one of the conditions of a Conditional Access policy.',
    ],
    fixes: [
      'Check the sign-in log\'s Conditional Access tab for the failing condition and meet it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50131', url: 'https://login.microsoftonline.com/error?code=50131' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50132',
    family: 'entra',
    name: 'SsoArtifactInvalidOrExpired',
    summary: 'The session is no longer valid because the password changed or the SSO artifact expired.',
    causes: [
      'The user\'s password was changed, or the browser session artifact is too old.',
    ],
    fixes: [
      'Sign in again interactively.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50132', url: 'https://login.microsoftonline.com/error?code=50132' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50133',
    family: 'entra',
    name: 'SsoArtifactRevoked',
    summary: 'The session has been revoked, for example after a password change or an admin revoking sessions.',
    causes: [
      'An admin ran revoke sessions, or the password was reset.',
    ],
    fixes: [
      'Sign in again interactively; clear the cached tokens in the app.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50133', url: 'https://login.microsoftonline.com/error?code=50133' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50134',
    family: 'entra',
    name: 'DeviceFlowAuthorizeWrongDatacenter',
    summary: 'The device-code flow hit the wrong datacenter.',
    causes: [
      'The code was entered in a different cloud or region from where it was issued.',
    ],
    fixes: [
      'Enter the device code at the verification URL returned with the code (e.g. https://microsoft.com/devicelogin for the public cloud).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50134', url: 'https://login.microsoftonline.com/error?code=50134' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50135',
    family: 'entra',
    name: 'PasswordChangeCompromisedPassword',
    summary: 'The password must be changed because the account is at risk.',
    causes: [
      'Identity Protection found leaked credentials or high user risk.',
    ],
    fixes: [
      'Have the user change the password (interactively or through SSPR).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50135', url: 'https://login.microsoftonline.com/error?code=50135' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50136',
    family: 'entra',
    name: 'RedirectMsaSessionToApp',
    summary: 'A single Microsoft account session was found and is being redirected to the app.',
    causes: [
      'An informational step in personal-account sign-in.',
    ],
    fixes: [
      'Usually none; the flow continues. If it loops, clear cookies and sign in again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50136', url: 'https://login.microsoftonline.com/error?code=50136' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50137',
    family: 'entra',
    name: 'PasswordChangeRequiredBySecurityPolicy',
    summary: 'A security policy requires the user to change their password.',
    causes: [
      'A policy (for example leaked credentials or admin reset with forced change) demands a new password.',
    ],
    fixes: [
      'Change the password interactively.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50137', url: 'https://login.microsoftonline.com/error?code=50137' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50138',
    family: 'entra',
    name: 'InvalidEncryptionKeyEnvironment',
    summary: 'The encryption key environment used in the request is invalid.',
    causes: [
      'Encrypted content was produced in another environment than the one receiving it.',
    ],
    fixes: [
      'Retry the flow from the start in the same cloud/environment.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50138', url: 'https://login.microsoftonline.com/error?code=50138' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50139',
    family: 'entra',
    name: 'SessionMissingMsaOAuth2RefreshToken',
    summary: 'The session is invalid because the external refresh token for the Microsoft account is missing.',
    causes: [
      'A personal-account session lost the refresh token it depends on.',
    ],
    fixes: [
      'Sign in again interactively.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50139', url: 'https://login.microsoftonline.com/error?code=50139' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50140',
    family: 'entra',
    name: 'KmsiInterrupt',
    summary: 'The "Keep me signed in?" prompt was shown. This is an expected step, not a failure.',
    causes: [
      'The user was asked whether to stay signed in.',
    ],
    fixes: [
      'No fix needed; the sign-in continues after the user answers.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50140', url: 'https://login.microsoftonline.com/error?code=50140' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50141',
    family: 'entra',
    name: 'ProtectedKeyNotForUser',
    summary: 'The protected key presented does not belong to this user.',
    causes: [
      'A cached or transferred key is being used by a different user.',
    ],
    fixes: [
      'Sign in fresh with the correct user; clear cached keys on the device if needed.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50141', url: 'https://login.microsoftonline.com/error?code=50141' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50142',
    family: 'entra',
    name: 'PasswordChangeRequiredByConditionalAccess',
    summary: 'Conditional Access requires a password change (for example because of user risk).',
    causes: [
      'A risk-based policy demands a secure password change.',
    ],
    fixes: [
      'Complete the password change with MFA in the interactive sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50142', url: 'https://login.microsoftonline.com/error?code=50142' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50143',
    family: 'entra',
    name: 'SessionMismatchDomainHint',
    summary: 'The session does not match the domain hint in the request.',
    causes: [
      'The signed-in user belongs to a different tenant than the domain_hint names.',
    ],
    fixes: [
      'Remove or correct domain_hint, or sign in with the matching account.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50143', url: 'https://login.microsoftonline.com/error?code=50143' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50144',
    family: 'entra',
    name: 'InvalidPasswordExpiredOnPremPassword',
    summary: 'The user\'s on-premises Active Directory password has expired.',
    causes: [
      'The on-prem password reached its maximum age (pass-through auth or password writeback scenarios).',
    ],
    fixes: [
      'Change the password on-premises or through SSPR with writeback.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50144', url: 'https://login.microsoftonline.com/error?code=50144' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50146',
    family: 'entra',
    name: 'MissingCustomSigningKey',
    summary: 'The app must be set up with an app-specific signing key, but it has none, or the key has expired or is not valid yet.',
    causes: [
      'The app\'s claims configuration requires its own signing key (for example with claims mapping) and no current key exists.',
    ],
    fixes: [
      'Add a signing certificate to the app, or set acceptMappedClaims appropriately in the manifest.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50146', url: 'https://login.microsoftonline.com/error?code=50146' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS501461',
    family: 'entra',
    name: 'AcceptMappedClaimsAudienceRestriction',
    summary: 'AcceptMappedClaims is only allowed when the token audience matches the application id, and this request does not meet that.',
    causes: [
      'The app enables acceptMappedClaims but requests tokens for a different audience or a non-verified custom domain URI.',
    ],
    fixes: [
      'Use a custom signing key instead of acceptMappedClaims, or request the token for the app\'s own id/verified URI.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501461', url: 'https://login.microsoftonline.com/error?code=501461' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50147',
    family: 'entra',
    name: 'MissingCodeChallenge',
    summary: 'The PKCE code_challenge is missing or its size is not valid.',
    causes: [
      'The authorize request omits code_challenge where PKCE is required (single-page apps), or sends one of the wrong length.',
    ],
    fixes: [
      'Send code_challenge as base64url(SHA-256(code_verifier)) (43 characters) with code_challenge_method=S256; current MSAL does this for you.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50147', url: 'https://login.microsoftonline.com/error?code=50147' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Authorization code flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow' },
    ],
  },
  {
    code: 'AADSTS50148',
    family: 'entra',
    name: 'CodeVerifierMismatch',
    summary: 'The code_verifier sent to the token endpoint does not match the code_challenge sent with the authorization request.',
    causes: [
      'The app generated a new verifier between the authorize and token steps (page reload, second tab, lost session storage).',
      'The challenge was computed wrongly (plain vs S256, standard base64 instead of base64url, padding left in).',
      'Two sign-ins ran in parallel and the wrong verifier was used for a code.',
    ],
    fixes: [
      'Store the verifier with the state value for that request and read it back using the state returned in the callback.',
      'Compute code_challenge = base64url(SHA-256(verifier)) without padding and send code_challenge_method=S256.',
      'Avoid starting a second interactive flow while one is in progress (MSAL: handleRedirectPromise before any new login).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50148', url: 'https://login.microsoftonline.com/error?code=50148' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Authorization code flow', url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow' },
    ],
  },
  {
    code: 'AADSTS501481',
    family: 'entra',
    name: 'CodeVerifierDoesNotMatch',
    summary: 'The code_verifier does not match the code_challenge from the authorization request.',
    causes: [
      'The same causes as AADSTS50148: a regenerated, lost or wrongly computed verifier.',
    ],
    fixes: [
      'Keep the verifier per request (keyed by state) and recompute the challenge as base64url SHA-256.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501481', url: 'https://login.microsoftonline.com/error?code=501481' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50149',
    family: 'entra',
    name: 'InvalidCodeChallengeMethod',
    summary: 'The code_challenge_method is not valid; Entra supports S256 and plain.',
    causes: [
      'A library sends an unsupported or misspelled method value.',
    ],
    fixes: [
      'Send code_challenge_method=S256.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50149', url: 'https://login.microsoftonline.com/error?code=50149' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS501491',
    family: 'entra',
    name: 'InvalidCodeChallengeMethodInvalidSize',
    summary: 'The code_challenge has an invalid size.',
    causes: [
      'The challenge is not 43 characters (a truncated or padded value, or the verifier sent instead of its hash).',
    ],
    fixes: [
      'Generate the challenge as base64url SHA-256 of a 43–128 character verifier without padding.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501491', url: 'https://login.microsoftonline.com/error?code=501491' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50150',
    family: 'entra',
    name: 'CredentialsLackConsentInfo',
    summary: 'The credentials do not carry the user\'s consent-approval information needed here.',
    causes: [
      'A token or credential lacks the consent details the request depends on.',
    ],
    fixes: [
      'Sign in interactively so consent can be recorded.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50150', url: 'https://login.microsoftonline.com/error?code=50150' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50155',
    family: 'entra',
    name: 'DeviceAuthenticationFailed',
    summary: 'The device tried to authenticate and failed.',
    causes: [
      'The device object was deleted or disabled in Entra, so its certificate no longer works.',
      'The device\'s keys or primary refresh token are stale after a re-image or a move between tenants.',
      'Clock skew or a TPM problem on the device.',
    ],
    fixes: [
      'Check the device in Entra admin center > Devices and make sure it exists and is enabled.',
      'Re-register or re-join the device (dsregcmd /leave then rejoin, or remove and re-add the work account).',
      'Run dsregcmd /status on Windows to see the registration and PRT state.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50155', url: 'https://login.microsoftonline.com/error?code=50155' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50156',
    family: 'entra',
    name: 'DeviceTokensUnsupportedForV2Resource',
    summary: 'Device-only tokens are not supported for v2 resources.',
    causes: [
      'A device-only authentication was used for a resource that needs user context.',
    ],
    fixes: [
      'Use a user or app flow for the resource instead.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50156', url: 'https://login.microsoftonline.com/error?code=50156' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50157',
    family: 'entra',
    name: 'UserRedirectionRequired',
    summary: 'The user has to be redirected (for example to their home environment) before sign-in can continue.',
    causes: [
      'The account needs a different routing than the current request.',
    ],
    fixes: [
      'Let the sign-in follow the redirect interactively.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50157', url: 'https://login.microsoftonline.com/error?code=50157' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50158',
    family: 'entra',
    name: 'ExternalSecurityChallenge',
    summary: 'The user was sent to satisfy an external challenge (terms of use, a third-party MFA provider) before finishing sign-in; on its own this is an interrupt, and the sign-in log shows whether the challenge then passed or failed.',
    causes: [
      'Conditional Access uses a custom control or external authentication method (Duo, terms of use) that the user has not completed.',
      'The request is silent or non-interactive, so the external challenge cannot be shown.',
    ],
    fixes: [
      'Run the sign-in interactively so the user completes the external challenge.',
      'Check the policy and the external provider\'s configuration if users cannot complete it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50158', url: 'https://login.microsoftonline.com/error?code=50158' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50159',
    family: 'entra',
    name: 'ExternalProviderClaimsInsufficient',
    summary: 'The external security challenge did not return the claims Entra needs.',
    causes: [
      'The custom control or external MFA provider returns a response without the expected claims.',
    ],
    fixes: [
      'Check the external provider\'s integration and the claims it returns.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50159', url: 'https://login.microsoftonline.com/error?code=50159' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50160',
    family: 'entra',
    name: 'DifferentTargetTenantPreferred',
    summary: 'Entra prefers a different target tenant for this sign-in.',
    causes: [
      'The account or app would be served better from another tenant than the one in the request.',
    ],
    fixes: [
      'Use the tenant indicated in the message as the authority.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50160', url: 'https://login.microsoftonline.com/error?code=50160' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50161',
    family: 'entra',
    name: 'InvalidExternalSecurityChallengeConfiguration',
    summary: 'The authorization URL of the external claims provider is not valid.',
    causes: [
      'The external authentication method or custom control has a bad URL.',
    ],
    fixes: [
      'Fix the external provider\'s authorization URL in its configuration.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50161', url: 'https://login.microsoftonline.com/error?code=50161' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50162',
    family: 'entra',
    name: 'ClaimsTransformationTimeout',
    summary: 'A claims transformation took too long.',
    causes: [
      'A complex transformation (often a regex) ran past the time limit.',
    ],
    fixes: [
      'Simplify the claim rule.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50162', url: 'https://login.microsoftonline.com/error?code=50162' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50163',
    family: 'entra',
    name: 'ClaimsTransformationResultTooLarge',
    summary: 'A regular-expression replacement in a claims transformation produced a claim larger than the size limit.',
    causes: [
      'A RegexReplace rule expands its input into a value that is too long.',
    ],
    fixes: [
      'Change the regular expression or its replacement so the resulting claim stays short.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50163', url: 'https://login.microsoftonline.com/error?code=50163' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50164',
    family: 'entra',
    name: 'AccessTokenUsedForWrongPurpose',
    summary: 'An access token was used for something it was not issued for.',
    causes: [
      'A token issued for one purpose (e.g. a resource call) was sent as a credential in another flow.',
    ],
    fixes: [
      'Use the token type the flow expects (for example an access token for your API in on-behalf-of).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50164', url: 'https://login.microsoftonline.com/error?code=50164' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50165',
    family: 'entra',
    name: 'UnsupportedTokenEncryptionAlgorithm',
    summary: 'The token encryption algorithm requested is not supported.',
    causes: [
      'The app\'s encryption configuration uses an algorithm Entra cannot use.',
    ],
    fixes: [
      'Choose a supported encryption certificate and algorithm.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50165', url: 'https://login.microsoftonline.com/error?code=50165' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50166',
    family: 'entra',
    name: 'ExternalClaimsProviderThrottled',
    summary: 'The request to the external OIDC endpoint (external claims provider) failed.',
    causes: [
      'The external provider throttled or rejected the call, or was unreachable.',
    ],
    fixes: [
      'Check the external provider\'s availability and limits, then retry.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50166', url: 'https://login.microsoftonline.com/error?code=50166' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50167',
    family: 'entra',
    name: 'InvalidPopJwkKey',
    summary: 'The pop_jwk key sent for a proof-of-possession token is not valid.',
    causes: [
      'A malformed or unsupported key in the PoP request.',
    ],
    fixes: [
      'Send a valid public JWK in the pop request; update the library.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50167', url: 'https://login.microsoftonline.com/error?code=50167' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50168',
    family: 'entra',
    name: 'ChromeBrowserSsoInterruptRequired',
    summary: 'The Windows-accounts SSO token is missing or expired for this browser sign-in.',
    causes: [
      'The browser extension for Windows SSO is missing, or the device\'s SSO token has expired.',
    ],
    fixes: [
      'Install or enable the Microsoft SSO browser extension and make sure the user is signed in to Windows with the work account.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50168', url: 'https://login.microsoftonline.com/error?code=50168' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50169',
    family: 'entra',
    name: 'InvalidRequestBadRealm',
    summary: 'The realm in the request is not a configured realm of the current service namespace.',
    causes: [
      'The request names a realm or domain that is not set up in this tenant.',
    ],
    fixes: [
      'Use a realm configured in the tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50169', url: 'https://login.microsoftonline.com/error?code=50169' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50170',
    family: 'entra',
    name: 'MissingExternalClaimsProviderMapping',
    summary: 'The external controls mapping is missing.',
    causes: [
      'A custom control is referenced but its mapping is not configured.',
    ],
    fixes: [
      'Configure the custom control mapping, or remove it from the policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50170', url: 'https://login.microsoftonline.com/error?code=50170' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50171',
    family: 'entra',
    name: 'AudienceRequiresMtls',
    summary: 'The requested audience can only be used with mutual TLS (mTLS).',
    causes: [
      'The app requested a token for an mTLS-only audience over a normal connection.',
    ],
    fixes: [
      'Use the mTLS endpoint and a certificate-bound client for this audience.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50171', url: 'https://login.microsoftonline.com/error?code=50171' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50172',
    family: 'entra',
    name: 'ExternalClaimsProviderNotApproved',
    summary: 'The external claims provider is not approved.',
    causes: [
      'An external authentication method or claims provider has not been approved by the tenant.',
    ],
    fixes: [
      'Approve or configure the provider in the tenant.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50172', url: 'https://login.microsoftonline.com/error?code=50172' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50173',
    family: 'entra',
    name: 'FreshTokenNeeded',
    summary: 'The grant (refresh token) was revoked: it was issued before the user\'s TokensValidFrom time, which moves forward when the password changes or is reset or an admin revokes sessions, so a fresh sign-in is needed.',
    causes: [
      'The user changed or reset their password after the refresh token was issued.',
      'An admin revoked the user\'s sessions (Revoke sessions, Revoke-MgUserSignInSession) or the account was disabled and re-enabled.',
      'A script or server stores a refresh token for a long time and uses it after such an event.',
    ],
    fixes: [
      'Catch the error as interaction required and sign the user in again (MSAL: acquireTokenInteractive; az login; Connect-MgGraph).',
      'Remove the stale account and its refresh token from the token cache before retrying.',
      'For unattended automation, use a service principal or managed identity, which does not depend on a user\'s password.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50173', url: 'https://login.microsoftonline.com/error?code=50173' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Refresh tokens', url: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens' },
    ],
  },
  {
    code: 'AADSTS50176',
    family: 'entra',
    name: 'ExternalControlDefinitionMissing',
    summary: 'The external control definition is missing.',
    causes: [
      'A policy references an external control that is not defined.',
    ],
    fixes: [
      'Define the control or remove it from the policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50176', url: 'https://login.microsoftonline.com/error?code=50176' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50177',
    family: 'entra',
    name: 'ExternalChallengeNotSupportedForPassthroughUsers',
    summary: 'External challenges are not supported for pass-through users.',
    causes: [
      'A pass-through (guest-like) user is asked to complete an external challenge.',
    ],
    fixes: [
      'Adjust the policy so pass-through users are not given the external challenge.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50177', url: 'https://login.microsoftonline.com/error?code=50177' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50178',
    family: 'entra',
    name: 'SessionControlNotSupportedForPassthroughUsers',
    summary: 'Session controls are not supported for pass-through users.',
    causes: [
      'A Conditional Access session control applies to a pass-through user.',
    ],
    fixes: [
      'Exclude pass-through users from the session control.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50178', url: 'https://login.microsoftonline.com/error?code=50178' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50180',
    family: 'entra',
    name: 'WindowsIntegratedAuthMissing',
    summary: 'Integrated Windows authentication is needed, but is not enabled for the tenant.',
    causes: [
      'The flow needs Seamless SSO or IWA and it is not turned on.',
    ],
    fixes: [
      'Enable Seamless SSO in Entra Connect, or use another sign-in method.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50180', url: 'https://login.microsoftonline.com/error?code=50180' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50187',
    family: 'entra',
    name: 'DeviceInformationNotProvided',
    summary: 'The service could not perform device authentication.',
    causes: [
      'Device information was not passed in the request.',
    ],
    fixes: [
      'Use a browser or broker that passes device identity; check device registration.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50187', url: 'https://login.microsoftonline.com/error?code=50187' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50192',
    family: 'entra',
    name: 'RawCredentialExpectedNotFound',
    summary: 'A credential the flow needs was not sent, for example the client certificate in certificate-based authentication.',
    causes: [
      'The browser or client did not present a certificate (cancelled picker, no certificate installed).',
      'A proxy or TLS-inspecting device removed the client certificate from the request.',
    ],
    fixes: [
      'Install the user certificate and pick it when prompted, or use another authentication method.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50192', url: 'https://login.microsoftonline.com/error?code=50192' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50194',
    family: 'entra',
    name: 'SingleTenantAppOnCommonEndpoint',
    summary: 'The application is not configured as multi-tenant, so /common cannot be used for it.',
    causes: [
      'A single-tenant app sends users to https://login.microsoftonline.com/common.',
    ],
    fixes: [
      'Use the tenant-specific endpoint https://login.microsoftonline.com/<tenant-id>, or switch the app to multi-tenant under Supported account types.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50194', url: 'https://login.microsoftonline.com/error?code=50194' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50196',
    family: 'entra',
    name: 'LoopDetected',
    summary: 'Entra detected a client loop: the app requested tokens so many times so quickly that it is treated as a bug.',
    causes: [
      'The app does not cache tokens and asks for a new one on every call or render.',
      'A redirect loop: the app treats the sign-in response as failed and starts a new login, repeatedly.',
      'Several app instances or browser tabs refresh tokens at once without sharing a cache.',
    ],
    fixes: [
      'Cache tokens and reuse them until shortly before expiry; MSAL\'s acquireTokenSilent does this when you reuse one client instance.',
      'Break redirect loops: call handleRedirectPromise once on load and only start login when no account exists.',
      'Add back-off to retries after errors.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50196', url: 'https://login.microsoftonline.com/error?code=50196' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50197',
    family: 'entra',
    name: 'ConflictingIdentities',
    summary: 'The user could not be found because more than one identity matched.',
    causes: [
      'Duplicate users share the same identifier (for example the same email or alternate id).',
    ],
    fixes: [
      'Remove the duplicate or sign in with a unique identifier.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50197', url: 'https://login.microsoftonline.com/error?code=50197' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS50199',
    family: 'entra',
    name: 'CmsiInterrupt',
    summary: 'Entra asks the user to confirm that this is the app they meant to sign in to; a security interrupt, not a failure.',
    causes: [
      'A native app requested a token through a system web view with a redirect URI outside the safe list (http, https, chrome-extension), for example a custom scheme in a mobile browser.',
    ],
    fixes: [
      'Let the user confirm; to avoid the prompt, use an http(s) redirect URI or the broker.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS50199', url: 'https://login.microsoftonline.com/error?code=50199' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS501621',
    family: 'entra',
    name: 'ClaimsTransformationTimeoutRegularExpressionTimeout',
    summary: 'A regular expression in a claims transformation took too long.',
    causes: [
      'An expensive regex in a claim rule.',
    ],
    fixes: [
      'Simplify the regular expression.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501621', url: 'https://login.microsoftonline.com/error?code=501621' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS501631',
    family: 'entra',
    name: 'ClaimsTransformationTooManyReplacements',
    summary: 'A regular-expression replacement in a claims transformation made too many replacements in its source claim.',
    causes: [
      'The pattern matches far more often than intended in the input claim.',
    ],
    fixes: [
      'Tighten the regular expression in the claim rule so it matches only what it should.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501631', url: 'https://login.microsoftonline.com/error?code=501631' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Customize SAML token claims', url: 'https://learn.microsoft.com/entra/identity-platform/saml-claims-customization' },
    ],
  },
  {
    code: 'AADSTS501632',
    family: 'entra',
    name: 'ClaimsTransformationTooManySubstitutions',
    summary: 'A regular-expression replacement in a claims transformation uses too many substitution parameters in its replacement value.',
    causes: [
      'The replacement string references more groups or parameters than allowed.',
    ],
    fixes: [
      'Simplify the replacement value of the claim rule.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS501632', url: 'https://login.microsoftonline.com/error?code=501632' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Customize SAML token claims', url: 'https://learn.microsoft.com/entra/identity-platform/saml-claims-customization' },
    ],
  },
];
