import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { analyzeToken, decodeToken } from '../../../../src/core/tokens/index';
import { decorationText } from '../../../../src/core/render/decorationText';
import { parsePastedKey } from '../../../../src/core/tokens/pastedKey';
import { payloadJson } from '../../../../src/core/tokens/payloadJson';
import { tokenFromArgument } from '../../../../src/core/tokens/tokenArgument';
import { verdictDetail, verdictLabel, verdictLevel, verdictMessage } from '../../../../src/core/tokens/verifyVerdict';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';
import { ENTRA_ACCESS, NOW } from '../../extension/tokens/_fixtures';

test('tokenFromArgument: strings and { token } count; menu Uris and blanks do not', () => {
  assert.equal(tokenFromArgument('eyJx'), 'eyJx');
  assert.equal(tokenFromArgument({ token: 'eyJy' }), 'eyJy');
  assert.equal(tokenFromArgument({ text: 'Bearer eyJz' }), 'Bearer eyJz');
  assert.equal(tokenFromArgument({ scheme: 'file', path: '/a.json' }), undefined);
  assert.equal(tokenFromArgument('  '), undefined);
  assert.equal(tokenFromArgument(undefined), undefined);
  assert.equal(tokenFromArgument(['eyJx']), undefined);
});

test('parsePastedKey: a PEM whose line breaks were lost is rebuilt', () => {
  const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const flattened = pem.replace(/\n/g, ' ');
  const parsed = parsePastedKey(flattened);
  assert.ok(parsed.ok && parsed.source.kind === 'pem');
  assert.equal(parsed.source.pem, pem);
  const noBreaks = parsePastedKey(pem.replace(/\n/g, ''));
  assert.ok(noBreaks.ok && noBreaks.source.kind === 'pem' && noBreaks.source.pem === pem);
});

test('parsePastedKey: JWK, JWK Set and junk', () => {
  assert.deepEqual(parsePastedKey('{"kty":"EC","crv":"P-256","x":"a","y":"b"}'), {
    ok: true,
    source: { kind: 'jwk', jwk: '{"kty":"EC","crv":"P-256","x":"a","y":"b"}' },
  });
  assert.deepEqual(parsePastedKey(' {"keys":[]} '), { ok: true, source: { kind: 'jwks', jwks: '{"keys":[]}' } });
  for (const junk of ['', '{', '{"a":1}', '[1]', 'hello', '-----BEGIN PUBLIC KEY----- !!! -----END PUBLIC KEY-----']) {
    const parsed = parsePastedKey(junk);
    assert.equal(parsed.ok, false, junk);
    assert.ok(!parsed.ok && parsed.message.length > 10);
  }
});

test('verdict words: label, level and one message with the notes', () => {
  assert.equal(verdictLabel('no_matching_key'), 'No key with this kid');
  assert.equal(verdictLevel('valid'), 'success');
  assert.equal(verdictLevel('invalid_signature'), 'error');
  assert.equal(verdictLevel('network_error'), 'warning');
  assert.equal(
    verdictMessage({ verdict: 'no_matching_key', message: 'No key with kid "k1" in the set.', notes: ['A Graph token.'] }),
    'AuthLens: No key with this kid. No key with kid "k1" in the set. A Graph token.',
  );
  // The label is not echoed by the core's own "Signature …" wording.
  assert.equal(
    verdictMessage({ verdict: 'invalid_signature', message: 'Signature invalid: the token was altered.', notes: [] }),
    'AuthLens: Invalid signature. The token was altered.',
  );
  assert.equal(
    verdictMessage({ verdict: 'valid', message: 'Signature valid (RS256).', notes: [] }),
    'AuthLens: Signature valid. Algorithm RS256.',
  );
  assert.equal(
    verdictDetail({ verdict: 'valid', message: 'Signature valid: signed by a key published at https://x/jwks.', notes: [] }),
    'Signed by a key published at https://x/jwks.',
  );
});

test('payloadJson: pretty claims, nothing for an encrypted token', () => {
  const decoded = decodeToken(ENTRA_ACCESS);
  assert.ok(decoded.ok);
  const json = payloadJson(decoded.token)!;
  assert.match(json, /^\{\n {2}"aud": "api:\/\/4a2b1c9e/);
  assert.deepEqual(JSON.parse(json), decoded.token.payload);
  const jwe = decodeToken(RFC7516_A3_JWE);
  assert.ok(jwe.ok);
  assert.equal(payloadJson(jwe.token), undefined);
});

test('decorationText: short, with the kind and the expiry', () => {
  const decoded = decodeToken(ENTRA_ACCESS);
  assert.ok(decoded.ok);
  const text = decorationText(analyzeToken(decoded.token, { now: NOW }));
  assert.equal(text, 'Microsoft Entra ID (v2.0 issuer) access token · expired 3 h 12 min ago');
  assert.ok(text.length <= 90);
});
