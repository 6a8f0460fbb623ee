import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrorAt, findErrors } from '../../../../src/core/errors/recognize';
import { normalizeCode } from '../../../../src/core/errors/lookup';
import { allCatalogEntries, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import { familyName } from '../../../../src/core/errors/familyNames';
import { dataEntryCount } from './_catalogData';

/** Every code of Microsoft's public B2C list (error-codes page, both revisions: 128 rows + AADB2C90001). */
const PUBLIC_B2C = [
  90001, 90002, 90006, 90007, 90008, 90010, 90011, 90012, 90013, 90014, 90016, 90017, 90018, 90019, 90021, 90022, 90023, 90025, 90027,
  90028, 90031, 90035, 90036, 90037, 90039, 90040, 90043, 90044, 90046, 90047, 90048, 90051, 90052, 90053, 90054, 90055, 90057, 90058,
  99059, 90067, 90068, 90075, 90077, 90079, 90080, 90081, 90083, 90084, 90085, 90086, 90087, 90088, 90091, 90092, 90107, 90108, 90110,
  90111, 90114, 90115, 90117, 90118, 90120, 90122, 90128, 90129, 90145, 90146, 90149, 90151, 90152, 90154, 90155, 90156, 90157, 90158,
  90159, 90161, 90165, 90168, 90178, 90182, 90183, 90184, 90188, 90194, 90205, 90206, 90208, 90209, 90210, 90211, 90212, 90220, 90223,
  90224, 90225, 90226, 90232, 90233, 90235, 90237, 90238, 90239, 90240, 90242, 90243, 90244, 90248, 90250, 90255, 90261, 90272, 90273,
  90274, 90276, 90277, 90279, 90284, 90285, 90287, 90288, 90289, 90296, 99005, 99006, 99011, 99013, 99015,
].map((n) => `AADB2C${n}`);

test('every code of the public B2C list has an entry, with the list as its first source', () => {
  const b2c = allCatalogEntries().filter((e) => e.family === 'b2c');
  assert.equal(PUBLIC_B2C.length, 129);
  assert.equal(b2c.length, dataEntryCount('b2c'));
  const codes = new Set(b2c.map((e) => e.code));
  assert.deepEqual(
    PUBLIC_B2C.filter((code) => !codes.has(code)),
    [],
  );
  for (const e of b2c) {
    assert.match(e.code, /^AADB2C\d{5}$/);
    assert.equal(e.links[0]!.url, 'https://learn.microsoft.com/azure/active-directory-b2c/error-codes', e.code);
  }
  assert.equal(familyName('b2c'), 'Azure AD B2C');
});

test('AADB2C codes are recognised like AADSTS: anywhere, in their own shape', () => {
  const redirect =
    'https://app.example/signin-oidc#error=access_denied&error_description=AADB2C90118%3a+The+user+has+forgotten+their+password.';
  const found = findErrors(redirect).map((m) => `${m.family}:${m.code}`);
  assert.ok(found.includes('b2c:AADB2C90118'), found.join());
  assert.ok(found.includes('oauth:access_denied'), found.join());
  assert.deepEqual(
    findErrors('log: AADB2C90091: User cancellation.').map((m) => m.code),
    ['AADB2C90091'],
  );
  assert.deepEqual(
    findErrors('"error_description":"AADB2C90080: The provided grant has expired.\\r\\nCorrelation ID: x"').map((m) => m.code),
    ['AADB2C90080'],
  );
  // Not a code: too few or too many digits, or glued to a word.
  assert.deepEqual(findErrors('AADB2C9011 AADB2C901180 XAADB2C90118 AADB2C90118x'), []);
  assert.equal(findErrorAt('see aadb2c90118 here', 8)?.code, 'AADB2C90118');
  assert.equal(findErrorAt('see aadb2c90118 here', 8)?.family, 'b2c');
});

test('lookups accept what people type, and explain finds the B2C entry in a response', () => {
  assert.deepEqual(normalizeCode('aadb2c90118'), { code: 'AADB2C90118', family: 'b2c' });
  assert.deepEqual(normalizeCode('AADB2C 90118:'), { code: 'AADB2C90118', family: 'b2c' });
  assert.equal(lookupError('aadb2c90118')?.family, 'b2c');
  assert.match(lookupError('AADB2C90118')!.summary, /password/i);
  const explained = explainText(
    '{"error":"access_denied","error_description":"AADB2C90118: The user has forgotten their password.\\r\\nCorrelation ID: 1\\r\\nTimestamp: 2026-01-01 00:00:00Z"}',
  );
  assert.ok(
    explained.entries.some((e) => e.code === 'AADB2C90118'),
    explained.entries.map((e) => e.code).join(),
  );
});
