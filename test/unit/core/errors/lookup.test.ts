import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createCatalogIndex, ERROR_FAMILIES, normalizeCode } from '../../../../src/core/errors/lookup';
import type { ErrorEntry, ErrorFamily } from '../../../../src/core/errors/catalog/types';

function entry(code: string, family: ErrorFamily): ErrorEntry {
  return {
    code,
    family,
    name: code,
    summary: `${family} ${code}`,
    causes: [],
    fixes: [],
    links: [{ title: 'ref', url: 'https://example.com' }],
  };
}

const SMALL: ErrorEntry[] = [
  entry('invalid_grant', 'msal'),
  entry('invalid_grant', 'auth0'),
  entry('invalid_grant', 'oauth'),
  entry('invalid_grant', 'google'),
  entry('AADSTS50058', 'entra'),
  entry('AADSTS50058', 'entra'),
  entry('E0000011', 'okta'),
  entry('NotAuthorizedException', 'cognito'),
  entry('bad_token', 'entra-suberror'),
  entry('bad_token', 'msal'),
];

test('normalizeCode: the forms people type and paste', () => {
  assert.deepEqual(normalizeCode('AADSTS50058'), { code: 'AADSTS50058', family: 'entra' });
  assert.deepEqual(normalizeCode(' aadsts50058: '), { code: 'AADSTS50058', family: 'entra' });
  assert.deepEqual(normalizeCode('AADSTS 50058'), { code: 'AADSTS50058', family: 'entra' });
  assert.equal(normalizeCode('50058'), undefined);
  assert.deepEqual(normalizeCode('50058', 'entra'), { code: 'AADSTS50058', family: 'entra' });
  assert.deepEqual(normalizeCode('e0000011'), { code: 'E0000011', family: 'okta' });
  assert.deepEqual(normalizeCode('"invalid_grant"'), { code: 'invalid_grant' });
  assert.deepEqual(normalizeCode('`NotAuthorizedException`'), { code: 'NotAuthorizedException' });
  assert.equal(normalizeCode(''), undefined);
  assert.equal(normalizeCode('two words'), undefined);
  assert.equal(normalizeCode('x'.repeat(200)), undefined);
});

test('lookupError picks the best family; lookupAll lists all, best first; a hint wins', () => {
  const index = createCatalogIndex(() => SMALL);
  assert.equal(index.lookupError('invalid_grant')?.family, 'oauth');
  assert.deepEqual(
    index.lookupAll('invalid_grant').map((e) => e.family),
    ['oauth', 'google', 'auth0', 'msal'],
  );
  assert.equal(index.lookupError('invalid_grant', 'auth0')?.family, 'auth0');
  assert.equal(index.lookupError('invalid_grant', 'keycloak')?.family, 'oauth', 'a hint without the code falls back to the best');
  assert.equal(index.lookupError('bad_token')?.family, 'msal');
  assert.equal(index.lookupError('bad_token', 'entra-suberror')?.family, 'entra-suberror');
});

test('lookupError accepts every documented spelling', () => {
  const index = createCatalogIndex(() => SMALL);
  for (const code of ['AADSTS50058', 'aadsts50058', 'AADSTS 50058']) assert.equal(index.lookupError(code)?.code, 'AADSTS50058', code);
  assert.equal(index.lookupError('50058'), undefined, 'a bare number needs the entra hint');
  assert.equal(index.lookupError('50058', 'entra')?.code, 'AADSTS50058');
  assert.equal(index.lookupError('E0000011')?.family, 'okta');
  assert.equal(index.lookupError('notauthorizedexception')?.code, 'NotAuthorizedException');
  assert.equal(index.lookupError('INVALID_GRANT')?.code, 'invalid_grant');
  assert.equal(index.lookupError('no_such_code'), undefined);
  assert.equal(index.lookupAll('AADSTS50058').length, 1, 'a repeated row counts once');
});

test('the data loads on first use, once', () => {
  let loads = 0;
  const index = createCatalogIndex(() => {
    loads++;
    return SMALL;
  });
  assert.equal(loads, 0, 'creating the index does not load the data');
  index.lookupError('invalid_grant');
  index.lookupAll('E0000011');
  index.catalogStats();
  assert.equal(loads, 1);
});

test('catalogStats counts entries per family, every family present', () => {
  const stats = createCatalogIndex(() => SMALL).catalogStats();
  assert.equal(stats.total, SMALL.length);
  assert.equal(stats.byFamily.oauth, 1);
  assert.equal(stats.byFamily.entra, 2);
  assert.equal(stats.byFamily.keycloak, 0);
  assert.deepEqual(Object.keys(stats.byFamily), [...ERROR_FAMILIES]);
});

test('lookups never throw on arbitrary input', () => {
  const index = createCatalogIndex(() => SMALL);
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), fc.option(fc.string({ maxLength: 20 }), { nil: undefined }), (code, hint) => {
      index.lookupError(code, hint);
      assert.ok(Array.isArray(index.lookupAll(code, hint)));
    }),
    { numRuns: 2000 },
  );
  assert.deepEqual(index.lookupAll(undefined as unknown as string), []);
});
