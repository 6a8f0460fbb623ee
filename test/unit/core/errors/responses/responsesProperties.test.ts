import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseErrorResponse } from '../../../../../src/core/errors/responses/parse';
import { parseWwwAuthenticate } from '../../../../../src/core/errors/responses/wwwAuthenticate';
import { formParams, redirectParams } from '../../../../../src/core/errors/responses/params';
import { errorPageFields, formPostFields, decodeEntities } from '../../../../../src/core/errors/responses/html';
import { findErrorJson, looseErrorFields } from '../../../../../src/core/errors/responses/json';
import { messageFields } from '../../../../../src/core/errors/responses/messages';
import { timestampToIso } from '../../../../../src/core/errors/responses/timestamp';
import { decodeClaimsChallenge } from '../../../../../src/core/errors/responses/claims';

// Fragments of every shape the parsers know, glued at random, plus plain random strings.
const piece = fc.constantFrom(
  '{',
  '}',
  '"',
  "'",
  '\\',
  '\\"',
  ':',
  ',',
  '[',
  ']',
  '=',
  '&',
  '?',
  '#',
  '%',
  '%zz',
  '%41',
  '+',
  '\r\n',
  '\n',
  '\t',
  ' ',
  '"error"',
  '"error":"invalid_grant"',
  "'error': '",
  'error=',
  'error_description=',
  'error_codes',
  '[70008]',
  'AADSTS50058: ',
  'HTTP/1.1 401 Unauthorized',
  'WWW-Authenticate: ',
  'Bearer ',
  'DPoP ',
  'Basic ',
  'realm="',
  'error="',
  'claims="',
  'eyJ',
  'DPoP-Nonce: ',
  'Location: ',
  '<html>',
  '<pre><strong>error</strong>: ',
  '</pre>',
  '<input type="hidden" name="error" value="',
  '/>',
  '&amp;',
  '&#x41;',
  '&#99999999;',
  'Trace ID: ',
  'Correlation ID: ',
  'Timestamp: 2026-11-27 09:41:07Z',
  'StatusCode: 400',
  'ErrorCode: ',
  'ServerError: ',
  'Error(s): ',
  'Description: ',
  ' - ',
  'Credential',
  '- EnvironmentCredential authentication unavailable.',
  'Please run:\naz login',
  'Exception: ',
  'E0000011',
  '__type',
  'errorCode',
  '😀',
  'é',
);
const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(piece, { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

function quick<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  assert.ok(ms < 250, `${name} took ${ms.toFixed(0)} ms`);
  return result;
}

test('parseErrorResponse never throws, answers quickly, and its result is well formed', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const result = quick('parseErrorResponse', () => parseErrorResponse(text));
      if (result.ok) {
        assert.ok(['json', 'redirect', 'form', 'www-authenticate', 'exception', 'html', 'text'].includes(result.parts.shape));
        assert.ok(Array.isArray(result.parts.codes));
        for (const found of result.parts.codes) assert.ok(typeof found.code === 'string' && typeof found.family === 'string');
        if (result.parts.timestamp !== undefined) assert.ok(!Number.isNaN(Date.parse(result.parts.timestamp)));
      } else {
        assert.ok(['no_error_found', 'input_too_large'].includes(result.problem.code));
        assert.ok(result.problem.message.length > 0);
      }
    }),
    { numRuns: 2000 },
  );
});

test('every sub-parser never throws on arbitrary text', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      for (const challenge of quick('www-authenticate', () => parseWwwAuthenticate(text))) {
        assert.equal(typeof challenge.scheme, 'string');
        for (const value of Object.values(challenge.params)) assert.equal(typeof value, 'string');
      }
      quick('redirect', () => redirectParams(text));
      quick('form', () => formParams(text));
      quick('html page', () => errorPageFields(text));
      quick('form_post', () => formPostFields(text));
      quick('entities', () => decodeEntities(text));
      quick('json', () => findErrorJson(text));
      quick('loose json', () => looseErrorFields(text));
      quick('messages', () => messageFields(text));
      quick('timestamp', () => timestampToIso(text));
      quick('claims', () => decodeClaimsChallenge(text));
    }),
    { numRuns: 2000 },
  );
});

test('WWW-Authenticate round trip: quoted values with escapes come back exactly', () => {
  const name = fc.constantFrom('realm', 'error', 'error_description', 'scope', 'claims', 'resource_metadata');
  const value = fc.string({ maxLength: 40 }).filter((s) => !/[\r\n]/.test(s));
  fc.assert(
    fc.property(
      fc.constantFrom('Bearer', 'DPoP', 'Basic'),
      fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, maxLength: 5 }),
      (scheme, params) => {
        const header = `${scheme} ${params.map(([n, v]) => `${n}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(', ')}`;
        const [challenge] = parseWwwAuthenticate(header);
        assert.equal(challenge?.scheme, scheme);
        assert.deepEqual(challenge?.params, Object.fromEntries(params));
      },
    ),
    { numRuns: 1000 },
  );
});

test('redirect round trip: any error_description survives URL encoding', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('?', '#'), (description, separator) => {
      const url = `https://app.example/cb${separator}${new URLSearchParams({ error: 'access_denied', error_description: description, state: 's' })}`;
      const params = redirectParams(url);
      assert.equal(params?.get('error'), 'access_denied');
      assert.equal(params?.get('error_description'), description);
    }),
    { numRuns: 1000 },
  );
});

test('claims challenge: base64 and base64url of any JSON object decode back', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }), (claims) => {
      const json = JSON.stringify(claims);
      const base64 = Buffer.from(json, 'utf8').toString('base64');
      assert.deepEqual(decodeClaimsChallenge(base64), JSON.parse(json));
      assert.deepEqual(decodeClaimsChallenge(Buffer.from(json, 'utf8').toString('base64url')), JSON.parse(json));
      assert.deepEqual(decodeClaimsChallenge(json), JSON.parse(json));
    }),
    { numRuns: 500 },
  );
});

test('timestamps: Entra form to ISO; impossible dates rejected', () => {
  assert.equal(timestampToIso('2026-11-27 09:41:07Z'), '2026-11-27T09:41:07.000Z');
  assert.equal(timestampToIso('2026-11-27 09:41:07.1234567Z'), '2026-11-27T09:41:07.123Z');
  assert.equal(timestampToIso('2026-11-27T09:41:07+02:00'), '2026-11-27T07:41:07.000Z');
  assert.equal(timestampToIso('2026-02-31 09:41:07Z'), undefined);
  assert.equal(timestampToIso('yesterday'), undefined);
  fc.assert(
    fc.property(fc.date({ min: new Date('1971-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }), (date) => {
      const entra = date
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d{3}Z$/, 'Z');
      assert.equal(timestampToIso(entra), new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString());
    }),
    { numRuns: 500 },
  );
});

test('large hostile inputs stay bounded', () => {
  const hostile = [
    '{'.repeat(200_000),
    `{"error":"${'\\"'.repeat(100_000)}`,
    'WWW-Authenticate: ' + 'Bearer '.repeat(50_000),
    'error='.repeat(100_000),
    '<input '.repeat(50_000),
    '<pre><strong>'.repeat(50_000),
    "'error': '".repeat(50_000),
    '- XCredential authentication unavailable\n'.repeat(10_000),
    `${'a'.repeat(500_000)}Exception`,
    'Trace ID: '.repeat(50_000),
    `${'%'.repeat(300_000)}?error=x`,
  ];
  for (const text of hostile) {
    const started = performance.now();
    parseErrorResponse(text);
    const ms = performance.now() - started;
    assert.ok(ms < 2000, `${text.slice(0, 24)}… took ${ms.toFixed(0)} ms`);
  }
});
