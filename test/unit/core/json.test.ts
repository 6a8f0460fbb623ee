import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { jsonText, shownValue } from '../../../src/core/json';

test('jsonText writes what JSON.stringify writes for parsed JSON, with and without indent', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom(0, 2, 4), (value, indent) => {
      // (JSON.stringify writes -0 as 0; so does jsonText via String.)
      assert.equal(jsonText(value, { indent }), JSON.stringify(value, null, indent));
    }),
    { numRuns: 2000, seed: 16 },
  );
});

test('jsonText: no recursion, depth and length bounded, never throws', () => {
  let deep: unknown = 1;
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const text = jsonText(deep);
  assert.ok(text.startsWith('['.repeat(64)) && text.includes('"…"'));
  assert.equal(jsonText({ a: { b: { c: 1 } } }, { maxDepth: 2 }), '{"a":{"b":"…"}}');
  assert.equal(jsonText({ toString: 1, toJSON: 'x', valueOf: null }), '{"toString":1,"toJSON":"x","valueOf":null}');
  const long = jsonText(
    Array.from({ length: 100_000 }, (_, i) => i),
    { maxLength: 50 },
  );
  assert.equal(long.length, 50);
  assert.ok(long.endsWith('…'));
  assert.equal(shownValue('plain'), 'plain');
  assert.equal(shownValue({ toString: 1 }), '{"toString":1}');
});
