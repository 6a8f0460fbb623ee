/** `authlens explain -|FILE` and `authlens verify`, run as the built CLI in a child process. */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { buildCli, runBuiltCli } from './_run';

const ENTRA_BODY = JSON.stringify({
  error: 'invalid_grant',
  error_description:
    'AADSTS70008: The provided authorization code or refresh token has expired due to inactivity. Trace ID: 0f3c2a1e-1111-2222-3333-444455556666 Correlation ID: 9a8b7c6d-aaaa-bbbb-cccc-ddddeeeeffff Timestamp: 2026-03-01 10:20:30Z',
  error_codes: [70008],
  timestamp: '2026-03-01 10:20:30Z',
  trace_id: '0f3c2a1e-1111-2222-3333-444455556666',
  correlation_id: '9a8b7c6d-aaaa-bbbb-cccc-ddddeeeeffff',
  suberror: 'bad_token',
  claims: Buffer.from('{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}').toString('base64'),
});

let dir: string;
let server: Server;
let base: string;
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
let token: string;
const HS_SECRET = 'a-shared-secret-of-at-least-32-bytes!';
let hsToken: string;

before(async () => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'authlens-cli-'));
  keys = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256' };
  server = createServer((req, res) => {
    const json = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/.well-known/openid-configuration') return void json({ issuer: base, jwks_uri: `${base}/jwks` });
    if (req.url === '/jwks') return void json({ keys: [jwk] });
    if (req.url === '/moved') return void res.writeHead(302, { location: 'http://192.0.2.1/jwks' }).end();
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  token = await new SignJWT({ sub: 'alice' }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(base).sign(keys.privateKey);
  hsToken = await new SignJWT({ sub: 'bob' }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(HS_SECRET));
});
after(() => new Promise<void>((done) => server.close(() => done())));

test('explain -: a whole Entra response with its parts and the code explained, like the Explain view', async () => {
  const run = await runBuiltCli(['explain', '-'], { stdin: ENTRA_BODY });
  assert.equal(run.code, 0, run.stderr);
  for (const part of [
    /Trace ID\s+0f3c2a1e-1111-2222-3333-444455556666/,
    /Correlation ID\s+9a8b7c6d-aaaa/,
    /Suberror\s+bad_token/,
    /Timestamp/,
    /Claims challenge/,
    /"essential": true/,
    /^AADSTS70008\s/m,
    /Likely causes:/,
  ]) {
    assert.match(run.stdout, part);
  }
  // Provider code before the OAuth error beside it: the editor's policy.
  assert.ok(run.stdout.indexOf('AADSTS70008  ') < run.stdout.indexOf('invalid_grant  '), run.stdout);
  // The hover's order: causes and fixes before the response's ids; the sub-error bad_token ranks invalid_grant's causes.
  assert.ok(run.stdout.indexOf('Likely causes:') < run.stdout.indexOf('The response:'), run.stdout);
  assert.ok(run.stdout.lastIndexOf('What to do:') < run.stdout.search(/Trace ID\s+0f3c2a1e/), run.stdout);
  assert.match(run.stdout, /invalid_grant {2}\(Microsoft Entra ID\)\n\n[^\n]+\n\nLikely causes:\n {2}1\. The refresh token was revoked/);
});

test('explain FILE --json: parts and each code with its entry', async () => {
  const file = join(dir, 'response.log');
  writeFileSync(file, `2026-03-01 10:20:30 POST /token 400\n${ENTRA_BODY}\n`);
  const run = await runBuiltCli(['explain', file, '--json']);
  assert.equal(run.code, 0, run.stderr);
  const out = JSON.parse(run.stdout) as {
    parts: { trace_id: string; suberror: string; claims: unknown };
    codes: { code: string; entry: { summary: string } | null }[];
  };
  assert.equal(out.parts.trace_id, '0f3c2a1e-1111-2222-3333-444455556666');
  assert.equal(out.parts.suberror, 'bad_token');
  assert.deepEqual(out.parts.claims, { access_token: { nbf: { essential: true, value: '1700000000' } } });
  assert.deepEqual(
    out.codes.map((c) => c.code),
    ['AADSTS70008', 'bad_token', 'invalid_grant'],
  );
  assert.ok(out.codes.every((c) => c.entry && c.entry.summary));
});

test('explain - with no error in it: a clear failure, exit 1', async () => {
  const run = await runBuiltCli(['explain', '-'], { stdin: 'all good here\n' });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no auth error code found in stdin/);
});

test('verify --secret-env: HS256 valid; a wrong secret is invalid (exit 1); the secret is never on the command line', async () => {
  const ok = await runBuiltCli(['verify', hsToken, '--secret-env', 'MY_SECRET'], { env: { MY_SECRET: HS_SECRET } });
  assert.equal(ok.code, 0, ok.stdout + ok.stderr);
  assert.match(ok.stdout, /^valid: Signature valid \(HS256\)/);
  const bad = await runBuiltCli(['verify', '-', '--secret-env', 'MY_SECRET', '--json'], {
    stdin: hsToken,
    env: { MY_SECRET: 'another-secret-another-secret-another' },
  });
  assert.equal(bad.code, 1);
  assert.equal((JSON.parse(bad.stdout) as { verdict: string }).verdict, 'invalid_signature');
  const unset = await runBuiltCli(['verify', hsToken, '--secret-env', 'NOT_SET_ANYWHERE']);
  assert.equal(unset.code, 2);
  assert.ok(!unset.stderr.includes(hsToken));
});

test('verify --key FILE (PEM and JWK Set), --jwks URL and --discover against a local issuer', async () => {
  const pem = join(dir, 'key.pem');
  writeFileSync(pem, await exportSPKI(keys.publicKey));
  const jwksFile = join(dir, 'jwks.json');
  writeFileSync(jwksFile, JSON.stringify({ keys: [{ ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256' }] }));
  for (const args of [['--key', pem], ['--key', jwksFile], ['--jwks', `${base}/jwks`], ['--discover']]) {
    const run = await runBuiltCli(['verify', token, ...args, '--json']);
    assert.equal(run.code, 0, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
    assert.equal((JSON.parse(run.stdout) as { verdict: string }).verdict, 'valid', args.join(' '));
  }
  const discovered = await runBuiltCli(['verify', token, '--discover']);
  assert.match(discovered.stdout, new RegExp(`keys: ${base}/jwks`));
});

test('verify --jwks follows the fetch policy: no redirect to a refused host, no plain http off this machine', async () => {
  const moved = await runBuiltCli(['verify', token, '--jwks', `${base}/moved`]);
  assert.equal(moved.code, 1);
  assert.match(moved.stdout, /network error: Not following the redirect .* http:\/\/192\.0\.2\.1/);
  const insecure = await runBuiltCli(['verify', token, '--jwks', 'http://192.0.2.1/jwks']);
  assert.equal(insecure.code, 1);
  assert.match(insecure.stdout, /plain http/);
});

test('verify usage errors name what is missing and never echo the token', async () => {
  const none = await runBuiltCli(['verify', token]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /one key: --secret-env VAR, --key FILE, --jwks URL or --discover/);
  const two = await runBuiltCli(['verify', token, '--discover', '--jwks', `${base}/jwks`]);
  assert.equal(two.code, 2);
  for (const run of [none, two]) assert.ok(!run.stderr.includes(token.slice(0, 30)));
});

test('scan shows tokens shortened unless --show-tokens; --json keeps the full text', async () => {
  const short = await runBuiltCli(['scan', '-'], { stdin: `Authorization: Bearer ${token}\n` });
  assert.ok(!short.stdout.includes(token));
  assert.match(short.stdout, /token \(jws\)\s+eyJ\S{21}…/);
  const shown = await runBuiltCli(['scan', '-', '--show-tokens'], { stdin: `Authorization: Bearer ${token}\n` });
  assert.ok(shown.stdout.includes(token));
});
