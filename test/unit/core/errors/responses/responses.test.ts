import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseErrorResponse } from '../../../../../src/core/errors/responses/parse';
import type { ErrorResponseParts } from '../../../../../src/core/errors/responses/types';

const SAMPLES = join(__dirname, '../../../../fixtures/errors/samples');
const IDP = join(__dirname, '../../../../fixtures/errors/oidc-provider');
const TRACE = '0b6d6f3e-8a41-4c1e-9d5b-2f7e1c3a9b00';
const CORRELATION = '7c2e9f14-5b3d-4a86-b1e0-93d4c8a2f5e1';

function parts(file: string, dir = SAMPLES): ErrorResponseParts {
  const result = parseErrorResponse(readFileSync(join(dir, file), 'utf8'));
  assert.ok(result.ok, `${file}: ${result.ok ? '' : result.problem.message}`);
  return result.parts;
}

/** `code/family`, with `*` when the catalog has an entry. */
function codes(p: ErrorResponseParts): string[] {
  return p.codes.map((c) => `${c.code}/${c.family}${c.entry ? '*' : ''}`);
}

test('Entra token endpoint JSON: every field, timestamp to ISO, codes with entries', () => {
  const p = parts('entra-token-70008.json');
  assert.equal(p.shape, 'json');
  assert.equal(p.error, 'invalid_grant');
  assert.match(p.error_description!, /^AADSTS70008: /);
  assert.deepEqual(p.error_codes, [70008]);
  assert.equal(p.trace_id, TRACE);
  assert.equal(p.correlation_id, CORRELATION);
  assert.equal(p.timestamp, '2026-11-27T09:41:07.000Z');
  assert.equal(p.error_uri, 'https://login.microsoftonline.com/error?code=70008');
  assert.deepEqual(codes(p), ['invalid_grant/oauth*', 'AADSTS70008/entra*']);
});

test('Entra: suberror and a raw-JSON claims challenge', () => {
  const p = parts('entra-token-50076-suberror.json');
  assert.equal(p.error, 'interaction_required');
  assert.equal(p.suberror, 'basic_action');
  assert.deepEqual(p.claims, { access_token: { capolids: { essential: true, values: ['c1f2e3d4-0000-4000-8000-00000000abcd'] } } });
  assert.deepEqual(codes(p), ['interaction_required/oauth*', 'AADSTS50076/entra*', 'basic_action/entra-suberror*']);
});

test('redirect URLs: query with percent- and plus-decoding, diagnostics from the description', () => {
  const p = parts('entra-redirect-query.txt');
  assert.equal(p.shape, 'redirect');
  assert.equal(p.error, 'invalid_request');
  assert.match(p.error_description!, /^AADSTS900144: The request body must contain the following parameter: 'client_id'\.\r\nTrace ID: /);
  assert.equal(p.error_uri, 'https://login.microsoftonline.com/error?code=900144');
  assert.equal(p.state, 'af0ifjsldkj');
  assert.equal(p.trace_id, TRACE);
  assert.equal(p.timestamp, '2026-11-27T09:41:07.000Z');
  assert.deepEqual(codes(p), ['invalid_request/oauth*', 'AADSTS900144/entra*']);
});

test('redirect URLs: fragment (implicit and hybrid flows)', () => {
  const p = parts('implicit-fragment.txt');
  assert.equal(p.shape, 'redirect');
  assert.equal(p.error, 'login_required');
  assert.equal(p.state, '12345');
  assert.deepEqual(codes(p), ['login_required/oauth*', 'AADSTS50058/entra*']);
});

test('form_post: the hidden inputs, HTML entities decoded', () => {
  const p = parts('form-post.html');
  assert.equal(p.shape, 'form');
  assert.equal(p.error, 'access_denied');
  assert.match(p.error_description!, /^AADSTS65004: .*\r\nTrace ID: /s);
  assert.equal(p.correlation_id, CORRELATION);
  assert.deepEqual(codes(p), ['access_denied/oauth*', 'AADSTS65004/entra*']);
});

test('form bodies: plus and percent decoding', () => {
  const p = parts('form-body.txt');
  assert.equal(p.shape, 'form');
  assert.equal(p.error_description, 'The resource owner cancelled the request');
  assert.equal(p.state, 'xyz==');
  const github = parts('github-token-form.txt');
  assert.equal(github.error, 'bad_verification_code');
  assert.equal(
    github.error_uri,
    'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code',
  );
  assert.deepEqual(codes(github), ['bad_verification_code/github*']);
});

test('WWW-Authenticate: CAE claims challenge decoded from base64; body and status kept', () => {
  const p = parts('www-authenticate-cae.txt');
  assert.equal(p.status, 401);
  assert.equal(p.error, 'insufficient_claims');
  assert.equal(p.scheme, 'Bearer');
  assert.equal(p.authorization_uri, 'https://login.microsoftonline.com/common/oauth2/authorize');
  assert.deepEqual(p.claims, { access_token: { nbf: { essential: true, value: '1795775200' } } });
  assert.match(p.claims_raw!, /^eyJ/);
  assert.equal(p.realm, '');
});

test('WWW-Authenticate: DPoP challenge and the DPoP-Nonce header', () => {
  const p = parts('www-authenticate-dpop.txt');
  assert.equal(p.shape, 'www-authenticate');
  assert.equal(p.scheme, 'DPoP');
  assert.equal(p.error, 'use_dpop_nonce');
  assert.equal(p.dpop_nonce, 'eyJ7S_zG.eyJH0-Z.HX4w-7v');
  assert.equal(p.status, 401);
  assert.deepEqual(p.challenges?.[0]?.params.algs, 'ES256 PS256');
});

test('WWW-Authenticate: several challenges in one header, escaped quotes, scope and resource_metadata', () => {
  const p = parts('www-authenticate-multi.txt');
  assert.equal(p.shape, 'www-authenticate');
  assert.deepEqual(
    p.challenges?.map((c) => c.scheme),
    ['Bearer', 'DPoP'],
  );
  assert.equal(p.error, 'insufficient_scope');
  assert.equal(p.error_description, 'needs "orders.write"');
  assert.equal(p.scope, 'orders.read orders.write');
  assert.equal(p.resource_metadata, 'https://api.example.com/.well-known/oauth-protected-resource');
  assert.equal(p.realm, 'orders');
});

test('WWW-Authenticate: a bare step-up challenge (RFC 9470)', () => {
  const p = parts('www-authenticate-stepup.txt');
  assert.equal(p.shape, 'www-authenticate');
  assert.equal(p.error, 'insufficient_user_authentication');
  assert.equal(p.acr_values, 'urn:example:mfa');
  assert.equal(p.max_age, 300);
});

test('MSAL.js: ServerError with Error(s), Description, Correlation and Trace IDs', () => {
  const p = parts('msal-js-server-error.txt');
  assert.equal(p.shape, 'exception');
  assert.equal(p.exception, 'ServerError');
  assert.equal(p.error, 'invalid_grant');
  assert.deepEqual(p.error_codes, [700082]);
  assert.equal(p.error_description, 'AADSTS700082: The refresh token expired after 90 days without use.');
  assert.equal(p.trace_id, TRACE);
  assert.equal(p.correlation_id, CORRELATION);
  assert.equal(p.timestamp, '2026-11-27T09:45:12.000Z');
  assert.deepEqual(codes(p), ['invalid_grant/oauth*', 'AADSTS700082/entra*']);
});

test('MSAL.js: InteractionRequiredAuthError and BrowserAuthError', () => {
  const p = parts('msal-js-interaction-required.txt');
  assert.equal(p.error, 'interaction_required');
  assert.match(p.error_description!, /^AADSTS50058: The silent sign-in found no signed-in user for this session\.$/);
  const browser = parts('msal-browser-auth-error.txt');
  assert.equal(browser.exception, 'BrowserAuthError');
  assert.equal(browser.error, 'interaction_in_progress');
  assert.deepEqual(codes(browser), ['interaction_in_progress/msal*']);
});

test('MSAL.NET: MsalUiRequiredException with ErrorCode, StatusCode, ResponseBody', () => {
  const p = parts('msal-net-ui-required.txt');
  assert.equal(p.shape, 'exception');
  assert.equal(p.exception, 'Microsoft.Identity.Client.MsalUiRequiredException');
  assert.equal(p.error, 'invalid_grant');
  assert.equal(p.status, 400);
  assert.equal(p.suberror, 'basic_action');
  assert.deepEqual(p.error_codes, [50076]);
  assert.equal(p.timestamp, '2026-11-27T10:02:55.000Z');
  assert.deepEqual(codes(p), ['invalid_grant/oauth*', 'AADSTS50076/entra*', 'basic_action/entra-suberror*']);
  const service = parts('msal-net-service.txt');
  assert.equal(service.exception, 'MSAL.NetCore.4.67.2.0.MsalServiceException');
  assert.equal(service.error, 'invalid_client');
  assert.deepEqual(codes(service), ['invalid_client/oauth*', 'AADSTS7000222/entra*']);
});

test('Azure.Identity: AuthenticationFailedException names the credential', () => {
  const p = parts('azure-identity-auth-failed.txt');
  assert.equal(p.exception, 'Azure.Identity.AuthenticationFailedException');
  assert.deepEqual(
    p.failures?.map((f) => [f.credential, f.outcome]),
    [['ClientSecretCredential', 'failed']],
  );
  assert.deepEqual(codes(p), ['AADSTS7000215/entra*']);
});

test('Azure.Identity: DefaultAzureCredential lists every credential tried (.NET, Python, JS)', () => {
  const dotnet = parts('azure-identity-chained-dotnet.txt');
  assert.deepEqual(
    dotnet.failures?.map((f) => `${f.credential}:${f.outcome}`),
    [
      'EnvironmentCredential:unavailable',
      'WorkloadIdentityCredential:unavailable',
      'ManagedIdentityCredential:unavailable',
      'VisualStudioCredential:failed',
      'AzureCliCredential:failed',
    ],
  );
  assert.deepEqual(codes(dotnet), ['AADSTS700082/entra*']);
  const python = parts('azure-identity-chained-python.txt');
  assert.equal(python.exception, 'azure.core.exceptions.ClientAuthenticationError');
  assert.deepEqual(
    python.failures?.map((f) => f.credential),
    ['EnvironmentCredential', 'ManagedIdentityCredential', 'SharedTokenCacheCredential', 'AzureCliCredential'],
  );
  assert.equal(python.command, 'az login');
  const js = parts('azure-identity-chained-js.txt');
  assert.equal(js.exception, 'AggregateAuthenticationError');
  assert.deepEqual(
    js.failures?.map((f) => `${f.credential}:${f.outcome}`),
    ['EnvironmentCredential:unavailable', 'ManagedIdentityCredential:unavailable', 'AzureCliCredential:unavailable'],
  );
});

test('Azure CLI: diagnostics and the command it asks you to run', () => {
  const p = parts('azure-cli.txt');
  assert.equal(p.shape, 'text');
  assert.equal(p.trace_id, TRACE);
  assert.equal(p.timestamp, '2026-11-27T11:20:45.000Z');
  assert.equal(p.command, 'az login --scope https://management.core.windows.net//.default');
  assert.deepEqual(codes(p), ['AADSTS700082/entra*']);
  assert.equal(parts('azure-login-action.txt').command, 'az logout\naz login');
  const legacy = parts('azure-cli-legacy.txt');
  assert.equal(legacy.status, 400);
  assert.equal(legacy.error, 'invalid_grant');
  assert.deepEqual(legacy.error_codes, [50173]);
});

test('ADAL: several codes in one message', () => {
  assert.deepEqual(codes(parts('adal-multi.txt')), ['AADSTS70002/entra*', 'AADSTS50012/entra*']);
});

test('Okta, Cognito, Google, GitHub, Keycloak, Auth0', () => {
  const okta = parts('okta-api.json');
  assert.equal(okta.error, 'E0000011');
  assert.equal(okta.error_description, 'Invalid token provided');
  assert.equal(okta.error_id, 'oaeXyZ0123456789abcdEF');
  assert.deepEqual(codes(okta), ['E0000011/okta*']);
  assert.equal(parts('okta-redirect.txt').error_description, 'User is not assigned to the client application.');

  const cognito = parts('cognito.json');
  assert.equal(cognito.error, 'NotAuthorizedException');
  assert.equal(cognito.error_description, 'Incorrect username or password.');
  assert.deepEqual(codes(cognito), ['NotAuthorizedException/cognito*']);
  assert.equal(parts('cognito-boto.txt').error, 'NotAuthorizedException');

  const google = parts('google-error-page.txt');
  assert.equal(google.error, 'redirect_uri_mismatch');
  assert.equal(google.status, 400);
  assert.deepEqual(codes(google), ['redirect_uri_mismatch/google*']);
  const rapt = parts('google-token-rapt.json');
  assert.equal(rapt.error_subtype, 'invalid_rapt');
  assert.deepEqual(
    rapt.codes.map((c) => c.code),
    ['invalid_grant', 'invalid_rapt'],
  );
  const api = parts('google-api-401.json');
  assert.equal(api.status, 401);
  assert.equal(api.error, 'UNAUTHENTICATED');

  const github = parts('github-redirect.txt');
  assert.equal(github.error_uri, '/apps/managing-oauth-apps/troubleshooting-authorization-request-errors/#application-suspended');
  assert.deepEqual(codes(github), ['application_suspended/github*']);

  assert.deepEqual(codes(parts('keycloak-events.log')), ['invalid_user_credentials/keycloak*', 'invalid_code/keycloak*']);
  assert.deepEqual(codes(parts('auth0-mfa.json')), ['mfa_required/auth0*']);
});

test('oidc-provider: the HTML 400 page (stock and restyled) and redirects, as captured from the real provider', () => {
  for (const file of ['stock-auth-bad-redirect-uri.http', 'auth-bad-redirect-uri.http']) {
    const p = parts(file, IDP);
    assert.equal(p.shape, 'html', file);
    assert.equal(p.status, 400);
    assert.equal(p.error, 'invalid_redirect_uri');
    assert.equal(p.error_description, "redirect_uri did not match any of the client's registered redirect_uris");
    assert.equal(p.state, 'st4te-fixture');
    assert.equal(p.iss, 'http://127.0.0.1:PORT');
  }
  assert.equal(parts('auth-unknown-client.http', IDP).error, 'invalid_client');
  const pkce = parts('auth-missing-pkce.http', IDP);
  assert.equal(pkce.shape, 'redirect');
  assert.equal(pkce.status, 303);
  assert.equal(pkce.error_description, 'Authorization Server policy requires PKCE to be used for this request');
  assert.equal(pkce.iss, 'http://127.0.0.1:PORT');
  assert.equal(parts('auth-login-required.http', IDP).error, 'login_required');
});

test('oidc-provider: token and userinfo errors with their status and challenges', () => {
  const grant = parts('token-invalid-grant.http', IDP);
  assert.deepEqual(
    [grant.shape, grant.status, grant.error, grant.error_description],
    ['json', 400, 'invalid_grant', 'grant request is invalid'],
  );
  const client = parts('token-invalid-client-basic.http', IDP);
  assert.deepEqual([client.status, client.scheme, client.realm, client.error], [401, 'Basic', 'http://127.0.0.1:PORT', 'invalid_client']);
  const userinfo = parts('userinfo-invalid-token.http', IDP);
  assert.deepEqual([userinfo.status, userinfo.scheme, userinfo.error], [401, 'Bearer', 'invalid_token']);
  assert.equal(parts('token-unsupported-grant-type.http', IDP).error, 'unsupported_grant_type');
});

test('bare codes explain themselves; text without an error is a typed problem', () => {
  const bare = parseErrorResponse('  invalid_grant ');
  assert.ok(bare.ok && bare.parts.codes[0]?.entry?.family === 'oauth');
  const none = parseErrorResponse('Everything is fine, 200 OK, no problems here.');
  assert.deepEqual(none, { ok: false, problem: { code: 'no_error_found', message: none.ok ? '' : none.problem.message } });
  assert.equal(parseErrorResponse('').ok, false);
  const huge = parseErrorResponse('x'.repeat(2 * 1024 * 1024));
  assert.ok(!huge.ok && huge.problem.code === 'input_too_large');
  assert.equal(parseErrorResponse(42 as unknown as string).ok, false);
});

test('loose JSON: Python dict reprs and truncated bodies', () => {
  const python = parseErrorResponse(
    "{'error': 'invalid_grant', 'error_description': 'AADSTS50173: the grant expired', 'error_codes': [50173], 'correlation_id': '" +
      CORRELATION +
      "'}",
  );
  assert.ok(python.ok);
  assert.equal(python.parts.error, 'invalid_grant');
  assert.deepEqual(python.parts.error_codes, [50173]);
  assert.equal(python.parts.correlation_id, CORRELATION);
  const truncated = parseErrorResponse('{"error":"invalid_client","error_description":"AADSTS7000215: bad secret","trace_id":"' + TRACE);
  assert.ok(truncated.ok);
  assert.equal(truncated.parts.error, 'invalid_client');
});

test('Windows broker (WAM) message: the error, the AADSTS code, no bogus status', () => {
  const result = parseErrorResponse(
    'V2Error: invalid_grant AADSTS700082: The refresh token expired. Status: Response_Status.Status_InteractionRequired, Error code: 3399614467, Tag: 558133255',
  );
  assert.ok(result.ok);
  assert.equal(result.parts.shape, 'exception');
  assert.equal(result.parts.error, 'invalid_grant');
  assert.equal(result.parts.status, undefined);
  assert.deepEqual(codes(result.parts), ['invalid_grant/oauth*', 'AADSTS700082/entra*']);
});

test('not every error is an auth error code', () => {
  const generic = parseErrorResponse('TimeoutError: request_took_too_long while calling the API');
  assert.ok(!generic.ok, 'an unknown word after an arbitrary exception is not an auth error');
  const sentence = parseErrorResponse('{"error":"Something went wrong","status":500}');
  assert.ok(sentence.ok && sentence.parts.error === 'Something went wrong');
  assert.deepEqual(sentence.ok && sentence.parts.codes, [], 'a sentence in the error field is not a code');
  const known = parseErrorResponse('GaxiosError: invalid_grant');
  assert.ok(known.ok && known.parts.error === 'invalid_grant');
});
