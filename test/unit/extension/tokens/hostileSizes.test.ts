// Issue 16: the token hover stays under VS Code's 100,000-character cut with its links, the pasted-key
// parser is linear, and the view builders survive claims nested thousands deep.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeToken, decodeToken, type DecodedToken } from '../../../../src/core/tokens/index';
import { buildTokenHover, HOVER_MAX_LENGTH } from '../../../../src/extension/tokens/tokenHoverMarkdown';
import { tokenFromArgument, tokenLocationFromArgument } from '../../../../src/core/tokens/tokenArgument';
import { findPemBlock, MAX_PASTED_CHARS, parsePastedKey } from '../../../../src/core/tokens/pastedKey';
import { valueText } from '../../../../src/core/render/claimDisplay';
import { payloadJson } from '../../../../src/core/tokens/payloadJson';
import { buildDecodedViewBody } from '../../../../src/extension/tokens/decodedViewHtml';
import { responseFacts } from '../../../../src/core/errors/responseFacts';
import { makeToken } from '../../../fixtures/tokens/makeToken';
import { NOW } from './_fixtures';

function analysed(token: string) {
  const decoded = decodeToken(token);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
  return { decoded: decoded.token, analysis: analyzeToken(decoded.token, { now: NOW }) };
}

function deepValue(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

test('a ~60 KB token: the hover stays under the limit with summary, findings and all three links', () => {
  const payload: Record<string, unknown> = {
    iss: 'https://issuer.example',
    aud: Array.from({ length: 300 }, (_, i) => `api://audience-${i}`),
  };
  for (let i = 0; i < 500; i++) payload[`claim_${i}`] = 'v'.repeat(60);
  const token = makeToken({ alg: 'RS256', kid: 'k' }, payload);
  assert.ok(token.length > 33_000 && token.length < 65_536, `token is ${token.length}`);
  const { analysis } = analysed(token);
  const tokenAt = { uri: 'file:///project/app.log', line: 3, character: 10 };
  const hover = buildTokenHover(analysis, { token, tokenAt, maxClaims: 1000 });
  assert.ok(hover.length <= HOVER_MAX_LENGTH, `hover is ${hover.length} characters`);
  assert.ok(hover.startsWith('**'), 'the summary line comes first');
  assert.match(hover, /\*\*Findings\*\*/);
  assert.match(hover, /the token never expires/);
  for (const command of ['authlens.decodeToken', 'authlens.verifySignature', 'authlens.copyPayload'])
    assert.ok(hover.includes(`(command:${command}?`), command);
  // Where room runs out, the claims table is what gets cut, with a note.
  const tight = buildTokenHover(analysis, { token, tokenAt, maxClaims: 1000, maxLength: 20_000 });
  assert.ok(tight.length <= 20_000, `tight hover is ${tight.length}`);
  assert.match(tight, /claims table was cut to fit the hover/);
  assert.match(tight, /\*\*Findings\*\*/);
  assert.match(tight, /\(command:authlens\.copyPayload\?/);
  // The links point at the token's place instead of carrying it three times.
  const link = /\(command:authlens\.decodeToken\?([^)]*)\)/.exec(hover)![1]!;
  const [argument] = JSON.parse(decodeURIComponent(link)) as unknown[];
  assert.deepEqual(tokenLocationFromArgument(argument), tokenAt);
  assert.equal(tokenFromArgument(argument), undefined);
});

test('a typical token keeps the token itself in its links and its whole table', () => {
  const token = makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'https://issuer.example', sub: 'u', exp: NOW / 1000 + 600 });
  const hover = buildTokenHover(analysed(token).analysis, { token, tokenAt: { uri: 'file:///a', line: 0, character: 0 } });
  assert.ok(hover.includes(encodeURIComponent(JSON.stringify([token]))));
  assert.doesNotMatch(hover, /was cut/);
});

test('a huge claim name or aud list is cut in the hover, not copied whole', () => {
  const token = makeToken(
    { alg: 'RS256' },
    { ['n'.repeat(15_000)]: 1, aud: Array.from({ length: 1000 }, (_, i) => `aud-${i}`), iss: 'x'.repeat(10_000) },
  );
  const hover = buildTokenHover(analysed(token).analysis, { token });
  assert.ok(hover.length <= HOVER_MAX_LENGTH, `hover is ${hover.length}`);
  assert.match(hover, /\(command:authlens\.decodeToken\?/, 'the decode link survives even without a place to point to');
});

test('pasted PEM: linear on many BEGIN markers without an END (was quadratic)', () => {
  const started = performance.now();
  const markers = '-----BEGIN PUBLIC KEY-----'.repeat(40_000);
  const block = findPemBlock(markers);
  const ms = performance.now() - started;
  assert.equal(block, undefined);
  assert.ok(ms < 100, `${ms.toFixed(1)} ms for 1 MB`);
  // Just under the paste limit the same text is read and refused as no key; over it, refused by size before any pass.
  const under = parsePastedKey(markers.slice(0, MAX_PASTED_CHARS));
  assert.ok(!under.ok && /Not a key/.test(under.message), JSON.stringify(under));
  const over = parsePastedKey(` ${markers.slice(0, MAX_PASTED_CHARS)}`);
  assert.ok(!over.ok && over.message.includes(`the limit is ${MAX_PASTED_CHARS}`), JSON.stringify(over));
  // A real chain of certificates, well under it, is read.
  const chain = Array.from({ length: 5 }, () => `-----BEGIN CERTIFICATE-----\n${'QUJD'.repeat(400)}\n-----END CERTIFICATE-----`).join('\n');
  assert.ok(parsePastedKey(chain).ok);
  // Same answers as the regex for real pastes.
  assert.deepEqual(findPemBlock('x -----BEGIN PUBLIC KEY----- QUJD RA== -----END PUBLIC KEY----- y'), {
    label: 'PUBLIC KEY',
    body: ' QUJD RA== ',
  });
  assert.deepEqual(findPemBlock('-----BEGIN FOO----- -----BEGIN CERTIFICATE-----QUJD-----END CERTIFICATE-----'), {
    label: 'CERTIFICATE',
    body: 'QUJD',
  });
  assert.equal(findPemBlock('-----BEGIN PUBLIC KEY-----QUJD-----END CERTIFICATE-----'), undefined);
  const pasted = parsePastedKey('-----BEGIN PUBLIC KEY----- QUJD RA== -----END PUBLIC KEY-----');
  assert.ok(pasted.ok && pasted.source.kind === 'pem');
});

test('view builders: a claim nested 5,000 deep is shown cut, never a stack overflow', () => {
  const deep = deepValue(5000) as never;
  assert.ok(valueText(deep).startsWith('{"a":{"a":'));
  assert.match(valueText(deep), /"…"/);
  assert.equal(valueText({ toString: 1 } as never), '{"toString":1}');
  // A DecodedToken built by a caller, not by the depth-checking decoder.
  const { decoded, analysis } = analysed(makeToken({ alg: 'RS256' }, { sub: 'u' }));
  const hostile: DecodedToken = { ...decoded, payload: { sub: 'u', deep } };
  assert.ok(payloadJson(hostile)!.length > 5000);
  const body = buildDecodedViewBody({
    decoded: hostile,
    analysis: analyzeToken(hostile, { now: NOW }),
    signature: { state: 'unchecked' },
  } as never).value;
  assert.match(body, /Payload JSON/);
  assert.ok(analysis);
  const facts = responseFacts({ shape: 'json', codes: [], claims: deep, claims_raw: '{}' });
  assert.ok(facts.find((fact) => fact.key === 'claims')!.value.includes('"a": {'));
});
