/**
 * Error texts per catalog family, in the shapes public reports show them (issue threads, docs examples,
 * SDK output). Written for AuthLens: the structure follows the real messages, the wording is our own, and
 * every id, GUID and host in them is invented. `expect` lists the `family:code` findings `scan` must report,
 * in order of position; `explain` answers first with the first of them that is not a bare OAuth value.
 */
export interface CorpusText {
  family: string;
  shape: string;
  text: string;
  expect: string[];
}

export const FAMILY_CORPUS: readonly CorpusText[] = [
  // ---- OAuth / OIDC
  {
    family: 'oauth',
    shape: 'token endpoint JSON',
    text: 'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"The refresh token is expired"}',
    expect: ['oauth:invalid_grant'],
  },
  {
    family: 'oauth',
    shape: 'redirect query',
    text: 'https://app.example.test/callback?error=access_denied&error_description=The+user+declined&state=q1w2e3',
    expect: ['oauth:access_denied'],
  },
  {
    family: 'oauth',
    shape: 'WWW-Authenticate',
    text: 'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"',
    expect: ['oauth:invalid_token'],
  },
  // ---- Entra
  {
    family: 'entra',
    shape: 'MSAL Python dict',
    text: "{'error': 'invalid_client', 'error_description': 'AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value.', 'error_codes': [7000215]}",
    expect: ['oauth:invalid_client', 'entra:AADSTS7000215'],
  },
  {
    family: 'entra',
    shape: 'Azure CLI',
    text: 'ERROR: AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.',
    expect: ['entra:AADSTS50076'],
  },
  // ---- B2C
  {
    family: 'b2c',
    shape: 'redirect fragment',
    text: 'https://spa.example.test/#error=access_denied&error_description=AADB2C90118%3a+The+user+has+forgotten+their+password.',
    expect: ['oauth:access_denied', 'b2c:AADB2C90118'],
  },
  {
    family: 'b2c',
    shape: 'MSAL.NET exception',
    text: 'Microsoft.Identity.Client.MsalServiceException: AADB2C90077: User does not have an existing session and request prompt parameter has a value of None.',
    expect: ['b2c:AADB2C90077'],
  },
  // ---- Entra sub-errors
  {
    family: 'entra-suberror',
    shape: 'token JSON with suberror',
    text: '{"error":"invalid_grant","error_description":"AADSTS50173: The provided grant has expired.","error_codes":[50173],"suberror":"bad_token"}',
    expect: ['oauth:invalid_grant', 'entra:AADSTS50173', 'entra-suberror:bad_token'],
  },
  {
    family: 'entra-suberror',
    shape: 'interaction-required JSON',
    text: '{"error":"interaction_required","suberror":"basic_action"}',
    expect: ['oauth:interaction_required', 'entra-suberror:basic_action'],
  },
  // ---- MSAL
  {
    family: 'msal',
    shape: 'MSAL.js console',
    text: 'BrowserAuthError: interaction_in_progress: Interaction is currently in progress. Please ensure that this interaction has been completed before calling an interactive API.',
    expect: ['msal:interaction_in_progress'],
  },
  {
    family: 'msal',
    shape: 'MSAL Node',
    text: 'ClientAuthError: missing_tenant_id_error: A tenant id must be passed for the client credential flow.',
    expect: ['msal:missing_tenant_id_error'],
  },
  {
    family: 'msal',
    shape: 'MSAL.NET',
    text: 'Microsoft.Identity.Client.MsalClientException: ErrorCode: Client_Credentials_Required_In_Confidential_Client_Application',
    expect: ['msal:Client_Credentials_Required_In_Confidential_Client_Application'],
  },
  {
    family: 'msal',
    shape: 'MSAL.NET UI-required',
    text: 'Microsoft.Identity.Client.MsalUiRequiredException: No account or login hint was passed to the AcquireTokenSilent call.\n   at Microsoft.Identity.Client.Internal.Requests.Silent.SilentRequest.ExecuteAsync(CancellationToken cancellationToken)\n ErrorCode: user_null',
    expect: ['msal:user_null'],
  },
  {
    family: 'msal',
    shape: 'MSAL.NET service',
    text: 'MsalServiceException: ErrorCode: tenant_discovery_failed Microsoft.Identity.Client.MsalServiceException: Unable to retrieve the OpenID configuration of the authority. StatusCode: 404',
    expect: ['msal:tenant_discovery_failed'],
  },
  {
    family: 'msal',
    shape: 'MSAL.NET WAM',
    text: 'Microsoft.Identity.Client.MsalClientException: wam_ui_thread_only: AcquireTokenInteractive with the Windows broker must be called from the UI thread.',
    expect: ['msal:wam_ui_thread_only'],
  },
  {
    family: 'msal',
    shape: 'MSAL.NET IWA',
    text: 'MSAL.NetCore.4.61.3.0.MsalClientException:\n\tErrorCode: integrated_windows_auth_not_supported_managed_user\nMicrosoft.Identity.Client.MsalClientException: Integrated Windows Auth is not supported for managed users.',
    expect: ['msal:integrated_windows_auth_not_supported_managed_user'],
  },
  {
    family: 'msal',
    shape: 'MSAL Python broker dict',
    text: "{'error': 'broker_error', 'error_description': 'Account selection was cancelled. Status: Response_Status.Status_UserCanceled, Error code: 0, Tag: 540940610', '_broker_status': 'Response_Status.Status_UserCanceled'}",
    expect: ['msal:broker_error'],
  },
  {
    family: 'msal',
    shape: 'MSAL Node managed identity',
    text: 'ManagedIdentityError: network_unavailable: Authentication unavailable. The request to the managed identity endpoint timed out.',
    expect: ['msal:network_unavailable'],
  },
  // ---- IdentityModel
  {
    family: 'identitymodel',
    shape: 'ASP.NET log',
    text: "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo: '[PII is hidden]'",
    expect: ['identitymodel:IDX10223'],
  },
  {
    family: 'identitymodel',
    shape: 'bearer failure',
    text: 'Bearer was not authenticated. Failure message: IDX10214: Audience validation failed.',
    expect: ['identitymodel:IDX10214'],
  },
  // ---- Okta
  {
    family: 'okta',
    shape: 'API JSON',
    text: '{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaeExample123","errorCauses":[]}',
    expect: ['okta:E0000011'],
  },
  {
    family: 'okta',
    shape: 'SDK exception',
    text: 'OktaApiError: Okta HTTP 429 E0000047 API call exceeded rate limit due to too many requests.',
    expect: ['okta:E0000047'],
  },
  {
    family: 'okta',
    shape: 'newest code',
    text: '{"errorCode":"E0000268","errorSummary":"Another request is making changes to the role assignments. Please try again."}',
    expect: ['okta:E0000268'],
  },
  // ---- Google
  {
    family: 'google',
    shape: 'error page',
    text: 'Access blocked: This app’s request is invalid\nError 400: redirect_uri_mismatch',
    expect: ['google:redirect_uri_mismatch'],
  },
  {
    family: 'google',
    shape: 'Go x/oauth2',
    text: 'oauth2: "invalid_grant" "reauth related error (invalid_rapt)" "https://support.google.com/a/answer/9368756"',
    expect: ['oauth:invalid_grant'],
  },
  // ---- GitHub
  {
    family: 'github',
    shape: 'device flow JSON',
    text: '{"error":"incorrect_device_code","error_description":"The device_code provided is not valid.","error_uri":"/apps/building-oauth-apps/authorizing-oauth-apps#error-codes-for-the-device-flow"}',
    expect: ['github:incorrect_device_code'],
  },
  {
    family: 'github',
    shape: 'form-encoded token response',
    text: 'error=bad_verification_code&error_description=The+code+passed+is+incorrect+or+expired.&error_uri=https%3A%2F%2Fdocs.github.com',
    expect: ['github:bad_verification_code'],
  },
  // ---- Keycloak
  {
    family: 'keycloak',
    shape: 'event log line',
    text: 'WARN  [org.keycloak.events] (executor-thread-1) type="LOGIN_ERROR", realmId="r1", clientId="web", userId="null", ipAddress="10.0.0.8", error="invalid_user_credentials", auth_method="openid-connect"',
    expect: ['keycloak:invalid_user_credentials'],
  },
  {
    family: 'keycloak',
    shape: 'event log line, older',
    text: 'type=CODE_TO_TOKEN_ERROR, realmId=demo, clientId=app, userId=null, ipAddress=127.0.0.1, error=invalid_code, grant_type=authorization_code',
    expect: ['keycloak:invalid_code'],
  },
  // ---- Auth0
  {
    family: 'auth0',
    shape: 'token JSON',
    text: '{"error":"invalid_user_password","error_description":"Wrong email or password."}',
    expect: ['auth0:invalid_user_password'],
  },
  {
    family: 'auth0',
    shape: 'auth0.js error',
    text: "{ error: 'too_many_attempts', error_description: 'Your account has been blocked after multiple consecutive login attempts.' }",
    expect: ['auth0:too_many_attempts'],
  },
  // ---- Cognito
  {
    family: 'cognito',
    shape: 'JSON 1.1 body',
    text: '{"__type":"NotAuthorizedException","message":"Incorrect username or password."}',
    expect: ['cognito:NotAuthorizedException'],
  },
  {
    family: 'cognito',
    shape: 'Amplify console',
    text: 'UserNotConfirmedException: User is not confirmed.',
    expect: ['cognito:UserNotConfirmedException'],
  },
  // ---- Firebase
  {
    family: 'firebase',
    shape: 'JS SDK',
    text: 'FirebaseError: Firebase: Error (auth/invalid-credential).',
    expect: ['firebase:auth/invalid-credential'],
  },
  {
    family: 'firebase',
    shape: 'JS SDK, debug map',
    text: 'FirebaseError: Firebase: The email address is badly formatted. (auth/invalid-email).',
    expect: ['firebase:auth/invalid-email'],
  },
  // ---- Graph
  {
    family: 'graph',
    shape: 'OData envelope',
    text: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"date":"2026-01-01T00:00:00"}}}',
    expect: ['graph:InvalidAuthenticationToken'],
  },
  {
    family: 'graph',
    shape: 'directory 403',
    text: '{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
    expect: ['graph:Authorization_RequestDenied'],
  },
  // ---- AWS STS
  {
    family: 'aws-sts',
    shape: 'AWS CLI',
    text: 'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: No OpenIDConnect provider found in your account for https://token.actions.example.test',
    expect: ['aws-sts:InvalidIdentityToken'],
  },
  {
    family: 'aws-sts',
    shape: 'boto3',
    text: 'botocore.exceptions.ClientError: An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1700000600 must be before the expiration date/time 1700000000',
    expect: ['aws-sts:ExpiredTokenException'],
  },
  // ---- SAML
  {
    family: 'saml',
    shape: 'status XML',
    text: '<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Responder"><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:AuthnFailed"/></samlp:StatusCode></samlp:Status>',
    expect: ['saml:urn:oasis:names:tc:SAML:2.0:status:Responder', 'saml:urn:oasis:names:tc:SAML:2.0:status:AuthnFailed'],
  },
  {
    family: 'saml',
    shape: 'toolkit log',
    text: 'The status code of the Response was not Success, was urn:oasis:names:tc:SAML:2.0:status:Requester',
    expect: ['saml:urn:oasis:names:tc:SAML:2.0:status:Requester'],
  },
  // ---- Supabase
  {
    family: 'supabase',
    shape: 'Auth API JSON',
    text: '{"code":403,"error_code":"otp_expired","msg":"Email link is invalid or has expired","error_id":"0000-example"}',
    expect: ['supabase:otp_expired'],
  },
  {
    family: 'supabase',
    shape: 'redirect fragment',
    text: 'http://localhost:3000/#error=access_denied&error_code=otp_expired&error_description=Email+link+is+invalid+or+has+expired',
    expect: ['oauth:access_denied', 'supabase:otp_expired'],
  },
  {
    family: 'supabase',
    shape: 'supabase-js with a generic code',
    text: 'POST https://abcd.supabase.co/auth/v1/token?grant_type=password 400\nAuthApiError: Invalid login credentials {"code":400,"error_code":"invalid_credentials","msg":"Invalid login credentials"}',
    expect: ['supabase:invalid_credentials'],
  },
  {
    family: 'supabase',
    shape: 'refresh reuse',
    text: '{"code":400,"error_code":"refresh_token_already_used","msg":"Invalid Refresh Token: Already Used"}',
    expect: ['supabase:refresh_token_already_used'],
  },
  // ---- Salesforce
  {
    family: 'salesforce',
    shape: 'Guzzle exception',
    text: 'Client error: `POST https://login.salesforce.com/services/oauth2/token` resulted in a `400 Bad Request` response:\n{"error":"invalid_grant","error_description":"user hasn\'t approved this consumer"}',
    expect: ['salesforce:invalid_grant'],
  },
  {
    family: 'salesforce',
    shape: 'REST 401 array',
    text: 'HTTP/1.1 401 Unauthorized\nwww-authenticate: Token\n\n[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
    expect: ['salesforce:INVALID_SESSION_ID'],
  },
  {
    family: 'salesforce',
    shape: 'Restforce',
    text: 'Restforce::AuthenticationError: invalid_grant: authentication failure (restforce, login.salesforce.com)',
    expect: ['salesforce:invalid_grant'],
  },
  {
    family: 'salesforce',
    shape: 'simple-salesforce',
    text: 'simple_salesforce.exceptions.SalesforceAuthenticationFailed: INVALID_LOGIN: Invalid username, password, security token; or user locked out.',
    expect: ['salesforce:INVALID_LOGIN'],
  },
  // ---- Spotify
  { family: 'spotify', shape: 'authorize page', text: 'INVALID_CLIENT: Invalid redirect URI', expect: ['spotify:INVALID_CLIENT'] },
  {
    family: 'spotify',
    shape: 'spotipy',
    text: 'spotipy.oauth2.SpotifyOauthError: error: invalid_grant, error_description: Refresh token revoked',
    expect: ['spotify:invalid_grant'],
  },
  {
    family: 'spotify',
    shape: 'token JSON after the accounts URL',
    text: 'POST https://accounts.spotify.com/api/token -> 400\n{"error":"invalid_grant","error_description":"Invalid authorization code"}',
    expect: ['spotify:invalid_grant'],
  },
  // ---- Apple
  {
    family: 'apple',
    shape: 'token JSON',
    text: 'POST https://appleid.apple.com/auth/token\n{"error":"invalid_grant","error_description":"The code has already been used."}',
    expect: ['apple:invalid_grant'],
  },
  {
    family: 'apple',
    shape: 'client secret rejected',
    text: 'Sign in with Apple: token request failed {"error":"invalid_client"}',
    expect: ['apple:invalid_client'],
  },
  {
    family: 'apple',
    shape: 'web redirect cancel',
    text: 'https://app.example.test/apple/callback?error=user_cancelled_authorize&state=s1',
    expect: ['apple:user_cancelled_authorize'],
  },
  // ---- PingFederate / PingOne
  {
    family: 'pingfederate',
    shape: 'token endpoint',
    text: 'POST https://sso.example.test/as/token.oauth2 HTTP/1.1\n400 {"error":"invalid_grant","error_description":"Authorization code is invalid or expired."}',
    expect: ['pingfederate:invalid_grant'],
  },
  {
    family: 'pingfederate',
    shape: 'client not allowed the grant',
    text: 'PingFederate /as/token.oauth2: {"error":"unauthorized_client","error_description":"grant_type is not allowed for this client"}',
    expect: ['pingfederate:unauthorized_client'],
  },
  {
    family: 'pingfederate',
    shape: 'PingOne platform JSON',
    text: '{"id":"0000-example","code":"INVALID_DATA","message":"The request could not be completed. One or more validation errors were in the request.","details":[{"code":"INVALID_VALUE","target":"name"}]}',
    expect: ['pingfederate:INVALID_DATA'],
  },
  {
    family: 'pingfederate',
    shape: 'PingOne platform JSON (403)',
    text: 'HTTP/1.1 403 Forbidden\n{"id":"0000-example-2","code":"ACCESS_FAILED","message":"The request could not be completed. You do not have access to this resource."}',
    expect: ['pingfederate:ACCESS_FAILED'],
  },
];
