import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, exportSPKI, generateKeyPair } from 'jose';
import { verifySignature } from '../../../../src/core/tokens/verify';
import type { FetchLike } from '../../../../src/core/tokens/discovery';
import { bytesToBase64url } from '../../../../src/core/tokens/base64url';
import {
  RFC7515_A1_HS256,
  RFC7515_A1_KEY,
  RFC7515_A3_ES256,
  RFC7515_A3_PUBLIC_JWK,
  RFC7516_A3_JWE,
  RFC7519_UNSECURED,
} from '../../../fixtures/tokens/rfcExamples';

let server: Server;
let issuer = '';
let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
let other: Awaited<ReturnType<typeof generateKeyPair>>;
let ec: Awaited<ReturnType<typeof generateKeyPair>>;
let jwks: { keys: object[] };
const requests: string[] = [];

before(async () => {
  rsa = await generateKeyPair('RS256', { extractable: true });
  other = await generateKeyPair('RS256', { extractable: true });
  ec = await generateKeyPair('ES256', { extractable: true });
  jwks = {
    keys: [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ],
  };
  server = createServer((request, response) => {
    requests.push(request.url ?? '');
    if (request.url === '/.well-known/openid-configuration') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ issuer, jwks_uri: `${issuer}/jwks` }));
    } else if (request.url === '/jwks') {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(jwks));
    } else {
      response.statusCode = 404;
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const sign = (key: CryptoKey | Uint8Array, header: Record<string, unknown>, claims: Record<string, unknown> = {}) =>
  new SignJWT({ iss: issuer, sub: 'alice', ...claims }).setProtectedHeader(header as { alg: string }).sign(key);

test('RFC 7515 A.1 verifies with its published key (base64url secret), fails with another', async () => {
  const valid = await verifySignature(RFC7515_A1_HS256, { kind: 'secret', secret: RFC7515_A1_KEY.k, encoding: 'base64url' });
  assert.equal(valid.verdict, 'valid', valid.message);
  assert.deepEqual(valid.notes, []);
  const wrong = await verifySignature(RFC7515_A1_HS256, { kind: 'secret', secret: 'not the key at all, but long enough!!' });
  assert.equal(wrong.verdict, 'invalid_signature');
  const viaJwk = await verifySignature(RFC7515_A1_HS256, { kind: 'jwk', jwk: RFC7515_A1_KEY });
  assert.equal(viaJwk.verdict, 'valid', viaJwk.message);
});

test('RFC 7515 A.3 ES256 verifies with its public JWK, alone or in a JWKS', async () => {
  assert.equal((await verifySignature(RFC7515_A3_ES256, { kind: 'jwk', jwk: RFC7515_A3_PUBLIC_JWK })).verdict, 'valid');
  assert.equal((await verifySignature(RFC7515_A3_ES256, { kind: 'jwks', jwks: { keys: [RFC7515_A3_PUBLIC_JWK] } })).verdict, 'valid');
  assert.equal((await verifySignature(RFC7515_A3_ES256, { kind: 'jwks', jwks })).verdict, 'invalid_signature');
});

test('UTF-8 secret, and a short secret earns a weak_hmac note', async () => {
  const secret = 'correct horse battery staple, long enough to be fine';
  const token = await sign(new TextEncoder().encode(secret), { alg: 'HS256' });
  assert.equal((await verifySignature(token, { kind: 'secret', secret })).verdict, 'valid');
  const short = await sign(new TextEncoder().encode('short'), { alg: 'HS256' });
  const result = await verifySignature(short, { kind: 'secret', secret: 'short' });
  assert.equal(result.verdict, 'valid');
  assert.match(result.notes.join(' '), /Weak secret: it is 5 bytes/);
  const b64 = crypto.getRandomValues(new Uint8Array(32));
  const t2 = await sign(b64, { alg: 'HS256' });
  assert.equal((await verifySignature(t2, { kind: 'secret', secret: bytesToBase64url(b64), encoding: 'base64url' })).verdict, 'valid');
});

test('PEM public key: valid, tampered, wrong key, private key refused', async () => {
  const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' });
  const pem = await exportSPKI(rsa.publicKey);
  assert.equal((await verifySignature(token, { kind: 'pem', pem })).verdict, 'valid');
  const [h, p, s] = token.split('.');
  const flipped = s![10] === 'A' ? 'B' : 'A';
  const tampered = `${h}.${p}.${s!.slice(0, 10)}${flipped}${s!.slice(11)}`;
  assert.equal((await verifySignature(tampered, { kind: 'pem', pem })).verdict, 'invalid_signature');
  assert.equal((await verifySignature(token, { kind: 'pem', pem: await exportSPKI(other.publicKey) })).verdict, 'invalid_signature');
  const priv = await verifySignature(token, { kind: 'pem', pem: '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----' });
  assert.equal(priv.verdict, 'unsupported');
  assert.match(priv.message, /private key/);
  assert.equal((await verifySignature(token, { kind: 'pem', pem: 'garbage' })).verdict, 'unsupported');
});

test('algorithm confusion is refused: a public key is never used as an HMAC secret', async () => {
  const pem = await exportSPKI(rsa.publicKey);
  const forged = await sign(new TextEncoder().encode(pem), { alg: 'HS256' });
  const result = await verifySignature(forged, { kind: 'pem', pem });
  assert.equal(result.verdict, 'unsupported');
  assert.match(result.message, /shared secret/);
  const rs = await sign(rsa.privateKey, { alg: 'RS256' });
  assert.equal((await verifySignature(rs, { kind: 'secret', secret: 'x' })).verdict, 'unsupported');
});

test('JWKS object: picks the key by kid, reports no_matching_key for an unknown kid, tries every key without kid', async () => {
  const es = await sign(ec.privateKey, { alg: 'ES256', kid: 'ec-1' });
  assert.equal((await verifySignature(es, { kind: 'jwks', jwks })).verdict, 'valid');
  const unknown = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rotated-away' });
  const result = await verifySignature(unknown, { kind: 'jwks', jwks: JSON.stringify(jwks) });
  assert.equal(result.verdict, 'no_matching_key');
  assert.match(result.message, /rotated-away/);
  const twoRsa = {
    keys: [
      { ...(await exportJWK(other.publicKey)), alg: 'RS256' },
      { ...(await exportJWK(rsa.publicKey)), alg: 'RS256' },
    ],
  };
  const noKid = await sign(rsa.privateKey, { alg: 'RS256' });
  assert.equal((await verifySignature(noKid, { kind: 'jwks', jwks: twoRsa })).verdict, 'valid');
  const byOther = await sign((await generateKeyPair('RS256')).privateKey, { alg: 'RS256' });
  assert.equal((await verifySignature(byOther, { kind: 'jwks', jwks: twoRsa })).verdict, 'invalid_signature');
  assert.equal((await verifySignature(es, { kind: 'jwks', jwks: '{not json' })).verdict, 'unsupported');
});

test('discovery against a local issuer: valid, and only when asked', async () => {
  requests.length = 0;
  const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' });
  await verifySignature(token, { kind: 'jwks', jwks });
  assert.deepEqual(requests, [], 'no network without discovery');
  const result = await verifySignature(token, { kind: 'discovery' });
  assert.equal(result.verdict, 'valid', result.message);
  assert.equal(result.jwksUri, `${issuer}/jwks`);
  assert.deepEqual(requests, ['/.well-known/openid-configuration', '/jwks']);
  const unknown = await sign(rsa.privateKey, { alg: 'RS256', kid: 'nope' });
  assert.equal((await verifySignature(unknown, { kind: 'discovery' })).verdict, 'no_matching_key');
});

test('discovery failures are network_error with a clear message', async () => {
  const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }, { iss: `${issuer}/missing` });
  const notFound = await verifySignature(token, { kind: 'discovery' });
  assert.equal(notFound.verdict, 'network_error');
  assert.match(notFound.message, /404/);
  const refused = await verifySignature(token, { kind: 'discovery', issuer: 'http://127.0.0.1:1' });
  assert.equal(refused.verdict, 'network_error');
  const insecure = await verifySignature(token, { kind: 'discovery', issuer: 'http://idp.example.com' });
  assert.equal(insecure.verdict, 'network_error');
  assert.match(insecure.message, /HTTPS/);
  const slow: FetchLike = (_url, init) =>
    new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
  const timeout = await verifySignature(token, { kind: 'discovery', issuer: 'https://idp.example.com' }, { fetch: slow, timeoutMs: 50 });
  assert.equal(timeout.verdict, 'network_error');
  assert.match(timeout.message, /no answer within 50 ms/);
  const notJson: FetchLike = async () => ({ ok: true, status: 200, text: async () => '<html>' });
  assert.match(
    (await verifySignature(token, { kind: 'discovery', issuer: 'https://idp.example.com' }, { fetch: notJson })).message,
    /not JSON/,
  );
});

test('injected fetch is used for discovery', async () => {
  const token = await sign(rsa.privateKey, { alg: 'RS256', kid: 'rsa-1' }, { iss: 'https://login.example.com/tenant' });
  const seen: string[] = [];
  const fake: FetchLike = async (url) => {
    seen.push(url);
    const body = url.endsWith('openid-configuration')
      ? { issuer: 'https://login.example.com/tenant', jwks_uri: 'https://login.example.com/keys' }
      : jwks;
    return { ok: true, status: 200, text: async () => JSON.stringify(body) };
  };
  const result = await verifySignature(token, { kind: 'discovery' }, { fetch: fake });
  assert.equal(result.verdict, 'valid', result.message);
  assert.deepEqual(seen, ['https://login.example.com/tenant/.well-known/openid-configuration', 'https://login.example.com/keys']);
});

test('unsecured, encrypted and malformed tokens get their own verdicts', async () => {
  assert.equal((await verifySignature(RFC7519_UNSECURED, { kind: 'jwks', jwks })).verdict, 'unsupported');
  assert.equal((await verifySignature(RFC7516_A3_JWE, { kind: 'jwks', jwks })).verdict, 'unsupported');
  const malformed = await verifySignature('not.a.token!', { kind: 'jwks', jwks });
  assert.equal(malformed.verdict, 'malformed');
});

test('a Graph token failing verification explains why', async () => {
  const token = await sign(other.privateKey, { alg: 'RS256', kid: 'rsa-1', nonce: 'x' }, { aud: '00000003-0000-0000-c000-000000000000' });
  const result = await verifySignature(token, { kind: 'jwks', jwks });
  assert.equal(result.verdict, 'invalid_signature');
  assert.match(result.notes.join(' '), /Microsoft Graph/);
});
