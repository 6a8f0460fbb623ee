// Issue 16, items 1 and 2: parseErrorResponse in bounded time on column-aligned logs, and no crash on
// hostile JSON (values whose toString is not a function, claims nested thousands deep).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseErrorResponse } from '../../../../../src/core/errors/responses/parse';
import { beforeDiagnostics, dashedLabelStart, messageFields } from '../../../../../src/core/errors/responses/messages';
import { headerLine } from '../../../../../src/core/errors/responses/parse';
import { decodeClaimsChallenge } from '../../../../../src/core/errors/responses/claims';

function timed<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

test('AADSTS50058: followed by 4,000 spaces is described at once (was cubic: seconds)', () => {
  for (const tail of ['x', 'Trace IDx', '']) {
    const { value, ms } = timed(() => parseErrorResponse(`AADSTS50058:${' '.repeat(4000)}${tail}`));
    assert.ok(value.ok);
    assert.ok(ms < 250, `${ms.toFixed(1)} ms with tail ${JSON.stringify(tail)}`);
  }
  const { ms } = timed(() => messageFields(`x - Description: a${' \t'.repeat(2000)}-x`));
  assert.ok(ms < 100, `MSAL.js description with blanks: ${ms.toFixed(1)} ms`);
});

test('a header line of blanks before a stray CR is read in linear time (was quadratic)', () => {
  const { value, ms } = timed(() =>
    parseErrorResponse(`HTTP/1.1 400 Bad Request\nX-Trace:${' '.repeat(200_000)}\rx\n\n{"error":"invalid_grant"}`),
  );
  assert.ok(value.ok);
  assert.ok(ms < 250, `${ms.toFixed(1)} ms`);
});

test('the diagnostics labels still end the sentence, as before', () => {
  assert.equal(
    beforeDiagnostics('AADSTS50058: A silent sign-in request was sent. Trace ID: 1 Correlation ID: 2'),
    'AADSTS50058: A silent sign-in request was sent.',
  );
  assert.equal(beforeDiagnostics('AADSTS70008: expired.\\r\\nTrace ID: 1'), 'AADSTS70008: expired.');
  assert.equal(beforeDiagnostics('AADSTS70008: x\\n\\n Timestamp: 2026'), 'AADSTS70008: x\\n');
  assert.equal(beforeDiagnostics('AADSTS70008: no labels here'), 'AADSTS70008: no labels here');
  assert.equal(dashedLabelStart('Token expired. - Correlation ID: 1 - Trace ID: 2'), 'Token expired.'.length);
  assert.equal(dashedLabelStart('Trace ID: a -Trace ID: b'), -1, 'a dash needs blanks on both sides');
  const parsed = parseErrorResponse(
    'ServerError: invalid_grant: AADSTS70008: The code has expired. - Correlation ID: 0c2b1a5e-3f4d-4a5b-9c8d-7e6f5a4b3c2d - Timestamp: 2026-11-27 09:41:07Z',
  );
  assert.ok(parsed.ok);
});

// The scanners against the regexes they replace, on inputs small enough for the regexes to be quick.
const blanksAndLabels = fc
  .array(
    fc.constantFrom(
      ' ',
      '\t',
      '-',
      ' - ',
      'x',
      '.',
      '\\n',
      '\\r\\n',
      '\u00a0',
      'Trace ID:',
      'Correlation ID:',
      'Timestamp:',
      'Trace ID',
      ':',
      '\n',
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(''));

test('beforeDiagnostics and dashedLabelStart agree with the regexes they replace', () => {
  fc.assert(
    fc.property(blanksAndLabels, (text) => {
      assert.equal(beforeDiagnostics(text), text.replace(/\s*(?:\\r\\n|\\n)?\s*(?:Trace ID|Correlation ID|Timestamp):.*$/, ''));
      const line = text.split(/[\r\n]/, 1)[0]!;
      assert.equal(dashedLabelStart(line), line.search(/\s+-\s+(?:Correlation ID|Trace ID|Timestamp):/));
    }),
    { numRuns: 3000, seed: 16 },
  );
});

test('headerLine agrees with the regex it replaces', () => {
  const lineArb = fc
    .array(fc.constantFrom('A', 'x-', 'Www-Authenticate', '9', '-', ':', ' ', '\t', '\r', 'v', '\u2028', 'é', '"'), { maxLength: 16 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(lineArb, (line) => {
      const match = /^([A-Za-z][A-Za-z0-9-]{0,63}):[ \t]*(.*)$/.exec(line);
      assert.deepEqual(headerLine(line), match ? { name: match[1], value: match[2] } : undefined);
    }),
    { numRuns: 3000, seed: 16 },
  );
});

test('error_codes entries whose toString is not a function are skipped, not a TypeError', () => {
  const parsed = parseErrorResponse('{"error":"invalid_grant","error_codes":[{"toString":1},"70008",50058,{"valueOf":1}]}');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.parts.error_codes, [70008, 50058]);
});

test('claims nested 5,000 deep: parsed, shown as bounded text, no stack overflow', () => {
  const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
  const parsed = parseErrorResponse(`{"error":"insufficient_claims","claims":${deep}}`);
  assert.ok(parsed.ok);
  assert.equal(parsed.parts.claims, undefined, 'too deep to keep as a value');
  assert.ok(parsed.parts.claims_raw !== undefined && parsed.parts.claims_raw.startsWith('{"a":{"a":'));
  assert.ok(parsed.parts.claims_raw.length <= 64 * 1024);
  // The same in WWW-Authenticate's base64 claims parameter.
  assert.equal(decodeClaimsChallenge(Buffer.from(deep).toString('base64')), undefined);
  const challenge = parseErrorResponse(
    `WWW-Authenticate: Bearer error="insufficient_claims", claims="${Buffer.from(deep.slice(0, 40_000)).toString('base64')}"`,
  );
  assert.ok(challenge.ok);
  // Shallow claims are kept as before.
  const shallow = parseErrorResponse('{"error":"insufficient_claims","claims":{"access_token":{"nbf":{"essential":true}}}}');
  assert.ok(shallow.ok);
  assert.deepEqual(shallow.parts.claims, { access_token: { nbf: { essential: true } } });
  assert.equal(shallow.parts.claims_raw, '{"access_token":{"nbf":{"essential":true}}}');
});
