import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCatalogEntries, catalogStats, lookupAll, lookupError } from '../../../../src/core/errors/catalog/index';
import { ERROR_FAMILIES } from '../../../../src/core/errors/lookup';
import { COGNITO_EXCEPTIONS, OAUTH_ERROR_CODES, vendorVocabulary } from '../../../../src/core/errors/vocabulary';
import { DATA_FAMILIES } from '../../../../src/core/errors/generated/vocabulary';
import { rawDataFiles } from './_catalogData';

test('every family with a data file is a family the lookup knows, and every known family has data', () => {
  const families = [...new Set(rawDataFiles().map((file) => file.family))].sort();
  assert.deepEqual(families, [...ERROR_FAMILIES].sort());
  assert.deepEqual([...DATA_FAMILIES].sort(), families);
});

test('catalogStats sees every family, and the counts add up', () => {
  const stats = catalogStats();
  for (const family of ERROR_FAMILIES) assert.ok(stats.byFamily[family] > 0, `${family} has entries`);
  assert.equal(
    Object.values(stats.byFamily).reduce((a, b) => a + b, 0),
    stats.total,
  );
  assert.equal(stats.total, allCatalogEntries().length);
});

test('the documented lookups', () => {
  assert.equal(lookupError('AADSTS50058')?.family, 'entra');
  assert.equal(lookupError('aadsts50058')?.code, 'AADSTS50058');
  assert.equal(lookupError('50058'), undefined);
  assert.equal(lookupError('50058', 'entra')?.code, 'AADSTS50058');
  assert.equal(lookupError('E0000011')?.family, 'okta');
  assert.equal(lookupError('invalid_grant')?.family, 'oauth');
  assert.equal(lookupError('NotAuthorizedException')?.family, 'cognito');
  const families = lookupAll('invalid_grant').map((entry) => entry.family);
  assert.equal(families[0], 'oauth');
  assert.ok(families.length > 1, `invalid_grant is in several families: ${families.join(', ')}`);
});

test('every entry is well formed enough for the index: a code, a known family, a first link', () => {
  for (const entry of allCatalogEntries()) {
    assert.ok(entry.code.length > 0 && ERROR_FAMILIES.includes(entry.family), `${entry.code}/${entry.family}`);
    assert.ok(entry.links.length > 0 && /^https:\/\//.test(entry.links[0]!.url), `${entry.code} has a reference link`);
    assert.equal(
      lookupAll(entry.code).some((found) => found.family === entry.family),
      true,
      `${entry.code} is found`,
    );
  }
});

test("the recogniser's built-in vocabulary agrees with the catalog where the catalog has the code", () => {
  for (const [code, family] of vendorVocabulary()) {
    const entries = lookupAll(code);
    if (entries.length > 0)
      assert.ok(
        entries.some((entry) => entry.family === family),
        `${code} is attributed to ${family}`,
      );
  }
  for (const code of OAUTH_ERROR_CODES) {
    const entries = lookupAll(code);
    if (entries.length > 0)
      assert.ok(
        entries.some((entry) => entry.family === 'oauth'),
        `${code} is an OAuth code`,
      );
  }
  const registered = [
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
  ];
  for (const code of registered) assert.equal(lookupError(code)?.family, 'oauth', code);
  for (const name of ['NotAuthorizedException', 'UserNotFoundException', 'UserNotConfirmedException']) {
    assert.ok(COGNITO_EXCEPTIONS.has(name));
    assert.equal(lookupError(name)?.family, 'cognito', name);
  }
});
