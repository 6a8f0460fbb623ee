import type { ErrorEntry } from '../types';

/** AADSTS 80xxx–1000xxx: pass-through auth, Seamless SSO, password change, Windows Hello, devices, misc. Prose is AuthLens's own; codes and names are from the Entra error table. */
export const entraHybridAndDeviceErrors: readonly ErrorEntry[] = [
  {
    code: 'AADSTS80001',
    family: 'entra',
    name: 'OnPremiseStoreIsNotAvailable',
    summary: 'The pass-through authentication agent cannot reach Active Directory.',
    causes: [
      'The agent servers cannot contact a domain controller, are not in the same AD forest as the users, or the agent service is down.',
    ],
    fixes: [
      'Check that the PTA agents are running and can reach AD; look at the agent\'s event logs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80001', url: 'https://login.microsoftonline.com/error?code=80001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot pass-through authentication', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/tshoot-connect-pass-through-authentication' },
    ],
  },
  {
    code: 'AADSTS80002',
    family: 'entra',
    name: 'OnPremisePasswordValidatorRequestTimedout',
    summary: 'The password validation request to the on-premises agent timed out.',
    causes: [
      'The PTA agent or AD was too slow or unreachable to answer in time.',
    ],
    fixes: [
      'Check that Active Directory is reachable and responsive from the agent servers; add agents for redundancy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80002', url: 'https://login.microsoftonline.com/error?code=80002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot pass-through authentication', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/tshoot-connect-pass-through-authentication' },
    ],
  },
  {
    code: 'AADSTS80005',
    family: 'entra',
    name: 'OnPremisePasswordValidatorUnpredictableWebException',
    summary: 'The pass-through authentication agent hit an unexpected web exception.',
    causes: [
      'A transient network or proxy problem between the agent and Entra.',
    ],
    fixes: [
      'Retry; if it keeps happening, check the agent\'s outbound connectivity and proxy settings.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80005', url: 'https://login.microsoftonline.com/error?code=80005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS80007',
    family: 'entra',
    name: 'OnPremisePasswordValidatorErrorOccurredOnPrem',
    summary: 'The pass-through authentication agent could not validate the user\'s password.',
    causes: [
      'The on-prem validation returned an error (account problem, AD failure).',
    ],
    fixes: [
      'Check the agent logs and confirm the user can authenticate against AD directly.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80007', url: 'https://login.microsoftonline.com/error?code=80007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS80010',
    family: 'entra',
    name: 'OnPremisePasswordValidationEncryptionException',
    summary: 'The pass-through authentication agent could not decrypt the password.',
    causes: [
      'The agent\'s certificate or keys are out of date or corrupted.',
    ],
    fixes: [
      'Re-register or reinstall the PTA agent.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80010', url: 'https://login.microsoftonline.com/error?code=80010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS80012',
    family: 'entra',
    name: 'OnPremisePasswordValidationAccountLogonInvalidHours',
    summary: 'The user tried to sign in outside the logon hours allowed in Active Directory.',
    causes: [
      'The AD account has logon-hour restrictions.',
    ],
    fixes: [
      'Sign in during allowed hours, or ask an AD admin to change the logon hours.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80012', url: 'https://login.microsoftonline.com/error?code=80012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS80013',
    family: 'entra',
    name: 'OnPremisePasswordValidationTimeSkew',
    summary: 'Authentication failed because of a time difference between the PTA agent machine and Active Directory.',
    causes: [
      'The agent server\'s clock is not in sync with AD.',
    ],
    fixes: [
      'Synchronize the clocks (time service) on the agent servers and domain controllers.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80013', url: 'https://login.microsoftonline.com/error?code=80013' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS80014',
    family: 'entra',
    name: 'OnPremisePasswordValidationAuthenticationAgentTimeout',
    summary: 'The validation request got no answer within the time limit.',
    causes: [
      'The PTA agent did not respond in time (overloaded or unreachable).',
    ],
    fixes: [
      'Check agent health and connectivity; retry the sign-in.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS80014', url: 'https://login.microsoftonline.com/error?code=80014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS81004',
    family: 'entra',
    name: 'DesktopSsoIdentityInTicketIsNotAuthenticated',
    summary: 'Seamless SSO (Kerberos) failed: the identity in the ticket is not authenticated.',
    causes: [
      'The Kerberos ticket presented does not authenticate the user (bad ticket or wrong account).',
    ],
    fixes: [
      'Check the Seamless SSO configuration and that the device is domain joined and on the corporate network.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81004', url: 'https://login.microsoftonline.com/error?code=81004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot Seamless single sign-on', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/tshoot-connect-sso' },
    ],
  },
  {
    code: 'AADSTS81005',
    family: 'entra',
    name: 'DesktopSsoAuthenticationPackageNotSupported',
    summary: 'Seamless SSO failed because the authentication package is not supported.',
    causes: [
      'The client negotiated something other than Kerberos (for example NTLM).',
    ],
    fixes: [
      'Make sure the browser sends Kerberos for the Seamless SSO URL (intranet zone settings) and the device can reach a domain controller.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81005', url: 'https://login.microsoftonline.com/error?code=81005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot Seamless single sign-on', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/tshoot-connect-sso' },
    ],
  },
  {
    code: 'AADSTS81006',
    family: 'entra',
    name: 'DesktopSsoNoAuthorizationHeader',
    summary: 'Seamless SSO got no Authorization header from the browser.',
    causes: [
      'The browser did not send a Kerberos ticket (site not in the intranet zone, or not domain joined).',
    ],
    fixes: [
      'Add the Seamless SSO URL to the intranet zone via policy and use a domain-joined device on the corporate network.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81006', url: 'https://login.microsoftonline.com/error?code=81006' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot Seamless single sign-on', url: 'https://learn.microsoft.com/entra/identity/hybrid/connect/tshoot-connect-sso' },
    ],
  },
  {
    code: 'AADSTS81007',
    family: 'entra',
    name: 'DesktopSsoTenantIsNotOptIn',
    summary: 'The tenant has not enabled Seamless SSO.',
    causes: [
      'Seamless SSO is off for the tenant.',
    ],
    fixes: [
      'Enable Seamless SSO in Entra Connect if it is wanted.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81007', url: 'https://login.microsoftonline.com/error?code=81007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS81009',
    family: 'entra',
    name: 'DesktopSsoAuthorizationHeaderValueWithBadFormat',
    summary: 'Seamless SSO could not validate the Kerberos ticket because of a bad Authorization header format.',
    causes: [
      'The header is malformed, often due to a proxy or browser issue.',
    ],
    fixes: [
      'Check for proxies altering headers; test from another browser on a domain-joined device.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81009', url: 'https://login.microsoftonline.com/error?code=81009' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS81010',
    family: 'entra',
    name: 'DesktopSsoAuthTokenInvalid',
    summary: 'Seamless SSO failed because the user\'s Kerberos ticket has expired or is invalid.',
    causes: [
      'An old ticket, or the computer account\'s Kerberos key for Seamless SSO was rolled over.',
    ],
    fixes: [
      'Have the user sign out and back in to Windows (or run klist purge); make sure the Seamless SSO key is current.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81010', url: 'https://login.microsoftonline.com/error?code=81010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS81011',
    family: 'entra',
    name: 'DesktopSsoLookupUserBySidFailed',
    summary: 'Seamless SSO could not find the user by the SID in the Kerberos ticket.',
    causes: [
      'The user is not synced to Entra, or the SID does not match.',
    ],
    fixes: [
      'Check that the user is synced by Entra Connect and that the on-prem SID matches.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81011', url: 'https://login.microsoftonline.com/error?code=81011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS81012',
    family: 'entra',
    name: 'DesktopSsoMismatchBetweenTokenUpnAndChosenUpn',
    summary: 'The user signing in is not the user signed in to the Windows device.',
    causes: [
      'Someone chose a different account than the one in the Kerberos ticket.',
    ],
    fixes: [
      'Sign in with the same account as the Windows session, or use a different browser profile.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS81012', url: 'https://login.microsoftonline.com/error?code=81012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120000',
    family: 'entra',
    name: 'PasswordChangeIncorrectCurrentPassword',
    summary: 'Password change failed: the current password entered is wrong.',
    causes: [
      'The user mistyped the current password.',
    ],
    fixes: [
      'Enter the correct current password, or use self-service password reset.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120000', url: 'https://login.microsoftonline.com/error?code=120000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120002',
    family: 'entra',
    name: 'PasswordChangeInvalidNewPasswordWeak',
    summary: 'Password change failed: the new password is too weak.',
    causes: [
      'The new password does not meet complexity or banned-password rules.',
    ],
    fixes: [
      'Choose a longer, less common password.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120002', url: 'https://login.microsoftonline.com/error?code=120002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120003',
    family: 'entra',
    name: 'PasswordChangeInvalidNewPasswordContainsMemberName',
    summary: 'Password change failed: the new password contains the user\'s name.',
    causes: [
      'The new password includes parts of the username.',
    ],
    fixes: [
      'Choose a password that does not contain the user\'s name.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120003', url: 'https://login.microsoftonline.com/error?code=120003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120004',
    family: 'entra',
    name: 'PasswordChangeOnPremComplexity',
    summary: 'Password change failed: the new password does not meet on-premises complexity rules.',
    causes: [
      'Active Directory\'s password policy rejects the new password (writeback scenario).',
    ],
    fixes: [
      'Choose a password that meets the on-prem domain policy.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120004', url: 'https://login.microsoftonline.com/error?code=120004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot SSPR writeback', url: 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback' },
    ],
  },
  {
    code: 'AADSTS120005',
    family: 'entra',
    name: 'PasswordChangeOnPremSuccessCloudFail',
    summary: 'The password changed on-premises but the update in the cloud failed.',
    causes: [
      'Synchronization or writeback hit a problem after the on-prem change.',
    ],
    fixes: [
      'Wait for sync, then sign in with the new password; check Entra Connect health.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120005', url: 'https://login.microsoftonline.com/error?code=120005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120008',
    family: 'entra',
    name: 'PasswordChangeAsyncJobStateTerminated',
    summary: 'A password change job did not finish (it was terminated).',
    causes: [
      'An internal error stopped the asynchronous password change.',
    ],
    fixes: [
      'Try the password change again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120008', url: 'https://login.microsoftonline.com/error?code=120008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120011',
    family: 'entra',
    name: 'PasswordChangeAsyncUpnInferenceFailed',
    summary: 'A password change failed because the user\'s UPN could not be determined.',
    causes: [
      'An internal inference step failed.',
    ],
    fixes: [
      'Retry; if it persists, check the user\'s UPN and sync state.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120011', url: 'https://login.microsoftonline.com/error?code=120011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120012',
    family: 'entra',
    name: 'PasswordChangeNeedsToHappenOnPrem',
    summary: 'The password must be changed on-premises, because password writeback is not enabled.',
    causes: [
      'The user is synced from AD and writeback is off.',
    ],
    fixes: [
      'Change the password on a domain-joined machine, or enable password writeback.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120012', url: 'https://login.microsoftonline.com/error?code=120012' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120013',
    family: 'entra',
    name: 'PasswordChangeOnPremisesConnectivityFailure',
    summary: 'Password change failed because Entra could not reach the on-premises environment.',
    causes: [
      'Writeback connectivity through Entra Connect is broken.',
    ],
    fixes: [
      'Check Entra Connect and its writeback connectivity.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120013', url: 'https://login.microsoftonline.com/error?code=120013' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Troubleshoot SSPR writeback', url: 'https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback' },
    ],
  },
  {
    code: 'AADSTS120014',
    family: 'entra',
    name: 'PasswordChangeOnPremUserAccountLockedOutOrDisabled',
    summary: 'Password change failed because the on-premises account is locked out or disabled.',
    causes: [
      'The AD account is locked or disabled.',
    ],
    fixes: [
      'Unlock or enable the account in Active Directory.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120014', url: 'https://login.microsoftonline.com/error?code=120014' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120015',
    family: 'entra',
    name: 'PasswordChangeADAdminActionRequired',
    summary: 'The on-premises account needs an AD administrator before the password can be changed.',
    causes: [
      'An AD setting (for example a protected group) blocks self-service change.',
    ],
    fixes: [
      'Ask an AD administrator to change the password or the blocking setting.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120015', url: 'https://login.microsoftonline.com/error?code=120015' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120016',
    family: 'entra',
    name: 'PasswordChangeUserNotFoundBySspr',
    summary: 'Self-service password reset could not find the user.',
    causes: [
      'The user does not exist where SSPR looked.',
    ],
    fixes: [
      'Check the username and the user\'s sync state.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120016', url: 'https://login.microsoftonline.com/error?code=120016' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120018',
    family: 'entra',
    name: 'PasswordChangePasswordDoesnotComplyFuzzyPolicy',
    summary: 'The new password is too similar to banned or previously used passwords.',
    causes: [
      'Password protection\'s fuzzy matching rejects it.',
    ],
    fixes: [
      'Choose a clearly different password.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120018', url: 'https://login.microsoftonline.com/error?code=120018' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120020',
    family: 'entra',
    name: 'PasswordChangeFailure',
    summary: 'The password change failed for a general reason.',
    causes: [
      'An unspecified error in the password change operation.',
    ],
    fixes: [
      'Try again; check the audit logs for more detail.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120020', url: 'https://login.microsoftonline.com/error?code=120020' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS120021',
    family: 'entra',
    name: 'PartnerServiceSsprInternalServiceError',
    summary: 'A partner service hit an internal error during self-service password reset.',
    causes: [
      'A transient service error.',
    ],
    fixes: [
      'Retry the password reset later.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS120021', url: 'https://login.microsoftonline.com/error?code=120021' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS130004',
    family: 'entra',
    name: 'NgcKeyNotFound',
    summary: 'The user\'s Windows Hello (NGC) key is not configured.',
    causes: [
      'The Hello key was never registered or was removed.',
    ],
    fixes: [
      'Set up Windows Hello for Business again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS130004', url: 'https://login.microsoftonline.com/error?code=130004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Windows Hello for Business', url: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/' },
    ],
  },
  {
    code: 'AADSTS130005',
    family: 'entra',
    name: 'NgcInvalidSignature',
    summary: 'The Windows Hello (NGC) key signature is not valid.',
    causes: [
      'The key material on the device and in Entra no longer match.',
    ],
    fixes: [
      'Reset Windows Hello for Business on the device.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS130005', url: 'https://login.microsoftonline.com/error?code=130005' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS130006',
    family: 'entra',
    name: 'NgcTransportKeyNotFound',
    summary: 'The Windows Hello transport key is not configured on the device.',
    causes: [
      'The device\'s registration is incomplete.',
    ],
    fixes: [
      'Re-register the device and set up Windows Hello again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS130006', url: 'https://login.microsoftonline.com/error?code=130006' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS130007',
    family: 'entra',
    name: 'NgcDeviceIsDisabled',
    summary: 'The device used with Windows Hello is disabled.',
    causes: [
      'An admin disabled the device object in Entra.',
    ],
    fixes: [
      'Re-enable the device in Entra admin center > Devices, or use another device.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS130007', url: 'https://login.microsoftonline.com/error?code=130007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS130008',
    family: 'entra',
    name: 'NgcDeviceIsNotFound',
    summary: 'The device referenced by the Windows Hello key was not found.',
    causes: [
      'The device object was deleted from Entra.',
    ],
    fixes: [
      'Re-register the device and set up Windows Hello again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS130008', url: 'https://login.microsoftonline.com/error?code=130008' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS135010',
    family: 'entra',
    name: 'KeyNotFound',
    summary: 'The key needed for this device or user authentication was not found.',
    causes: [
      'A registered key is missing from Entra or the device.',
    ],
    fixes: [
      'Re-register the device or the credential.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS135010', url: 'https://login.microsoftonline.com/error?code=135010' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS135011',
    family: 'entra',
    name: 'DeviceDisabled',
    summary: 'The device used during the authentication is disabled in the tenant.',
    causes: [
      'An administrator (or a stale-device cleanup script) disabled the device object in Entra.',
      'The device was disabled by Intune or a lifecycle process, but the user still signs in with it.',
    ],
    fixes: [
      'Check the device under Entra admin center > Devices > All devices; an admin can enable it if it is legitimate.',
      'If it should stay disabled, sign in from another device or re-register this one.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS135011', url: 'https://login.microsoftonline.com/error?code=135011' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS140000',
    family: 'entra',
    name: 'InvalidRequestNonce',
    summary: 'The request nonce is missing or invalid.',
    causes: [
      'The client did not send the nonce the server expects, or sent a stale one.',
    ],
    fixes: [
      'Get a new nonce from the server and resend the request.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS140000', url: 'https://login.microsoftonline.com/error?code=140000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS140001',
    family: 'entra',
    name: 'InvalidSessionKey',
    summary: 'The session key is not valid.',
    causes: [
      'The device\'s session key is stale or corrupted.',
    ],
    fixes: [
      'Sign in again; re-register the device if it keeps happening.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS140001', url: 'https://login.microsoftonline.com/error?code=140001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS165000',
    family: 'entra',
    name: 'InvalidRequestUserContextMismatch',
    summary: 'The sign-in request\'s anti-forgery values (cookies, form fields, headers) are missing or do not match the user\'s session, so Entra refuses it.',
    causes: [
      'Cookies for login.microsoftonline.com are blocked or cleared mid-flow (privacy extensions, strict tracking protection, an in-app browser).',
      'The sign-in was split across tabs, browsers or users, for example a sign-in URL copied into another browser, or two sign-ins in parallel.',
      'A proxy or security appliance strips cookies or rewrites the form post.',
    ],
    fixes: [
      'Clear cookies for login.microsoftonline.com, close other sign-in tabs, and start the sign-in again in one tab.',
      'Allow cookies for the Microsoft sign-in domains and test without privacy extensions or in another browser.',
      'If a proxy or SSL inspection sits in the path, exclude the Microsoft login hosts from it.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS165000', url: 'https://login.microsoftonline.com/error?code=165000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS165004',
    family: 'entra',
    name: 'RuntimeSpecificError',
    summary: 'Entra returned a runtime-specific error; the message text carries the details.',
    causes: [
      'A condition described only in the accompanying message.',
    ],
    fixes: [
      'Read the full error_description and look the correlation id up in the sign-in logs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS165004', url: 'https://login.microsoftonline.com/error?code=165004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS165900',
    family: 'entra',
    name: 'InvalidApiRequest',
    summary: 'The request to the API is not valid.',
    causes: [
      'The request is malformed or missing required data.',
    ],
    fixes: [
      'Check the request parameters against the endpoint\'s documentation.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS165900', url: 'https://login.microsoftonline.com/error?code=165900' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS220450',
    family: 'entra',
    name: 'UnsupportedAndroidWebViewVersion',
    summary: 'The Chrome WebView on the Android device is too old.',
    causes: [
      'The Android System WebView has not been updated.',
    ],
    fixes: [
      'Update Android System WebView and Chrome from the Play Store.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS220450', url: 'https://login.microsoftonline.com/error?code=220450' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS220501',
    family: 'entra',
    name: 'InvalidCrlDownload',
    summary: 'Entra could not download the certificate revocation list (CRL) for certificate-based authentication.',
    causes: [
      'The CRL URL of the issuing CA is unreachable or returns an invalid file.',
    ],
    fixes: [
      'Check that the CRL distribution point is publicly reachable and the CRL is valid and not too large.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS220501', url: 'https://login.microsoftonline.com/error?code=220501' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS221000',
    family: 'entra',
    name: 'DeviceOnlyTokensNotSupportedByResource',
    summary: 'The resource does not accept device-only tokens.',
    causes: [
      'A token issued only for the device was requested for a resource that needs a user or app.',
    ],
    fixes: [
      'Request a user or app token for the resource.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS221000', url: 'https://login.microsoftonline.com/error?code=221000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS240001',
    family: 'entra',
    name: 'BulkAADJTokenUnauthorized',
    summary: 'The user (or bulk-enrollment account) is not authorized to register devices in Entra.',
    causes: [
      'Entra admin center > Devices > Device settings limits who may join devices, and the enrolling account is not included.',
      'The bulk-enrollment token in a provisioning package has expired, or the account behind it was removed.',
      'The user reached the per-user device limit.',
    ],
    fixes: [
      'Allow the user or bulk-enrollment account under Devices > Device settings > Users may join devices to Microsoft Entra.',
      'Create a new provisioning package with a fresh bulk token, or raise the maximum number of devices per user.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS240001', url: 'https://login.microsoftonline.com/error?code=240001' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS240002',
    family: 'entra',
    name: 'RequiredClaimIsMissing',
    summary: 'The id_token cannot be used as a jwt-bearer grant (for example in on-behalf-of) because it lacks a required claim.',
    causes: [
      'An id_token was sent as the assertion where an access token for the API is expected.',
    ],
    fixes: [
      'Send the access token issued to your API as the assertion, not the id_token.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS240002', url: 'https://login.microsoftonline.com/error?code=240002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS1000000',
    family: 'entra',
    name: 'UserNotBoundError',
    summary: 'The Bind step requires the Entra user to also authenticate with an external identity provider, which has not happened yet.',
    causes: [
      'Bind was called before the user completed the external IdP sign-in.',
    ],
    fixes: [
      'Complete the external identity provider sign-in, then call Bind again.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS1000000', url: 'https://login.microsoftonline.com/error?code=1000000' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS1000002',
    family: 'entra',
    name: 'BindCompleteInterruptError',
    summary: 'The bind completed, but the user must be told about it (an interrupt step).',
    causes: [
      'An informational step after a successful bind.',
    ],
    fixes: [
      'Let the interactive flow continue.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS1000002', url: 'https://login.microsoftonline.com/error?code=1000002' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS100007',
    family: 'entra',
    name: 'RegionalMsiOnly',
    summary: 'Entra Regional endpoints only support managed identities and subject-name-and-issuer certificate apps; other identities must use the global endpoint.',
    causes: [
      'A regular app or user request was sent to a regional Entra endpoint.',
    ],
    fixes: [
      'Send the request to the global endpoint (login.microsoftonline.com).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS100007', url: 'https://login.microsoftonline.com/error?code=100007' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS1000031',
    family: 'entra',
    name: 'ApplicationCannotBeAccessedNow',
    summary: 'The application cannot be accessed right now.',
    causes: [
      'A temporary condition on the app or service side.',
    ],
    fixes: [
      'Try again later; contact the app owner if it persists.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS1000031', url: 'https://login.microsoftonline.com/error?code=1000031' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS1000104',
    family: 'entra',
    name: 'XCB2BResourceCloudNotAllowedOnIdentityTenant',
    summary: 'Cross-cloud B2B: the resource\'s cloud is not allowed for the user\'s home tenant.',
    causes: [
      'The home tenant\'s settings do not allow access to the cloud where the resource lives (for example Azure Government).',
    ],
    fixes: [
      'Ask the home tenant\'s admin to allow that cloud in cross-tenant access settings (Microsoft cloud settings).',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS1000104', url: 'https://login.microsoftonline.com/error?code=1000104' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
      { title: 'Cross-tenant access overview', url: 'https://learn.microsoft.com/entra/external-id/cross-tenant-access-overview' },
    ],
  },
  {
    code: 'AADSTS240003',
    family: 'entra',
    name: 'UnexpectedAuthorizeEndpointResult',
    summary: 'A call to the authorize endpoint returned a result Entra did not expect.',
    causes: [
      'An internal step of a device or broker flow got an unexpected answer from /authorize.',
    ],
    fixes: [
      'Retry; if it persists, look up the correlation id in the sign-in logs.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS240003', url: 'https://login.microsoftonline.com/error?code=240003' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
  {
    code: 'AADSTS240004',
    family: 'entra',
    name: 'AuthorizationCodeNotReceived',
    summary: 'No authorization code came back from an authorize-endpoint call that was made as part of the flow; the error text holds the reason.',
    causes: [
      'The inner authorize call failed (for example a policy or consent problem) and returned an error instead of a code.',
    ],
    fixes: [
      'Read the error detail in the message and fix the underlying sign-in problem it names.',
    ],
    links: [
      { title: 'Entra error lookup: AADSTS240004', url: 'https://login.microsoftonline.com/error?code=240004' },
      { title: 'Microsoft Entra authentication and authorization error codes', url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes' },
    ],
  },
];
