// Each failure a developer meets in real life, produced by the real provider, must end in the right
// structured error, with the provider's own fields and the catalog's explanation.
import { startLoopbackListener } from '../../../../src/node/loopback';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { type Idp } from '../../../harness/idp';
import { ScriptedBrowser } from '../../../harness/idpBrowser';
import {
  exchangeCode,
  handleCallback,
  prepareAuthorizationRequest,
  finalizeAuthorizationRequest,
  clientCredentials,
} from '../../../../src/core/flow';
import { authorize, confidentialClient, context, startDemoProvider } from '../../_fixtures';
import type { FlowServer, FlowError } from '../../../../src/core/flow';

let idp: Idp;
let server: FlowServer;
before(async () => ({ idp, server } = await startDemoProvider()));
after(() => idp.close());

test('consent denied: access_denied from the callback, with state, iss and an explanation', async () => {
  const ctx = context(server);
  const { callback, pending } = await authorize(ctx, {}, { consent: 'deny' });
  assert.equal(callback.status, 'failed');
  assert.equal(callback.error?.code, 'OAUTH_ERROR');
  assert.equal(callback.error?.oauth?.error, 'access_denied');
  assert.equal(callback.error?.oauth?.error_description, 'End-User aborted interaction');
  assert.equal(callback.error?.oauth?.state, pending.state);
  assert.equal(callback.error?.oauth?.iss, idp.issuer);
  assert.equal(callback.error?.explanations[0]?.code, 'access_denied');
  assert.ok(callback.checks.find((c) => c.id === 'state')?.outcome === 'passed');
});

test('wrong state in the callback: STATE_MISMATCH, and the code is not used', async () => {
  const ctx = context(server);
  const { pending, callbackUrl } = await authorize(ctx);
  const forged = new URL(callbackUrl);
  forged.searchParams.set('state', 'not-the-state-that-was-sent');
  const step = await handleCallback(ctx, pending, forged);
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'STATE_MISMATCH');
  assert.equal(step.checks.find((c) => c.id === 'state')?.outcome, 'failed');
  assert.equal(step.result, undefined);
});

test('callback from another issuer: ISSUER_MISMATCH (RFC 9207)', async () => {
  const ctx = context(server);
  const { pending, callbackUrl } = await authorize(ctx);
  const mixedUp = new URL(callbackUrl);
  mixedUp.searchParams.set('iss', 'https://attacker.example');
  const step = await handleCallback(ctx, pending, mixedUp);
  assert.equal(step.error?.code, 'ISSUER_MISMATCH');
});

test('code reused: invalid_grant, and the provider says why', async () => {
  const ctx = context(server);
  const { pending, callback } = await authorize(ctx);
  const first = await exchangeCode(ctx, pending, callback.result!);
  assert.equal(first.status, 'passed');
  idp.events.clear();
  const second = await exchangeCode(ctx, pending, callback.result!);
  assert.equal(second.status, 'failed');
  assert.equal(second.error?.code, 'OAUTH_ERROR');
  assert.equal(second.error?.oauth?.error, 'invalid_grant');
  assert.equal(second.error?.oauth?.status, 400);
  assert.equal(idp.events.last('grant.error')?.detail, 'authorization code already consumed');
  assert.equal(second.error?.explanations[0]?.code, 'invalid_grant');
  assert.equal(second.exchanges.length, 1);
  assert.equal(second.exchanges[0]?.response?.status, 400);
});

test('PKCE verifier mismatch: invalid_grant at the token endpoint', async () => {
  const ctx = context(server);
  const { pending, callback } = await authorize(ctx);
  idp.events.clear();
  const step = await exchangeCode(ctx, { ...pending, codeVerifier: 'x'.repeat(43) }, callback.result!);
  assert.equal(step.error?.oauth?.error, 'invalid_grant');
  assert.equal(idp.events.last('grant.error')?.detail, 'code_verifier does not match code_challenge');
});

test('redirect_uri differs at the token endpoint: invalid_grant', async () => {
  const ctx = context(server);
  const { pending, callback } = await authorize(ctx);
  idp.events.clear();
  const step = await exchangeCode(ctx, { ...pending, redirectUri: 'http://127.0.0.1:1/callback' }, callback.result!);
  assert.equal(step.error?.oauth?.error, 'invalid_grant');
  assert.equal(idp.events.last('grant.error')?.detail, 'authorization code redirect_uri mismatch');
});

test('unregistered redirect_uri: the provider stops on an error page, the listener times out with advice', async () => {
  const ctx = context(server);
  const listener = await startLoopbackListener({ timeoutMs: 300 });
  const draft = await prepareAuthorizationRequest(ctx, { scope: 'openid', redirectUri: 'https://evil.example/callback' });
  const { url, pending } = finalizeAuthorizationRequest(ctx, draft);
  const waiting = listener.waitForCallback(pending.state);
  const page = await new ScriptedBrowser().open(url);
  assert.equal(page.status, 400);
  assert.match(page.html, /invalid_redirect_uri/);
  await assert.rejects(waiting, (error: FlowError) => error.code === 'LOOPBACK_TIMEOUT' && /redirect_uri/.test(error.message));
});

test('wrong client secret: invalid_client (401 with WWW-Authenticate) as a structured error', async () => {
  const ctx = context(server, { ...confidentialClient, clientSecret: 'wrong-secret-for-the-test' });
  idp.events.clear();
  const step = await clientCredentials(ctx, { scope: 'api:read' });
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'OAUTH_ERROR');
  assert.equal(step.error?.oauth?.error, 'invalid_client');
  assert.equal(step.error?.oauth?.status, 401);
  assert.match(step.error?.oauth?.wwwAuthenticate ?? '', /^Basic /);
  assert.equal(step.error?.explanations[0]?.code, 'invalid_client');
  assert.equal(idp.events.last('grant.error')?.detail, 'invalid secret provided');
  // The secret never appears in the recorded request.
  assert.doesNotMatch(JSON.stringify(step.exchanges), /wrong-secret-for-the-test/);
});

test('wrong client secret in the code exchange (client_secret_basic)', async () => {
  const ctx = context(server, confidentialClient);
  const { pending, callback } = await authorize(ctx);
  const wrong = context(server, { ...confidentialClient, clientSecret: 'another-wrong-secret' });
  const step = await exchangeCode(wrong, pending, callback.result!);
  assert.equal(step.error?.oauth?.error, 'invalid_client');
});

test('public client asking for client credentials: the provider refuses', async () => {
  const step = await clientCredentials(context(server));
  assert.equal(step.status, 'failed');
  assert.equal(step.error?.code, 'OAUTH_ERROR');
  assert.equal(step.error?.oauth?.error, 'invalid_request'); // oidc-provider's answer, not unauthorized_client
  assert.match(step.error?.oauth?.error_description ?? '', /grant type is not allowed/);
});
