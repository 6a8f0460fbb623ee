import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrorAt, findErrors } from '../../../../src/core/errors/recognize';
import { allCatalogEntries, lookupError } from '../../../../src/core/errors/catalog/index';
import { explainText } from '../../../../src/core/errors/explain';
import { dataEntryCount } from './_catalogData';

const codes = (text: string) => findErrors(text).map((m) => `${m.family}:${m.code}`);

test("Microsoft Graph codes: present, recognised in the OData envelope and the SDKs' printouts", () => {
  assert.equal(allCatalogEntries().filter((e) => e.family === 'graph').length, dataEntryCount('graph'));
  for (const code of [
    'InvalidAuthenticationToken',
    'Authorization_RequestDenied',
    'Request_ResourceNotFound',
    'TokenIssuedBeforeRevocationTimestamp',
  ]) {
    assert.equal(lookupError(code)?.family, 'graph', code);
  }
  assert.deepEqual(codes('{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}'), [
    'graph:InvalidAuthenticationToken',
  ]);
  assert.deepEqual(codes('{\n  "error": {\n    "code": "Authorization_RequestDenied",\n    "message": "Insufficient privileges"\n  }\n}'), [
    'graph:Authorization_RequestDenied',
  ]);
  assert.deepEqual(codes('Status: 404 (NotFound)\nErrorCode: Request_ResourceNotFound'), ['graph:Request_ResourceNotFound']);
  assert.deepEqual(codes('GraphServiceException: Error code: InvalidAuthenticationToken\nError message: Access token has expired.'), [
    'graph:InvalidAuthenticationToken',
  ]);
  // Graph's other codes (not auth) are not claimed, and a pointed-at CAE reason still explains itself.
  assert.deepEqual(codes('{"error":{"code":"itemNotFound","message":"x"}}'), []);
  const cae = 'claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp';
  assert.equal(findErrorAt(cae, cae.indexOf('TokenIssued') + 3)?.family, 'graph');
});

test('explain reads a Graph 401 body', () => {
  const explained = explainText(
    '{"error":{"code":"InvalidAuthenticationToken","message":"CompactToken parsing failed with error code: 80049217"}}',
  );
  assert.ok(
    explained.entries.some((e) => e.code === 'InvalidAuthenticationToken'),
    explained.entries.map((e) => e.code).join() || JSON.stringify(explained.problem),
  );
});
