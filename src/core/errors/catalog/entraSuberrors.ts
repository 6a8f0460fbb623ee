import type { ErrorEntry } from './types';

/** The `suberror` values Entra adds to some token-endpoint errors (mostly invalid_grant / interaction_required); MSAL maps them to its classification. Prose is AuthLens's own; values are from MSAL's source (MsalError.cs, InteractionRequiredAuthError.ts). */
export const entraSuberrors: readonly ErrorEntry[] = [
  {
    code: 'basic_action',
    family: 'entra-suberror',
    name: 'BasicAction',
    summary: 'Entra says the user can fix the problem with one simple interactive step, such as accepting terms or re-entering a password; it comes with error=invalid_grant or interaction_required.',
    causes: [
      'A silent token request hit a condition that only needs a quick user action in the sign-in UI.',
    ],
    fixes: [
      'Call the interactive method (acquireTokenInteractive, loginRedirect, AcquireTokenInteractive) and let the user finish the step.',
      'In MSAL.NET, read MsalUiRequiredException.Classification (BasicAction) to decide how to prompt.',
    ],
    links: [
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
      { title: 'MsalError.cs (suberror constants)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'additional_action',
    family: 'entra-suberror',
    name: 'AdditionalAction',
    summary: 'Entra says the user must do something beyond signing in, often outside the immediate flow, such as registering MFA or enrolling the device, before a token can be issued.',
    causes: [
      'A policy needs extra setup from the user (MFA registration, device enrollment, terms of use).',
    ],
    fixes: [
      'Start an interactive sign-in and tell the user extra steps may be needed; show the error_description if the UI allows.',
      'Classification AdditionalAction in MSAL.NET; treat it as interaction required in MSAL.js.',
    ],
    links: [
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
    ],
  },
  {
    code: 'message_only',
    family: 'entra-suberror',
    name: 'MessageOnly',
    summary: 'Entra has a message to show, but the user cannot fix the problem themselves; an interactive prompt will only display it.',
    causes: [
      'The block needs an administrator (account disabled, policy block) and the UI can only explain it.',
    ],
    fixes: [
      'Show the interactive UI once so the user sees the explanation, or show your own message; do not loop prompting.',
      'Look up the AADSTS code in the error_description for the admin-side fix.',
    ],
    links: [
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
    ],
  },
  {
    code: 'consent_required',
    family: 'entra-suberror',
    name: 'ConsentRequired',
    summary: 'The user (or an admin) has to consent to the permissions being requested before a token can be issued.',
    causes: [
      'New scopes were requested, or consent was revoked.',
    ],
    fixes: [
      'Call the interactive method with the same scopes so the consent page appears; use prompt=consent if needed.',
      'For admin-only permissions, get tenant-wide admin consent.',
    ],
    links: [
      { title: 'Permissions and consent overview', url: 'https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview' },
    ],
  },
  {
    code: 'user_password_expired',
    family: 'entra-suberror',
    name: 'UserPasswordExpired',
    summary: 'The user\'s password has expired and must be changed in an interactive sign-in.',
    causes: [
      'The password reached the tenant\'s expiry age.',
    ],
    fixes: [
      'Call the interactive method so the user can change the password.',
    ],
    links: [
      { title: 'MSAL.NET error handling', url: 'https://learn.microsoft.com/entra/msal/dotnet/advanced/exceptions/msal-error-handling' },
    ],
  },
  {
    code: 'bad_token',
    family: 'entra-suberror',
    name: 'BadToken',
    summary: 'The refresh token or session the client used is invalid or corrupted; MSAL clears it and the user must sign in again.',
    causes: [
      'The cached refresh token was revoked, tampered with, or belongs to another client or environment.',
    ],
    fixes: [
      'Remove the account\'s cached tokens and sign in interactively.',
    ],
    links: [
      { title: 'MSAL.js InteractionRequiredAuthError', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-common/src/error/InteractionRequiredAuthError.ts' },
    ],
  },
  {
    code: 'token_expired',
    family: 'entra-suberror',
    name: 'TokenExpired',
    summary: 'The token presented (usually the refresh token) has expired; MSAL treats it internally and needs a fresh sign-in.',
    causes: [
      'The refresh token outlived its lifetime or inactivity window.',
    ],
    fixes: [
      'Sign in interactively to obtain new tokens.',
    ],
    links: [
      { title: 'Refresh tokens', url: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens' },
    ],
  },
  {
    code: 'protection_policy_required',
    family: 'entra-suberror',
    name: 'ProtectionPolicyRequired',
    summary: 'An app protection policy (Intune MAM) must be applied before the token is issued.',
    causes: [
      'Conditional Access requires an app protection policy and the app is not managed by Intune MAM yet.',
    ],
    fixes: [
      'Integrate the Intune App SDK (or use an Intune-protected app) and retry after the policy is applied.',
      'On mobile, make sure the broker (Authenticator or Company Portal) is installed.',
    ],
    links: [
      { title: 'Conditional Access overview', url: 'https://learn.microsoft.com/entra/identity/conditional-access/overview' },
    ],
  },
  {
    code: 'client_mismatch',
    family: 'entra-suberror',
    name: 'ClientMismatch',
    summary: 'The refresh token was issued to a different client than the one now using it.',
    causes: [
      'A token cache is shared between apps with different client ids, or family refresh tokens were used outside their family.',
    ],
    fixes: [
      'Keep token caches per client id, and acquire a new token for this client interactively.',
    ],
    links: [
      { title: 'MsalError.cs (suberror constants)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
  {
    code: 'device_authentication_failed',
    family: 'entra-suberror',
    name: 'DeviceAuthenticationFailed',
    summary: 'The device failed to authenticate, so tokens bound to it cannot be refreshed.',
    causes: [
      'The device was disabled or deleted in Entra, or its keys are stale.',
    ],
    fixes: [
      'Re-register the device (or re-add the work account) and sign in again.',
      'Check the device under Entra admin center > Devices.',
    ],
    links: [
      { title: 'MsalError.cs (suberror constants)', url: 'https://github.com/AzureAD/microsoft-authentication-library-for-dotnet/blob/main/src/client/Microsoft.Identity.Client/MsalError.cs' },
    ],
  },
];
