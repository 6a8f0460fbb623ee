import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeToken } from '../../../../src/core/tokens/analyze';
import { decodeToken } from '../../../../src/core/tokens/decode';
import { verifySignature } from '../../../../src/core/tokens/verify';
import { makeToken, SAMPLE } from '../../../fixtures/tokens/makeToken';

const claimValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.integer({ min: -1e12, max: 1e13 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('https://sts.windows.net/t/', 'https://accounts.google.com', '1.0', '2.0', 'at+jwt', 'none', 'Bearer', 'id', 'access'),
);
const claimName = fc.oneof(
  fc.constantFrom(
    'iss',
    'sub',
    'aud',
    'exp',
    'nbf',
    'iat',
    'auth_time',
    'scp',
    'scope',
    'roles',
    'ver',
    'tid',
    'typ',
    'token_use',
    'cnf',
    'events',
    'email',
    'email_verified',
    '_claim_names',
    'hasgroups',
    'xms_tcdt',
    'https://x.example/c',
    '__proto__',
    'constructor',
    'toString',
  ),
  fc.string({ maxLength: 12 }),
);
const claims = fc.dictionary(claimName, claimValue, { maxKeys: 12 });
const headers = fc.record(
  {
    alg: fc.oneof(fc.constantFrom('RS256', 'HS256', 'none', 'ES256', 'PS512', 'EdDSA'), fc.string({ maxLength: 8 }), fc.integer()),
    typ: fc.constantFrom('JWT', 'at+jwt', 'logout+jwt', 'dpop+jwt'),
    kid: fc.string({ maxLength: 8 }),
    cty: fc.constantFrom('JWT', 'json'),
    crit: fc.oneof(fc.array(fc.string({ maxLength: 5 })), fc.string()),
    jku: fc.webUrl(),
    nonce: fc.string({ maxLength: 6 }),
  },
  { requiredKeys: [] },
);

test('property: analyzeToken never throws on any JSON header and payload, and its findings are well-formed', () => {
  fc.assert(
    fc.property(headers, claims, fc.integer({ min: 0, max: 4e12 }), fc.integer({ min: 0, max: 3600 }), (header, payload, now, skew) => {
      const decoded = decodeToken(makeToken(header, payload));
      if (!decoded.ok) return;
      const analysis = analyzeToken(decoded.token, { now, clockSkewSeconds: skew, timeZone: 'UTC' });
      assert.ok(analysis.summary.length > 0);
      for (const finding of analysis.findings) {
        assert.match(finding.code, /^[a-z0-9_]+$/);
        assert.ok(['error', 'warning', 'info'].includes(finding.severity));
        assert.ok(finding.message.length > 10);
      }
      assert.equal(analysis.claims.length, decoded.token.payload ? Object.keys(decoded.token.payload).length : analysis.claims.length);
      JSON.stringify(analysis);
    }),
    { numRuns: 600 },
  );
});

test('property: verifySignature never rejects, whatever the token and key', async () => {
  const keySources = fc.oneof(
    fc.record({
      kind: fc.constant('secret' as const),
      secret: fc.string(),
      encoding: fc.constantFrom('utf8' as const, 'base64url' as const),
    }),
    fc.record({ kind: fc.constant('pem' as const), pem: fc.string() }),
    fc.record({
      kind: fc.constant('jwk' as const),
      jwk: fc.oneof(fc.string(), fc.dictionary(fc.string({ maxLength: 4 }), fc.jsonValue({ maxDepth: 2 }))),
    }),
    fc.record({
      kind: fc.constant('jwks' as const),
      jwks: fc.oneof(fc.string(), fc.record({ keys: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }) })),
    }),
  );
  const tokens = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constant(SAMPLE),
    fc.nat(SAMPLE.length).map((i) => SAMPLE.slice(0, i) + SAMPLE.slice(i + 1)),
  );
  await fc.assert(
    fc.asyncProperty(tokens, keySources, async (token, keySource) => {
      const result = await verifySignature(token, keySource);
      assert.ok(['valid', 'invalid_signature', 'no_matching_key', 'network_error', 'unsupported', 'malformed'].includes(result.verdict));
      assert.notEqual(result.verdict, 'valid');
      assert.ok(result.message.length > 0);
    }),
    { numRuns: 300 },
  );
});
