/** What the error hover explains at a position: the code, the response around it, the entry the one policy picks. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrorCodesEntry, findHoverTarget, hoverInputFor, type ErrorHoverInput } from '../../../../src/core/errors/hoverTarget';
import { linesOf } from '../../../../src/core/errors/responseWindow';
import { catalog, sample } from '../../extension/errors/_fixtures';

/** The hover input at the first occurrence of `needle` in `text`, as the provider computes it. */
function inputAt(text: string, needle: string, offset = 2): ErrorHoverInput | undefined {
  const source = linesOf(text);
  for (let line = 0; line < source.lineCount; line++) {
    const at = source.lineAt(line).indexOf(needle);
    if (at === -1) continue;
    const target = findHoverTarget(source.lineAt(line), at + offset);
    return target && hoverInputFor(target, source, line, at + offset, catalog);
  }
  throw new Error(`${needle} not in the text`);
}

test("the AADSTS code inside the body's description gets the same parts", () => {
  const input = inputAt(sample('token-error.json'), 'AADSTS70008');
  assert.equal(input?.code, 'AADSTS70008');
  assert.equal(input?.response?.trace_id, '2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c');
});

test('a bare number in a pretty-printed "error_codes" array is its AADSTS code, with the body\'s parts', () => {
  const text = sample('token-error.json');
  const source = linesOf(text);
  const line = text.split('\n').findIndex((l) => l.trim() === '70008');
  const target = findErrorCodesEntry(source, line, 6);
  assert.deepEqual(target?.match, { kind: 'error', code: 'AADSTS70008', family: 'entra', start: 4, end: 9 });
  const input = hoverInputFor(target!, source, line, 6, catalog);
  assert.equal(input?.entry?.code, 'AADSTS70008');
  assert.equal(input?.response?.trace_id, '2c8a1f3e-7b6d-4e5a-9c0b-1d2e3f4a5b6c');
  // A number elsewhere is just a number.
  assert.equal(findErrorCodesEntry(linesOf('{\n  "count": [\n    70008\n  ]\n}'), 2, 6), undefined);
  assert.equal(findErrorCodesEntry(linesOf('70008'), 0, 2), undefined);
  assert.equal(findErrorCodesEntry(source, line, 1), undefined, 'the cursor is not on the number');
});

test("the entry is the policy's: Entra's meaning where the line shows Entra, the causes that apply first", () => {
  const line =
    'ERROR token call: {"error":"invalid_request","error_description":"AADSTS900023: Specified tenant identifier x is neither a valid DNS name.","error_codes":[900023]}';
  const input = inputAt(line, 'invalid_request');
  assert.equal(input?.entry?.family, 'entra');
  assert.equal(input?.leadCauses, 1);
  assert.match(input?.entry?.causes[0] ?? '', /tenant part of the authority URL/);
  assert.ok(input?.otherFamilies?.includes('oauth'));
  // The same word with nothing of Entra around it: the OAuth meaning, the catalog's order.
  const plain = inputAt('{"error":"invalid_request","error_description":"Missing parameter: code"}', 'invalid_request');
  assert.equal(plain?.entry?.family, 'oauth');
  assert.equal(plain?.leadCauses, 0);
});
