import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrorAt, findErrors } from '../../../../src/core/errors/recognize';
import { normalizeCode } from '../../../../src/core/errors/lookup';
import { allCatalogEntries, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import { dataEntryCount } from './_catalogData';

/** What ASP.NET developers see most when token validation fails (issue 11's list and the common ones). */
const EXPECTED = [
  'IDX10501',
  'IDX10214',
  'IDX10223',
  'IDX10205',
  'IDX10222',
  'IDX10503',
  'IDX10511',
  'IDX10516',
  'IDX10500',
  'IDX12709',
  'IDX14100',
  'IDX20803',
  'IDX21323',
  'IDX10634',
  'IDX10720',
  'IDX10603',
];

test('the IdentityModel family has the codes ASP.NET developers meet, each linked to its LogMessages.cs', () => {
  const entries = allCatalogEntries().filter((e) => e.family === 'identitymodel');
  assert.equal(entries.length, dataEntryCount('identitymodel'));
  for (const code of EXPECTED)
    assert.ok(
      entries.some((e) => e.code === code),
      code,
    );
  for (const e of entries) {
    assert.match(e.code, /^IDX\d{5}$/);
    assert.ok(
      e.links.some((l) => /identitymodel-extensions-for-dotnet\/blob\/dev\/src\/[\w.]+\/LogMessages\.cs$/.test(l.url)),
      e.code,
    );
  }
});

test('IDX codes are recognised in exception text, once per code, not in their aka.ms link', () => {
  const text =
    "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo: '[PII of type 'System.DateTime' is hidden]'";
  assert.deepEqual(
    findErrors(text).map((m) => `${m.family}:${m.code}`),
    ['identitymodel:IDX10223'],
  );
  const withLink = "IDX10503: Signature validation failed. Keys tried: '[PII is hidden]'. See https://aka.ms/IDX10503 for details.";
  assert.deepEqual(
    findErrors(withLink).map((m) => m.code),
    ['IDX10503'],
  );
  assert.deepEqual(findErrors('IDX1050 IDX105033 XIDX10503 IDX10503a'), []);
  assert.equal(findErrorAt('see idx14100 here', 6)?.code, 'IDX14100');
  assert.deepEqual(normalizeCode('idx10214'), { code: 'IDX10214', family: 'identitymodel' });
});

test('explain finds the entry in a logged failure', () => {
  const explained = explainText(
    'Bearer error="invalid_token", error_description="The audience \'api://x\' is invalid" IDX10214: Audience validation failed.',
  );
  assert.ok(
    explained.entries.some((e) => e.code === 'IDX10214'),
    explained.entries.map((e) => e.code).join(),
  );
  assert.match(lookupError('IDX10214')!.causes.join(' '), /client id/);
});
