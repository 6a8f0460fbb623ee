import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { CONFIDENTIAL_POST_CLIENT_ID, DEMO_API, DEMO_CLIENT_SECRET, type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  runAuthorizationCodeFlow,
  fetchUserInfo,
  refreshTokens,
  revokeToken,
  introspectToken,
  clientCredentials,
  exchangeCode,
  validateIdToken,
  unwrapStep,
  toCurl,
  type FlowServer,
  type FlowStep,
} from '../../../../src/core/flow';
import { authorize, confidentialClient, context, startDemoProvider } from '../../_fixtures';
import { at } from '../../../harness/at';

let idp: Idp;
let server: FlowServer;
before(async () => ({ idp, server } = await startDemoProvider()));
after(() => idp.close());

function assertPassed(steps: FlowStep[]): void {
  for (const step of steps) assert.equal(step.status, 'passed', `${step.kind}: ${JSON.stringify(step.error)}`);
}

test('discovery keeps the metadata and reports what the provider supports', () => {
  assert.equal(server.source, 'discovery');
  assert.equal(server.metadata.issuer, idp.issuer);
  assert.equal(server.discoveryDocument?.device_authorization_endpoint, `${idp.issuer}/device/auth`);
});

test('authorization code + PKCE end to end with the public client, then userinfo and refresh', async () => {
  const ctx = context(server);
  const browser = new ScriptedBrowser();
  const seen: string[] = [];
  const result = await runAuthorizationCodeFlow(ctx, {
    startListener: startLoopbackListener,
    scope: 'openid profile email offline_access',
    prompt: 'consent',
    openBrowser: (url) => browser.open(url, { login: 'alice', password: 'wonderland' }),
    onStep: (step) => seen.push(step.kind),
    listener: { timeoutMs: 10_000 },
  });
  assertPassed(result.steps);
  assert.deepEqual(seen, ['authorization-request', 'callback', 'code-exchange', 'id-token']);
  assert.ok(result.ok);
  assert.ok(result.tokens?.refresh_token, 'offline_access + prompt=consent yields a refresh token');
  assert.equal(result.idToken?.claims.sub, 'alice');
  const idChecks = at(result.steps, 3).checks;
  for (const id of ['signature', 'iss', 'aud', 'exp', 'iat', 'nonce', 'sub']) {
    assert.equal(idChecks.find((c) => c.id === id)?.outcome, 'passed', id);
  }
  assert.equal(idChecks.find((c) => c.id === 'at_hash')?.outcome, 'skipped'); // oidc-provider 9 sends no at_hash
  // The browser's page holds no code; the raw request shows the verifier redacted.
  const exchange = at(at(result.steps, 2).exchanges, 0);
  assert.match(exchange.request.body ?? '', /code_verifier=\S{6}…\[redacted/);
  // Raw exchanges are redacted; only `result` (host memory) holds the real values.
  assert.doesNotMatch(JSON.stringify(result.steps.map((s) => s.exchanges)), new RegExp(result.tokens!.refresh_token!));

  const userinfo = unwrapStep(await fetchUserInfo(ctx, result.tokens!.access_token, { expectedSubject: 'alice' }));
  assert.equal(userinfo.email, 'alice@example.com');
  const refreshStep = await refreshTokens(ctx, result.tokens!.refresh_token!);
  const refreshed = unwrapStep(refreshStep);
  assert.notEqual(refreshed.refresh_token, result.tokens!.refresh_token);
  assert.match(refreshStep.notes.join(' '), /rotation/);
});

test('a wrong password keeps the user on the login page', async () => {
  const ctx = context(server);
  const { ScriptedBrowser: Browser } = await import('../../../harness/idpBrowser');
  const { prepareAuthorizationRequest, finalizeAuthorizationRequest } = await import('../../../../src/core/flow');
  const draft = await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'http://127.0.0.1:9/callback' });
  const page = await new Browser().open(finalizeAuthorizationRequest(ctx, draft).url, { login: 'bob', password: 'not-his-password' });
  assert.equal(page.status, 200);
  assert.match(page.html, /Wrong user name or password/);
});

test('response_mode=form_post: the callback arrives as a POST body', async () => {
  const ctx = context(server);
  const { callback, pending } = await authorize(ctx, { responseMode: 'form_post' });
  assert.equal(pending.responseMode, 'form_post');
  assert.equal(callback.status, 'passed', JSON.stringify(callback.error));
  const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
  assert.ok(tokens.id_token);
});

test('resource indicator: a JWT access token for the demo API', async () => {
  const ctx = context(server);
  const { callback, pending } = await authorize(ctx, { scope: 'openid api:read', resource: DEMO_API });
  const step = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(step);
  assert.equal(decodeProtectedHeader(tokens.access_token).typ, 'at+jwt');
  assert.equal(decodeJwt(tokens.access_token).aud, DEMO_API);
  assert.match(step.notes.join(' '), /access token is a JWT/);
  // Audience-bound to the API, so the provider's userinfo refuses it.
  const userinfo = await fetchUserInfo(ctx, tokens.access_token);
  assert.equal(userinfo.error?.oauth?.error, 'invalid_token');
  assert.equal(userinfo.error?.oauth?.status, 401);
});

test('confidential client with client_secret_basic: code flow, introspection, revocation', async () => {
  const ctx = context(server, confidentialClient);
  const { callback, pending } = await authorize(ctx);
  const exchange = await exchangeCode(ctx, pending, callback.result!);
  const tokens = unwrapStep(exchange);
  const authorization = at(exchange.exchanges, 0).request.headers.find(([name]) => name === 'authorization')?.[1] ?? '';
  assert.match(authorization, /^Basic \S{6}…\[redacted/);
  assert.match(toCurl(at(exchange.exchanges, 0)), /authorization: Basic \S{6}…\[redacted/);
  const revealed = toCurl(at(exchange.exchanges, 0), { revealSecrets: true });
  const basic = /authorization: Basic ([A-Za-z0-9+/=]+)'/.exec(revealed)?.[1] ?? '';
  // RFC 6749 §2.3.1: id and secret are form-encoded before base64.
  assert.equal(decodeURIComponent(Buffer.from(basic, 'base64').toString()), `${confidentialClient.clientId}:${DEMO_CLIENT_SECRET}`);
  assert.match(revealed, /code_verifier=[A-Za-z0-9_-]{43}(&|')/);
  assert.equal(unwrapStep(await validateIdToken(ctx, tokens, { nonce: pending.nonce })).claims.sub, 'alice');

  const active = unwrapStep(await introspectToken(ctx, tokens.refresh_token!, { tokenTypeHint: 'refresh_token' }));
  assert.equal(active.active, true);
  assert.equal(active.sub, 'alice');
  unwrapStep(await revokeToken(ctx, tokens.refresh_token!, { tokenTypeHint: 'refresh_token' }));
  const inactive = unwrapStep(await introspectToken(ctx, tokens.refresh_token!));
  assert.equal(inactive.active, false);
  idp.events.clear();
  const refresh = await refreshTokens(ctx, tokens.refresh_token!);
  assert.equal(refresh.error?.oauth?.error, 'invalid_grant');
  assert.equal(idp.events.last('grant.error')?.detail, 'refresh token not found');
});

test('confidential client with client_secret_post: the secret goes in the body, redacted', async () => {
  const ctx = context(server, {
    clientId: CONFIDENTIAL_POST_CLIENT_ID,
    authMethod: 'client_secret_post',
    clientSecret: DEMO_CLIENT_SECRET,
  });
  const { callback, pending } = await authorize(ctx);
  const step = await exchangeCode(ctx, pending, callback.result!);
  assert.equal(step.status, 'passed', JSON.stringify(step.error));
  assert.match(at(step.exchanges, 0).request.body ?? '', /client_secret=demo-s…\[redacted/);
  assert.doesNotMatch(JSON.stringify(step), new RegExp(DEMO_CLIENT_SECRET));
});

test('client credentials: a JWT access token for the demo API', async () => {
  const tokens = unwrapStep(await clientCredentials(context(server, confidentialClient), { scope: 'api:read', resource: [DEMO_API] }));
  const claims = decodeJwt(tokens.access_token);
  assert.equal(claims.client_id, confidentialClient.clientId);
  assert.equal(claims.aud, DEMO_API);
  assert.equal(tokens.scope, 'api:read');
});

test('public client may introspect and revoke its own tokens', async () => {
  const ctx = context(server);
  const { callback, pending } = await authorize(ctx);
  const tokens = unwrapStep(await exchangeCode(ctx, pending, callback.result!));
  assert.equal(unwrapStep(await introspectToken(ctx, tokens.access_token)).active, true);
  assert.equal(unwrapStep(await revokeToken(ctx, tokens.access_token)).revoked, true);
  assert.equal(unwrapStep(await introspectToken(ctx, tokens.access_token)).active, false);
});

test('Entra SPA option sends an Origin header on the token request', async () => {
  const ctx = context(server, { clientId: 'authlens-demo', authMethod: 'none', origin: 'http://localhost' });
  const { callback, pending } = await authorize(ctx);
  const step = await exchangeCode(ctx, pending, callback.result!);
  assert.ok(at(step.exchanges, 0).request.headers.some(([name, value]) => name === 'origin' && value === 'http://localhost'));
});
