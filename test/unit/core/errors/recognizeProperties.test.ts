import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findErrors, findErrorAt } from '../../../../src/core/errors/recognize';

// Text made of the pieces the recogniser reacts to, so random inputs hit its edge cases often.
const piece = fc.constantFrom(
  'AADSTS',
  'AADSTS50058',
  'E0000',
  'E0000011',
  'error',
  'Error',
  'error=',
  '"error":"',
  "'error': '",
  'error="',
  '\\"error\\":\\"',
  'error_codes',
  '"error_codes":[',
  'suberror',
  'Error 400: ',
  'Error(s): ',
  'ErrorCode: ',
  'ServerError: ',
  'Exception',
  'NotAuthorizedException',
  '"__type":"',
  '(',
  ')',
  ':',
  ': ',
  '"',
  "'",
  '\\',
  '%2f',
  '%3fcode%3d',
  '?code=',
  'login.microsoftonline.com/',
  ',',
  '[',
  ']',
  ' ',
  '\n',
  '\r\n',
  '\t',
  'invalid_grant',
  'access_denied',
  'interaction_required',
  '70008',
  '1234567',
  '_',
  'x',
  'é',
  '😀',
  '.',
  '-',
  '#',
  '&',
  '=',
);
const textArb = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')),
);

test('findErrors never throws, and every finding slices to its code', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      let previous = -1;
      for (const match of findErrors(text)) {
        const slice = text.slice(match.start, match.end);
        assert.ok(slice === match.code || (match.code === `AADSTS${slice}` && /^\d+$/.test(slice)), `${match.code} vs ${slice}`);
        assert.ok(match.start >= previous, 'ordered by position');
        assert.ok(match.start < match.end && match.end <= text.length);
        assert.equal(typeof match.family, 'string');
        previous = match.start;
      }
    }),
    { numRuns: 3000 },
  );
});

test('a code placed in an error context inside arbitrary text is found at its offset', () => {
  const context = fc.constantFrom(
    (c: string) => `?error=${c}&state=1`,
    (c: string) => `{"error":"${c}"}`,
    (c: string) => ` error="${c}" `,
    (c: string) => `\nServerError: ${c}: boom\n`,
    (c: string) => `\nError 400: ${c}\n`,
    (c: string) => ` ErrorCode: ${c} `,
  );
  const code = fc.constantFrom('invalid_grant', 'access_denied', 'login_required', 'slow_down', 'invalid_token');
  const filler = fc.string({ maxLength: 40 }).map((s) => s.replace(/[A-Za-z0-9_"'\\=?&%:]/g, ' '));
  fc.assert(
    fc.property(filler, context, code, filler, (before, wrap, value, after) => {
      const wrapped = wrap(value);
      const text = `${before} ${wrapped} ${after}`;
      const at = before.length + 1 + wrapped.indexOf(value);
      assert.ok(
        findErrors(text).some((m) => m.code === value && m.start === at),
        JSON.stringify(text),
      );
    }),
    { numRuns: 1000 },
  );
});

test('findErrors is linear: adversarial repetitions of its anchors stay fast', () => {
  const hostile = [
    'error'.repeat(200_000),
    'Error'.repeat(200_000),
    'AADSTS'.repeat(150_000),
    'E0000'.repeat(200_000),
    'Exception'.repeat(100_000),
    '"error":"'.repeat(100_000),
    'error='.repeat(150_000),
    'Error(s): 1,'.repeat(80_000),
    `"error_codes":[${'12345,'.repeat(150_000)}]`,
    `${'a'.repeat(1_000_000)}error=invalid_grant`,
    'ServerError: '.repeat(70_000),
    'NotAuthorizedException:'.repeat(40_000),
  ];
  for (const text of hostile) {
    const started = performance.now();
    findErrors(text);
    const ms = performance.now() - started;
    assert.ok(ms < 1500, `${text.slice(0, 20)}… took ${ms.toFixed(0)} ms`);
  }
});

test('findErrorAt never throws and returns a match covering the cursor', () => {
  fc.assert(
    fc.property(textArb, fc.nat(), (line, n) => {
      const character = line.length === 0 ? 0 : n % (line.length + 1);
      const match = findErrorAt(line, character);
      if (match) {
        assert.ok(match.start <= character && character <= match.end);
        assert.ok(match.end <= line.length);
      }
    }),
    { numRuns: 2000 },
  );
});
