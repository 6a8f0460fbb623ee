// scanText / scanOffsets under the finders' budget: `scanTextWithLimits` says where a dense text stopped
// being scanned, and what it returns is the whole scan's findings before that offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_MAX_HITS, scanOffsets, scanText, scanTextWithLimits, type ScanLimits } from '../../../../src/core/scan/scan';

const FOUR_MB = 4 * 1024 * 1024;
const UNSECURED = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.';

test('a 4 MB line of codes and tokens: scanTextWithLimits stops, says where, and scanText gives the same findings', () => {
  const unit = `AADSTS50058 ${UNSECURED} `;
  const text = unit.repeat(Math.ceil(FOUR_MB / unit.length));
  const limited = scanTextWithLimits(text);
  // Both finders run out in the same unit: the earlier stop is the errors finder's, at the unit's code.
  assert.equal(limited.stoppedAt, DEFAULT_MAX_HITS * unit.length);
  assert.equal(limited.findings.length, 2 * DEFAULT_MAX_HITS);
  assert.ok(limited.findings.every((finding) => finding.start < limited.stoppedAt! && finding.line === 1));
  assert.deepEqual(scanText(text), limited.findings);
  const whole = scanTextWithLimits(text, { maxHits: Infinity });
  assert.equal(whole.stoppedAt, undefined);
  assert.equal(whole.findings.length, (2 * text.length) / unit.length);
});

test('scanOffsets: the earlier of the two stops, and nothing at or after it', () => {
  const text = `${'error '.repeat(50)}${`${UNSECURED} `.repeat(50)}AADSTS50058`;
  const limits: ScanLimits = { maxHits: 10 };
  const found = scanOffsets(text, {}, limits);
  assert.equal(limits.stoppedAt, 61, 'the errors finder stops at the `rror` of its 11th `error`');
  assert.deepEqual(found, []);
  const tokensOnly: ScanLimits = { maxHits: 10 };
  assert.equal(scanOffsets(text, { errors: false }, tokensOnly).length, 10);
  assert.equal(tokensOnly.stoppedAt, 300 + 10 * (UNSECURED.length + 1));
});

const piece = fc.constantFrom(
  'AADSTS50058 ',
  '"error_codes":[50058]',
  'error=access_denied&',
  '{"error":"invalid_grant"}',
  UNSECURED,
  'eyJ',
  ' ',
  '\n',
  'x'.repeat(200),
  'SAMLResponse=PHNhbWxwOlJlc3BvbnNlIHhtbG5zOnNhbWxwPSJ1cm46b2FzaXM6bmFtZXM6dGM6U0FNTDoyLjA6cHJvdG9jb2wiPjwvc2FtbHA6UmVzcG9uc2U+ ',
);

test('property: scanTextWithLimits returns the whole scan’s findings (with their line numbers) before stoppedAt', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 1, max: 25 }), (parts, maxHits) => {
      const text = parts.join('');
      const whole = scanTextWithLimits(text, { maxHits: Infinity });
      const limited = scanTextWithLimits(text, { maxHits });
      assert.equal(whole.stoppedAt, undefined);
      const stop = limited.stoppedAt ?? Infinity;
      assert.deepEqual(
        limited.findings,
        whole.findings.filter((finding) => finding.start < stop),
      );
    }),
    { numRuns: 1000 },
  );
});
