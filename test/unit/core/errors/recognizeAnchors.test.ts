// Issue 16, item 6: an anchor that turns out not to be a code must not hide the code after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findErrors } from '../../../../src/core/errors/recognize';

const codes = (text: string) => findErrors(text).map((match) => match.code);

test('E0000 without its digits does not hide the next code', () => {
  assert.deepEqual(codes('E0000 AADSTS50058'), ['AADSTS50058']);
  assert.deepEqual(codes('E0000AB E0000011'), ['E0000011']);
  assert.deepEqual(codes('E00001 AADSTS70008: expired'), ['AADSTS70008']);
  assert.deepEqual(codes('E0000 E0000004'), ['E0000004']);
  assert.deepEqual(codes('E0000011 AADSTS50058'), ['E0000011', 'AADSTS50058'], 'a real Okta code still counts');
});
