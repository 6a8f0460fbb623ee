// findTokens' work budget (`limits.maxHits` `eyJ` starts): a text denser than it is searched in part and
// says where it stopped; the tokens before that offset are exactly those a whole search finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findTokens } from '../../../../src/core/tokens/detect';
import { DEFAULT_MAX_HITS, type ScanLimits } from '../../../../src/core/scan/limits';
import { makeToken } from '../../../fixtures/tokens/makeToken';

const FOUR_MB = 4 * 1024 * 1024;
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));
const UNSECURED = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.';

test('4 MB of back-to-back tokens: the default budget stops at the first start past it', () => {
  const unit = `${UNSECURED} `;
  const text = fill(unit, FOUR_MB);
  const limits: ScanLimits = {};
  const found = findTokens(text, limits);
  // Each token holds two `eyJ` (header and payload); the payload's is inside the token, never examined.
  assert.equal(found.length, DEFAULT_MAX_HITS);
  assert.equal(limits.stoppedAt, DEFAULT_MAX_HITS * unit.length);
  assert.equal(found.at(-1)!.end, limits.stoppedAt! - 1);
  assert.equal(findTokens(text).length, DEFAULT_MAX_HITS, 'no limits object: the same budget');
});

test('4 MB of `eyJ ` (starts that are no token): stopped, nothing found, stoppedAt set', () => {
  const limits: ScanLimits = {};
  assert.deepEqual(findTokens(fill('eyJ ', FOUR_MB), limits), []);
  assert.equal(limits.stoppedAt, DEFAULT_MAX_HITS * 4);
});

test('maxHits: Infinity finds every token of the dense text, as before the budget', () => {
  const unit = `${UNSECURED} `;
  const text = fill(unit, FOUR_MB);
  const limits: ScanLimits = { maxHits: Infinity };
  assert.equal(findTokens(text, limits).length, text.length / unit.length);
  assert.equal(limits.stoppedAt, undefined);
});

const token = makeToken({ alg: 'HS256' }, { sub: 'a' });
const piece = fc.constantFrom(token, UNSECURED, 'eyJ', 'eyJhbGciOiJub25lIn0.', ' ', '"', '.', 'Bearer ', '%22', '\\n', 'x', '\n');
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

test('property: a capped search returns the whole search’s tokens that start before stoppedAt', () => {
  fc.assert(
    fc.property(text, fc.integer({ min: 1, max: 20 }), (input, maxHits) => {
      const whole = findTokens(input, { maxHits: Infinity });
      const limits: ScanLimits = { maxHits, stoppedAt: -1 };
      const capped = findTokens(input, limits);
      if (limits.stoppedAt === undefined) assert.deepEqual(capped, whole);
      else
        assert.deepEqual(
          capped,
          whole.filter((match) => match.start < limits.stoppedAt!),
        );
    }),
    { numRuns: 1500 },
  );
});

test('a token seen before, now written elided (`..` or `…` after it), is no token: the recent-token shortcut agrees with a full read', () => {
  const three = `${UNSECURED}eyJhbGciOiJub25lIn0`;
  for (const elided of [`${three}..`, `${three}…`]) {
    // First the whole token (remembered), then the same characters elided: found once, not twice.
    const text = `a ${three}. then ${elided} b`;
    assert.deepEqual(
      findTokens(text).map((m) => m.start),
      [2],
      elided,
    );
    assert.deepEqual(findTokens(`x ${elided}`), [], 'elided alone');
  }
});
