import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SignJWT, generateKeyPair } from 'jose';
import { summarizeToken } from '../../../../src/core/flow/tokenSummary';
import { flowViewState } from '../../../../src/extension/flow/viewModel';
import { RFC7516_A3_JWE } from '../../../fixtures/tokens/rfcExamples';

test('token summaries: JWT facts without the token, opaque tokens by length', async () => {
  const { privateKey } = await generateKeyPair('ES256');
  const now = 1_800_000_000_000;
  const token = await new SignJWT({ scope: 'api:read' })
    .setProtectedHeader({ alg: 'ES256', kid: 'k1', typ: 'at+jwt' })
    .setIssuer('http://127.0.0.1:4400')
    .setSubject('alice')
    .setAudience('urn:api')
    .setExpirationTime(now / 1000 + 600)
    .sign(privateKey);
  const facts = summarizeToken(token, () => now);
  assert.equal(facts.kind, 'jwt');
  assert.deepEqual(facts.summary, [
    'JWT, ES256, typ at+jwt, key k1',
    'iss http://127.0.0.1:4400',
    'sub alice',
    'aud urn:api',
    'scope api:read',
    'expires in 10 minutes',
  ]);
  assert.ok(!facts.summary.join('').includes(token.split('.')[2]!));
  assert.match(summarizeToken(token, () => now + 3_600_000).summary.at(-1)!, /^expired .* ago$/);
  assert.equal(summarizeToken('opaque-refresh-token-value').kind, 'opaque');
  assert.equal(summarizeToken('eyJub3QiOiJqc29uIn0.@@@.x').kind, 'opaque');
  fc.assert(
    fc.property(fc.string({ maxLength: 300 }), (text) => {
      summarizeToken(`eyJ${text}`);
    }),
    { numRuns: 300 },
  );
});

test('an encrypted token (JWE) is named a JWE with its header, never called opaque; the view offers to decode it', () => {
  const facts = summarizeToken(RFC7516_A3_JWE);
  assert.equal(facts.kind, 'jwe');
  assert.equal(facts.summary[0], 'JWE (encrypted), A128KW + A128CBC-HS256');
  assert.match(facts.summary[1]!, /encrypted for the API that receives it/);
  assert.equal(facts.exp, undefined);
  const view = flowViewState({
    phase: 'done',
    busy: false,
    status: '',
    steps: [],
    actions: [],
    tokens: [{ id: '1:access', label: 'Access token', ...facts }],
  });
  assert.equal(view.tokens[0]!.kind, 'jwt');
  assert.deepEqual(view.tokens[0]!.summary, facts.summary);
});

test("a JWT's exp comes back as a number for the countdown; text around a token does not make it one", async () => {
  const { privateKey } = await generateKeyPair('ES256');
  const token = await new SignJWT({}).setProtectedHeader({ alg: 'ES256' }).setExpirationTime(2_000_000_000).sign(privateKey);
  assert.equal(summarizeToken(token).exp, 2_000_000_000);
  assert.equal(summarizeToken(`Bearer ${token} trailing`).kind, 'opaque');
});

test('a sender-constrained token says what it is bound to (cnf: a client certificate, RFC 8705; a DPoP key, RFC 9449)', async () => {
  const { privateKey } = await generateKeyPair('ES256');
  const sign = (cnf: Record<string, unknown> | undefined) =>
    new SignJWT(cnf ? { cnf } : {}).setProtectedHeader({ alg: 'ES256' }).setSubject('s').sign(privateKey);
  const certBound = summarizeToken(await sign({ 'x5t#S256': 'bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2' })).summary;
  assert.ok(
    certBound.includes('bound to a client certificate: cnf.x5t#S256 bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2'),
    certBound.join(' | '),
  );
  assert.ok(summarizeToken(await sign({ jkt: 'abc' })).summary.includes('bound to a DPoP key: cnf.jkt abc'));
  assert.ok(!summarizeToken(await sign(undefined)).summary.some((line) => line.startsWith('bound')));
  // A cnf that is not an object names nothing.
  const odd = await new SignJWT({ cnf: ['x5t#S256'] }).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
  assert.ok(!summarizeToken(odd).summary.some((line) => line.startsWith('bound')));
});
