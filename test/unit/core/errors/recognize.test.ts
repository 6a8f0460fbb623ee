import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrors, findErrorAt } from '../../../../src/core/errors/recognize';

/** `code/family` of each finding, after checking its offsets point at the code. */
function found(text: string): string[] {
  return findErrors(text).map((m) => {
    const slice = text.slice(m.start, m.end);
    assert.ok(slice === m.code || `AADSTS${slice}` === m.code, `offsets of ${m.code} slice to "${slice}"`);
    assert.equal(m.kind, 'error');
    return `${m.code}/${m.family}`;
  });
}

test('Entra: AADSTS codes anywhere, as Entra writes them (no space, 5 to 7 digits)', () => {
  assert.deepEqual(found('AADSTS50058: silent sign-in failed'), ['AADSTS50058/entra']);
  assert.deepEqual(found('Original exception: AADSTS7000215: bad secret'), ['AADSTS7000215/entra']);
  assert.deepEqual(found('"error_description":"AADSTS900144: missing client_id\\r\\nTrace ID: x"'), ['AADSTS900144/entra']);
  assert.deepEqual(found('error_description=AADSTS50011%3a+redirect+mismatch'), ['AADSTS50011/entra']);
  assert.deepEqual(found('...\\nAADSTS50012: and the next line'), ['AADSTS50012/entra']);
  // Not codes: a space, too few or too many digits, glued to a word.
  assert.deepEqual(found('AADSTS 50058 AADSTS123 AADSTS123456789 XAADSTS50058 AADSTS50058abc'), []);
});

test('Entra: several codes in one ADAL message are all found, in order', () => {
  assert.deepEqual(found('AdalServiceException: AADSTS70002: bad credentials. AADSTS50012: bad secret.'), [
    'AADSTS70002/entra',
    'AADSTS50012/entra',
  ]);
});

test('Entra: a token-endpoint body yields its error and its AADSTS code, once each', () => {
  const body =
    '{"error":"invalid_grant","error_description":"AADSTS70008: The code expired.\\r\\nTrace ID: 0b6d6f3e","error_codes":[70008],"error_uri":"https://login.microsoftonline.com/error?code=70008"}';
  assert.deepEqual(found(body), ['invalid_grant/oauth', 'AADSTS70008/entra']);
});

test('Entra: bare numbers count in error_codes, MSAL.js Error(s) and the error lookup URL when no AADSTS form is near', () => {
  assert.deepEqual(found('{"error":"invalid_client","error_codes":[7000215, 50012]}'), [
    'invalid_client/oauth',
    'AADSTS7000215/entra',
    'AADSTS50012/entra',
  ]);
  assert.deepEqual(found("{'error': 'invalid_grant', 'error_codes': [50173]}"), ['invalid_grant/oauth', 'AADSTS50173/entra']);
  assert.deepEqual(found('ServerError: invalid_grant: Error(s): 700082 - Timestamp: 2026-11-27 - Description: expired'), [
    'invalid_grant/oauth',
    'AADSTS700082/entra',
  ]);
  assert.deepEqual(found('see https://login.microsoftonline.com/error?code=50076'), ['AADSTS50076/entra']);
  assert.deepEqual(found('error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d900144'), ['AADSTS900144/entra']);
  // …but a page called /error?code= elsewhere is not Entra.
  assert.deepEqual(found('GET https://shop.example/error?code=50076'), []);
});

test('Okta: E0000xxx codes anywhere, once per error body', () => {
  assert.deepEqual(found('{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oae1"}'), [
    'E0000011/okta',
  ]);
  assert.deepEqual(found('okta said E0000004 (authentication failed)'), ['E0000004/okta']);
  assert.deepEqual(found('0xE0000011 E00000111 E000001 hashE0000011'), []);
});

test('OAuth: error values in query strings, fragments, form bodies and JSON', () => {
  assert.deepEqual(found('GET /callback?error=access_denied&error_description=User+said+no&state=x'), ['access_denied/oauth']);
  assert.deepEqual(found('https://spa.example/#error=login_required&state=1'), ['login_required/oauth']);
  assert.deepEqual(found('error=invalid_request&error_description=missing'), ['invalid_request/oauth']);
  assert.deepEqual(found('{\n  "error": "unsupported_grant_type",\n  "error_description": "nope"\n}'), ['unsupported_grant_type/oauth']);
  assert.deepEqual(found('response: {\\"error\\":\\"invalid_client\\",\\"error_description\\":\\"x\\"}'), ['invalid_client/oauth']);
});

test('OAuth: WWW-Authenticate error parameters (Bearer, DPoP, Basic)', () => {
  assert.deepEqual(found('WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="expired"'), [
    'invalid_token/oauth',
  ]);
  assert.deepEqual(found('WWW-Authenticate: DPoP error="use_dpop_nonce", error_description="nonce needed"'), ['use_dpop_nonce/oauth']);
  assert.deepEqual(found('www-authenticate: Basic realm="x", error="invalid_client"'), ['invalid_client/oauth']);
  assert.deepEqual(found('Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnt9fQ=="'), ['insufficient_claims/oauth']);
});

test('Google: the error page line', () => {
  assert.deepEqual(found("Access blocked: this app's request is invalid\nError 400: redirect_uri_mismatch\n"), [
    'redirect_uri_mismatch/google',
  ]);
  assert.deepEqual(found('Error 403: org_internal'), ['org_internal/google']);
  assert.deepEqual(found('Error 400: admin_policy_enforced.'), ['admin_policy_enforced/google']);
});

test('MSAL.js exceptions: class, then the code', () => {
  assert.deepEqual(found('ServerError: invalid_grant: AADSTS700082: The refresh token expired.'), [
    'invalid_grant/oauth',
    'AADSTS700082/entra',
  ]);
  assert.deepEqual(found('InteractionRequiredAuthError: interaction_required: AADSTS50058: no session'), [
    'interaction_required/oauth',
    'AADSTS50058/entra',
  ]);
  assert.deepEqual(found('BrowserAuthError: interaction_in_progress: wait for it'), ['interaction_in_progress/msal']);
  assert.deepEqual(found('ClientAuthError: some_new_code: msal invented it'), ['some_new_code/msal']);
});

test('MSAL.NET and Azure.Identity: AADSTS in the message, ErrorCode label', () => {
  const text =
    'Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50076: MFA needed. Trace ID: 1\n\tErrorCode: invalid_grant\n\tStatusCode: 400';
  assert.deepEqual(found(text), ['AADSTS50076/entra', 'invalid_grant/oauth']);
  assert.deepEqual(
    found(
      'MSAL.NetCore.4.67.2.0.MsalServiceException: ErrorCode: invalid_client Microsoft.Identity.Client.MsalServiceException: x Original exception: AADSTS7000222: expired',
    ),
    ['invalid_client/oauth', 'AADSTS7000222/entra'],
  );
  assert.deepEqual(
    found('Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication failed: AADSTS7000215: bad secret'),
    ['AADSTS7000215/entra'],
  );
});

test('Other libraries: an exception followed by a known code', () => {
  assert.deepEqual(found('oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Bad Request'), ['invalid_grant/oauth']);
  assert.deepEqual(found('GaxiosError: invalid_grant'), ['invalid_grant/oauth']);
  assert.deepEqual(found('Error: invalid_grant'), ['invalid_grant/oauth']);
  // Unknown words after an arbitrary exception are not codes.
  assert.deepEqual(found('TimeoutError: request_took_too_long'), []);
});

test('Keycloak: event log lines, old and new format', () => {
  assert.deepEqual(
    found(
      'WARN [org.keycloak.events] type="LOGIN_ERROR", realmId="r", clientId="web", error="invalid_user_credentials", auth_method="openid-connect"',
    ),
    ['invalid_user_credentials/keycloak'],
  );
  assert.deepEqual(
    found(
      'WARN [org.keycloak.events] (default task-3) type=CODE_TO_TOKEN_ERROR, realmId=shop, clientId=web, userId=null, error=invalid_code',
    ),
    ['invalid_code/keycloak'],
  );
  // The same value outside a Keycloak event line: attributed by the vocabulary.
  assert.deepEqual(found('error=invalid_user_credentials'), ['invalid_user_credentials/keycloak']);
});

test('Cognito: exception names as exceptions, not as words', () => {
  assert.deepEqual(found('NotAuthorizedException: Incorrect username or password.'), ['NotAuthorizedException/cognito']);
  assert.deepEqual(found('{"__type":"UserNotConfirmedException","message":"User is not confirmed."}'), [
    'UserNotConfirmedException/cognito',
  ]);
  assert.deepEqual(
    found('botocore.errorfactory.NotAuthorizedException: An error occurred (NotAuthorizedException) when calling InitiateAuth'),
    ['NotAuthorizedException/cognito', 'NotAuthorizedException/cognito'],
  );
  assert.deepEqual(found('{"__type":"com.amazonaws.cognito.identity.idp.model#ExpiredCodeException"}'), ['ExpiredCodeException/cognito']);
  assert.deepEqual(found('NotAuthorizedException Invalid login token. Token expired'), ['NotAuthorizedException/cognito']);
  // Names shared with other libraries need Cognito evidence.
  assert.deepEqual(found('java.security.InvalidParameterException: key size'), []);
  assert.deepEqual(found('{"__type":"ResourceNotFoundException","message":"User pool does not exist."}'), [
    'ResourceNotFoundException/cognito',
  ]);
  // Prose mentioning the name is not an exception.
  assert.deepEqual(found('the call throws NotAuthorizedException when the password is wrong'), []);
});

test('Entra suberror and other vendor values attributed to their family', () => {
  assert.deepEqual(found('{"error":"invalid_grant","suberror":"basic_action"}'), ['invalid_grant/oauth', 'basic_action/entra-suberror']);
  assert.deepEqual(found('{"error":"bad_verification_code","error_description":"expired"}'), ['bad_verification_code/github']);
  assert.deepEqual(found('{"error":"mfa_required","mfa_token":"x"}'), ['mfa_required/auth0']);
  assert.deepEqual(found('?error=user_canceled_request&state=1'), ['user_canceled_request/okta']);
});

test('Negatives: prose and code that mention error values report nothing', () => {
  const negatives = [
    'The server returns access_denied when the user declines consent.',
    "if (error === 'access_denied') { retry(); }",
    'switch (err.error) { case "invalid_grant": return refresh(); }',
    'const error = new Error("boom"); let errors = []; error.message',
    'log.error("failed to load", err); console.error(error)',
    '{"error": "Something went wrong", "status": 500}',
    '{"error": "Unauthorized", "status": 401}',
    'error=true&count=3',
    'error: timeout after 3000ms',
    'this.error = "invalid_grant"',
    'An Error occurred: please try again',
    'mirror=horror error_handler=invalid_grant',
    'the word Exception: appears here',
  ];
  for (const text of negatives) assert.deepEqual(found(text), [], text);
});

test('findErrorAt: the code under the cursor, in context or as a bare known word', () => {
  const line = 'callback?error=access_denied&state=1 then AADSTS50058: nope';
  assert.equal(findErrorAt(line, line.indexOf('access_denied') + 3)?.code, 'access_denied');
  assert.equal(findErrorAt(line, line.indexOf('AADSTS') + 8)?.code, 'AADSTS50058');
  assert.equal(findErrorAt(line, 2), undefined);
  // Outside an error context a bare known code still explains itself when pointed at.
  const prose = 'the user got access_denied again';
  const bare = findErrorAt(prose, prose.indexOf('access_denied') + 1);
  assert.deepEqual(bare && { code: bare.code, family: bare.family, slice: prose.slice(bare.start, bare.end) }, {
    code: 'access_denied',
    family: 'oauth',
    slice: 'access_denied',
  });
  assert.equal(findErrorAt('see aadsts50058 here', 6)?.code, 'AADSTS50058');
  assert.equal(findErrorAt('e0000011', 0)?.code, 'E0000011');
  assert.equal(findErrorAt('an unknown_word here', 5), undefined);
  // A caller with the catalog loaded can recognise more.
  assert.equal(findErrorAt('x some_catalog_code y', 4, (code) => (code === 'some_catalog_code' ? 'msal' : undefined))?.family, 'msal');
  // Long lines: only a window around the cursor is examined, offsets stay absolute.
  const long = `${'x'.repeat(50_000)} AADSTS50058 ${'y'.repeat(50_000)}`;
  const hit = findErrorAt(long, 50_003);
  assert.equal(hit && long.slice(hit.start, hit.end), 'AADSTS50058');
  const early = `x AADSTS50058 ${'y'.repeat(5_000_000)} AADSTS50076`;
  const started = performance.now();
  for (let i = 0; i < 100; i++) assert.equal(findErrorAt(early, 5)?.code, 'AADSTS50058');
  assert.ok(performance.now() - started < 500, 'a hover near the start of a huge line looks only around the cursor');
});

test('Windows broker (WAM), MSAL4J and MSAL Python shapes', () => {
  assert.deepEqual(
    found(
      'V2Error: invalid_grant AADSTS700082: The refresh token expired. Status: Response_Status.Status_InteractionRequired, Error code: 3399614467, Tag: 558133255',
    ),
    ['invalid_grant/oauth', 'AADSTS700082/entra'],
  );
  assert.deepEqual(
    found('java.util.concurrent.CompletionException: com.microsoft.aad.msal4j.MsalInteractionRequiredException: AADSTS50076: MFA needed'),
    ['AADSTS50076/entra'],
  );
  assert.deepEqual(
    found(
      "{'error': 'invalid_grant', 'error_description': 'AADSTS50173: grant expired', 'error_codes': [50173], 'suberror': 'bad_token', 'classification': 'bad_token'}",
    ),
    ['invalid_grant/oauth', 'AADSTS50173/entra', 'bad_token/entra-suberror'],
  );
});

test('findErrorAt: a bare code used as an identifier in source code is not an error', () => {
  const at = (line: string, word: string) => findErrorAt(line, line.indexOf(word) + 2)?.code;
  assert.equal(at('if (reason === access_denied) {', 'access_denied'), undefined);
  assert.equal(at('const unauthorized_client = 1;', 'unauthorized_client'), undefined);
  assert.equal(at('let invalid_grant=true', 'invalid_grant'), undefined);
  assert.equal(at('case invalid_scope:', 'invalid_scope'), undefined);
  assert.equal(at('x = access_denied', 'access_denied'), undefined);
  assert.equal(at('if (access_denied !== y)', 'access_denied'), undefined);
  assert.equal(at('return Errors.invalid_client;', 'invalid_client'), undefined);
  assert.equal(at('handle_invalid_grant()', 'invalid_grant'), undefined);
  assert.equal(at('invalid_grant(token)', 'invalid_grant'), undefined);
  // Still an error where it is one: prose, a log, a quoted value, an error field.
  assert.equal(at('the user got access_denied again', 'access_denied'), 'access_denied');
  assert.equal(at('token refresh failed: invalid_grant', 'invalid_grant'), 'invalid_grant');
  assert.equal(at('if (body.error === "invalid_grant") retry()', 'invalid_grant'), 'invalid_grant');
  assert.equal(at('{"error":"access_denied"}', 'access_denied'), 'access_denied');
  assert.equal(at('callback?error=access_denied&state=1', 'access_denied'), 'access_denied');
});
