import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { analyzeToken, decodeToken } from '../../../../src/core/tokens/index';
import { findTokens } from '../../../../src/core/tokens/detect';
import { RFC_VECTORS } from '../../../fixtures/tokens/rfcVectors';
import { makeToken } from '../../../fixtures/tokens/makeToken';

/** jose's reading of a token, or undefined where jose refuses it. */
function joseOf(token: string): { header?: unknown; payload?: unknown } {
  const out: { header?: unknown; payload?: unknown } = {};
  try {
    out.header = decodeProtectedHeader(token);
  } catch {
    /* jose does not decode it */
  }
  try {
    out.payload = decodeJwt(token);
  } catch {
    /* not a JWT for jose */
  }
  return out;
}

test('oracle: over the RFC vectors, header and payload deep-equal jose wherever jose decodes', () => {
  let compared = 0;
  for (const vector of RFC_VECTORS) {
    const decoded = decodeToken(vector.token);
    assert.ok(decoded.ok, `${vector.name}: ${decoded.ok ? '' : decoded.error.message}`);
    const jose = joseOf(vector.token);
    if (jose.header !== undefined) {
      assert.deepEqual(decoded.token.header, jose.header, vector.name);
      compared++;
    }
    if (jose.payload !== undefined) {
      assert.deepEqual(decoded.token.payload, jose.payload, vector.name);
      compared++;
    }
    // And every vector is found in text, whole.
    const line = `example: "${vector.token}".`;
    assert.deepEqual(
      findTokens(line).map((f) => f.text),
      [vector.token],
      vector.name,
    );
  }
  assert.ok(compared >= 12, `compared ${compared} parts with jose`);
});

test('RFC vectors are decoded as what they are: JWT, JWS not a JWT (payload as text), detached JWS, JWE', () => {
  for (const vector of RFC_VECTORS) {
    const decoded = decodeToken(vector.token);
    assert.ok(decoded.ok, vector.name);
    const analysis = analyzeToken(decoded.token, { now: Date.UTC(2026, 0, 1) });
    switch (vector.shape) {
      case 'jwt':
        assert.ok(decoded.token.payload !== null && !decoded.token.notJwt && !decoded.token.detached, vector.name);
        break;
      case 'not_json':
        assert.equal(decoded.token.notJwt, true, vector.name);
        assert.equal(decoded.token.payload, null);
        if (vector.payloadText) assert.equal(decoded.token.payloadText, vector.payloadText, vector.name);
        assert.match(analysis.summary, /^JWS, not a JWT · /, vector.name);
        assert.ok(
          analysis.findings.some((f) => f.code === 'not_a_jwt'),
          vector.name,
        );
        break;
      case 'detached':
        assert.equal(decoded.token.detached, true, vector.name);
        assert.match(analysis.summary, /^JWS with detached payload · /, vector.name);
        assert.ok(
          analysis.findings.some((f) => f.code === 'detached_payload'),
          vector.name,
        );
        break;
      case 'jwe':
        assert.equal(decoded.token.format, 'jwe', vector.name);
        break;
    }
  }
});

test('= padding: found whole and decoded, with a finding; jose agrees on the unpadded token', () => {
  let plain = '';
  for (let n = 0; plain === '' || plain.split('.')[1]!.length % 4 === 0; n++) {
    plain = makeToken(
      { alg: 'RS256', typ: 'JWT' },
      { sub: `padded-user${'x'.repeat(n)}`, iss: 'https://issuer.example', exp: 2_000_000_000 },
    );
  }
  const padded = plain
    .split('.')
    .map((part) => part + '='.repeat((4 - (part.length % 4)) % 4))
    .join('.');
  assert.notEqual(padded, plain);
  const found = findTokens(`Authorization: Bearer ${padded}\n`);
  assert.deepEqual(
    found.map((f) => f.text),
    [padded],
  );
  const decoded = decodeToken(padded);
  assert.ok(decoded.ok && decoded.token.padded);
  assert.deepEqual(decoded.token.payload, decodeJwt(plain));
  assert.deepEqual(decoded.token.header, decodeProtectedHeader(plain));
  const analysis = analyzeToken(decoded.token);
  assert.ok(analysis.findings.some((f) => f.code === 'padded_base64url'));
});

test('a JWE whose header lacks enc is found as one five-part token and named', () => {
  const header = Buffer.from(JSON.stringify({ alg: 'RSA-OAEP-256', kid: 'k1' })).toString('base64url');
  const part = (n: number) => Buffer.alloc(n, 7).toString('base64url');
  const jwe = `${header}.${part(256)}.${part(12)}.${part(64)}.${part(16)}`;
  assert.deepEqual(
    findTokens(`token=${jwe}&x=1`).map((f) => [f.format, f.text]),
    [['jwe', jwe]],
  );
  const decoded = decodeToken(jwe);
  assert.ok(decoded.ok && decoded.token.format === 'jwe' && decoded.token.missingEnc);
  assert.ok(analyzeToken(decoded.token).findings.some((f) => f.code === 'jwe_missing_enc' && f.severity === 'error'));
});

test('elided and cut-off text is not reported as a token', () => {
  const real = makeToken({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 });
  const [h, p] = real.split('.');
  const looksLikeTokens = [
    `eyJhbGciOi…J9.eyJzdWIi...`,
    `${h}.${p}...`,
    `${h}.${p}.`, // empty signature while alg is HS256: the signature was cut off
    `${h}.${p}.abc…`,
    `${h}.${p!.slice(0, 20)}.signaturepart`, // the payload is cut in the middle of its JSON
    `${h}.${p!.slice(0, 20)}…`,
    `${h}.…`,
  ];
  for (const text of looksLikeTokens) assert.deepEqual(findTokens(`see ${text} in the docs`), [], text);
  // The real one still is.
  assert.deepEqual(
    findTokens(`see ${real} in the docs`).map((f) => f.text),
    [real],
  );
  // An unsecured JWT keeps its empty signature.
  const unsecured = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${p}.`;
  assert.deepEqual(
    findTokens(`x ${unsecured} y`).map((f) => f.text),
    [unsecured],
  );
  // A payload that is not JSON is fine for a JWS, but not when the header says it is a JWT.
  const jwtHeader = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url');
  assert.deepEqual(findTokens(`x ${jwtHeader}.UGF5bG9hZA.c2lnbmF0dXJl y`), []);
});
