/**
 * Amazon Cognito user pool errors: service exceptions from the `cognito-idp` API
 * (`{"__type":"NotAuthorizedException","message":"Incorrect username or password."}`, or
 * `NotAuthorizedException: …` from the SDKs and Amplify) and the OAuth errors of the managed login
 * (hosted UI) endpoints.
 */

import type { ErrorEntry, ErrorLink } from './types';

type CognitoDraft = Omit<ErrorEntry, 'family' | 'name'>;

function cognito(draft: CognitoDraft): ErrorEntry {
  return { family: 'cognito', name: draft.code, ...draft };
}

const API_REFERENCE = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference';

/** The "Errors" section of an API action's reference page. */
function apiErrors(action: string): ErrorLink {
  return { title: `Amazon Cognito API Reference: ${action} errors`, url: `${API_REFERENCE}/API_${action}.html#API_${action}_Errors` };
}

const COMMON_ERRORS: ErrorLink = { title: 'Amazon Cognito API Reference: common errors', url: `${API_REFERENCE}/CommonErrors.html` };
const TOKEN_ENDPOINT: ErrorLink = {
  title: 'Amazon Cognito Developer Guide: the token endpoint',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html',
};
const AUTHORIZE_ENDPOINT: ErrorLink = {
  title: 'Amazon Cognito Developer Guide: the authorize endpoint',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html',
};
const USER_EXISTENCE_ERRORS: ErrorLink = {
  title: 'Amazon Cognito Developer Guide: managing user existence error responses',
  url: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html',
};

const serviceExceptions: ErrorEntry[] = [
  cognito({
    code: 'NotAuthorizedException',
    summary:
      'Cognito refused the request: wrong credentials, a disabled user, an expired or revoked token, or a client misconfiguration. The `message` tells which.',
    causes: [
      '"Incorrect username or password." — wrong password, or (with user existence errors prevented) an unknown user.',
      '"Password attempts exceeded" — too many failures; the user is temporarily locked.',
      '"User is disabled." — an admin disabled the user.',
      '"Unable to verify secret hash for client …" — the app client has a secret and `SECRET_HASH` is missing or computed wrongly.',
      '"Refresh Token has expired" / "Invalid Refresh Token" — refresh token past its validity, revoked, or from another client.',
      '"Access Token has expired" / "Access Token has been revoked" — on user APIs such as GetUser.',
      'The auth flow (e.g. USER_PASSWORD_AUTH) is not enabled for the app client.',
    ],
    fixes: [
      'Read the `message` and match it to the causes above.',
      'For a client with a secret, send `SECRET_HASH = Base64(HMAC-SHA256(client_secret, username + client_id))`; browser apps should use a client without a secret.',
      'Enable the needed auth flows on the app client (ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH, …).',
      'When refreshing fails, sign the user in again.',
    ],
    links: [apiErrors('InitiateAuth'), USER_EXISTENCE_ERRORS],
    contexts: [
      { where: 'InitiateAuth / AdminInitiateAuth (sign-in)', meaning: 'Wrong password, locked or disabled user, missing secret hash, or a disabled auth flow.' },
      { where: 'InitiateAuth with REFRESH_TOKEN_AUTH', meaning: 'The refresh token is expired, revoked, or belongs to another app client.' },
      { where: 'user-context APIs (GetUser, ChangePassword, …)', meaning: 'The access token is expired, revoked, or lacks the `aws.cognito.signin.user.admin` scope.' },
    ],
  }),
  cognito({
    code: 'UserNotFoundException',
    summary: 'No user with this username exists in the user pool.',
    causes: [
      'A typo, or the user is in another pool or region.',
      'Signing in with email or phone while the pool only uses usernames (no alias configured).',
    ],
    fixes: [
      'Check pool id, region and the user\'s username.',
      'Turn on "Prevent user existence errors" on the app client so attackers cannot probe for users; the error then becomes NotAuthorizedException.',
    ],
    links: [apiErrors('InitiateAuth'), USER_EXISTENCE_ERRORS],
  }),
  cognito({
    code: 'UserNotConfirmedException',
    summary: 'The user signed up but has not confirmed their account yet.',
    causes: ['The confirmation code was never entered, or the email/SMS never arrived.'],
    fixes: [
      'Send the user to a confirmation step; `ResendConfirmationCode` sends a new code.',
      'An admin can confirm with `AdminConfirmSignUp`.',
    ],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'PasswordResetRequiredException',
    summary: 'The user must reset their password before signing in.',
    causes: ['An admin reset the password, or the user was imported without a password.'],
    fixes: ['Start `ForgotPassword` and complete it with `ConfirmForgotPassword`.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'CodeMismatchException',
    summary: 'The verification or MFA code is wrong.',
    causes: ['A typo, an old code after a newer one was sent, or a TOTP app with a wrong clock.'],
    fixes: ['Let the user retry, or send a new code.'],
    links: [apiErrors('ConfirmSignUp'), apiErrors('ConfirmForgotPassword'), apiErrors('RespondToAuthChallenge')],
  }),
  cognito({
    code: 'ExpiredCodeException',
    summary: 'The verification code expired.',
    causes: ['Sign-up codes and password reset codes are valid for a limited time.', 'A newer code replaced it.'],
    fixes: ['Request a new code (`ResendConfirmationCode` or `ForgotPassword`).'],
    links: [apiErrors('ConfirmSignUp'), apiErrors('ConfirmForgotPassword')],
  }),
  cognito({
    code: 'InvalidParameterException',
    summary: 'A parameter is invalid or the request does not fit the pool or app client configuration.',
    causes: [
      '"USER_PASSWORD_AUTH flow not enabled for this client" and similar auth-flow mismatches.',
      'An attribute name is not in the schema, or a required attribute is missing at sign-up.',
      'A username format the pool does not accept (e.g. an email when usernames must not be emails).',
      'Missing `AuthParameters` (USERNAME, PASSWORD, SRP_A) for the chosen flow.',
    ],
    fixes: [
      'Read the `message`, then compare the request with the pool\'s sign-in options and attribute schema.',
      'Enable the auth flow on the app client or switch to one that is enabled.',
    ],
    links: [apiErrors('InitiateAuth'), apiErrors('SignUp')],
  }),
  cognito({
    code: 'TooManyRequestsException',
    summary: 'The request rate for this operation exceeded Cognito\'s quota.',
    causes: ['Bursts of sign-ins or admin calls above the per-second quota for the category.'],
    fixes: ['Retry with exponential backoff and jitter (the AWS SDKs do this), or request a quota increase.'],
    links: [apiErrors('InitiateAuth'), COMMON_ERRORS],
  }),
  cognito({
    code: 'LimitExceededException',
    summary: 'A per-user or per-resource limit was hit, e.g. too many password resets or code resends.',
    causes: ['"Attempt limit exceeded, please try after some time." after repeated ForgotPassword or ResendConfirmationCode calls.'],
    fixes: ['Wait before trying again; show the user a clear message.'],
    links: [apiErrors('ForgotPassword'), apiErrors('ResendConfirmationCode')],
  }),
  cognito({
    code: 'TooManyFailedAttemptsException',
    summary: 'Too many wrong codes were entered.',
    causes: ['Repeated wrong confirmation or reset codes.'],
    fixes: ['Wait, then request a new code.'],
    links: [apiErrors('ConfirmForgotPassword'), apiErrors('ConfirmSignUp')],
  }),
  cognito({
    code: 'InvalidPasswordException',
    summary: 'The password does not meet the pool\'s password policy.',
    causes: ['Too short, or missing a required character kind (number, symbol, upper or lower case).'],
    fixes: ['Show the pool\'s policy and let the user pick again.'],
    links: [apiErrors('SignUp'), apiErrors('ChangePassword')],
  }),
  cognito({
    code: 'PasswordHistoryPolicyViolationException',
    summary: 'The new password repeats one of the user\'s recent passwords, which the pool\'s policy forbids.',
    causes: ['Password history is enabled and the password was used recently.'],
    fixes: ['Choose a password not used recently.'],
    links: [apiErrors('ChangePassword'), apiErrors('ConfirmForgotPassword')],
  }),
  cognito({
    code: 'UsernameExistsException',
    summary: 'A user with this username (or email / phone alias) already exists.',
    causes: ['The user signed up before, maybe without confirming.'],
    fixes: ['Offer sign-in, password reset, or resend the confirmation code.'],
    links: [apiErrors('SignUp')],
  }),
  cognito({
    code: 'AliasExistsException',
    summary: 'The email or phone number is already an alias of another user.',
    causes: ['Confirming or updating an attribute that another user already uses as an alias.'],
    fixes: ['Use another email or phone, or merge the accounts.'],
    links: [apiErrors('ConfirmSignUp'), apiErrors('UpdateUserAttributes')],
  }),
  cognito({
    code: 'ResourceNotFoundException',
    summary: 'The user pool, app client or other resource in the request does not exist.',
    causes: [
      'The user pool id or client id is wrong, deleted, or in another region.',
      'The SDK is configured for a different region than the pool (the pool id starts with the region).',
    ],
    fixes: ['Check pool id, client id and the region configured in the SDK or Amplify.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InvalidUserPoolConfigurationException',
    summary: 'The user pool is set up in a way that does not allow this operation.',
    causes: ['MFA or verification configured without a working SMS or email setup.', 'An auth flow the pool does not support.'],
    fixes: ['Review the pool\'s MFA, messaging and sign-in settings.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'UserLambdaValidationException',
    summary: 'A Lambda trigger (pre sign-up, pre authentication, …) rejected the request.',
    causes: ['Your trigger threw an error on purpose, e.g. "PreSignUp failed with error …".', 'The trigger crashed.'],
    fixes: ['Read the trigger\'s CloudWatch logs; the message includes the trigger name.'],
    links: [apiErrors('SignUp'), apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InvalidLambdaResponseException',
    summary: 'A Lambda trigger returned a response Cognito could not use.',
    causes: ['The trigger did not return the event object, or changed fields it may not change.'],
    fixes: ['Return the event (with `response` filled in) from the trigger.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'UnexpectedLambdaException',
    summary: 'Cognito could not run a Lambda trigger.',
    causes: ['The function timed out (5 s limit), was throttled, or Cognito lacks permission to invoke it.'],
    fixes: ['Check the trigger\'s duration and errors in CloudWatch and its resource policy for `cognito-idp.amazonaws.com`.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InternalErrorException',
    summary: 'Cognito failed internally.',
    causes: ['A service-side problem.'],
    fixes: ['Retry with backoff; check the AWS Health Dashboard.'],
    links: [apiErrors('InitiateAuth'), COMMON_ERRORS],
  }),
  cognito({
    code: 'ForbiddenException',
    summary: 'AWS WAF, attached to the user pool, blocked the request.',
    causes: ['A WAF web ACL rule matched the request (rate rule, IP set, managed rule).'],
    fixes: ['Check the WAF logs for the matching rule.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InvalidSmsRoleAccessPolicyException',
    summary: 'The IAM role Cognito uses for SMS may not publish to Amazon SNS.',
    causes: ['The SMS role\'s policy lacks `sns:Publish`.'],
    fixes: ['Give the role permission to publish to SNS.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InvalidSmsRoleTrustRelationshipException',
    summary: 'The SMS role\'s trust policy does not let Cognito assume it.',
    causes: ['The trust policy does not name `cognito-idp.amazonaws.com`, or the external id differs.'],
    fixes: ['Fix the role\'s trust relationship and external id.'],
    links: [apiErrors('InitiateAuth')],
  }),
  cognito({
    code: 'InvalidEmailRoleAccessPolicyException',
    summary: 'Cognito may not send email with the configured Amazon SES identity.',
    causes: ['The SES identity\'s policy does not allow Cognito to send.'],
    fixes: ['Grant Cognito send permission on the SES identity, or use Cognito\'s default email.'],
    links: [apiErrors('ForgotPassword')],
  }),
  cognito({
    code: 'CodeDeliveryFailureException',
    summary: 'Cognito could not deliver the verification code by email or SMS.',
    causes: ['SES sandbox limits, SMS spending limit, or an invalid address or number.'],
    fixes: ['Check SES and SNS limits and the user\'s email / phone format (E.164 for phones).'],
    links: [apiErrors('SignUp'), apiErrors('ForgotPassword')],
  }),
  cognito({
    code: 'MFAMethodNotFoundException',
    summary: 'The MFA method needed for this user was not found.',
    causes: ['MFA is required but the user has no usable method (no verified phone, no TOTP).'],
    fixes: ['Let the user set up MFA, or verify their phone number.'],
    links: [apiErrors('AdminInitiateAuth')],
  }),
  cognito({
    code: 'SoftwareTokenMFANotFoundException',
    summary: 'Software token (TOTP) MFA is not set up for this user.',
    causes: ['The user never associated and verified an authenticator app.'],
    fixes: ['Run `AssociateSoftwareToken` and `VerifySoftwareToken` first.'],
    links: [apiErrors('RespondToAuthChallenge')],
  }),
  cognito({
    code: 'EnableSoftwareTokenMFAException',
    summary: 'The TOTP code used to turn on software token MFA was wrong.',
    causes: ['A wrong code or clock drift during `VerifySoftwareToken`.'],
    fixes: ['Ask for a fresh code from the authenticator app.'],
    links: [apiErrors('VerifySoftwareToken')],
  }),
  cognito({
    code: 'UnsupportedUserStateException',
    summary: 'The user is in a state that does not allow the operation.',
    causes: ['Resending an invitation (`MessageAction=RESEND`) to a user who has already signed in.'],
    fixes: ['Check the user\'s status before admin actions.'],
    links: [apiErrors('AdminCreateUser')],
  }),
  cognito({
    code: 'UserPoolAddOnNotEnabledException',
    summary: 'The operation needs threat protection (advanced security) features, which are off.',
    causes: ['Calling an advanced security API on a pool without the feature.'],
    fixes: ['Enable threat protection on the pool, or skip the call.'],
    links: [apiErrors('AdminListUserAuthEvents')],
  }),
  cognito({
    code: 'UnsupportedTokenTypeException',
    summary: 'RevokeToken: the token is not a refresh token, or not one that can be revoked.',
    causes: ['An access or ID token sent to RevokeToken.'],
    fixes: ['Send the refresh token.'],
    links: [apiErrors('RevokeToken')],
  }),
  cognito({
    code: 'UnsupportedOperationException',
    summary: 'The operation is not supported in this configuration, e.g. token revocation is off for the app client.',
    causes: ['RevokeToken on a client created without token revocation enabled.'],
    fixes: ['Enable token revocation on the app client.'],
    links: [apiErrors('RevokeToken')],
  }),
  cognito({
    code: 'UnauthorizedException',
    summary: 'RevokeToken: the client was not authorized to revoke this token.',
    causes: ['A wrong client secret, or the token belongs to another client.'],
    fixes: ['Revoke with the same app client (and secret) that received the token.'],
    links: [apiErrors('RevokeToken')],
  }),
  cognito({
    code: 'ConcurrentModificationException',
    summary: 'Another change to the same resource happened at the same time.',
    causes: ['Parallel updates to a user pool or its configuration.'],
    fixes: ['Retry after the other change has finished.'],
    links: [apiErrors('SetUICustomization')],
  }),
];

/** Managed login (hosted UI) OAuth endpoints. */
const oauthEndpointErrors: ErrorEntry[] = [
  cognito({
    code: 'redirect_mismatch',
    summary: 'The `redirect_uri` is not one of the app client\'s Allowed callback URLs. Cognito shows `error=redirect_mismatch` instead of redirecting.',
    causes: [
      'A missing or extra trailing slash, another port, or http vs https.',
      'The callback URL is registered on a different app client.',
      'Logout: the `logout_uri` is not in Allowed sign-out URLs.',
    ],
    fixes: ['Add the exact URL to the app client\'s Allowed callback URLs (or sign-out URLs for logout).'],
    links: [AUTHORIZE_ENDPOINT],
  }),
  cognito({
    code: 'invalid_request',
    summary: 'The request to a managed login endpoint is missing a parameter or has an invalid one.',
    causes: ['A missing `client_id`, `response_type` or `redirect_uri`; a wrong `Content-Type` at /oauth2/token.'],
    fixes: ['POST the token request form-encoded and include every required parameter.'],
    links: [TOKEN_ENDPOINT, AUTHORIZE_ENDPOINT],
  }),
  cognito({
    code: 'invalid_client',
    summary: 'Client authentication failed at /oauth2/token.',
    causes: ['A wrong client secret, or a client with a secret called without one.', 'The client id belongs to another user pool domain.'],
    fixes: ['Send `Authorization: Basic base64(client_id:client_secret)` for clients with a secret.'],
    links: [TOKEN_ENDPOINT],
  }),
  cognito({
    code: 'invalid_grant',
    summary: 'The code or refresh token is invalid, expired or already used, or the PKCE verifier does not match.',
    causes: [
      'The authorization code was already redeemed or is older than 5 minutes.',
      'The `redirect_uri` at /oauth2/token differs from the authorize request.',
      'The refresh token expired or was revoked.',
    ],
    fixes: ['Exchange codes once and promptly, with the same `redirect_uri` and `code_verifier`.'],
    links: [TOKEN_ENDPOINT],
    contexts: [
      { where: 'authorization_code grant', meaning: 'The code is used, expired, or does not match the redirect URI or verifier.' },
      { where: 'refresh_token grant', meaning: 'The refresh token is expired, revoked, or belongs to another client.' },
    ],
  }),
  cognito({
    code: 'unauthorized_client',
    summary: 'The app client may not use this OAuth flow or these scopes.',
    causes: ['The grant type is not in the app client\'s Allowed OAuth flows, or client credentials requested by a client without a secret.'],
    fixes: ['Enable the flow (Authorization code grant, Client credentials) on the app client.'],
    links: [TOKEN_ENDPOINT, AUTHORIZE_ENDPOINT],
  }),
  cognito({
    code: 'unsupported_grant_type',
    summary: 'The `grant_type` is not supported by /oauth2/token.',
    causes: ['A typo or a grant Cognito does not offer (e.g. password).'],
    fixes: ['Use `authorization_code`, `refresh_token` or `client_credentials`.'],
    links: [TOKEN_ENDPOINT],
  }),
  cognito({
    code: 'invalid_scope',
    summary: 'A requested scope is not allowed for the app client or not defined on the resource server.',
    causes: ['The scope is missing from the app client\'s Allowed OAuth scopes.', 'A custom scope without its resource server prefix.'],
    fixes: ['Allow the scope on the app client and request it as `<resource-server-id>/<scope>`.'],
    links: [AUTHORIZE_ENDPOINT, TOKEN_ENDPOINT],
  }),
];

export const cognitoErrors: readonly ErrorEntry[] = [...serviceExceptions, ...oauthEndpointErrors];
