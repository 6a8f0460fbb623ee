// Issue 16, item 2: hostile JSON values in a token's header and payload give findings, never a throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeToken, decodeToken } from '../../../../src/core/tokens/index';
import { makeToken } from '../../../fixtures/tokens/makeToken';
import { textToBase64url } from '../../../../src/core/tokens/base64url';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

function analyse(token: string) {
  const decoded = decodeToken(token);
  assert.ok(decoded.ok, decoded.ok ? '' : decoded.error.message);
  return analyzeToken(decoded.token, { now: NOW });
}

test('a Keycloak-style iss ending in a malformed percent-escape (/realms/%E0) is analysed, not a URIError', () => {
  const analysis = analyse(makeToken({ alg: 'RS256', kid: 'k' }, { iss: 'https://kc.example/realms/%E0', sub: 'u', exp: NOW / 1000 + 60 }));
  assert.equal(analysis.provider.id, 'keycloak');
  assert.equal(analysis.provider.tenant, '%E0', 'the realm is shown as written');
  // A well-formed escape is still decoded.
  assert.equal(analyse(makeToken({ alg: 'RS256' }, { iss: 'https://kc.example/realms/my%20realm' })).provider.tenant, 'my realm');
});

test('alg whose toString is not a function: decoded as a JWS, reported as a missing alg', () => {
  const analysis = analyse(makeToken({ alg: { toString: 1 } }, { sub: 'u' }));
  assert.equal(analysis.format, 'jws');
  assert.ok(analysis.findings.some((note) => note.code === 'missing_alg'));
  // An array that stringifies to "none" is not alg none.
  assert.equal(analyse(makeToken({ alg: ['none'] }, { sub: 'u' })).format, 'jws');
});

test('JWE alg/enc and crit whose toString is not a function are shown as JSON', () => {
  const b64 = (value: object) => textToBase64url(JSON.stringify(value));
  const jwe = `${b64({ alg: { toString: 1 }, enc: { valueOf: 1, toString: 'x' } })}..aXY.Y2lwaGVy.dGFn`;
  const encrypted = analyse(jwe).findings.find((note) => note.code === 'encrypted');
  assert.ok(encrypted);
  assert.match(encrypted.message, /JWE, \{"toString":1\} \/ \{"valueOf":1,"toString":"x"\}/);

  const crit = analyse(makeToken({ alg: 'RS256', crit: [{ toString: 1 }, 'b64'] }, { sub: 'u' })).findings.find(
    (note) => note.code === 'crit_header',
  );
  assert.ok(crit);
  assert.match(crit.message, /\{"toString":1\}, b64/);
  const single = analyse(makeToken({ alg: 'RS256', crit: { toString: null } }, { sub: 'u' })).findings.find(
    (note) => note.code === 'crit_header',
  );
  assert.match(single!.message, /\{"toString":null\}/);
});

test('__proto__, constructor and toString claims are plain claims', () => {
  const payload = '{"__proto__":{"polluted":1},"constructor":{"prototype":1},"toString":"x","valueOf":2,"exp":{"toString":1}}';
  const analysis = analyse(makeToken({ alg: 'RS256' }, payload));
  assert.deepEqual(
    analysis.claims.map((claim) => claim.name),
    ['__proto__', 'constructor', 'toString', 'valueOf', 'exp'],
  );
  assert.ok(analysis.findings.some((note) => note.code === 'invalid_time_claim'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
