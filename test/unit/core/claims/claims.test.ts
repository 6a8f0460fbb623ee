import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLAIM_CATALOG, describeClaim } from '../../../../src/core/claims';
import { recognizeProvider } from '../../../../src/core/tokens/provider';

test('every catalog entry has a title, a description in full sentences and an https source', () => {
  for (const entry of CLAIM_CATALOG) {
    const label = `${entry.provider}/${entry.location}/${entry.name}`;
    assert.ok(entry.title.length > 2, label);
    assert.ok(entry.description.length > 15 && /[.!]$/.test(entry.description), `${label}: ${entry.description}`);
    assert.match(entry.source, /^https:\/\/[a-z0-9.-]+\//, label);
  }
});

test('no duplicate entry for the same name, place and provider', () => {
  const seen = new Set<string>();
  for (const entry of CLAIM_CATALOG) {
    const key = `${entry.provider}/${entry.location}/${entry.name}`;
    assert.ok(!seen.has(key), `duplicate ${key}`);
    seen.add(key);
  }
});

test('covers the claims and header parameters the spec lists', () => {
  const required: [string, string, 'payload' | 'header'][] = [
    ...['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'].map((n) => [n, 'standard', 'payload'] as [string, string, 'payload']),
    ...[
      'at_hash',
      'c_hash',
      'nonce',
      'acr',
      'amr',
      'azp',
      'sid',
      'auth_time',
      'name',
      'email',
      'email_verified',
      'picture',
      'address',
      'updated_at',
    ].map((n) => [n, 'standard', 'payload'] as [string, string, 'payload']),
    ...['client_id', 'scope', 'act', 'may_act', 'cnf'].map((n) => [n, 'standard', 'payload'] as [string, string, 'payload']),
    ...['alg', 'kid', 'typ', 'cty', 'jku', 'x5c', 'x5t', 'x5t#S256', 'enc', 'zip', 'epk', 'crit'].map(
      (n) => [n, 'standard', 'header'] as [string, string, 'header'],
    ),
    ...[
      'tid',
      'oid',
      'scp',
      'roles',
      'wids',
      'groups',
      'hasgroups',
      '_claim_names',
      'amr',
      'idp',
      'ver',
      'appid',
      'appidacr',
      'azp',
      'azpacr',
      'uti',
      'rh',
      'aio',
      'unique_name',
      'upn',
      'preferred_username',
      'ipaddr',
      'onprem_sid',
      'xms_cc',
      'xms_tcdt',
      'xms_pdl',
      'xms_pl',
      'xms_tpl',
      'xms_mirid',
      'acct',
      'ctry',
      'login_hint',
      'sid',
      'deviceid',
      'family_name',
    ].map((n) => [n, 'entra', 'payload'] as [string, string, 'payload']),
    ...['hd', 'email_verified', 'azp'].map((n) => [n, 'google', 'payload'] as [string, string, 'payload']),
    ...['uid', 'cid', 'scp', 'ver'].map((n) => [n, 'okta', 'payload'] as [string, string, 'payload']),
    ...['gty', 'org_id', 'permissions'].map((n) => [n, 'auth0', 'payload'] as [string, string, 'payload']),
    ...['realm_access', 'resource_access', 'session_state', 'typ', 'allowed-origins', 'sid'].map(
      (n) => [n, 'keycloak', 'payload'] as [string, string, 'payload'],
    ),
    ...['token_use', 'cognito:username', 'cognito:groups', 'origin_jti', 'event_id', 'client_id', 'username'].map(
      (n) => [n, 'cognito', 'payload'] as [string, string, 'payload'],
    ),
  ];
  for (const [name, provider, location] of required) {
    const found = describeClaim(name, provider as never, location);
    assert.ok(found, `${provider}/${location}/${name} missing`);
    assert.equal(found.provider, provider, `${name} for ${provider} resolved to ${found.provider}`);
  }
});

test('describeClaim: provider meaning wins, others are listed, standard is the fallback', () => {
  const entraScp = describeClaim('scp', 'entra')!;
  assert.equal(entraScp.provider, 'entra');
  assert.ok(entraScp.otherMeanings.some((m) => m.provider === 'okta'));
  assert.equal(describeClaim('scp', 'okta')!.provider, 'okta');
  assert.equal(describeClaim('iss', 'okta')!.provider, 'standard');
  assert.equal(describeClaim('typ', 'keycloak')!.provider, 'keycloak');
  assert.equal(describeClaim('typ', 'keycloak', 'header')!.provider, 'standard');
  assert.equal(describeClaim('nonce', 'entra', 'header')!.provider, 'entra');
  assert.equal(describeClaim('no_such_claim'), undefined);
});

test('describeClaim: prefixes for namespaced, custom and xms_ claims', () => {
  assert.equal(describeClaim('https://example.com/roles', 'auth0')!.provider, 'auth0');
  assert.equal(describeClaim('http://example.com/roles', 'auth0')!.provider, 'auth0');
  assert.equal(describeClaim('https://example.com/roles', 'standard')!.provider, 'standard');
  assert.equal(describeClaim('custom:tenant', 'cognito')!.provider, 'cognito');
  assert.equal(describeClaim('extension_Plan', 'entra')!.provider, 'entra');
  const xms = describeClaim('xms_something_new', 'entra')!;
  assert.equal(xms.name, 'xms_something_new');
  assert.equal(xms.provider, 'entra');
});

test('recognizeProvider from iss', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['https://sts.windows.net/tid-1/', 'entra', { tenant: 'tid-1', entraIssuerVersion: 1 }],
    ['https://login.microsoftonline.com/tid-2/v2.0', 'entra', { tenant: 'tid-2', entraIssuerVersion: 2 }],
    ['https://contoso.b2clogin.com/tid-3/v2.0/', 'entra-b2c', { tenant: 'tid-3' }],
    ['https://tid-4.ciamlogin.com/tid-4/v2.0', 'entra-external-id', { tenant: 'tid-4' }],
    ['https://accounts.google.com', 'google'],
    ['accounts.google.com', 'google'],
    ['https://dev-1.okta.com', 'okta'],
    ['https://dev-1.oktapreview.com/oauth2/default', 'okta'],
    ['https://tenant.eu.auth0.com/', 'auth0'],
    ['https://sso.example.com/realms/demo', 'keycloak', { tenant: 'demo' }],
    ['http://localhost:8080/auth/realms/master', 'keycloak', { tenant: 'master' }],
    ['https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc', 'cognito', { region: 'us-east-1', tenant: 'us-east-1_Abc' }],
    ['https://id.example.org', 'generic'],
  ];
  for (const [iss, id, extra] of cases) {
    const info = recognizeProvider({ iss });
    assert.equal(info.id, id, iss);
    for (const [key, value] of Object.entries(extra ?? {}))
      assert.equal((info as unknown as Record<string, unknown>)[key], value, `${iss} ${key}`);
  }
  assert.equal(recognizeProvider(null).id, 'unknown');
  assert.equal(recognizeProvider({ tid: 't', ver: '2.0' }).id, 'entra');
  assert.equal(recognizeProvider({ iss: 'https://auth.custom.example', realm_access: { roles: [] } }).id, 'keycloak');
});
