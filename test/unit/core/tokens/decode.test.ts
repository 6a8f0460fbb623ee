import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeToken } from '../../../../src/core/tokens/decode';
import { textToBase64url } from '../../../../src/core/tokens/base64url';
import { MAX_TOKEN_LENGTH } from '../../../../src/core/tokens/limits';
import type { DecodeResult } from '../../../../src/core/tokens/types';
import { makeToken, SAMPLE } from '../../../fixtures/tokens/makeToken';
import {
  RFC7515_A1_HS256,
  RFC7515_A3_ES256,
  RFC7516_A3_JWE,
  RFC7519_UNSECURED,
  RFC_EXAMPLE_CLAIMS,
} from '../../../fixtures/tokens/rfcExamples';

function ok(result: DecodeResult) {
  assert.ok(result.ok, result.ok ? '' : `${result.error.code}: ${result.error.message}`);
  return result.token;
}

function err(result: DecodeResult) {
  assert.equal(result.ok, false);
  return (result as Extract<DecodeResult, { ok: false }>).error;
}

test('RFC 7515 A.1 / RFC 7519 §3.1: header and payload', () => {
  const token = ok(decodeToken(RFC7515_A1_HS256));
  assert.equal(token.format, 'jws');
  assert.deepEqual(token.header, { typ: 'JWT', alg: 'HS256' });
  assert.deepEqual(token.payload, RFC_EXAMPLE_CLAIMS);
  assert.equal(token.parts.length, 3);
  assert.equal(token.nested, false);
});

test('RFC 7515 A.3 ES256: header and payload', () => {
  const token = ok(decodeToken(RFC7515_A3_ES256));
  assert.deepEqual(token.header, { alg: 'ES256' });
  assert.deepEqual(token.payload, RFC_EXAMPLE_CLAIMS);
});

test('RFC 7519 §6.1 unsecured token is flagged', () => {
  const token = ok(decodeToken(RFC7519_UNSECURED));
  assert.equal(token.format, 'unsecured');
  assert.deepEqual(token.header, { alg: 'none' });
  assert.deepEqual(token.payload, RFC_EXAMPLE_CLAIMS);
});

test('RFC 7516 A.3 JWE: protected header shown, payload null', () => {
  const token = ok(decodeToken(RFC7516_A3_JWE));
  assert.equal(token.format, 'jwe');
  assert.deepEqual(token.header, { alg: 'A128KW', enc: 'A128CBC-HS256' });
  assert.equal(token.payload, null);
  assert.equal(token.parts.length, 5);
});

test('nested JWT: a JWS whose payload is a token is unwrapped; a JWE with cty JWT is noted', () => {
  const outer = `${textToBase64url(JSON.stringify({ alg: 'HS256', cty: 'JWT' }))}.${textToBase64url(SAMPLE)}.c2ln`;
  const token = ok(decodeToken(outer));
  assert.equal(token.nested, true);
  assert.equal(token.payload, null);
  assert.ok(token.inner?.ok);
  assert.equal(token.inner.ok && token.inner.token.payload?.sub, 'user-1');
  const jweParts = RFC7516_A3_JWE.split('.');
  jweParts[0] = textToBase64url(JSON.stringify({ alg: 'A128KW', enc: 'A128CBC-HS256', cty: 'JWT' }));
  assert.equal(ok(decodeToken(jweParts.join('.'))).nested, true);
});

test('tolerant input: Bearer, Authorization header, quotes, whitespace and line breaks, trailing comma', () => {
  const wrapped = SAMPLE.replace(/(.{40})/g, '$1\n  ');
  const inputs = [
    `Bearer ${SAMPLE}`,
    `  bearer   ${SAMPLE}\n`,
    `Authorization: Bearer ${SAMPLE}`,
    `"${SAMPLE}"`,
    `'${SAMPLE}'`,
    `\`${SAMPLE}\``,
    `"${SAMPLE}",`,
    wrapped,
    `DPoP ${SAMPLE}`,
    `{"access_token": "${SAMPLE}", "expires_in": 3600}`,
    `curl -H 'Authorization: Bearer ${SAMPLE}' https://x`,
  ];
  for (const input of inputs) assert.equal(ok(decodeToken(input)).raw, SAMPLE, input.slice(0, 40));
  assert.equal(ok(decodeToken(`Bearer ${SAMPLE}`)).sentAsBearer, true);
  assert.equal(ok(decodeToken(`curl -H 'Authorization: Bearer ${SAMPLE}'`)).sentAsBearer, true);
  assert.equal(ok(decodeToken(SAMPLE)).sentAsBearer, false);
});

test('non-ASCII (UTF-8) payloads decode correctly', () => {
  const claims = { name: 'Zoë Ångström', city: '東京', emoji: '🔐', rtl: 'مرحبا' };
  assert.deepEqual(ok(decodeToken(makeToken({ alg: 'HS256' }, claims))).payload, claims);
});

test('errors name the part and the problem', () => {
  const header = textToBase64url(JSON.stringify({ alg: 'HS256' }));
  const cases: [string, string, string | undefined, RegExp][] = [
    ['', 'empty', undefined, /empty/],
    ['   \n ', 'empty', undefined, /empty/],
    ['a.b', 'wrong_part_count', undefined, /3 or 5 parts.*this has 2/],
    ['a.b.c.d', 'wrong_part_count', undefined, /this has 4/],
    ['opaqueTokenValue123', 'wrong_part_count', undefined, /this has 1 .*opaque/],
    [`${header}.!!!.c2ln`, 'invalid_base64url', 'payload', /payload is not valid base64url/],
    [`${header}.eyJhIjoxfQ.a+b/`, 'invalid_base64url', 'signature', /signature.*plain base64/],
    [`${header}.eyJhIjox.c2ln`, 'invalid_json', 'payload', /payload is not valid JSON/],
    [`${textToBase64url('[1,2]')}.eyJhIjoxfQ.c2ln`, 'not_an_object', 'header', /header is not a JSON object \(it is an array\)/],
    [
      `${textToBase64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${textToBase64url('42')}.c2ln`,
      'not_an_object',
      'payload',
      /payload is not a JSON object \(it is a number\)/,
    ],
    [`${header}.${textToBase64url('[1,2]')}.c2ln`, 'not_an_object', 'payload', /payload is not a JSON object \(it is an array\)/],
    ['hello world, nothing here', 'not_a_token', undefined, /no JWT found/],
    ['2YotnFZF+Ejr1zCsicMWpAA==', 'not_a_token', undefined, /opaque/],
    ['see the docs at https://example.com/page', 'not_a_token', undefined, /no JWT found/],
  ];
  for (const [input, code, part, message] of cases) {
    const error = err(decodeToken(input));
    assert.equal(error.code, code, `${input}: ${error.message}`);
    assert.equal(error.part, part, input);
    assert.match(error.message, message);
  }
});

test('a JWS whose payload is not JSON, or is detached, decodes as what it is; `=` padding is accepted', () => {
  const header = textToBase64url(JSON.stringify({ alg: 'HS256' }));
  const number = decodeToken(`${header}.${textToBase64url('42')}.c2ln`);
  assert.ok(number.ok && number.token.notJwt && number.token.payloadText === '42' && number.token.payload === null);
  const binary = decodeToken(`${header}.${Buffer.from([0xc3, 0x28, 0x00, 0x01]).toString('base64url')}.c2ln`);
  assert.ok(binary.ok && binary.token.notJwt && binary.token.payloadText === undefined && binary.token.payloadBytes === 4);
  const detached = decodeToken(`${header}..c2ln`);
  assert.ok(detached.ok && detached.token.detached && detached.token.payload === null);
  const stripped = decodeToken(`${header}..`);
  assert.ok(stripped.ok === false && stripped.error.part === 'payload', 'no payload and no signature is not a detached JWS');
  const padded = decodeToken(
    `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64')}.${Buffer.from('{"sub":"1"}').toString('base64')}.c2lnbg==`,
  );
  assert.ok(padded.ok && padded.token.padded && padded.token.payload?.sub === '1', JSON.stringify(padded));
});

test('invalid UTF-8 in the payload is reported', () => {
  const bad = `${textToBase64url(JSON.stringify({ alg: 'HS256' }))}.${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')}.c2ln`;
  const error = err(decodeToken(bad));
  assert.equal(error.code, 'invalid_utf8');
  assert.equal(error.part, 'payload');
});

test('size cap and deep nesting give clear errors in bounded time', () => {
  const started = performance.now();
  const big = makeToken({ alg: 'HS256' }, { pad: 'x'.repeat(MAX_TOKEN_LENGTH) });
  assert.equal(err(decodeToken(big)).code, 'too_large');
  assert.equal(err(decodeToken('x'.repeat(5 * 1024 * 1024))).code, 'too_large');
  assert.equal(ok(decodeToken(`${SAMPLE} ${'word '.repeat(600_000)}`)).raw, SAMPLE);
  const deep = makeToken({ alg: 'HS256' }, `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`);
  const error = err(decodeToken(deep));
  assert.equal(error.code, 'too_deep');
  assert.equal(error.part, 'payload');
  assert.ok(performance.now() - started < 3000, `${performance.now() - started} ms`);
});

test('hostile claim values survive as plain data', () => {
  const claims = {
    name: '[click](command:workbench.action.terminal.new)',
    html: '<img src=x onerror=alert(1)><script>alert(2)</script>',
    md: '# Heading\n```\ncode\n```\n| a | b |',
    proto: { __proto__: { polluted: true } },
    ctrl: '\u0000\u001b[31mred\u2028',
  };
  const token = ok(decodeToken(makeToken({ alg: 'HS256', kid: '../../etc/passwd' }, JSON.stringify(claims))));
  assert.equal(token.payload?.name, claims.name);
  assert.equal(token.payload?.html, claims.html);
  assert.equal(token.payload?.ctrl, claims.ctrl);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assert.equal(token.header.kid, '../../etc/passwd');
});

test('property: any string decodes or fails with a typed error, quickly', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 500 }), (input) => {
      const result = decodeToken(input);
      if (!result.ok) {
        assert.equal(typeof result.error.code, 'string');
        assert.ok(result.error.message.length > 0);
      }
    }),
    { numRuns: 1000 },
  );
});

test('property: mutated tokens never throw past the typed error', () => {
  const base = [SAMPLE, RFC7515_A1_HS256, RFC7516_A3_JWE, RFC7519_UNSECURED];
  fc.assert(
    fc.property(fc.constantFrom(...base), fc.nat(2000), fc.nat(5), fc.string({ maxLength: 4 }), (token, position, deleteCount, insert) => {
      const at = position % (token.length + 1);
      const mutated = token.slice(0, at) + insert + token.slice(at + deleteCount);
      const started = performance.now();
      const result = decodeToken(mutated);
      assert.ok(performance.now() - started < 200);
      if (!result.ok) assert.match(result.error.code, /^[a-z0-9_]+$/);
    }),
    { numRuns: 1500 },
  );
});

test('property: generated JSON payloads round-trip', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 4 })), (claims) => {
      const token = makeToken({ alg: 'ES256' }, claims);
      const result = decodeToken(token);
      assert.ok(result.ok);
      assert.deepEqual(result.token.payload, JSON.parse(JSON.stringify(claims)));
    }),
    { numRuns: 300 },
  );
});
