// Mutual TLS (RFC 8705) against oidc-provider over https, with certificates made for the run: client
// authentication with a self-signed and a CA-issued certificate, certificate-bound access tokens (cnf),
// the mTLS endpoint alias, and what the provider says when the certificate is missing or unknown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt } from 'jose';
import {
  clientCredentials,
  exchangeCode,
  fetchUserInfo,
  introspectToken,
  refreshTokens,
  toCurl,
  unwrapStep,
  certificateThumbprint,
  defaultDeps,
  discover,
  preflight,
  type ClientCertificate,
  type FlowClient,
  type FlowContext,
  type FlowServer,
} from '../../../../src/core/flow';
import type { FetchImpl } from '../../../../src/core/net/guardedFetch';
import { loadClientCertificate, readClientCertificateFiles, splitPem, tlsFetch } from '../../../../src/node/mtlsFetch';
import { DEMO_API, MTLS_ALIAS_PREFIX, MTLS_CLIENT_ID, SELF_SIGNED_MTLS_CLIENT_ID, startIdp, type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import { fetchTrusting, makeTestCertificates, type TestCertificates } from '../../../harness/testCerts';
import { authorize } from '../../_fixtures';

let certs: TestCertificates;
let idp: Idp;
let server: FlowServer;
/** Trusts the test CA for the provider's server certificate; presents no client certificate. */
let trusting: FetchImpl;
let selfSigned: ClientCertificate;
let caIssued: ClientCertificate;
let stranger: ClientCertificate;

const deps = () => defaultDeps({ fetch: trusting as unknown as typeof fetch });
const ctxFor = (client: FlowClient): FlowContext => ({ server, client, deps: deps() });

before(async () => {
  certs = makeTestCertificates();
  idp = await startIdp({
    mtls: {
      server: certs.server,
      ca: certs.ca.cert,
      selfSignedCert: certs.selfSigned.cert,
      clientSubjectDn: `CN=${certs.clientSubjectCn}`,
    },
  });
  trusting = tlsFetch({ ca: certs.ca.cert });
  server = unwrapStep(await discover(idp.issuer, deps()));
  const load = (pair: { cert: string; key: string }) => loadClientCertificate(pair, { ca: certs.ca.cert });
  [selfSigned, caIssued, stranger] = await Promise.all([load(certs.selfSigned), load(certs.client), load(certs.stranger)]);
});
after(async () => {
  await idp?.close();
  certs?.cleanup();
});

const browserFetch = () => fetchTrusting(certs.ca.cert);

test('the certificate loader reads subject, issuer, self-signedness and the x5t#S256 thumbprint', async () => {
  assert.equal(selfSigned.subject, 'CN=authlens-self-signed');
  assert.equal(selfSigned.selfSigned, true);
  assert.equal(caIssued.selfSigned, false);
  assert.equal(caIssued.issuer, 'CN=AuthLens test CA');
  const der = Buffer.from(certs.selfSigned.cert.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
  const { createHash } = await import('node:crypto');
  assert.equal(selfSigned.thumbprint, createHash('sha256').update(der).digest('base64url'));
  assert.equal(await certificateThumbprint(certs.selfSigned.cert), selfSigned.thumbprint);
  assert.ok(!JSON.stringify(selfSigned).includes('PRIVATE KEY'), 'the key is not part of the certificate object');
});

test('the loader refuses a key of another certificate, an encrypted key and a file without a certificate, saying what to fix', async () => {
  await assert.rejects(
    loadClientCertificate({ cert: certs.selfSigned.cert, key: certs.stranger.key }),
    /does not belong to the certificate CN=authlens-self-signed/,
  );
  await assert.rejects(loadClientCertificate({ cert: 'hello', key: certs.stranger.key }), /could not be read/);
  await assert.rejects(
    loadClientCertificate({
      cert: certs.selfSigned.cert,
      key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----',
    }),
    /encrypted/,
  );
  assert.throws(
    () => readClientCertificateFiles('/nonexistent/cert.pem'),
    /Cannot read the client certificate file \/nonexistent\/cert.pem: ENOENT/,
  );
  assert.throws(() => readClientCertificateFiles(certs.selfSigned.certPath), /holds no private key/);
  assert.throws(() => readClientCertificateFiles(certs.selfSigned.keyPath, { path: certs.selfSigned.keyPath }), /holds no PEM certificate/);
  assert.throws(() => readClientCertificateFiles(certs.selfSigned.certPath, { text: 'not a key' }), /not a PEM private key/);
  assert.equal(
    readClientCertificateFiles(certs.selfSigned.certPath, { text: certs.selfSigned.key }).key.trim(),
    certs.selfSigned.key.trim(),
  );
  // One file with both parts works without a key file.
  const combined = splitPem(`${certs.selfSigned.cert}${certs.selfSigned.key}`);
  assert.ok(combined.cert && combined.key);
});

test('the provider advertises mTLS: both auth methods, bound tokens and the token endpoint alias', () => {
  const doc = server.discoveryDocument!;
  for (const m of ['tls_client_auth', 'self_signed_tls_client_auth'])
    assert.ok((doc.token_endpoint_auth_methods_supported as string[]).includes(m), m);
  assert.equal(doc.tls_client_certificate_bound_access_tokens, true);
  assert.deepEqual(doc.mtls_endpoint_aliases, { token_endpoint: `${idp.issuer}${MTLS_ALIAS_PREFIX}/token` });
});

test('client credentials with self_signed_tls_client_auth: the alias is used, the certificate shown, the token bound to it', async () => {
  const ctx = ctxFor({ clientId: SELF_SIGNED_MTLS_CLIENT_ID, authMethod: 'self_signed_tls_client_auth', certificate: selfSigned });
  const step = await clientCredentials(ctx, { scope: 'api:read' });
  const tokens = unwrapStep(step);
  const exchange = step.exchanges.at(-1)!;
  assert.equal(exchange.request.url, `${idp.issuer}${MTLS_ALIAS_PREFIX}/token`, 'RFC 8705 §5: the mTLS alias of the token endpoint');
  assert.deepEqual(exchange.clientCertificate, { subject: 'CN=authlens-self-signed', thumbprint: selfSigned.thumbprint });
  assert.ok(!exchange.request.headers.some(([n]) => n === 'authorization'), 'no secret: the certificate is the proof');
  assert.match(exchange.request.body ?? '', new RegExp(`client_id=${SELF_SIGNED_MTLS_CLIENT_ID}`));
  const claims = decodeJwt(tokens.access_token);
  assert.equal(claims.aud, DEMO_API);
  assert.deepEqual(claims.cnf, { 'x5t#S256': selfSigned.thumbprint });
  const check = step.checks.find((c) => c.id === 'mtls-cnf-x5t');
  assert.equal(check?.outcome, 'passed', JSON.stringify(step.checks));
  assert.match(toCurl(exchange), /--cert 'CLIENT_CERT\.pem' --key 'CLIENT_KEY\.pem'$/);
  assert.ok(!JSON.stringify(step).includes('PRIVATE KEY'));
});

test('auth code + PKCE with tls_client_auth: a bound token, userinfo only with the certificate, introspection cnf, refresh', async () => {
  const ctx = ctxFor({ clientId: MTLS_CLIENT_ID, authMethod: 'tls_client_auth', certificate: caIssued });
  const { pending, callback } = await authorize(ctx, { scope: 'openid offline_access' }, {}, new ScriptedBrowser(browserFetch()));
  assert.equal(callback.status, 'passed', JSON.stringify(callback.error));
  const step = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(step);
  assert.match(step.explanation, /tls_client_auth/);
  assert.equal(step.exchanges.at(-1)!.clientCertificate?.subject, 'CN=authlens-mtls-client');
  // The demo's access token for userinfo is opaque: the check says where to look, introspection confirms the binding.
  assert.equal(step.checks.find((c) => c.id === 'mtls-cnf-x5t')?.outcome, 'skipped');
  const introspection = await introspectToken(ctx, tokens.access_token, { tokenTypeHint: 'access_token' });
  assert.equal(introspection.status, 'passed', JSON.stringify(introspection.error));
  assert.equal(introspection.checks.find((c) => c.id === 'mtls-cnf-x5t')?.outcome, 'passed', JSON.stringify(introspection.checks));

  const userinfo = await fetchUserInfo(ctx, tokens.access_token);
  assert.equal(userinfo.status, 'passed', JSON.stringify(userinfo.error));
  assert.equal(userinfo.exchanges.at(-1)!.clientCertificate?.thumbprint, caIssued.thumbprint);
  // The same token over a connection with another certificate is refused: it really is bound.
  const stolen = await fetchUserInfo(ctxFor({ clientId: MTLS_CLIENT_ID, authMethod: 'none', certificate: stranger }), tokens.access_token);
  assert.equal(stolen.status, 'failed');
  assert.equal(stolen.error?.oauth?.error, 'invalid_token');

  const refreshed = await refreshTokens(ctx, tokens.refresh_token!);
  assert.equal(refreshed.status, 'passed', JSON.stringify(refreshed.error));
});

test('a JWT access token from the code flow carries the certificate thumbprint in cnf', async () => {
  const ctx = ctxFor({ clientId: MTLS_CLIENT_ID, authMethod: 'tls_client_auth', certificate: caIssued });
  const { pending, callback } = await authorize(
    ctx,
    { scope: 'openid api:read', resource: [DEMO_API] },
    {},
    new ScriptedBrowser(browserFetch()),
  );
  const step = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(step);
  assert.deepEqual(decodeJwt(tokens.access_token).cnf, { 'x5t#S256': caIssued.thumbprint });
  assert.equal(step.checks.find((c) => c.id === 'mtls-cnf-x5t')?.outcome, 'passed');
});

test('no certificate reaches the provider: its invalid_client is shown and explained with the certificate in mind', async () => {
  // A certificate the client means to present, whose connection does not carry it (as behind a TLS-terminating proxy).
  const dropped: ClientCertificate = { ...selfSigned, fetch: trusting };
  const step = await clientCredentials(
    ctxFor({ clientId: SELF_SIGNED_MTLS_CLIENT_ID, authMethod: 'self_signed_tls_client_auth', certificate: dropped }),
  );
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.oauth?.error, 'invalid_client');
  assert.ok(
    step.error?.explanations.some((e) => e.code === 'invalid_client'),
    'the catalog explains invalid_client',
  );
  assert.match(step.error?.hint ?? '', /did not reach the provider: a TLS-terminating proxy/);
  assert.match(step.error?.hint ?? '', /mtls_endpoint_aliases/);
  // What the provider kept to itself: the real cause behind its generic description.
  assert.ok(
    idp.events.all.some((e) => /client certificate was not provided/.test(e.detail ?? '')),
    JSON.stringify(idp.events.all.slice(-3)),
  );
});

test('an unregistered certificate: invalid_client, and the hint says which certificate was presented', async () => {
  const step = await clientCredentials(
    ctxFor({ clientId: SELF_SIGNED_MTLS_CLIENT_ID, authMethod: 'self_signed_tls_client_auth', certificate: stranger }),
  );
  assert.equal(step.error?.oauth?.error, 'invalid_client');
  assert.match(step.error?.hint ?? '', /CN=authlens-unregistered \(self-signed\)/);
  assert.match(step.error?.hint ?? '', new RegExp(stranger.thumbprint.replace(/[-]/g, '\\-')));
  assert.match(step.error?.hint ?? '', /registered for the client/);
  assert.ok(
    idp.events.all.some((e) => /unregistered client certificate/.test(e.detail ?? '')),
    JSON.stringify(idp.events.all.slice(-3)),
  );
});

test('tls_client_auth without a certificate is a usage error before anything is sent', async () => {
  const step = await clientCredentials(ctxFor({ clientId: MTLS_CLIENT_ID, authMethod: 'tls_client_auth' }));
  assert.equal(step.error?.code, 'BAD_INPUT');
  assert.match(step.error?.message ?? '', /no client certificate was given/);
  assert.equal(step.exchanges.length, 0);
});

test('pre-flight: a certificate for a plain-http token endpoint is warned about (no TLS handshake to present it in)', () => {
  const http: FlowServer = {
    source: 'manual',
    metadata: { issuer: 'http://127.0.0.1:4400', token_endpoint: 'http://127.0.0.1:4400/token' },
  };
  assert.deepEqual(
    preflight(http, undefined, { certificate: true }).map((w) => w.id),
    ['mtls-over-http'],
  );
  assert.deepEqual(preflight(http, undefined, { certificate: false }), []);
  assert.deepEqual(
    preflight(server, undefined, { certificate: true, authMethod: 'tls_client_auth' }),
    [],
    'the https provider with its alias: nothing to warn',
  );
});
