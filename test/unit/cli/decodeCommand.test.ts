import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../../src/cli/main';
import { decodeCommand } from '../../../src/cli/decodeCommand';
import { FIXTURE_NOW, signProviderFixtures } from '../../fixtures/tokens/providerTokens';
import { SAMPLE } from '../../fixtures/tokens/makeToken';
import { RFC7515_A1_HS256, RFC7516_A3_JWE, RFC7519_UNSECURED, RFC_EXAMPLE_CLAIMS } from '../../fixtures/tokens/rfcExamples';

let tokens: Record<string, string> = {};
before(async () => {
  tokens = (await signProviderFixtures()).tokens;
});

test('decode --json: format, header, payload, claims with descriptions, findings', async () => {
  const result = await runCli(['decode', RFC7515_A1_HS256, '--json']);
  assert.equal(result.exitCode, 0);
  const out = JSON.parse(result.stdout!);
  assert.equal(out.format, 'jws');
  assert.deepEqual(out.header, { typ: 'JWT', alg: 'HS256' });
  assert.deepEqual(out.payload, RFC_EXAMPLE_CLAIMS);
  assert.deepEqual(
    out.claims.map((c: { name: string }) => c.name),
    ['iss', 'exp', 'http://example.com/is_root'],
  );
  for (const claim of out.claims) {
    assert.ok('value' in claim && 'description' in claim);
    assert.equal(typeof claim.description, 'string');
  }
  assert.equal(out.claims[1].time.iso, '2011-03-22T18:43:00Z');
  for (const finding of out.findings) assert.deepEqual(Object.keys(finding).sort(), ['code', 'message', 'severity']);
  assert.ok(out.findings.some((f: { code: string }) => f.code === 'expired'));
});

test('decode --json: JWE has payload null, unsecured is flagged', async () => {
  const jwe = JSON.parse((await runCli(['decode', RFC7516_A3_JWE, '--json'])).stdout!);
  assert.equal(jwe.format, 'jwe');
  assert.equal(jwe.payload, null);
  assert.deepEqual(jwe.claims, []);
  assert.equal(jwe.findings[0].code, 'encrypted');
  assert.equal(jwe.summary, 'encrypted token · A128KW · encrypted: times unknown');
  const none = JSON.parse((await runCli(['decode', RFC7519_UNSECURED, '--json'])).stdout!);
  assert.equal(none.format, 'unsecured');
  assert.equal(none.findings[0].code, 'alg_none');
});

test('decode --json with provider extras', () => {
  const result = decodeCommand(`Bearer ${tokens['entra-v2-access']}`, true, { now: FIXTURE_NOW, timeZone: 'UTC' });
  const out = JSON.parse(result.stdout!);
  assert.equal(out.provider.id, 'entra');
  assert.equal(out.kind.kind, 'access_token');
  assert.equal(out.expiry, 'valid for 47 more minutes');
  assert.equal(out.claims.find((c: { name: string }) => c.name === 'scp').meaning, 'entra');
});

test('not a token: exit 1, JSON error with --json, one stderr line without, never a stack trace', async () => {
  const asJson = await runCli(['decode', 'hello.world', '--json']);
  assert.equal(asJson.exitCode, 1);
  const out = JSON.parse(asJson.stdout!);
  assert.deepEqual(Object.keys(out.error).sort(), ['code', 'message']);
  assert.equal(out.error.code, 'wrong_part_count');
  const plain = await runCli(['decode', 'just some words']);
  assert.equal(plain.exitCode, 1);
  assert.equal(plain.stdout, undefined);
  assert.match(plain.stderr!, /^authlens: not a token: .+\n$/);
  assert.equal(plain.stderr!.split('\n').length, 2);
  assert.doesNotMatch(plain.stderr!, /\bat .+:\d+:\d+/);
});

test('human output: readable summary, values escaped for the terminal', () => {
  const result = decodeCommand(tokens['google-id']!, false, { now: FIXTURE_NOW, timeZone: 'UTC' });
  assert.equal(result.exitCode, 0);
  assert.match(result.stdout!, /^JWS · Google ID token · RS256 · valid for 58 more minutes\n/);
  assert.match(result.stdout!, /\n {2}hd +example\.org {2}— Hosted domain\n/);
  assert.match(result.stdout!, /signature was not verified/);
  const hostile = decodeCommand(
    `${SAMPLE.split('.')[0]}.${Buffer.from(JSON.stringify({ sub: '\u001b[2J\u001b]0;pwned\u0007' })).toString('base64url')}.c2ln`,
    false,
  );
  assert.ok(!hostile.stdout!.includes('\u001b'));
  assert.match(hostile.stdout!, /\\u001b\[2J/);
});

test('scan shows tokens found by findTokens', async () => {
  const { writeFileSync, mkdtempSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'authlens-scan-'));
  const file = join(dir, 'log.txt');
  writeFileSync(file, `start\nAuthorization: Bearer ${SAMPLE}\n{"id_token":"${RFC7516_A3_JWE}"}\nversion 1.2.3 on api.example.com\n`);
  const result = await runCli(['scan', file, '--json']);
  assert.equal(result.exitCode, 0);
  const tokenFindings = JSON.parse(result.stdout!).findings.filter((f: { kind: string }) => f.kind === 'token');
  assert.deepEqual(
    tokenFindings.map((f: { format: string; line: number; text: string }) => [f.format, f.line, f.text]),
    [
      ['jws', 2, SAMPLE],
      ['jwe', 3, RFC7516_A3_JWE],
    ],
  );
  for (const finding of tokenFindings) assert.deepEqual(Object.keys(finding).sort(), ['end', 'format', 'kind', 'line', 'start', 'text']);
});
