import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeToken } from '../../../../src/core/tokens/analyze';
import { decodeToken } from '../../../../src/core/tokens/decode';
import type { TokenAnalysis } from '../../../../src/core/tokens/analysisTypes';
import { FIXTURE_NOW, TENANT, signProviderFixtures } from '../../../fixtures/tokens/providerTokens';
import { makeToken } from '../../../fixtures/tokens/makeToken';
import { RFC7515_A1_HS256, RFC7516_A3_JWE, RFC7519_UNSECURED } from '../../../fixtures/tokens/rfcExamples';

let tokens: Record<string, string> = {};
before(async () => {
  tokens = (await signProviderFixtures()).tokens;
});

const NOW_S = FIXTURE_NOW / 1000;

function analyze(token: string, options: Parameters<typeof analyzeToken>[1] = {}): TokenAnalysis {
  const decoded = decodeToken(token);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
  return analyzeToken(decoded.token, { now: FIXTURE_NOW, timeZone: 'UTC', ...options });
}

const codes = (analysis: TokenAnalysis) => analysis.findings.map((finding) => finding.code);

test('recognises provider and kind for every provider fixture', () => {
  const expected: Record<string, [string, string]> = {
    'entra-v2-access': ['entra', 'access_token'],
    'entra-v1-graph': ['entra', 'access_token'],
    'entra-v2-id': ['entra', 'id_token'],
    'google-id': ['google', 'id_token'],
    'okta-access': ['okta', 'access_token'],
    'auth0-access': ['auth0', 'access_token'],
    'keycloak-access': ['keycloak', 'access_token'],
    'keycloak-refresh': ['keycloak', 'refresh_token'],
    'cognito-access': ['cognito', 'access_token'],
    'cognito-id': ['cognito', 'id_token'],
  };
  for (const [name, [provider, kind]] of Object.entries(expected)) {
    const analysis = analyze(tokens[name]!);
    assert.equal(analysis.provider.id, provider, name);
    assert.equal(analysis.kind.kind, kind, name);
    assert.ok(analysis.kind.reason.length > 0);
  }
});

test('Entra details: tenant, issuer version, v1 finding, Graph finding', () => {
  const v2 = analyze(tokens['entra-v2-access']!);
  assert.equal(v2.provider.tenant, TENANT);
  assert.equal(v2.provider.entraIssuerVersion, 2);
  assert.ok(!codes(v2).includes('entra_v1_token'));
  const graph = analyze(tokens['entra-v1-graph']!);
  assert.equal(graph.provider.entraIssuerVersion, 1);
  assert.ok(codes(graph).includes('entra_v1_token'));
  assert.ok(codes(graph).includes('graph_token'));
  assert.match(graph.findings.find((f) => f.code === 'graph_token')!.message, /nonce/);
});

test('expiry words: expired 3 h 12 min ago, valid for 47 more minutes', () => {
  const expired = analyze(tokens['entra-v1-graph']!);
  assert.equal(expired.validity, 'expired');
  assert.equal(expired.expiryWords, 'expired 3 h 12 min ago');
  assert.equal(expired.findings[0]?.code, 'expired');
  assert.equal(expired.findings[0]?.severity, 'error');
  const valid = analyze(tokens['entra-v2-access']!);
  assert.equal(valid.validity, 'valid');
  assert.equal(valid.expiryWords, 'valid for 47 more minutes');
  assert.match(valid.summary, /Microsoft Entra ID.*access token · RS256 · valid for 47 more minutes/);
});

test('every time claim comes as ISO, local time and words', () => {
  const analysis = analyze(tokens['entra-v2-access']!);
  const names = analysis.times.map((claim) => claim.name);
  assert.deepEqual(names, ['iat', 'nbf', 'exp', 'xms_tcdt']);
  const iat = analysis.times[0]!.time;
  assert.equal(iat.iso, '2026-11-28T11:50:00Z');
  assert.equal(iat.local, '28 Nov 2026, 11:50:00 UTC');
  assert.equal(iat.words, 'issued 10 minutes ago');
  const okta = analyze(tokens['okta-access']!);
  assert.equal(okta.times.find((c) => c.name === 'auth_time')?.time.words, 'user signed in 3 minutes ago');
  const berlin = analyze(tokens['entra-v2-access']!, { timeZone: 'Europe/Berlin' });
  assert.equal(berlin.times[0]!.time.local, '28 Nov 2026, 12:50:00 CET');
});

test('clock skew: a token expired 2 minutes ago is still valid with the default skew, not with 0', () => {
  const token = makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'https://i.example', aud: 'a', iat: NOW_S - 600, exp: NOW_S - 120 });
  const lenient = analyze(token);
  assert.equal(lenient.validity, 'valid');
  assert.ok(codes(lenient).includes('expired_within_skew'));
  assert.match(lenient.expiryWords, /expired 2 minutes ago \(still inside the 5 minutes clock skew\)/);
  const strict = analyze(token, { clockSkewSeconds: 0 });
  assert.equal(strict.validity, 'expired');
  assert.ok(codes(strict).includes('expired'));
});

test('not yet valid and iat in the future', () => {
  const token = makeToken(
    { alg: 'RS256', kid: 'k' },
    { iss: 'https://i.example', aud: 'a', iat: NOW_S + 3600, nbf: NOW_S + 3600, exp: NOW_S + 7200 },
  );
  const analysis = analyze(token);
  assert.equal(analysis.validity, 'not_yet_valid');
  assert.match(analysis.expiryWords, /^not valid until 2026-11-28T13:00:00Z \(in 1 h\)$/);
  assert.ok(codes(analysis).includes('not_yet_valid'));
  assert.ok(codes(analysis).includes('iat_in_future'));
});

test('alg none, missing exp and aud, symmetric alg, crit, jku, embedded jwk, missing kid', () => {
  const unsecured = analyze(RFC7519_UNSECURED);
  assert.ok(codes(unsecured).includes('alg_none'));
  assert.equal(unsecured.findings[0]!.severity, 'error');
  const hs = analyze(RFC7515_A1_HS256);
  assert.ok(codes(hs).includes('symmetric_alg'));
  assert.ok(codes(hs).includes('expired'));
  assert.ok(codes(hs).includes('missing_aud'));
  const odd = analyze(
    makeToken(
      { alg: 'RS256', jku: 'https://evil.example/jwks', crit: ['exp'], jwk: { kty: 'RSA' } },
      { iss: 'https://i.example', sub: 's' },
    ),
  );
  for (const code of ['missing_exp', 'missing_aud', 'crit_header', 'jku_or_x5u_present', 'embedded_jwk']) {
    assert.ok(codes(odd).includes(code as never), code);
  }
  assert.ok(codes(analyze(makeToken({ alg: 'RS256' }, { iss: 'https://i.example', aud: 'a', exp: NOW_S + 60 }))).includes('missing_kid'));
  const stripped = analyze(`${RFC7515_A1_HS256.split('.').slice(0, 2).join('.')}.`);
  assert.ok(codes(stripped).includes('missing_signature'));
});

test('long lifetime, exp before iat, non-numeric time claims', () => {
  const long = analyze(makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'i', aud: 'a', iat: NOW_S, exp: NOW_S + 7 * 86400 }));
  assert.ok(codes(long).includes('long_lifetime'));
  assert.equal(long.lifetimeSeconds, 7 * 86400);
  const backwards = analyze(makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'i', aud: 'a', iat: NOW_S, exp: NOW_S - 10 }));
  assert.ok(codes(backwards).includes('exp_before_iat'));
  const strings = analyze(makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'i', aud: 'a', exp: '1800000000' }));
  assert.ok(codes(strings).includes('invalid_time_claim'));
  assert.equal(strings.validity, 'no_expiry');
});

test('ID token sent as Bearer, multiple audiences, group overage, personal data, refresh token', () => {
  const asBearer = decodeToken(`Bearer ${tokens['entra-v2-id']}`);
  assert.ok(asBearer.ok);
  const analysis = analyzeToken(asBearer.token, { now: FIXTURE_NOW });
  assert.ok(codes(analysis).includes('id_token_as_access_token'));
  assert.ok(codes(analysis).includes('groups_overage'));
  assert.ok(!codes(analyze(tokens['entra-v2-id']!)).includes('id_token_as_access_token'));
  assert.ok(codes(analyze(tokens['entra-v2-id']!, { sentAsBearer: true })).includes('id_token_as_access_token'));
  assert.ok(codes(analyze(tokens['auth0-access']!)).includes('aud_multiple'));
  assert.ok(codes(analyze(tokens['keycloak-access']!)).includes('pii_in_token'));
  assert.ok(!codes(analyze(tokens['google-id']!)).includes('pii_in_token'), 'profile data is expected in ID tokens');
  assert.ok(codes(analyze(tokens['keycloak-refresh']!)).includes('refresh_token_jwt'));
  const cognito = analyze(tokens['cognito-access']!);
  assert.equal(cognito.findings.find((f) => f.code === 'missing_aud')?.severity, 'info');
});

test('JWE: encrypted finding, header explained, no claims', () => {
  const analysis = analyze(RFC7516_A3_JWE);
  assert.equal(analysis.format, 'jwe');
  assert.deepEqual(codes(analysis), ['encrypted']);
  assert.equal(analysis.claims.length, 0);
  assert.equal(analysis.validity, 'unknown');
  assert.equal(analysis.headerClaims.find((c) => c.name === 'enc')?.title, 'Content encryption');
});

test('kinds from typ: at+jwt and logout tokens', () => {
  const at = analyze(
    makeToken(
      { alg: 'ES256', typ: 'at+jwt', kid: 'k' },
      { iss: 'https://as.example', aud: 'urn:api', client_id: 'c', iat: NOW_S, exp: NOW_S + 600 },
    ),
  );
  assert.equal(at.kind.kind, 'access_token');
  const logout = analyze(
    makeToken(
      { alg: 'RS256', kid: 'k' },
      { iss: 'https://op.example', aud: 'c', iat: NOW_S, jti: 'j', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } },
    ),
  );
  assert.equal(logout.kind.kind, 'logout_token');
});

test('claims carry provider-specific descriptions and sources', () => {
  const entra = analyze(tokens['entra-v2-access']!);
  const scp = entra.claims.find((claim) => claim.name === 'scp')!;
  assert.equal(scp.provider, 'entra');
  assert.match(scp.description!, /Delegated permissions/);
  assert.ok(scp.otherMeanings?.some((meaning) => meaning.provider === 'okta'));
  const okta = analyze(tokens['okta-access']!).claims.find((claim) => claim.name === 'scp')!;
  assert.equal(okta.provider, 'okta');
  const auth0 = analyze(tokens['auth0-access']!).claims.find((claim) => claim.name === 'https://example.com/roles')!;
  assert.equal(auth0.provider, 'auth0');
  assert.match(auth0.source!, /auth0\.com/);
  for (const claim of entra.claims) assert.ok(claim.description, `no description for ${claim.name}`);
});

test('hostile claim values stay plain data through analysis', () => {
  const hostile = '[x](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22rm%22%7D) <script>';
  const analysis = analyze(makeToken({ alg: 'RS256', kid: hostile }, { iss: hostile, sub: hostile, aud: hostile, exp: NOW_S + 60 }));
  assert.equal(analysis.issuer, hostile);
  assert.equal(analysis.claims.find((c) => c.name === 'sub')?.value, hostile);
  assert.equal(analysis.provider.id, 'generic');
});

test('other JWT types are named, not mistaken for access tokens', () => {
  const proof = analyze(
    makeToken({ alg: 'ES256', typ: 'dpop+jwt', jwk: { kty: 'EC' } }, { htm: 'GET', htu: 'https://api.example/x', iat: NOW_S, jti: 'j' }),
  );
  assert.equal(proof.kind.kind, 'unknown');
  assert.match(proof.kind.reason, /DPoP proof/);
  assert.deepEqual(codes(proof), [], 'a DPoP proof carries its key and has no exp or aud by design');
});
