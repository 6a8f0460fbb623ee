// DPoP, PAR, private_key_jwt, client_secret_jwt, token exchange, resource indicators and
// authorization_details against the demo oidc-provider configured for each (issue 14, Deliver 2).
import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeJwt } from 'jose';
import {
  DEMO_API,
  DEMO_CLIENT_KEY_PATH,
  DEMO_JWT_SECRET,
  DEMO_RAR_TYPE,
  PRIVATE_KEY_JWT_CLIENT_ID,
  SECRET_JWT_CLIENT_ID,
  CONFIDENTIAL_CLIENT_ID,
  DEMO_CLIENT_SECRET,
  type Idp,
} from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  prepareAuthorizationRequest,
  handleCallback,
  exchangeCode,
  pushAuthorizationRequest,
  createDpopSession,
  fetchUserInfo,
  refreshTokens,
  clientCredentials,
  exchangeToken,
  importClientKey,
  startDeviceAuthorization,
  pollDeviceToken,
  unwrapStep,
  type FlowError,
  type FlowClient,
  type FlowContext,
  type FlowServer,
  type AuthorizationRequestOptions,
} from '../../../../src/core/flow';
import { authorize, context, startDemoProvider } from '../../_fixtures';
import { at } from '../../../harness/at';

let idp: Idp;
let server: FlowServer;
before(async () => ({ idp, server } = await startDemoProvider()));
after(() => idp.close());

const keyClient = async (): Promise<FlowClient> => ({
  clientId: PRIVATE_KEY_JWT_CLIENT_ID,
  authMethod: 'private_key_jwt',
  privateKey: await importClientKey(readFileSync(DEMO_CLIENT_KEY_PATH, 'utf8')),
});
const secretJwtClient: FlowClient = { clientId: SECRET_JWT_CLIENT_ID, authMethod: 'client_secret_jwt', clientSecret: DEMO_JWT_SECRET };
const basicClient: FlowClient = { clientId: CONFIDENTIAL_CLIENT_ID, authMethod: 'client_secret_basic', clientSecret: DEMO_CLIENT_SECRET };

const allText = (value: unknown) => JSON.stringify(value);

test('the provider advertises DPoP, PAR, the JWT client authentications, RAR and token exchange', () => {
  const doc = server.discoveryDocument!;
  assert.ok((doc.dpop_signing_alg_values_supported as string[]).includes('ES256'));
  assert.equal(doc.pushed_authorization_request_endpoint, `${idp.issuer}/request`);
  for (const m of ['private_key_jwt', 'client_secret_jwt'])
    assert.ok((doc.token_endpoint_auth_methods_supported as string[]).includes(m), m);
  assert.ok((doc.authorization_details_types_supported as string[]).includes(DEMO_RAR_TYPE));
  assert.ok((doc.grant_types_supported as string[]).includes('urn:ietf:params:oauth:grant-type:token-exchange'));
});

test('DPoP: code exchange retries with the provider nonce, token_type DPoP, userinfo with a DPoP-bound token', async () => {
  const dpop = await createDpopSession();
  const ctx: FlowContext = { ...context(server), dpop };
  const { pending, callback } = await authorize(ctx);
  const step = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(step);
  assert.equal(tokens.token_type.toLowerCase(), 'dpop');
  assert.match(step.notes.join(' '), /use_dpop_nonce/);
  assert.equal(step.exchanges.length, 2, 'the first try without a nonce, the retry with it');
  assert.equal(step.exchanges[0]?.response?.status, 400);
  const dpopHeaders = step.exchanges.map((e) => e.request.headers.find(([n]) => n === 'dpop')?.[1]);
  assert.ok(
    dpopHeaders.every((h) => h && h.includes('[redacted')),
    'DPoP proofs are shown, masked',
  );
  assert.equal(step.checks.find((c) => c.id === 'dpop-token-type')?.outcome, 'passed');
  assert.equal(step.checks.find((c) => c.id === 'dpop-cnf-jkt')?.outcome, 'skipped', 'opaque token: the thumbprint is shown');
  assert.match(step.checks.find((c) => c.id === 'dpop-cnf-jkt')!.detail, new RegExp(dpop.thumbprint));

  const userinfo = await fetchUserInfo(ctx, tokens.access_token, { expectedSubject: 'alice' });
  assert.equal(userinfo.status, 'passed', allText(userinfo.error));
  assert.match(userinfo.exchanges.at(-1)!.request.headers.find(([n]) => n === 'authorization')![1], /^DPoP /);
  // The same token without the key (as a plain bearer token) is refused: it really is sender-constrained.
  const stolen = await fetchUserInfo(context(server), tokens.access_token);
  assert.equal(stolen.status, 'failed');
  assert.equal(stolen.error?.oauth?.error, 'invalid_token');

  // Refresh keeps the binding (public client: the refresh token is bound too).
  const refreshed = await refreshTokens(ctx, tokens.refresh_token!);
  assert.equal(refreshed.status, 'passed', allText(refreshed.error));
  assert.equal(unwrapStep(refreshed).token_type.toLowerCase(), 'dpop');
  const withoutKey = await refreshTokens(context(server), unwrapStep(refreshed).refresh_token!);
  assert.equal(withoutKey.status, 'failed');
});

test('DPoP with a JWT access token for the demo API: cnf.jkt equals the session key thumbprint', async () => {
  const dpop = await createDpopSession();
  const ctx: FlowContext = { ...context(server, basicClient), dpop };
  const step = await clientCredentials(ctx, { scope: 'api:read', resource: [DEMO_API] });
  const tokens = unwrapStep(step);
  assert.equal((decodeJwt(tokens.access_token).cnf as { jkt: string }).jkt, dpop.thumbprint);
  assert.equal(step.checks.find((c) => c.id === 'dpop-cnf-jkt')?.outcome, 'passed');
});

async function parSignIn(ctx: FlowContext, options: Partial<AuthorizationRequestOptions> = {}) {
  const listener = await startLoopbackListener({ timeoutMs: 10_000 });
  try {
    const draft = await prepareAuthorizationRequest(ctx, {
      scope: 'openid profile',
      prompt: 'consent',
      ...options,
      redirectUri: listener.redirectUri,
    });
    const pushed = await pushAuthorizationRequest(ctx, draft);
    const { url, pending } = unwrapStep(pushed);
    const waiting = listener.waitForCallback(pending.state);
    await new ScriptedBrowser().open(url);
    const callback = await handleCallback(ctx, pending, (await waiting).url);
    return { pushed, url, pending, callback };
  } finally {
    await listener.close();
  }
}

test('PAR with private_key_jwt: the browser URL carries only client_id and request_uri; the code exchange works', async () => {
  const ctx = context(server, await keyClient());
  const { pushed, url, pending, callback } = await parSignIn(ctx);
  assert.deepEqual([...new URL(url).searchParams.keys()].sort(), ['client_id', 'request_uri']);
  assert.match(new URL(url).searchParams.get('request_uri')!, /^urn:ietf:params:oauth:request_uri:/);
  const push = at(pushed.exchanges, 0);
  assert.equal(push.request.url, `${idp.issuer}/request`);
  assert.match(push.request.body!, /code_challenge_method=S256/);
  assert.match(push.request.body!, /client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer/);
  assert.match(push.request.body!, /client_assertion=eyJ.{0,4}…\[redacted/);
  assert.equal(callback.status, 'passed', allText(callback.error));
  const exchange = await exchangeCode(ctx, pending, callback.result!);
  assert.equal(exchange.status, 'passed', allText(exchange.error));
  assert.match(exchange.explanation, /private_key_jwt/);
});

test('PAR + DPoP: the push is retried with a nonce and the token comes back DPoP-bound', async () => {
  const ctx: FlowContext = { ...context(server), dpop: await createDpopSession() };
  const { pushed, pending, callback } = await parSignIn(ctx);
  assert.match(pushed.notes.join(' '), /use_dpop_nonce/);
  const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
  assert.equal(tokens.token_type.toLowerCase(), 'dpop');
});

test('private_key_jwt with the wrong key and client_secret_jwt with the wrong secret: invalid_client', async () => {
  const { generateKeyPair, exportJWK } = await import('jose');
  const other = await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey);
  const wrongKey = context(server, {
    clientId: PRIVATE_KEY_JWT_CLIENT_ID,
    authMethod: 'private_key_jwt',
    privateKey: await importClientKey(JSON.stringify(other)),
  });
  const refused = await clientCredentials(wrongKey, { scope: 'api:read' });
  assert.equal(refused.error?.oauth?.error, 'invalid_client');
  const wrongSecret = await clientCredentials(context(server, { ...secretJwtClient, clientSecret: 'x'.repeat(40) }), { scope: 'api:read' });
  assert.equal(wrongSecret.error?.oauth?.error, 'invalid_client');
});

test('client_secret_jwt: client credentials with an HMAC assertion; the secret is never on the wire', async () => {
  const step = await clientCredentials(context(server, secretJwtClient), { scope: 'api:read', resource: [DEMO_API] });
  assert.equal(step.status, 'passed', allText(step.error));
  assert.equal(decodeJwt(unwrapStep(step).access_token).client_id, SECRET_JWT_CLIENT_ID);
  assert.doesNotMatch(allText(step), new RegExp(DEMO_JWT_SECRET));
  assert.match(at(step.exchanges, 0).request.body ?? '', /client_assertion=/);
});

test('importClientKey: clear errors for a public JWK, a JWK Set, a PKCS#1 PEM and junk', async () => {
  const jwk = JSON.parse(readFileSync(DEMO_CLIENT_KEY_PATH, 'utf8')) as Record<string, unknown>;
  const { d: _d, ...publicJwk } = jwk;
  await assert.rejects(
    importClientKey(JSON.stringify(publicJwk)),
    (e: FlowError) => e.code === 'BAD_INPUT' && /no private part/.test(e.message),
  );
  await assert.rejects(importClientKey(JSON.stringify({ keys: [jwk] })), /JWK Set/);
  await assert.rejects(importClientKey('-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----'), /pkcs8/);
  await assert.rejects(importClientKey('hello'), /neither a JWK/);
  await assert.rejects(importClientKey('{not json'), /not valid JSON/);
  const imported = await importClientKey(JSON.stringify(jwk));
  assert.equal(imported.kid, 'demo-client-key-1');
  assert.equal(imported.alg, 'ES256');
});

test('token exchange: a user access token becomes a JWT for the demo API with act naming the client', async () => {
  const user = context(server);
  const { pending, callback } = await authorize(user);
  const userTokens = unwrapStep(await exchangeCode(user, pending, callback.result!));
  const step = await exchangeToken(context(server, await keyClient()), {
    subjectToken: userTokens.access_token,
    resource: [DEMO_API],
    scope: 'api:read',
  });
  assert.equal(step.status, 'passed', allText(step.error));
  const claims = decodeJwt(unwrapStep(step).access_token);
  assert.equal(claims.sub, 'alice');
  assert.deepEqual(claims.act, { sub: PRIVATE_KEY_JWT_CLIENT_ID });
  assert.equal(step.checks.find((c) => c.id === 'issued_token_type')?.outcome, 'passed');
  const body = step.exchanges.at(-1)!.request.body!;
  assert.match(body, /grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange/);
  assert.match(body, /subject_token=\S{6}…\[redacted/);
  assert.match(body, /resource=urn%3Aauthlens%3Ademo-api/);
  // A token the provider never issued is refused with invalid_grant.
  const bogus = await exchangeToken(context(server, basicClient), { subjectToken: 'not-a-token-of-this-provider' });
  assert.equal(bogus.error?.oauth?.error, 'invalid_grant');
});

test('authorization_details (RFC 9396): asked for, consented, and carried on the token response and the JWT access token', async () => {
  const ctx = context(server, basicClient);
  const details = [{ type: DEMO_RAR_TYPE, actions: ['read'] }];
  const { pending, callback } = await authorize(ctx, { scope: 'openid', resource: DEMO_API, authorizationDetails: details });
  assert.match(pending.url, /authorization_details=/);
  assert.equal(callback.status, 'passed', allText(callback.error));
  const step = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(step);
  assert.deepEqual(tokens.raw.authorization_details, details);
  assert.match(step.notes.join(' '), /authorization_details granted/);
  assert.deepEqual(decodeJwt(tokens.access_token).authorization_details, details);
  // An unknown type is refused by the provider at the authorization endpoint.
  const refused = await authorize(ctx, { scope: 'openid', resource: DEMO_API, authorizationDetails: [{ type: 'payment_initiation' }] });
  assert.equal(refused.callback.error?.oauth?.error, 'invalid_authorization_details');
});

test('DPoP device flow: polls retry with the nonce and the tokens are DPoP-bound', async () => {
  const ctx: FlowContext = { ...context(server), dpop: await createDpopSession() };
  const device = unwrapStep(await startDeviceAuthorization(ctx, { scope: 'openid' }));
  const approving = new ScriptedBrowser().open(device.verification_uri_complete!, { userCode: device.user_code });
  const step = await pollDeviceToken(ctx, device, { intervalMs: 100 });
  await approving;
  assert.equal(step.status, 'passed', allText(step.error));
  assert.equal(unwrapStep(step).token_type.toLowerCase(), 'dpop');
});
