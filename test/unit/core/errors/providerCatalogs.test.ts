import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ErrorEntry, ErrorFamily } from '../../../../src/core/errors/catalog/types';
import { allCatalogEntries } from '../../../../src/core/errors/catalog/index';
import { dataEntryCount } from './_catalogData';

const familyEntries = (family: ErrorFamily): readonly ErrorEntry[] => allCatalogEntries().filter((e) => e.family === family);
const oauthErrors = familyEntries('oauth');
const oktaErrors = familyEntries('okta');
const cognitoErrors = familyEntries('cognito');
const keycloakErrors = familyEntries('keycloak');

const catalogs: Record<string, { family: ErrorFamily; entries: readonly ErrorEntry[] }> = Object.fromEntries(
  (['oauth', 'okta', 'google', 'github', 'keycloak', 'auth0', 'cognito'] as const).map((family) => [
    family,
    { family, entries: familyEntries(family) },
  ]),
);

/** Every distinct name in the IANA "OAuth Extensions Error Registry" (50 rows, `access_denied` twice). */
const IANA_OAUTH_ERRORS = [
  'invalid_request',
  'unauthorized_client',
  'access_denied',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
  'invalid_client',
  'invalid_grant',
  'unsupported_grant_type',
  'invalid_token',
  'insufficient_scope',
  'unsupported_token_type',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
  'need_info',
  'request_denied',
  'request_submitted',
  'invalid_redirect_uri',
  'invalid_client_metadata',
  'invalid_software_statement',
  'unapproved_software_statement',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_target',
  'unsupported_pop_key',
  'incompatible_ace_profiles',
  'invalid_authorization_details',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  'insufficient_user_authentication',
  'invalid_issuer',
  'invalid_subject',
  'invalid_trust_anchor',
  'invalid_trust_chain',
  'invalid_metadata',
  'not_found',
  'unsupported_parameter',
  'vp_formats_not_supported',
  'invalid_request_uri_method',
  'wallet_unavailable',
];

/** OAuth values whose meaning depends on the endpoint: each must explain every meaning. */
const MULTI_MEANING_OAUTH = [
  'invalid_request',
  'invalid_client',
  'access_denied',
  'invalid_grant',
  'unauthorized_client',
  'invalid_scope',
  'invalid_token',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'invalid_target',
  'invalid_dpop_proof',
  'use_dpop_nonce',
  'invalid_request_uri',
  'redirect_uri_mismatch',
  'unsupported_token_type',
];

/** The common ones need concrete help: at least two causes and two fixes. */
const CAREFUL_OAUTH = [
  'invalid_grant',
  'invalid_client',
  'unauthorized_client',
  'invalid_scope',
  'redirect_uri_mismatch',
  'access_denied',
  'invalid_request',
  'login_required',
  'interaction_required',
  'consent_required',
  'invalid_token',
  'insufficient_scope',
  'authorization_pending',
  'slow_down',
  'expired_token',
  'use_dpop_nonce',
  'invalid_target',
  'temporarily_unavailable',
];

/** Codes the brief names per provider; dropping any of them fails the test. */
const REQUIRED: Record<string, string[]> = {
  okta: [
    'E0000001',
    'E0000003',
    'E0000004',
    'E0000005',
    'E0000006',
    'E0000007',
    'E0000011',
    'E0000014',
    'E0000015',
    'E0000022',
    'E0000038',
    'E0000047',
    'E0000064',
    'E0000069',
    'E0000079',
    'E0000081',
    'invalid_client',
  ],
  google: [
    'redirect_uri_mismatch',
    'invalid_client',
    'admin_policy_enforced',
    'disallowed_useragent',
    'org_internal',
    'invalid_request',
    'access_denied',
    'origin_mismatch',
    'unauthorized_client',
    'invalid_grant',
    'deleted_client',
    'policy_enforced',
    'restricted_client',
    'idpiframe_initialization_failed',
  ],
  github: [
    'redirect_uri_mismatch',
    'bad_verification_code',
    'incorrect_client_credentials',
    'unverified_user_email',
    'application_suspended',
    'access_denied',
    'authorization_pending',
    'slow_down',
    'expired_token',
    'unsupported_grant_type',
    'incorrect_device_code',
    'device_flow_disabled',
  ],
  keycloak: [
    'invalid_user_credentials',
    'user_not_found',
    'invalid_redirect_uri',
    'invalid_client_credentials',
    'client_not_found',
    'expired_code',
    'invalid_code',
    'invalid_token',
    'user_disabled',
    'user_temporarily_disabled',
    'not_allowed',
    'invalid_request',
    'session_expired',
    'consent_denied',
    'invalid_client',
    'pkce_verification_failed',
    'rejected_by_user',
    'cookie_not_found',
  ],
  auth0: [
    'unauthorized',
    'access_denied',
    'invalid_request',
    'too_many_attempts',
    'mfa_required',
    'login_required',
    'consent_required',
    'invalid_user_password',
    'password_leaked',
    'blocked_user',
    'unauthorized_client',
    'invalid_grant',
    'requires_verification',
    'too_many_requests',
  ],
  cognito: [
    'NotAuthorizedException',
    'UserNotFoundException',
    'UserNotConfirmedException',
    'PasswordResetRequiredException',
    'CodeMismatchException',
    'ExpiredCodeException',
    'InvalidParameterException',
    'TooManyRequestsException',
    'LimitExceededException',
    'InvalidPasswordException',
    'UsernameExistsException',
    'ResourceNotFoundException',
    'InvalidUserPoolConfigurationException',
    'UserLambdaValidationException',
    'invalid_client',
    'unauthorized_client',
    'redirect_mismatch',
  ],
};

const allEntries = Object.values(catalogs).flatMap((c) => [...c.entries]);

function codesOf(entries: readonly ErrorEntry[]): Set<string> {
  return new Set(entries.map((e) => e.code));
}

function entry(entries: readonly ErrorEntry[], code: string): ErrorEntry {
  const found = entries.find((e) => e.code === code);
  assert.ok(found, `missing ${code}`);
  return found;
}

test('each family has every block of its data file, nothing dropped on the way', () => {
  for (const [label, { family, entries }] of Object.entries(catalogs)) {
    assert.equal(entries.length, dataEntryCount(family), label);
  }
});

test('every entry carries the family of the catalog it is in', () => {
  for (const [label, { family, entries }] of Object.entries(catalogs)) {
    for (const e of entries) assert.equal(e.family, family, `${label} ${e.code}`);
  }
});

test('no code appears twice within a family', () => {
  for (const [label, { entries }] of Object.entries(catalogs)) {
    const seen = new Set<string>();
    for (const e of entries) {
      assert.ok(!seen.has(e.code), `${label}: duplicate ${e.code}`);
      seen.add(e.code);
    }
  }
});

test('every entry is complete: name, summary, causes, fixes, https links with titles', () => {
  for (const e of allEntries) {
    const where = `${e.family} ${e.code}`;
    assert.ok(e.code.trim() !== '' && e.code === e.code.trim(), `${where}: code`);
    assert.ok(e.name.trim() !== '', `${where}: name`);
    assert.ok(e.summary.trim().length >= 20 && e.summary.length <= 400, `${where}: summary length ${e.summary.length}`);
    assert.ok(e.causes.length >= 1 && e.causes.every((c) => c.trim().length >= 10), `${where}: causes`);
    assert.ok(e.fixes.length >= 1 && e.fixes.every((f) => f.trim().length >= 10), `${where}: fixes`);
    assert.ok(e.links.length >= 1, `${where}: links`);
    for (const link of e.links) {
      assert.ok(link.title.trim() !== '', `${where}: link title`);
      assert.equal(new URL(link.url).protocol, 'https:', `${where}: ${link.url}`);
    }
    for (const context of e.contexts ?? []) {
      assert.ok(context.where.trim() !== '' && context.meaning.trim().length >= 10, `${where}: context`);
    }
    for (const text of [e.summary, ...e.causes, ...e.fixes]) {
      assert.ok(!/\bTODO\b|\bTBD\b/.test(text), `${where}: placeholder text`);
      // No token-like strings in prose: examples belong in tests, not in the shipped catalog.
      assert.ok(!/eyJ[A-Za-z0-9_-]{10,}/.test(text), `${where}: token-like text`);
    }
  }
});

test('all 49 names of the IANA OAuth Extensions Error Registry are present', () => {
  assert.equal(new Set(IANA_OAUTH_ERRORS).size, 49);
  const codes = codesOf(oauthErrors);
  for (const code of IANA_OAUTH_ERRORS) assert.ok(codes.has(code), `missing ${code}`);
});

test('OpenID Connect, CIBA, device flow, DPoP and step-up values are present', () => {
  const codes = codesOf(oauthErrors);
  for (const code of [
    'interaction_required',
    'login_required',
    'account_selection_required',
    'consent_required',
    'invalid_request_uri',
    'invalid_request_object',
    'request_not_supported',
    'request_uri_not_supported',
    'registration_not_supported',
    'expired_login_hint_token',
    'unknown_user_id',
    'missing_user_code',
    'invalid_user_code',
    'invalid_binding_message',
    'transaction_failed',
    'authorization_pending',
    'slow_down',
    'expired_token',
    'invalid_dpop_proof',
    'use_dpop_nonce',
    'insufficient_user_authentication',
    'invalid_target',
    'unsupported_token_type',
  ]) {
    assert.ok(codes.has(code), `missing ${code}`);
  }
});

test('every oauth entry names its spec, and its code is its name', () => {
  for (const e of oauthErrors) {
    assert.ok(e.spec && e.spec.trim() !== '', `${e.code}: spec`);
    assert.equal(e.name, e.code);
  }
});

test('oauth entries link a spec section first', () => {
  for (const e of oauthErrors) {
    const first = e.links[0]!.url;
    assert.ok(
      /^https:\/\/(www\.rfc-editor\.org\/rfc\/rfc\d+#section-[\d.]+|datatracker\.ietf\.org\/doc\/html\/draft-|openid\.net\/specs\/|docs\.kantarainitiative\.org\/|learn\.microsoft\.com\/)/.test(
        first,
      ),
      `${e.code}: ${first}`,
    );
  }
});

test('values with several meanings explain each endpoint', () => {
  for (const code of MULTI_MEANING_OAUTH) {
    const e = entry(oauthErrors, code);
    assert.ok((e.contexts?.length ?? 0) >= 2, `${code}: needs contexts for each endpoint`);
  }
  const invalidGrant = entry(oauthErrors, 'invalid_grant');
  const places = invalidGrant.contexts!.map((c) => c.where).join(' | ');
  for (const grant of ['authorization_code', 'PKCE', 'refresh_token', 'device_code']) {
    assert.ok(places.includes(grant), `invalid_grant contexts lack ${grant}`);
  }
  const invalidClient = entry(oauthErrors, 'invalid_client');
  assert.ok(invalidClient.contexts!.some((c) => c.where.includes('401') && c.where.includes('WWW-Authenticate')));
});

test('the common oauth values have concrete causes and fixes', () => {
  for (const code of CAREFUL_OAUTH) {
    const e = entry(oauthErrors, code);
    assert.ok(e.causes.length >= 2 || code === 'slow_down', `${code}: at least two causes`);
    assert.ok(e.fixes.length >= 2, `${code}: at least two fixes`);
  }
  // The generic "grant request is invalid" needs its likely causes spelled out.
  const causes = entry(oauthErrors, 'invalid_grant').causes.join(' ');
  for (const hint of ['already redeemed', 'code_verifier', 'redirect_uri', 'rotated']) {
    assert.ok(causes.includes(hint), `invalid_grant causes lack "${hint}"`);
  }
});

test('each provider catalog holds the codes it is expected to explain', () => {
  for (const [label, required] of Object.entries(REQUIRED)) {
    const codes = codesOf(catalogs[label]!.entries);
    for (const code of required) assert.ok(codes.has(code), `${label}: missing ${code}`);
  }
});

test('Okta codes have the E0000xxx shape and link their own anchor', () => {
  for (const e of oktaErrors) {
    if (!e.code.startsWith('E')) continue;
    assert.match(e.code, /^E\d{7}$/);
    assert.equal(e.links[0]!.url, `https://developer.okta.com/docs/reference/error-codes/#${e.code.toLowerCase()}`);
    assert.match(e.summary, /\(HTTP \d{3}\)$|./);
  }
  assert.equal(entry(oktaErrors, 'E0000047').name, 'Too many requests exception');
  assert.ok(entry(oktaErrors, 'E0000047').summary.includes('429'));
});

test('Cognito service exceptions are named like the API names them', () => {
  for (const e of cognitoErrors) {
    assert.ok(/^[A-Z][A-Za-z]+Exception$/.test(e.code) || /^[a-z_]+$/.test(e.code), e.code);
  }
});

test('Keycloak entries carry the Java constant that defines them', () => {
  for (const e of keycloakErrors) {
    assert.match(e.name, /^[A-Z][A-Z0-9_]+$/, e.code);
    assert.match(e.code, /^[a-z0-9_]+$/, e.code);
  }
});

test('prose keeps markdown simple: balanced backticks, markup only inside code spans, no control characters', () => {
  for (const e of allEntries) {
    const texts = [e.summary, ...e.causes, ...e.fixes, ...(e.contexts ?? []).flatMap((c) => [c.where, c.meaning])];
    for (const text of texts) {
      const where = `${e.family} ${e.code}: ${text}`;
      assert.equal((text.match(/`/g) ?? []).length % 2, 0, `${where}: unbalanced backticks`);
      assert.ok(!/[<>]/.test(text.replace(/`[^`]*`/g, '')), `${where}: markup outside a code span`);
      assert.ok(![...text].some((ch) => ch.charCodeAt(0) < 0x20), `${where}: control character`);
    }
  }
});
